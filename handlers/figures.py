"""The evaluator's answers beyond one xã: overviews, counts, rankings, comparisons, no-data."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from handlers import plan_answers
from handlers.group_figures import (
    BOUNDS,
    GROUP_SETS,
    bounded,
    group_rows,
    group_source,
    group_title,
    within,
)
from handlers.plan_answers import figure_set
from handlers.query import Filter, Measure, Period, Query
from handlers.replies import plan_source, set_label, unit_label
from handlers.xa_answers import group_label
from store.plan_import import PLAN, PROVINCE_CODE
from store.status import current_status
from vocab.i18n import Translator
from vocab.messages import Reply
from vocab.places import Place, bare_name

if TYPE_CHECKING:
    from handlers.context import Ctx


def _period_note(t: Translator, q: Query) -> list[str]:
    if q.period == Period.END_2022:
        return [t._("KH 18 prints this figure for the 2023 plan only, not for the end of 2022.")]
    return []


def communes_of(ctx: Ctx, t: Translator, place: Place) -> Reply:
    """List the xã of a district."""
    xa = [
        p for p in ctx.gazetteer.places.values() if p.parent_code == place.code and p.kind == "xa"
    ]
    lines = [t._("{unit}: {n} xã").format(unit=place.name, n=len(xa))]
    lines += [f"{i}. {bare_name(p.name)}" for i, p in enumerate(xa, start=1)]
    return Reply("\n".join(lines), data={"unit": place.code, "xa": [p.code for p in xa]})


async def count_xa(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """Count xã in a unit: all, meeting NTM (end 2022 / plan 2023), or with a filter."""
    f = q.filter
    if f is not None and f.kind in BOUNDS and f.value is not None:
        return await _bounded(q, ctx, t, place)
    if f is not None and f.kind == "met":  # 'bao nhiêu xã đạt' without saying what
        return plan_answers.no_such_criterion(ctx, t, figure_set(q), None)
    if q.of == "district" and f is None and place.code == PROVINCE_CODE:
        districts = [p for p in ctx.gazetteer.places.values() if p.kind == "district"]
        cities = sum(1 for p in districts if p.name.startswith("Thành phố"))
        text = t._("{unit} has {n} district-level units: {huyen} huyện and {tp} city.").format(
            unit=place.name, n=len(districts), huyen=len(districts) - cities, tp=cities
        )
        return Reply(text, data={"unit": place.code, "districts": len(districts)})
    if f is None or f.kind not in ("standard", "not_standard"):
        n = ctx.plan.xa_count(place.code)
        text = t._("{unit} has {n} xã (the 181 xã the plan counts in the province).").format(
            unit=place.name, n=n
        )
        return Reply(text, data={"unit": place.code, "xa": n})
    facts = ctx.plan.facts()
    if q.cset == "kieu_mau":
        code = None if place.code == PROVINCE_CODE else place.code
        members = ctx.plan.group_members("kieu_mau_2023", code)
        text = t._(
            "KH 18 aims for {added} more model NTM xã in 2023 (section I.1); appendix 3 lists"
            " {n} registered in {unit}: {names}. It gives no count at the end of 2022."
        ).format(
            added=int(facts["kieu_mau_added"]),
            n=len(members),
            unit=place.name,
            names=", ".join(name for _, name, _ in members) or "—",
        )
        return Reply(text, data={"unit": place.code, "registered": [c for c, _, _ in members]})
    if q.cset == "nang_cao":
        if place.code != PROVINCE_CODE:
            members = ctx.plan.group_members("nang_cao_2023", place.code)
            text = t._(
                "KH 18 does not count advanced NTM xã per district; {unit} has {n} xã in the"
                " 2023 advanced list (appendix 2)."
            ).format(unit=place.name, n=len(members))
            return Reply(text, data={"unit": place.code, "planned_added": len(members)})
        total, added = int(facts["nang_cao_total"]), int(facts["nang_cao_added"])
        text = t._(
            "Advanced NTM xã in the province: {base} at the end of 2022; the 2023 plan adds"
            " {added}, {total} in all (section I.1)."
        ).format(base=total - added, added=added, total=total)
        return Reply(text, data={"end_2022": total - added, "plan_2023": total})
    base = ctx.plan.ntm_base(place.code)
    if place.code == PROVINCE_CODE:
        total, added = int(facts["ntm_xa_total"]), int(facts["ntm_xa_added"])
    else:
        added = len(ctx.plan.group_members("ntm_2023", place.code))
        total = base + added
    of = ctx.plan.xa_count(place.code)
    if f.kind == "not_standard":
        text = t._(
            "{unit}: {before} of {of} xã did not meet the NTM standard at the end of 2022; after"
            " the 2023 plan, {after} would not."
        ).format(unit=place.name, before=of - base, of=of, after=of - total)
        return Reply(
            text, data={"unit": place.code, "end_2022": of - base, "plan_2023": of - total}
        )
    text = "\n".join(
        [
            t._(
                "{unit}: {base} xã met the NTM standard at the end of 2022 ({share} of {of})."
            ).format(unit=place.name, base=base, of=of, share=t.pct(base, of)),
            t._("2023 plan: {added} more, {total}/{of} xã ({share}).").format(
                added=added, total=total, of=of, share=t.pct(total, of)
            ),
            t._("Not yet meeting it: {before} at the end of 2022, {after} after the plan.").format(
                before=of - base, after=of - total
            ),
            t._(
                "Source: {plan}, section I.1 and appendix 1; the end-2022 count per district is"
                " derived from appendix 7 (total ÷ average)."
            ).format(plan=PLAN),
        ]
    )
    return Reply(text, data={"unit": place.code, "end_2022": base, "plan_2023": total})


async def _bounded(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """Xã below, above or at least N criteria: only the xã of appendices 1-5 have the figure."""
    if q.group and place.kind == "district":
        return bounded(q, ctx, t, place)  # 'xã biên giới Cao Lộc dưới 10 tc': of the group
    f = q.filter
    assert f is not None and f.value is not None
    district = place.code if place.kind == "district" else None
    listed: dict[str, int] = {}
    for group in ("ntm_2023", "bien_gioi", "dbkk"):
        for code, _, _ in ctx.plan.group_members(group, district):
            items = await current_status(ctx.db, code, "ntm")
            if items:
                listed[code] = sum(1 for i in items if i.met)
    chosen = sorted((n, c) for c, n in listed.items() if within(f, n))
    bound = {
        "below": t._("fewer than {n} criteria"),
        "above": t._("more than {n} criteria"),
        "at_least": t._("at least {n} criteria"),
    }[f.kind].format(n=f.value)
    facts = ctx.plan.facts()
    lines = [
        t._("KH 18 has no count of xã with {bound} in {unit}.").format(
            bound=bound, unit=place.name
        )
    ]
    if f.kind == "below":
        lines.append(
            t._("Its target: no xã below {min} criteria in 2023 (section I.1).").format(
                min=int(facts["min_criteria_per_xa"])
            )
        )
    lines.append(
        t._(
            "Among the {listed} xã listed in appendices 1, 4 and 5, {count} had {bound} at the"
            " end of 2022:"
        ).format(listed=len(listed), count=len(chosen), bound=bound)
    )
    lines += [f"• {unit_label(ctx.gazetteer.places[c])}: {n}" for n, c in chosen]
    return Reply(
        "\n".join(lines), data={"xa": [c for _, c in chosen], "filter": [f.kind, f.value]}
    )


async def criterion_count(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """How many xã meet a criterion: the plan's 2023 figure, and end-2022 where printed."""
    reply = await plan_answers.criterion_count(q, ctx, t, place)
    count = reply.data.get("planned")
    added = reply.data.get("added")
    if q.filter is not None and q.filter.kind == "lacking" and count is not None:
        reply = _not_meeting(t, reply, count, added)
    if q.period == Period.END_2022 and count is not None:
        if added is not None:
            line = t._("At the end of 2022: {base} xã (section I.2).").format(base=count - added)
            reply = Reply(line + "\n" + reply.text, reply.choices, data=reply.data)
        else:
            note = "\n".join(_period_note(t, q))
            reply = Reply(note + "\n" + reply.text, reply.choices, data=reply.data)
    return reply


def _not_meeting(t: Translator, reply: Reply, count: int, added: int | None) -> Reply:
    """Open a criterion's count with the xã not meeting it, as 'chưa đạt' asked."""
    of = reply.data["of"]
    if added is None:
        line = t._("Not meeting it: {left}/{of} xã after the 2023 plan.")
    else:
        line = t._(
            "Not meeting it: {left}/{of} xã after the 2023 plan; {base} xã at the end of 2022."
        )
    line = line.format(left=of - count, of=of, base=of - count + (added or 0))
    data = {**reply.data, "lacking": of - count}
    return Reply(line + "\n" + reply.text, reply.choices, data=data)


async def average(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """A unit's average criteria per xã (2023 plan), saying so when end-2022 was asked."""
    reply = await plan_answers.average(q, ctx, t, place)
    note = _period_note(t, q)
    if note:
        reply = Reply("\n".join(note) + "\n" + reply.text, reply.choices, data=reply.data)
    return reply


async def group_average(q: Query, ctx: Ctx, t: Translator, district: Place | None = None) -> Reply:
    """A programme group's average criteria per xã (of one district, if given): end of 2022
    and the 2023 target."""
    group = q.group or "bien_gioi"
    q = replace(q, group=group)
    if q.filter is not None and q.filter.on == "average":
        return bounded(q, ctx, t, district)  # 'xã biên giới nào dưới bq tỉnh'
    rows = group_rows(ctx, q, district.code if district else None)
    if not rows:
        return Reply(t._("KH 18 gives no per-xã figures for this group."), data={"group": group})
    end = sum(r.met for r in rows) / len(rows)
    plan = sum(r.planned for r in rows) / len(rows)
    lines = [
        t._(
            "{group}: average {end} criteria per xã at the end of 2022, {plan} planned for 2023"
            " ({n} xã)."
        ).format(group=group_title(t, q, district), end=t.dec(end), plan=t.dec(plan), n=len(rows))
    ]
    set_code = GROUP_SETS.get(group, "ntm")
    if set_code != "ntm":
        lines.append(set_label(t, set_code))
    if group == "bien_gioi" and district is None and not q.also_group:
        lines.append(
            t._("Section I.1 sets the border xã's average target at {n} criteria.").format(
                n=t.amount(ctx.plan.facts()["bien_gioi_avg"])
            )
        )
    lines.append(group_source(t, replace(q, period=Period.ANY)))
    return Reply(
        "\n".join(lines),
        data={"group": group, "end_2022": round(end, 2), "plan_2023": round(plan, 2)},
    )


def group_standard(q: Query, ctx: Ctx, t: Translator) -> Reply:
    """How many xã of a group meet all their set's criteria: end of 2022, and planned for 2023."""
    group = q.group or "bien_gioi"
    q = replace(q, group=group)
    rows = group_rows(ctx, q)
    done = [r.code for r in rows if r.met >= r.size]
    planned = sum(1 for r in rows if r.planned >= r.size)
    text = t._(
        "{group}: {end} of {n} xã ({share}) met all {size} criteria at the end of 2022; with their"
        " 2023 targets, {planned} would ({planned_share})."
    ).format(
        group=group_title(t, q),
        end=len(done),
        n=len(rows),
        share=t.pct(len(done), len(rows)),
        size=rows[0].size if rows else 19,
        planned=planned,
        planned_share=t.pct(planned, len(rows)),
    )
    text += "".join(f"\n• {unit_label(ctx.gazetteer.places[c])}" for c in done)
    text += "\n" + group_source(t, replace(q, period=Period.ANY))
    return Reply(text, data={"group": group, "end_2022": len(done), "plan_2023": planned})


async def overview(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """A district's (or the province's) overview: averages, NTM xã, weakest criteria, groups."""
    ntm = ctx.plan.average("ntm", place.code)
    nc = ctx.plan.average("nang_cao", place.code)
    lines = [place.name]
    lines.append(
        t._(
            "Average (2023 plan): {ntm} NTM criteria per xã; {nc} advanced criteria per NTM xã."
        ).format(ntm=t.dec(ntm.value), nc=t.dec(nc.value) if nc.divisor else "—")
    )
    counted = await count_xa(Query(Measure.COUNT, filter=Filter("standard")), ctx, t, place)
    base, planned = counted.data.get("end_2022"), counted.data.get("plan_2023")
    if base is not None:
        lines.append(
            t._("NTM xã: {base} at the end of 2022, {total} planned for 2023, of {of}.").format(
                base=base, total=planned, of=ctx.plan.xa_count(place.code)
            )
        )
    counts = sorted(
        (ctx.plan.criterion_count("ntm", n, place.code).planned, n)
        for n in ctx.gazetteer.criteria_of("ntm")
    )
    names = ctx.gazetteer.criteria_of("ntm")
    weakest = ", ".join(f"{n}. {names[n]} ({c})" for c, n in counts[:3])
    lines.append(t._("Fewest xã planned to meet (2023): {list}.").format(list=weakest))
    groups = []
    for group in ("ntm_2023", "nang_cao_2023", "kieu_mau_2023", "bien_gioi", "dbkk"):
        code = None if place.code == PROVINCE_CODE else place.code
        n = len(ctx.plan.group_members(group, code))
        if n:
            groups.append(f"{group_label(t, group)}: {n}")
    if groups:
        lines.append(t._("Programme groups:") + "\n" + "\n".join(f"• {g}" for g in groups))
    lines.append(plan_source(t, "1-7"))
    return Reply(
        "\n".join(lines),
        data={"unit": {"code": place.code, "name": place.name}, "average": round(ntm.value, 2)},
    )
