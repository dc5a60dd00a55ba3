"""Answers from the plan's text: targets, tasks, the plan itself, no-figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers import plan_answers
from handlers.buttons import AskButton
from handlers.figures import group_average
from handlers.intents import Intent
from handlers.query import Query
from handlers.replies import unit_label
from store.plan_figures import criterion_figures, plan_meta, plan_tasks
from store.plan_import import PLAN
from vocab.i18n import Translator
from vocab.messages import Choice, Reply
from vocab.places import Place, bare_name

if TYPE_CHECKING:
    from handlers.context import Ctx


def no_data(q: Query, ctx: Ctx, t: Translator) -> Reply:
    """Say that KH 18 has no such figure, and offer what it has."""
    topic = q.topic or "year"
    if topic == "year":
        what = (
            t._("figures for {year}").format(year=q.year)
            if q.year
            else t._("figures for that year")
        )
        has = t._(
            "It has the status at the end of 2022 and the targets of the 2023 plan; ask e.g."
            " 'mục tiêu năm 2023'."
        )
    elif topic == "population":
        what, has = t._("population figures"), t._("It has criteria, targets and funding.")
    elif topic == "hamlets":
        what, has = t._("figures on villages (thôn)"), t._("It has criteria, targets and funding.")
    elif topic == "officials":
        what = t._("names or contacts of officials")
        has = t._("Please ask the xã or district People's Committee.")
    elif topic == "area":
        what, has = t._("area figures"), t._("It has criteria, targets and funding.")
    elif topic in ("funding_unit", "budget_unit"):
        what = t._("funding per district or xã")
        total = ctx.plan.funding()[0]
        has = t._(
            "It has the province's total need for 2023, {amount} billion VND, by source"
            " (section III)."
        ).format(amount=t.amount(total.amount))
    elif topic == "figure_unit":
        what = t._("this figure for a single xã or district")
        has = t._("It gives it for the province only: ask without the unit's name.")
    elif topic == "income_unit":
        what = t._("the income of a single xã or district")
        has = t._(
            "It has the province's target: rural income per person {value} million VND in 2023"
            " (section I.2, criterion 10); and whether a listed xã meets criterion 10."
        ).format(value=t.dec(28.6, 1))
    elif topic == "neighbours":
        what = t._("which xã border each other")
        has = t._("Please name the xã you mean, e.g. 'xã Tam Gia còn thiếu gì'.")
    else:
        what, has = t._("this figure"), ""
    text = t._("KH 18 has no {what}.").format(what=what) + ("\n" + has if has else "")
    choices = tuple(
        Choice(unit_label(ctx.gazetteer.places[c]), AskButton(Intent.XA_OVERVIEW, c).pack())
        for c in q.units[:1]
        if c in ctx.gazetteer.places and len(c) > 3
    )
    return Reply(text, choices, data={"no_data": topic, "year": q.year})


def name_fits_several(t: Translator, places: list[Place]) -> Reply:
    """Ask for the district of a compared name that fits several xã (never guess)."""
    text = t._(
        '"{name}" is the name of several xã: {list}. Please ask again with the district, e.g.'
        ' "{name} {district} …".'
    ).format(
        name=bare_name(places[0].name),
        list=", ".join(unit_label(p) for p in places),
        district=bare_name(places[0].parent_name or ""),
    )
    return Reply(text, data={"candidates": [p.code for p in places]})


def not_in_plan(t: Translator, place: Place) -> Reply:
    """Say a phường or thị trấn is not in the NTM plan."""
    text = t._("{unit} is a ward or town: the NTM plan covers xã only.").format(
        unit=unit_label(place)
    )
    return Reply(text, data={"unit": {"code": place.code, "name": place.name}})


async def targets(q: Query, ctx: Ctx, t: Translator) -> Reply:
    """The plan's targets: a criterion's figures (I.2), a group's, or the headline (I.1)."""
    if q.criterion is not None and q.cset in (None, "ntm"):
        figs = [f for f in criterion_figures() if f.where == str(q.criterion)]
        info = await plan_answers.criterion_info(q, ctx, t)
        lines = [info.text]
        for f in figs:
            lines.append(f"• {f.label}: {_figure(f.value, f.unit)} — “{f.quote}”")
        if figs:
            lines.append(t._("Source: plan {plan}, section I.2.").format(plan=PLAN))
        return Reply(
            "\n".join(lines), data={"criterion": q.criterion, "figures": [f.key for f in figs]}
        )
    if q.group in ("bien_gioi", "dbkk"):
        return await group_average(q, ctx, t)
    return await plan_answers.targets(q, ctx, t)


def _figure(value: str, unit: str) -> str:
    return value + ("" if unit == "%" else " ") + unit


async def district_plans(q: Query, ctx: Ctx, t: Translator) -> Reply:
    """Which districts the plan takes towards the district NTM standard, with their plans."""
    districts = [
        p
        for p in ctx.gazetteer.places.values()
        if p.kind == "district" and ctx.plan.district_plan(p.code)
    ]
    if not districts:
        return Reply(t._("KH 18 sets no district NTM plan."), data={"districts": []})
    lines = [
        t._("KH 18 plans the district NTM standard for: {names}.").format(
            names=", ".join(p.name for p in districts)
        )
    ]
    for place in districts:
        reply = await plan_answers.district_criteria(q, ctx, t, place)
        lines.append(reply.text)
    return Reply("\n".join(lines), data={"districts": [p.code for p in districts]})


def tasks(q: Query, t: Translator) -> Reply:
    """Section II's tasks that carry a number."""
    lines = [t._("Tasks of the 2023 plan with a figure (sections I.1 and II):")]
    for f in plan_tasks():
        lines.append(f"• {f.where}: {f.label}: {_figure(f.value, f.unit)} — “{f.quote}”")
    lines.append(t._("Source: plan {plan}, sections I.1 and II.").format(plan=PLAN))
    return Reply("\n".join(lines), data={"tasks": [f.key for f in plan_tasks()]})


def about_the_plan(t: Translator) -> Reply:
    """Say which plan the figures come from, when it was issued and who signed it."""
    meta = plan_meta()
    text = "\n".join(
        [
            t._("All figures come from plan {number} of {date}, {issuer}: “{title}”.").format(
                number=meta["number"],
                date=meta["date"],
                issuer=meta["issuer"],
                title=meta["title"],
            ),
            t._("Signed by {signer} ({role}).").format(
                signer=meta["signer"], role=meta["signer_role"]
            ),
            t._(
                "Status at the end of 2022 and the 2023 targets come from its appendices 1-7;"
                " a xã's status may since have been updated by an approved field report, and the"
                " answer then says so."
            ),
        ]
    )
    return Reply(text, data=dict(meta))
