"""Compare units side by side: two xã's criteria met, districts' averages or a criterion's
planned count, and which is ahead by how much."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from handlers.plan_answers import figure_set
from handlers.query import Query
from handlers.replies import plan_source, set_label, unit_label
from store.plan import APPENDIX_OF_SET
from store.plan_import import PLAN, PROVINCE_CODE
from store.status import current_status
from vocab.i18n import Translator
from vocab.messages import Reply
from vocab.places import COMMUNE_KINDS, Place, bare_name

if TYPE_CHECKING:
    from handlers.context import Ctx


async def compare(q: Query, ctx: Ctx, t: Translator) -> Reply:
    """Compare units side by side: averages, a criterion's planned count, or xã met counts."""
    places = [ctx.gazetteer.places[c] for c in q.units if c in ctx.gazetteer.places]
    if (
        len(places) >= 2
        and q.criterion is not None
        and not any(p.kind in COMMUNE_KINDS for p in places)
    ):
        return _criterion(q, ctx, t, places)
    set_code = figure_set(q)
    rows = [(await _compared_value(q, ctx, set_code, p), p) for p in places]
    commune = places[0].kind == "xa"
    mixed = len({p.kind == "xa" for p in places}) > 1
    whole = (commune and places[1].kind == "xa") or q.criterion is not None
    if commune:
        what = t._("criteria met (end of 2022)")
    elif q.criterion is not None:
        what = t._("xã planned to meet criterion {n} (2023 plan)").format(n=q.criterion)
    else:
        what = t._("criteria per xã ({set}, 2023 plan)").format(set=set_label(t, set_code))
    lines = [t._("Comparison, {what}:").format(what=what)]
    lines += [f"• {unit_label(p)}: {_compared_text(q, t, v, p, mixed)}" for v, p in rows]
    lines += _difference(t, rows, whole)
    lines.append(
        t._("Source: plan {plan}.").format(plan=PLAN)
        if commune
        else plan_source(t, APPENDIX_OF_SET[set_code])
    )
    return Reply(
        "\n".join(lines),
        data={
            "compare": [
                {"code": p.code, "value": None if v is None else round(v, 2)} for v, p in rows
            ]
        },
    )


async def _compared_value(q: Query, ctx: Ctx, set_code: str, p: Place) -> float | None:
    """A xã's criteria met (None without per-xã figures), a criterion's count, an average."""
    if p.kind in COMMUNE_KINDS:
        items = await current_status(ctx.db, p.code, set_code)
        return float(sum(1 for i in items if i.met)) if items else None
    if q.criterion is not None:
        return float(ctx.plan.criterion_count(set_code, q.criterion, p.code).planned)
    return ctx.plan.average(set_code, p.code).value


def _compared_text(q: Query, t: Translator, v: float | None, p: Place, mixed: bool) -> str:
    """Write one compared value; beside a unit of the other kind, say what it is."""
    if v is None:
        return t._("KH 18 has no per-criterion figures for this xã")
    if p.kind == "xa":
        value = str(int(v))
        if mixed:
            value += " " + t._("criteria met (end of 2022)")
        return value
    if q.criterion is not None:
        return str(int(v))
    value = t.dec(v)
    if mixed:  # a district beside a xã: say that its figure is an average
        value += " " + t._("criteria per xã on average (2023 plan)")
    return value


def _difference(t: Translator, rows: list[tuple[float | None, Place]], whole: bool) -> list[str]:
    """Say which of the first two units is ahead and by how much, when both are of one kind."""
    (va, pa), (vb, pb) = rows[0], rows[1]
    same_kind = (pa.kind == "xa") == (pb.kind == "xa")
    if va is None or vb is None or not same_kind:
        return []
    return [_ahead(t, (va, pa), (vb, pb), (lambda d: str(int(d))) if whole else t.dec)]


def _criterion(q: Query, ctx: Ctx, t: Translator, places: list[Place]) -> Reply:
    """Compare districts on a criterion: xã planned to meet it, of how many, and the share."""
    set_code, number = figure_set(q), q.criterion or 0
    counts = [(ctx.plan.criterion_count(set_code, number, p.code), p) for p in places]
    what = t._("xã planned to meet criterion {n} (2023 plan)").format(n=number)
    lines = [t._("Comparison, {what}:").format(what=what)]
    lines += [
        f"• {unit_label(p)}: {c.planned}/{c.of_total} ({t.pct(c.planned, c.of_total)})"
        for c, p in counts
    ]
    (a, pa), (b, pb) = counts[0], counts[1]
    if a.of_total == b.of_total:  # units of one size compare by the count
        lines.append(_ahead(t, (a.planned, pa), (b.planned, pb), str))
    else:  # of different sizes, by the share
        share_a = 100 * a.planned / a.of_total if a.of_total else 0.0
        share_b = 100 * b.planned / b.of_total if b.of_total else 0.0
        lines.append(_ahead(t, (share_a, pa), (share_b, pb), lambda d: t.dec(d, 1), points=True))
    lines.append(plan_source(t, APPENDIX_OF_SET[set_code]))
    rows = [{"code": p.code, "value": c.planned, "of": c.of_total} for c, p in counts]
    return Reply("\n".join(lines), data={"compare": rows})


def criteria(q: Query, ctx: Ctx, t: Translator) -> Reply:
    """Compare two criteria in one unit (the province unless one is named): the xã planned to
    meet each in 2023, and which more."""
    assert q.criterion is not None
    set_code = figure_set(q)
    unit = q.units[0] if q.units else PROVINCE_CODE
    place = ctx.gazetteer.places[unit]
    names = ctx.gazetteer.criteria_of(set_code)
    numbers = [q.criterion, q.more_criteria[0]]
    counts = [ctx.plan.criterion_count(set_code, n, unit) for n in numbers]
    lines = [
        t._("Comparison, xã planned to meet each criterion (2023 plan), {unit}:").format(
            unit=place.name
        )
    ]
    lines += [
        f"• {n}. {names.get(n, '?')}: {c.planned}/{c.of_total} ({t.pct(c.planned, c.of_total)})"
        for n, c in zip(numbers, counts, strict=True)
    ]
    (a, na), (b, nb) = (counts[0].planned, numbers[0]), (counts[1].planned, numbers[1])
    if a == b:
        lines.append(t._("They are equal."))
    else:
        (more, nm), (fewer, nf) = ((a, na), (b, nb)) if a > b else ((b, nb), (a, na))
        lines.append(
            t._("Criterion {more} is met by {diff} more xã than criterion {fewer}.").format(
                more=nm, fewer=nf, diff=more - fewer
            )
        )
    lines.append(plan_source(t, APPENDIX_OF_SET[set_code]))
    rows = [{"criterion": n, "value": c.planned} for n, c in zip(numbers, counts, strict=True)]
    return Reply("\n".join(lines), data={"compare": rows})


def _ahead(
    t: Translator,
    first: tuple[float, Place],
    second: tuple[float, Place],
    by: Callable[[float], str],
    points: bool = False,
) -> str:
    """Say which of two units is ahead and by how much (`by` writes the difference), or that
    they are equal; `points`: the values are shares, the difference percentage points."""
    if first[0] == second[0]:
        return t._("They are equal.")
    (high, hp), (low, lp) = (first, second) if first[0] > second[0] else (second, first)
    if points:
        message = t._("{a} is ahead of {b} by {diff} percentage points.")
    else:
        message = t._("{a} is ahead of {b} by {diff}.")
    return message.format(a=bare_name(hp.name), b=bare_name(lp.name), diff=by(high - low))
