"""Rankings and comparisons: districts, the xã of a group or district, criteria."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from handlers import criteria_rankings
from handlers.group_figures import BOUNDS, GROUP_SETS, group_codes, is_bound, within
from handlers.plan_answers import figure_set
from handlers.query import Period, Query, Rank
from handlers.replies import plan_source, set_label, unit_label
from handlers.xa_answers import group_label
from store.plan import APPENDIX_OF_SET
from store.plan_import import PLAN, PROVINCE_CODE
from store.status import current_status
from vocab.i18n import Translator
from vocab.messages import Reply

if TYPE_CHECKING:
    from handlers.context import Ctx


SHOWN = 10  # beyond this many districts (and five more), only the first ten are listed


def _ntm_xa(ctx: Ctx, code: str, period: Period) -> int:
    """A district's xã meeting NTM: end of 2022 (derived), or planned for 2023."""
    base = ctx.plan.ntm_base(code)
    if period == Period.END_2022:
        return base
    return base + len(ctx.plan.group_members("ntm_2023", code))


def _district_values(q: Query, ctx: Ctx) -> list[tuple[float, str]]:
    set_code = figure_set(q)
    if q.group and q.criterion is None and q.filter is None:  # how many xã of the group
        return [
            (float(len(ctx.plan.group_members(q.group, a.unit_code))), a.unit_code)
            for a in ctx.plan.district_averages("ntm")
        ]
    if q.filter is not None and q.filter.kind == "standard" and q.criterion is None:
        return [
            (float(_ntm_xa(ctx, a.unit_code, q.period)), a.unit_code)
            for a in ctx.plan.district_averages("ntm")
        ]
    if q.filter is not None and q.filter.kind == "not_standard" and q.criterion is None:
        return [
            (
                float(ctx.plan.xa_count(a.unit_code) - _ntm_xa(ctx, a.unit_code, q.period)),
                a.unit_code,
            )
            for a in ctx.plan.district_averages("ntm")
        ]
    if q.criterion is not None:
        counts = [
            ctx.plan.criterion_count(set_code, q.criterion, a.unit_code)
            for a in ctx.plan.district_averages(set_code)
        ]
        if q.rank is not None and q.rank.by == "share":
            return [(100 * c.planned / (c.of_total or 1), c.unit_code) for c in counts]
        return [(float(c.planned), c.unit_code) for c in counts]
    return [(a.value, a.unit_code) for a in ctx.plan.district_averages(set_code)]


async def rank(q: Query, ctx: Ctx, t: Translator) -> Reply:
    """Rank districts (or xã, or criteria), with order, limit, exclusions, a place asked."""
    r = q.rank
    assert r is not None
    if r.over == "criterion":
        return criteria_rankings.rank_criteria(q, ctx, t, _district(q, ctx))
    if r.over == "xa":
        return await _rank_xa(q, ctx, t)
    return _rank_districts(q, ctx, t, r)


def _rank_districts(q: Query, ctx: Ctx, t: Translator, r: Rank) -> Reply:
    """Rank the districts by average criteria, xã meeting NTM (or not), or one criterion."""
    values = [(v, c) for v, c in _district_values(q, ctx) if c not in r.exclude]
    reference = _province_reference(q, ctx, t)
    if q.criterion is None and q.filter is not None and q.filter.kind in BOUNDS:
        bound = reference[0] if reference else None  # 'dưới bq tỉnh': the province's average
        values = [(v, c) for v, c in values if within(q.filter, v, bound)]  # 'bq dưới 12'
    values.sort(key=lambda vc: (-vc[0], vc[1]) if r.order == "max" else (vc[0], vc[1]))
    kind = q.filter.kind if q.filter is not None else None
    counted = q.criterion is not None or kind in ("standard", "not_standard") or bool(q.group)
    set_code = figure_set(q)
    show = _DistrictValue(q, ctx, t, set_code, counted)
    what = _district_what(q, t, set_code, kind, counted)
    lines = _district_places(q, ctx, t, r, values, what, show)
    if reference:
        lines.append(reference[1])
    shown = values[: r.limit or (len(values) if len(values) <= SHOWN + 5 else SHOWN)]
    head = t._("Lowest first") if r.order == "min" else t._("Highest first")
    lines.append(f"{head}: {what}")
    for i, (v, c) in enumerate(shown, 1):
        name = ctx.gazetteer.places[c].name.removeprefix("Huyện ")
        lines.append(f"{i}. {name}: {show(v, c)}")
    if r.exclude:
        names = ", ".join(ctx.gazetteer.places[c].name for c in r.exclude)
        lines.append(t._("Left out: {names}.").format(names=names))
    if q.group and q.criterion is None and q.filter is None:
        lines.append(t._("Source: plan {plan}, the group's appendix.").format(plan=PLAN))
    else:
        lines.append(plan_source(t, APPENDIX_OF_SET[set_code]))
    ranking = [show.data(v, c) for v, c in shown]
    return Reply(
        "\n".join(lines),
        data={"order": r.order, "ranking": ranking, "position_of": r.position_of},
    )


def _province_reference(q: Query, ctx: Ctx, t: Translator) -> tuple[float, str] | None:
    """The province's average a bound refers to ('dưới bq tỉnh'), with a line saying it."""
    if q.filter is None or q.filter.on != "average" or q.criterion is not None:
        return None
    set_code = figure_set(q)
    avg = ctx.plan.average(set_code, PROVINCE_CODE)
    word = {"below": t._("below"), "above": t._("above"), "at_least": t._("at or above")}
    line = t._(
        "Districts {bound} the province's average of {value} criteria per xã ({set}, 2023 plan,"
        " appendix {appendix}): {n}."
    )
    n = sum(
        1 for a in ctx.plan.district_averages(set_code) if within(q.filter, a.value, avg.value)
    )
    return avg.value, line.format(
        bound=word.get(q.filter.kind, ""),
        value=t.dec(avg.value),
        set=set_label(t, set_code),
        appendix=APPENDIX_OF_SET[set_code],
        n=n,
    )


@dataclass(frozen=True)
class _DistrictValue:
    """How a district's ranked value is shown, and kept in the reply's data."""

    q: Query
    ctx: Ctx
    t: Translator
    set_code: str
    counted: bool

    def __call__(self, v: float, code: str) -> str:
        if self.q.criterion is not None:
            c = self.ctx.plan.criterion_count(self.set_code, self.q.criterion, code)
            return f"{c.planned}/{c.of_total} ({self.t.pct(c.planned, c.of_total)})"
        return str(int(v)) if self.counted else self.t.dec(v)

    def data(self, v: float, code: str) -> dict[str, object]:
        if self.q.criterion is not None:
            planned = self.ctx.plan.criterion_count(self.set_code, self.q.criterion, code).planned
            return {"code": code, "count": planned}
        if self.counted:
            return {"code": code, "count": int(v)}
        return {"code": code, "average": round(v, 2)}


def _district_what(q: Query, t: Translator, set_code: str, kind: str | None, counted: bool) -> str:
    """Name what the districts are ranked by, with its period."""
    if q.criterion is not None:
        what = t._("xã planned to meet criterion {n} (2023 plan)").format(n=q.criterion)
        if q.rank is not None and q.rank.by == "share":
            what = t._("share of xã planned to meet criterion {n} (2023 plan)").format(
                n=q.criterion
            )
        return what + f", {set_label(t, set_code)}"
    if q.group:
        return t._("xã of {group}").format(group=group_label(t, q.group))
    if kind == "not_standard" and q.period == Period.END_2022:
        return t._("xã not yet meeting the NTM standard (end of 2022)")
    if kind == "not_standard":
        return t._("xã not yet meeting the NTM standard (after the 2023 plan)")
    if counted and q.period == Period.END_2022:
        return t._("xã meeting the NTM standard (end of 2022, derived from appendix 7)")
    if counted:
        return t._("xã meeting the NTM standard (2023 plan: end of 2022 plus appendix 1)")
    return t._("criteria per xã ({set}, 2023 plan)").format(set=set_label(t, set_code))


def _district_places(
    q: Query,
    ctx: Ctx,
    t: Translator,
    r: Rank,
    values: list[tuple[float, str]],
    what: str,
    show: _DistrictValue,
) -> list[str]:
    """Say where the district asked about ranks, and which district holds the nth place."""
    lines = []
    if r.position_of:
        pos = next((i for i, (_, c) in enumerate(values, 1) if c == r.position_of), None)
        place = ctx.gazetteer.places[r.position_of]
        if pos is None:
            lines.append(t._("{unit} is not among the ranked districts.").format(unit=place.name))
        else:
            lines.append(
                t._("{unit} ranks {pos} of {n} by {what}.").format(
                    unit=place.name, pos=pos, n=len(values), what=what
                )
            )
    if r.nth and r.nth <= len(values):
        v, c = values[r.nth - 1]
        lines.append(
            t._("Place {pos}: {unit}, {value}.").format(
                pos=r.nth, unit=ctx.gazetteer.places[c].name, value=show(v, c)
            )
        )
    return lines


def _listed_xa(q: Query, ctx: Ctx) -> list[str]:
    """The xã a question is about that have per-xã figures: a group's, a district's, or all."""
    if q.group:
        return group_codes(ctx, q, _district(q, ctx))
    if q.units and q.units[0] != PROVINCE_CODE:
        return [p.code for p in ctx.gazetteer.places.values() if p.parent_code == q.units[0]]
    groups = {"nang_cao": ("nang_cao_2023",), "kieu_mau": ("kieu_mau_2023",)}.get(
        q.cset or "", ("ntm_2023", "bien_gioi", "dbkk")
    )
    return list(dict.fromkeys(c for g in groups for c, _, _ in ctx.plan.group_members(g)))


async def xa_by_criterion(q: Query, ctx: Ctx, t: Translator) -> Reply:
    """List the xã (with per-xã figures) that meet, or lack, one criterion."""
    assert q.criterion is not None
    set_code = figure_set(q)
    want_met = q.filter is None or q.filter.kind != "lacking"
    found: list[str] = []
    known = 0
    for code in _listed_xa(q, ctx):
        item = next(
            (
                i
                for i in await current_status(ctx.db, code, set_code)
                if i.criterion == q.criterion
            ),
            None,
        )
        if item is not None:
            known += 1
            if item.met == want_met:
                found.append(code)
    head = (
        t._("{count} of the {known} xã with per-xã figures met criterion {n} at the end of 2022:")
        if want_met
        else t._(
            "{count} of the {known} xã with per-xã figures had not met criterion {n} at the end"
            " of 2022:"
        )
    )
    lines = [head.format(n=q.criterion, known=known, count=len(found))]
    lines += [f"• {unit_label(ctx.gazetteer.places[c])}" for c in found] or ["—"]
    scope = ctx.gazetteer.places.get(_district(q, ctx) or PROVINCE_CODE)
    if scope is not None:
        count = ctx.plan.criterion_count(set_code, q.criterion, scope.code)
        lines.append(
            t._(
                "{unit}, 2023 plan: {planned}/{of} xã meet criterion {n} (appendix {appendix})."
            ).format(
                unit=scope.name,
                planned=count.planned,
                of=count.of_total,
                n=q.criterion,
                appendix=APPENDIX_OF_SET[set_code],
            )
        )
    lines.append(
        t._("Source: status at the end of 2022 as printed in {source}.").format(source=PLAN)
    )
    return Reply("\n".join(lines), data={"criterion": q.criterion, "met": want_met, "xa": found})


async def _rank_xa(q: Query, ctx: Ctx, t: Translator) -> Reply:
    r = q.rank
    assert r is not None
    codes = _listed_xa(q, ctx)
    set_code = GROUP_SETS.get(
        q.group or "", q.cset if q.cset in ("nang_cao", "kieu_mau") else "ntm"
    )
    size = ctx.gazetteer.set_size(set_code)
    scored = []
    for code in codes:
        items = await current_status(ctx.db, code, set_code)
        if items:
            scored.append((sum(1 for i in items if i.met), code))
    scored = [(n, c) for n, c in scored if _kept(q, n, size)]
    if not scored:
        text = t._("KH 18 gives per-xã criteria only for the xã of appendices 1-5; none is here.")
        district = ctx.gazetteer.places.get(_district(q, ctx) or "")
        if district is not None:  # what the plan does give: the district's average
            avg = ctx.plan.average("ntm", district.code)
            text += "\n" + t._("Average for {unit} ({set}): {value} criteria per xã").format(
                unit=district.name, set=set_label(t, "ntm"), value=t.dec(avg.value)
            )
            text += "\n" + plan_source(t, 6)
        return Reply(text, data={"ranking": []})
    scored.sort(key=lambda vc: (-vc[0], vc[1]) if r.order == "max" else (vc[0], vc[1]))
    shown = scored[: r.limit] if r.limit else scored
    lines = []
    if r.position_of:
        place = ctx.gazetteer.places[r.position_of]
        mine = next((n for n, c in scored if c == r.position_of), None)
        pos = None  # tied xã share a place: 1 + how many are strictly ahead
        if mine is not None:
            ahead = (n > mine if r.order == "max" else n < mine for n, _ in scored)
            pos = 1 + sum(ahead)
        if pos is None:
            lines.append(
                t._("KH 18 has no per-criterion figures for this xã") + f": {place.name}."
            )
        else:
            lines.append(
                t._("{unit} ranks {pos} of {n} by {what}.").format(
                    unit=unit_label(place),
                    pos=pos,
                    n=len(scored),
                    what=t._("criteria met (end of 2022)"),
                )
            )
    lines.append(t._("Criteria met at the end of 2022 (only xã listed in appendices 1-5):"))
    lines.append(set_label(t, set_code))
    if q.filter is not None and q.filter.kind == "not_standard":
        lines.append(t._("Only the xã not yet meeting all {size} criteria.").format(size=size))
    lines += [
        f"{i}. {unit_label(ctx.gazetteer.places[c])}: {n}/{size}"
        for i, (n, c) in enumerate(shown, 1)
    ]
    lines.append(
        t._("Source: status at the end of 2022 as printed in {source}.").format(source=PLAN)
    )
    return Reply("\n".join(lines), data={"order": r.order, "ranking": [c for _, c in shown]})


def _kept(q: Query, met: int, size: int) -> bool:
    """Tell whether a xã with this many criteria met passes the question's condition."""
    f = q.filter
    if f is not None and f.kind == "not_standard":
        return met < size  # 'xã biên giới nào chưa đạt chuẩn nhưng gần nhất'
    if f is not None and f.kind == "standard":
        return met >= size
    if f is not None and is_bound(f):
        return within(f, size - met if f.on == "lacking" else met)
    return True


def _district(q: Query, ctx: Ctx) -> str | None:
    return next(
        (
            c
            for c in q.units
            if c in ctx.gazetteer.places and ctx.gazetteer.places[c].kind == "district"
        ),
        None,
    )
