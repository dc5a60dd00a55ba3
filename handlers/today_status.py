"""Status of today's xã by period under the 2026-2030 set: one xã's own status, the average of
the xã with data, and which xã have data; each answer names its period and set."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from handlers.criteria_2026 import target_text
from store.criteria_sets import SET_2026, criteria_of, group_of, indicators_of
from store.plan_period import plan_targets
from store.status_period import PeriodItem, newest_period, period_items
from vocab.i18n import Translator, day_text

if TYPE_CHECKING:
    from handlers.context import Ctx

SET_LABEL = "bộ tiêu chí 2026 - 2030"


def _day(text: str) -> str:
    return day_text(date.fromisoformat(text[:10]))


async def own_status(ctx: Ctx, t: Translator, key: str) -> list[str] | None:
    """A xã's own status in the newest period it has data for, or None when it has none."""
    period = await newest_period(ctx.db, SET_2026, key)
    if period is None:
        return None
    items = await period_items(ctx.db, SET_2026, period, key)
    criteria = dict(await criteria_of(ctx.db, SET_2026))
    unit = ctx.timeline.units[key]
    whole = [i for i in items if i.indicator is None]
    as_of = _day(max(i.as_of for i in items))
    lines = [
        t._("{unit}, {set}, period {period} (as of {day}):").format(
            unit=unit.name, set=SET_LABEL, period=period, day=as_of
        )
    ]
    if whole:
        met = [i for i in whole if i.met]
        lacking = [f"{i.criterion}. {criteria.get(i.criterion, '')}" for i in whole if not i.met]
        lines.append(
            t._("{met}/{reported} criteria reported met (of {size}).").format(
                met=len(met), reported=len(whole), size=len(criteria)
            )
        )
        lines += [t._("Not met: {c}").format(c=c) for c in lacking]
    lines += await _indicator_lines(ctx, t, key, [i for i in items if i.indicator is not None])
    sources = sorted({i.source for i in items})
    lines.append(t._("Source: {source}.").format(source="; ".join(sources)))
    return lines


async def plan_lines(ctx: Ctx, t: Translator, key: str) -> list[str]:
    """The xã's plan for its newest planned period under the 2026-2030 set, if one was imported."""
    found = await plan_targets(ctx.db, key, SET_2026)
    if found is None:
        return []
    period, targets = found
    items = ", ".join(
        f"{p.criterion}" + (f" ({p.indicator})" if p.indicator else "") for p in targets
    )
    sources = "; ".join(sorted({p.source for p in targets}))
    return [
        t._("Plan for {period} ({set}): aims to meet criteria {items} (source: {source}).").format(
            period=period, set=SET_LABEL, items=items, source=sources
        )
    ]


async def _indicator_lines(
    ctx: Ctx, t: Translator, key: str, items: list[PeriodItem]
) -> list[str]:
    if not items:
        return []
    group = await group_of(ctx.db, key, SET_2026)
    known = {i.code: i for i in await indicators_of(ctx.db, SET_2026)}
    lines = []
    for item in items:
        state = t._("met") if item.met else t._("not met")
        line = f"• {item.indicator}: {state}"
        if item.indicator in known:
            line += f" ({target_text(t, known[item.indicator], group)})"
        lines.append(line)
    return lines


async def average_now(ctx: Ctx, t: Translator, today: date) -> list[str]:
    """The average criteria met per xã with data in the newest period (criterion rows only)."""
    period = await newest_period(ctx.db, SET_2026)
    xa = [u for u in ctx.timeline.valid_on(today) if u.kind == "xa"]
    if period is None:
        return [
            t._("No status under the {set} has been reported yet (0/{n} xã).").format(
                set=SET_LABEL, n=len(xa)
            )
        ]
    items = [i for i in await period_items(ctx.db, SET_2026, period) if i.indicator is None]
    per_unit: dict[str, int] = {}
    for item in items:
        per_unit[item.unit_code] = per_unit.get(item.unit_code, 0) + int(item.met)
    average = sum(per_unit.values()) / len(per_unit) if per_unit else 0.0
    return [
        t._(
            "Average, {set}, period {period}: {avg} criteria met per xã, over the {n}/{total}"
            " xã with data."
        ).format(set=SET_LABEL, period=period, avg=t.dec(average), n=len(per_unit), total=len(xa)),
        t._("Xã without data in this period are not counted."),
    ]


async def coverage_now(ctx: Ctx, t: Translator, today: date) -> list[str]:
    """Which of today's xã have status in the newest period, and which not yet."""
    period = await newest_period(ctx.db, SET_2026)
    xa = sorted((u for u in ctx.timeline.valid_on(today) if u.kind == "xa"), key=lambda u: u.name)
    with_data = (
        {i.unit_code for i in await period_items(ctx.db, SET_2026, period)} if period else set()
    )
    missing = [u.name for u in xa if u.key not in with_data]
    lines = [
        t._("{set}, period {period}: {n}/{total} xã have status.").format(
            set=SET_LABEL[0].upper() + SET_LABEL[1:],
            period=period or "—",
            n=len(xa) - len(missing),
            total=len(xa),
        )
    ]
    if missing:
        lines.append(t._("Not yet: {names}.").format(names=", ".join(missing)))
    return lines
