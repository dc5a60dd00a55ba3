"""Answer any Query from the plan in memory (ctx.plan) and the stored status: one evaluator."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from handlers import (
    chat_answers,
    comparisons,
    figures,
    group_figures,
    plan_answers,
    plan_facts,
    rankings,
    report_how,
    report_rules,
    xa_answers,
)
from handlers.buttons import PickButton
from handlers.query import Measure, Period, Query, has_no_figure
from handlers.replies import place_short, unit_label
from vocab.i18n import Translator
from vocab.messages import Choice, Reply
from vocab.places import COMMUNE_KINDS, Place

if TYPE_CHECKING:
    from handlers.context import Ctx


# Measures whose answer is about no unit: a name read loosely beside them is not said back.
_NO_UNIT = (Measure.REPORT_HOW, Measure.REPORT_RULES, Measure.HELP, Measure.GREET, Measure.ABOUT)


async def evaluate(
    q: Query, ctx: Ctx, t: Translator, role: str | None
) -> tuple[Reply, Query | None]:
    """Answer a query; also return the query to keep pending when the reply asks back."""
    reply, pending = await _answer(q, ctx, t, role)
    if q.repaired and not reply.choices and q.units and q.measure not in _NO_UNIT:
        reply = replace(reply, text=understood_line(q, ctx, t) + "\n" + reply.text)
    return reply, pending


def understood_line(q: Query, ctx: Ctx, t: Translator) -> str:
    """Say what a repaired question was understood as: 'Hiểu là: huyện Bắc Sơn, tiêu chí 9'."""
    parts = [unit_label(ctx.gazetteer.places[c]) for c in q.units if c in ctx.gazetteer.places]
    if q.criterion is not None:
        parts.append(t._("criterion {n}").format(n=q.criterion))
    return t._("Understood as: {what}.").format(what=", ".join(parts))


async def _answer(
    q: Query, ctx: Ctx, t: Translator, role: str | None
) -> tuple[Reply, Query | None]:
    m = q.measure
    if m == Measure.GREET:
        return (chat_answers.thanks(t) if q.topic == "thanks" else chat_answers.greet(t)), None
    if m == Measure.HELP:
        from handlers.routing import help_lines  # the table lists the modules that call this

        return chat_answers.help_reply(t, help_lines(t)), None
    if m == Measure.REPORT_HOW:
        return report_how.answer(t, role, q.topic), None
    if m == Measure.REPORT_RULES:
        return await report_rules.answer(ctx, t, q.topic), None
    if has_no_figure(q):
        return plan_facts.no_data(q, ctx, t), None
    return await _BY_MEASURE.get(m, _about_units)(q, ctx, t)


Answer = Callable[[Query, "Ctx", Translator], Awaitable[tuple[Reply, Query | None]]]


async def _fallback(q: Query, ctx: Ctx, t: Translator) -> tuple[Reply, Query | None]:
    """Answer what was not understood (or a follow-up with nothing to follow): offer help."""
    districts = [(p.code, p.name) for p in _places(q, ctx) if p.kind == "district"]
    return chat_answers.fallback(t, districts), None


async def _info(q: Query, ctx: Ctx, t: Translator) -> tuple[Reply, Query | None]:
    """Answer 'tiêu chí 17 là gì': an NTM criterion with its targets; other criteria, sets."""
    if q.criterion is not None and q.cset in (None, "ntm"):
        return await plan_facts.targets(q, ctx, t), None  # its name, group, I.2 target, figures
    return await plan_answers.criterion_info(q, ctx, t), None


async def _funding(q: Query, ctx: Ctx, t: Translator) -> tuple[Reply, Query | None]:
    """Answer 'tổng vốn 2023', 'kinh phí thực hiện bao nhiêu'."""
    return await plan_answers.funding(q, ctx, t), None


async def _about_plan(q: Query, ctx: Ctx, t: Translator) -> tuple[Reply, Query | None]:
    """Answer what the plan itself is: number, date, who signed, where figures come from."""
    return plan_facts.about_the_plan(t), None


async def _tasks(q: Query, ctx: Ctx, t: Translator) -> tuple[Reply, Query | None]:
    """Answer 'các nhiệm vụ', 'giải pháp': the plan's tasks."""
    return plan_facts.tasks(q, t), None


async def _targets(q: Query, ctx: Ctx, t: Translator) -> tuple[Reply, Query | None]:
    """Answer 'mục tiêu năm 2023' and the plan's targets."""
    return await plan_facts.targets(q, ctx, t), None


async def _compare(q: Query, ctx: Ctx, t: Translator) -> tuple[Reply, Query | None]:
    """Answer 'so sánh A và B'; a compared name fitting two asks which; one unit: about it."""
    if q.ambiguous:
        return _fits_several(q, ctx, t), None
    if len(q.units) >= 2:
        return await comparisons.compare(q, ctx, t), None
    if q.criterion is not None and q.more_criteria:  # 'tc 5 vs tc 6': in one unit
        return comparisons.criteria(q, ctx, t), None
    return await _about_units(q, ctx, t)


async def _rank(q: Query, ctx: Ctx, t: Translator) -> tuple[Reply, Query | None]:
    """Answer 'huyện nào cao nhất'; a name fitting two asks which."""
    if q.ambiguous:
        return _fits_several(q, ctx, t), None
    return await rankings.rank(q, ctx, t), None


def _fits_several(q: Query, ctx: Ctx, t: Translator) -> Reply:
    return plan_facts.name_fits_several(t, [ctx.gazetteer.places[c] for c in q.ambiguous])


async def _list(q: Query, ctx: Ctx, t: Translator) -> tuple[Reply, Query | None]:
    """Answer a list: xã by criterion, the districts' plans, a group's xã, or a unit's list."""
    if q.criterion is not None:
        return await rankings.xa_by_criterion(q, ctx, t), None
    if q.cset == "huyen" and not q.units:
        return await plan_facts.district_plans(q, ctx, t), None
    if q.group or not q.units:
        district = next((p for p in _places(q, ctx) if p.kind == "district"), None)
        if q.group and group_figures.is_bound(q.filter):
            return group_figures.bounded(q, ctx, t, district), None
        if q.group and q.also_group:  # 'xã nào vừa biên giới vừa đbkk'
            return group_figures.both_groups(q, ctx, t, district), None
        return await plan_answers.groups(q, ctx, t, district), None
    return await _about_units(q, ctx, t)


def _places(q: Query, ctx: Ctx) -> list[Place]:
    return [ctx.gazetteer.places[c] for c in q.units if c in ctx.gazetteer.places]


async def _about_units(q: Query, ctx: Ctx, t: Translator) -> tuple[Reply, Query | None]:
    places = _places(q, ctx)
    if len(places) > 1:
        typed = next((m.text for m in q.mentions if m.places), places[0].name)
        return plan_answers.choose_unit(t, places, typed), q
    if not places:
        if q.unknown_name:
            return suggest(ctx, t, q.unknown_name, q.suggestions), q
        counted = q.group and q.measure in (Measure.COUNT, Measure.SHARE)
        if counted and group_figures.is_bound(q.filter):
            return group_figures.bounded(q, ctx, t), None  # 'xã biên giới nào dưới 10 tc'
        if counted and q.filter is not None:
            return figures.group_standard(q, ctx, t), None  # 'bao nhiêu % xã biên giới đạt chuẩn'
        if q.group and q.measure in (Measure.AVERAGE, Measure.COUNT, Measure.SHARE):
            return await figures.group_average(q, ctx, t), None
        if q.measure in (Measure.AVERAGE, Measure.COUNT, Measure.SHARE):
            places = [plan_answers.province_place(ctx)]
        else:
            commune = q.measure in (Measure.LACKING, Measure.MET, Measure.OVERVIEW)
            return ask_unit(t, commune), None
    return await _one_unit(q, ctx, t, places[0]), None


# What each measure is answered by; any other measure is about the units named.
_BY_MEASURE: dict[Measure, Answer] = {
    Measure.UNKNOWN: _fallback,
    Measure.FOLLOWUP: _fallback,
    Measure.INFO: _info,
    Measure.FUNDING: _funding,
    Measure.ABOUT: _about_plan,
    Measure.TASKS: _tasks,
    Measure.TARGET: _targets,
    Measure.COMPARE: _compare,
    Measure.RANK: _rank,
    Measure.LIST: _list,
}

# A measure as asked of one unit: a list or a comparison left with one unit is its overview.
_ONE_UNIT_MEASURE = {Measure.LIST: Measure.OVERVIEW, Measure.COMPARE: Measure.OVERVIEW}


async def _one_unit(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    commune = place.kind in COMMUNE_KINDS
    if commune and place.kind != "xa":
        return plan_facts.not_in_plan(t, place)
    if q.measure == Measure.LIST and not commune:
        return figures.communes_of(ctx, t, place)
    m = _ONE_UNIT_MEASURE.get(q.measure, q.measure)  # the list a xã is on: its overview
    if commune and m in (Measure.COUNT, Measure.SHARE):
        m = Measure.MET  # a count about one xã is what it has met, never a count of xã
    if m in (Measure.COUNT, Measure.SHARE):
        if q.criterion is None:
            return await figures.count_xa(q, ctx, t, place)
        return await figures.criterion_count(q, ctx, t, place)
    if m == Measure.AVERAGE and commune:
        return await _xa_average(q, ctx, t, place)
    if m == Measure.AVERAGE and q.group and not commune:  # 'xã biên giới huyện Lộc Bình'
        return await figures.group_average(q, ctx, t, place if place.kind == "district" else None)
    if m == Measure.AVERAGE:
        return await figures.average(q, ctx, t, place)
    if commune:
        return await _about_xa(q, ctx, t, place, m)
    return await _about_district(q, ctx, t, place, m)


async def _xa_average(q: Query, ctx: Ctx, t: Translator, place: Place) -> Reply:
    """Answer an average asked of a xã: what it has met, and its district's average beside."""
    met = await xa_answers.met(q, ctx, t, place)
    district = ctx.gazetteer.places.get(place.parent_code or "")
    if district is None:
        return met
    beside = await figures.average(q, ctx, t, district)
    return replace(met, text=met.text + "\n\n" + beside.text)


async def _about_xa(q: Query, ctx: Ctx, t: Translator, place: Place, m: Measure) -> Reply:
    """Answer what a xã lacks or has met (for plan 2023: with its plan row), else its overview."""
    if q.period == Period.PLAN_2023 and m in (Measure.MET, Measure.LACKING):
        reply = await xa_answers.lacking(q, ctx, t, place)
        return _with_plan_line(reply, t, ctx, place, q.cset or "ntm")
    if m == Measure.LACKING:
        return await xa_answers.lacking(q, ctx, t, place)
    if m == Measure.MET:
        return await xa_answers.met(q, ctx, t, place)
    return await xa_answers.overview(q, ctx, t, place)


async def _about_district(q: Query, ctx: Ctx, t: Translator, place: Place, m: Measure) -> Reply:
    """Answer about a district or the province: its own criteria, a criterion, or overview."""
    if q.cset == "huyen" or (
        m in (Measure.LACKING, Measure.MET)
        and ctx.plan.district_plan(place.code)
        and q.criterion is None
        and q.cset is None
        and place.kind == "district"
    ):
        return await plan_answers.district_criteria(q, ctx, t, place)
    if q.criterion is not None:
        return await figures.criterion_count(q, ctx, t, place)
    return await figures.overview(q, ctx, t, place)


def _with_plan_line(reply: Reply, t: Translator, ctx: Ctx, place: Place, set_code: str) -> Reply:
    """Open a xã's answer with its row of the plan: criteria met at the end of 2022, 2023 aim."""
    entry = next((e for e in ctx.plan.plan_entries(place.code) if e.set_code == set_code), None)
    if entry is None or entry.met_count is None or entry.target_count is None:
        return reply
    line = t._(
        "KH 18: {met} criteria met at the end of 2022; {target} more to complete in 2023."
    ).format(met=entry.met_count, target=entry.target_count)
    return replace(reply, text=line + "\n" + reply.text)


def suggest(ctx: Ctx, t: Translator, unknown: str | None, codes: Sequence[str]) -> Reply:
    """Say a name was not found and offer the nearest names."""
    places = [ctx.gazetteer.places[c] for c in codes]
    name = (unknown or "").title()
    if places:
        text = t._('I found no unit called "{name}". Did you mean:').format(name=name)
    else:
        text = t._('I found no unit called "{name}"; please check the name.').format(name=name)
    return Reply(
        text,
        tuple(Choice(place_short(p), PickButton(p.code).pack()) for p in places),
        data={"unknown": unknown, "suggestions": list(codes)},
    )


def ask_unit(t: Translator, commune: bool) -> Reply:
    """Ask which xã (or district) a question is about."""
    if commune:
        text = t._('Which xã? For example: "Xã Nhân Lý còn thiếu tiêu chí nào?"')
    else:
        text = t._('Which district? For example: "Bình quân tiêu chí huyện Tràng Định"')
    return Reply(text, data={})
