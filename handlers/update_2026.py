"""/capnhat on today's units: a xã of today reports under the 2026-2030 set, names an indicator
(when the criterion's indicators are loaded) and sees the target for its xã group."""

from __future__ import annotations

from datetime import date

from handlers.buttons import UpdateButton
from handlers.criteria_2026 import target_text
from handlers.flow_state import UpdateFlow
from handlers.flows import cancel_choice
from handlers.turn import Turn
from store.criteria_sets import SET_2026, group_of, indicators_of
from store.status_period import newest_period, period_items
from vocab.messages import Choice, Reply

REFORM = date(2025, 7, 1)
PLAN_SETS = ("ntm", "nang_cao", "kieu_mau")


def of_today(turn: Turn, unit_code: str) -> bool:
    """Tell whether a unit is one of the units since 1 July 2025 (it reports under 2026-2030)."""
    unit = turn.ctx.timeline.units.get(unit_code)
    return unit is not None and unit.valid_from is not None and unit.valid_from >= REFORM


def report_sets(turn: Turn, unit_code: str) -> tuple[str, ...]:
    """The sets a xã reports under: 2026-2030 for a xã of today, else the plan's three."""
    return (SET_2026,) if of_today(turn, unit_code) else PLAN_SETS


def criteria_names(turn: Turn, set_code: str) -> dict[int, str]:
    """A set's criteria, number -> name (the 2026-2030 set from the plan snapshot)."""
    names = turn.ctx.gazetteer.criteria_of(set_code)
    if names or set_code != SET_2026:
        return names
    return {n: turn.ctx.plan.criterion_detail(SET_2026, n).name for n in range(1, 11)}


async def indicator_codes(turn: Turn, set_code: str, criterion: int) -> tuple[str, ...]:
    """The loaded indicators of a criterion (none for the 2021-2025 sets)."""
    if set_code != SET_2026:
        return ()
    found = await indicators_of(turn.ctx.db, set_code)
    return tuple(i.code for i in found if i.criterion == criterion)


async def target_line(turn: Turn, flow: UpdateFlow) -> str:
    """The chosen indicator with the target of the xã's group (or why it cannot be shown)."""
    t = turn.t
    found = {i.code: i for i in await indicators_of(turn.ctx.db, SET_2026)}
    indicator = found.get(flow.indicator or "")
    if indicator is None:
        return ""
    group = await group_of(turn.ctx.db, flow.unit, SET_2026)
    line = t._("Indicator {code} ({name}): {target}").format(
        code=indicator.code, name=indicator.name, target=target_text(t, indicator, group)
    )
    if group is None:
        line += "\n" + t._("The xã's group is not loaded yet, so all three targets are shown.")
    return line


async def ask_indicator(turn: Turn, flow: UpdateFlow) -> Reply:
    """Ask which indicator of the criterion, each with the target of the xã's group."""
    t = turn.t
    group = await group_of(turn.ctx.db, flow.unit, SET_2026)
    found = [i for i in await indicators_of(turn.ctx.db, SET_2026) if i.code in flow.indicators]
    lines = [t._("Which indicator of criterion {n}?").format(n=flow.criterion)]
    lines += [f"• {i.code} {i.name}: {target_text(t, i, group)}" for i in found]
    choices = tuple(Choice(i.code, UpdateButton("ind", i.code).pack()) for i in found)
    return Reply(
        "\n".join(lines),
        (*choices, cancel_choice(turn)),
        intent="update_step",
        data={"step": "indicator", "group": group},
    )


async def was_met_2026(turn: Turn, flow: UpdateFlow) -> tuple[bool | None, str]:
    """The newest period's status of the criterion (or indicator) of a xã of today."""
    t = turn.t
    period = await newest_period(turn.ctx.db, SET_2026, flow.unit)
    items = await period_items(turn.ctx.db, SET_2026, period, flow.unit) if period else []
    item = next(
        (i for i in items if i.criterion == flow.criterion and i.indicator == flow.indicator),
        None,
    )
    if item is None:
        return None, t._("no status recorded yet")
    state = t._("met") if item.met else t._("not met")
    return item.met, t._("{state} (period {period}, as of {as_of})").format(
        state=state, period=period, as_of=item.as_of
    )
