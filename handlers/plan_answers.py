"""Answers with figures of the plan: averages, counts, rankings, groups, funding, targets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers.buttons import PickButton
from handlers.query import Query
from handlers.replies import criteria_lines, numbers_text, plan_source, set_label, unit_label
from handlers.xa_answers import group_label
from store import plan
from store.plan_import import PLAN, PROVINCE_CODE
from vocab.i18n import Translator
from vocab.messages import Choice, Reply
from vocab.places import Place

if TYPE_CHECKING:
    from handlers.context import Ctx


def figure_set(q: Query) -> str:
    """The criteria set a figure is read in: nâng cao when asked, else NTM."""
    return "nang_cao" if q.cset == "nang_cao" else "ntm"


async def average(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """Give a district's or the province's planned average criteria per xã."""
    set_code = figure_set(q)
    avg = ctx.plan.average(set_code, place.code)
    if not avg.divisor:
        return Reply(t._("The plan has no xã figures for {unit}.").format(unit=place.name))
    if set_code == "nang_cao":
        basis = t._("{total} advanced criteria across the {n} xã that already meet NTM")
    else:
        basis = t._("{total} criteria across {n} xã")
    text = "\n".join(
        [
            t._("Average for {unit} ({set}): {value} criteria per xã").format(
                unit=place.name, set=set_label(t, set_code), value=t.dec(avg.value)
            ),
            t._("Planned for 2023: {basis}.").format(
                basis=basis.format(total=t.amount(avg.total), n=avg.divisor)
            ),
            plan_source(t, plan.APPENDIX_OF_SET[set_code]),
        ]
    )
    return Reply(
        text,
        data={
            "unit": {"code": place.code, "name": place.name},
            "set": set_code,
            "average": round(avg.value, 2),
            "total": avg.total,
            "divisor": avg.divisor,
            "source": avg.source,
        },
    )


async def criterion_count(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """Say how many xã are planned to meet a criterion in 2023, with share and baseline."""
    set_code = figure_set(q)
    number = q.criterion
    name = ctx.gazetteer.criterion_name(set_code, number) if number is not None else None
    if number is None or name is None:
        return no_such_criterion(ctx, t, set_code, number)
    count = ctx.plan.criterion_count(set_code, number, place.code)
    lines = [
        t._(
            "Criterion {n} ({name}), {unit}: {planned}/{of} xã planned to meet it in 2023 "
            "({share})."
        ).format(
            n=number,
            name=name,
            unit=place.name,
            planned=count.planned,
            of=count.of_total,
            share=t.pct(count.planned, count.of_total),
        )
    ]
    if count.added is not None:
        lines.append(
            t._("That is {added} more than at the end of 2022 ({base} xã).").format(
                added=count.added, base=count.planned - count.added
            )
        )
    lines.append(t._("Source: plan {source}.").format(source=count.source))
    return Reply(
        "\n".join(lines),
        data={
            "unit": {"code": place.code, "name": place.name},
            "set": set_code,
            "criterion": number,
            "planned": count.planned,
            "of": count.of_total,
            "percent": round(100 * count.planned / count.of_total, 1) if count.of_total else 0,
            "added": count.added,
        },
    )


def no_such_criterion(ctx: Ctx, t: Translator, set_code: str, number: int | None) -> Reply:
    """Explain that a criterion number does not exist and list the set's range."""
    size = ctx.gazetteer.set_size(set_code)
    if number is None:
        text = t._(
            "Which criterion? Give its number (1-{size}) or its name, e.g. 'tc 5' or "
            "'tiêu chí giao thông'."
        ).format(size=size)
    else:
        text = t._(
            "There is no criterion {n} in the {set}: they are numbered 1 to {size}."
        ).format(n=number, set=set_label(t, set_code), size=size)
    return Reply(text, data={"set": set_code, "criterion": number, "size": size})


async def criterion_info(q: Query, ctx: Ctx, t: Translator) -> Reply:
    """Say what a criterion is, or list a whole set."""
    set_code = q.cset or "ntm"
    names = ctx.gazetteer.criteria_of(set_code)
    if q.criterion is None:
        text = "\n".join(
            [
                t._("The {set} ({count}):").format(set=set_label(t, set_code), count=len(names)),
                criteria_lines(sorted(names), names),
            ]
        )
        return Reply(text, data={"set": set_code, "criteria": sorted(names)})
    if q.criterion not in names:
        return no_such_criterion(ctx, t, set_code, q.criterion)
    info = ctx.plan.criterion_detail(set_code, q.criterion)
    lines = [
        t._("Criterion {n} of the {set}: {name}.").format(
            n=q.criterion, set=set_label(t, set_code), name=info.name
        )
    ]
    if info.group_name:
        lines.append(t._("Group: {group}.").format(group=info.group_name))
    if info.target_quote:
        lines.append(t._('2023 province target: "{quote}".').format(quote=info.target_quote))
    lines.append(t._("Source: {source}.").format(source=info.source))
    return Reply(
        "\n".join(lines), data={"set": set_code, "criterion": q.criterion, "name": info.name}
    )


async def groups(q: Query, ctx: Ctx, t: Translator, place: Place | None) -> Reply:
    """List the xã of a programme group, optionally within one district."""
    group = q.group or "ntm_2023"
    district = place.code if place is not None and place.kind == "district" else None
    members = ctx.plan.group_members(group, district)
    title = group_label(t, group)
    if place is not None and district is not None:
        title += " — " + place.name
    lines = [t._("{title}: {count} xã").format(title=title, count=len(members))]
    lines += [
        f"{i}. {name} ({district_name})"
        for i, (_, name, district_name) in enumerate(members, start=1)
    ]
    lines.append(t._("Source: plan {plan}.").format(plan=PLAN))
    return Reply(
        "\n".join(lines), data={"group": group, "members": [code for code, _, _ in members]}
    )


async def funding(q: Query, ctx: Ctx, t: Translator) -> Reply:
    """Give the 2023 funding need by source."""
    lines_ = ctx.plan.funding()
    total = lines_[0]
    lines = [
        t._("Total funding need for 2023: {amount} billion VND.").format(
            amount=t.amount(total.amount)
        )
    ]
    for line in lines_[1:]:
        lines.append(
            f"{line.line}. {line.label}: {t.amount(line.amount)} "
            + t._("billion VND")
            + f" ({t.dec(line.percent, 1)}%)"
        )
    lines.append(t._("Source: plan {plan}, section III.").format(plan=PLAN))
    return Reply(
        "\n".join(lines),
        data={
            "total": total.amount,
            "lines": [
                {"label": x.label, "amount": x.amount, "percent": x.percent} for x in lines_[1:]
            ],
        },
    )


async def targets(q: Query, ctx: Ctx, t: Translator) -> Reply:
    """Give the headline 2023 targets of section I.1."""
    facts = ctx.plan.facts()

    def n(key: str) -> str:
        return t.amount(facts[key])

    lines = [
        t._("Main targets of the 2023 plan:"),
        "• "
        + t._("{added} more xã meet NTM, {total}/{all} in all ({share});").format(
            added=n("ntm_xa_added"),
            total=n("ntm_xa_total"),
            all=n("xa_total"),
            share=t.pct(facts["ntm_xa_total"], facts["xa_total"]),
        ),
        "• "
        + t._("no xã below {n} criteria; average {low}-{high} criteria per xã;").format(
            n=n("min_criteria_per_xa"), low=n("avg_criteria_low"), high=n("avg_criteria_high")
        ),
        "• "
        + t._(
            "{added} more advanced NTM xã, {total} in all, averaging {avg} advanced criteria;"
        ).format(added=n("nang_cao_added"), total=n("nang_cao_total"), avg=n("nang_cao_avg")),
        "• " + t._("{added} more model NTM xã;").format(added=n("kieu_mau_added")),
        "• " + t._("the 20 border xã average {avg} criteria;").format(avg=n("bien_gioi_avg")),
        "• "
        + t._("OCOP: at least {n} products, {low}-{high} of them 4-star.").format(
            n=n("ocop_products"), low=n("ocop_4star_low"), high=n("ocop_4star_high")
        ),
        t._("Source: plan {plan}, section I.1.").format(plan=PLAN),
    ]
    return Reply("\n".join(lines), data={"facts": facts})


async def district_criteria(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """Answer for a district: its huyện NTM plan if it has one, else its average."""
    rows = ctx.plan.district_plan(place.code)
    if not rows:
        reply = await average(q, ctx, t, place)
        note = t._(
            "{unit} is a district; the plan sets no district-level NTM criteria for it. "
            "Here is its average:"
        ).format(unit=place.name)
        return Reply(note + "\n" + reply.text, reply.choices, data=reply.data)
    names = ctx.gazetteer.criteria_of("huyen")
    aimed = [n for n, kind in rows if kind == "target_2023"]
    goal = [n for n, kind in rows if kind == "end_2023"]
    lacking = [n for n in sorted(names) if n not in goal]
    text = "\n".join(
        [
            t._(
                "{unit}, district NTM criteria (9): in 2023 it aims to complete {aimed}, reaching "
                "{count}/9 by the end of 2023 ({goal})."
            ).format(
                unit=place.name,
                aimed=numbers_text(aimed),
                count=len(goal),
                goal=numbers_text(goal),
            ),
            t._("Still to do after 2023:"),
            criteria_lines(lacking, names),
            t._("Source: plan {plan}, section II.6.").format(plan=PLAN),
        ]
    )
    return Reply(
        text,
        data={
            "unit": {"code": place.code, "name": place.name},
            "set": "huyen",
            "targets": aimed,
            "end_2023": goal,
            "lacking_after_2023": lacking,
        },
    )


def choose_unit(t: Translator, places: list[Place], typed: str) -> Reply:
    """Ask which of several same-named units the user means."""
    text = t._('Several units are called "{name}". Which one do you mean?').format(
        name=typed.title()
    )
    return Reply(
        text,
        tuple(Choice(unit_label(p), PickButton(p.code).pack()) for p in places),
        data={
            "candidates": [
                {"code": p.code, "name": p.name, "district": p.parent_name} for p in places
            ]
        },
    )


def province_place(ctx: Ctx) -> Place:
    """Return the province as a place."""
    return ctx.gazetteer.places[PROVINCE_CODE]
