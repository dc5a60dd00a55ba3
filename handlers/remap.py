"""Move people registered to units that ceased onto the units those became, by the succession
table; say who cannot be placed (a split unit, a district) and why. Text for the administrator."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from handlers.today import destinations, label
from store.db import Database
from store.people_in_time import active_people, move_people
from store.timeline import Timeline
from vocab.roles import Role


@dataclass
class RemapPlan:
    """Who moves where, and who stays unplaced with the reason."""

    moves: list[tuple[int, str, str, str]] = field(default_factory=list)  # id, name, old, new
    unplaced: list[tuple[int, str, str, str]] = field(default_factory=list)  # id, name, old, why


def plan_remap(people: list[tuple[int, str, str, str]], tl: Timeline, day: date) -> RemapPlan:
    """Decide each active person's unit on a day by the successions (pure: nothing written)."""
    plan = RemapPlan()
    for person_id, role, unit_code, name in people:
        unit = tl.units.get(unit_code)
        if unit is None or unit.valid_on(day):
            continue
        if role == Role.DISTRICT_OFFICER or unit.kind == "district":
            why = f"cấp huyện không còn sau {unit.valid_to:%d/%m/%Y}: giao vai trò khác bằng tay"
            plan.unplaced.append((person_id, name, unit_code, why))
            continue
        ends = destinations(tl, unit_code, day)
        if len(ends) == 1:
            plan.moves.append((person_id, name, unit_code, ends[0][0]))
        else:
            pieces = ", ".join(tl.units[k].name for k, _ in ends)
            why = f"đã chia thành {pieces}: mời lại vào đúng xã (ntm-bot invite)"
            plan.unplaced.append((person_id, name, unit_code, why))
    return plan


def describe(plan: RemapPlan, tl: Timeline, *, dry_run: bool) -> str:
    """The report: each person's old and new unit, then those that could not be placed."""
    lines = []
    for person_id, name, old, new in plan.moves:
        lines.append(f"#{person_id} {name}: {label(tl, tl.units[old])} → {tl.units[new].name}")
    for person_id, name, old, why in plan.unplaced:
        lines.append(f"#{person_id} {name}: {label(tl, tl.units[old])}: không chuyển được ({why})")
    verb = "sẽ chuyển" if dry_run else "đã chuyển"
    lines.append(f"{len(plan.moves)} người {verb}, {len(plan.unplaced)} người không chuyển được.")
    if dry_run:
        lines.append("Chạy thử (--dry-run): chưa ghi gì vào cơ sở dữ liệu.")
    return "\n".join(lines)


async def remap(
    db: Database, tl: Timeline, day: date, at: str, *, dry_run: bool
) -> tuple[RemapPlan, str]:
    """Plan the moves for a day, apply them unless a dry run, and return the report."""
    plan = plan_remap(await active_people(db), tl, day)
    if not dry_run and plan.moves:
        moves = [(p, old, new) for p, _, old, new in plan.moves]
        await move_people(db, moves, at, "users remap (succession table)")
    return plan, describe(plan, tl, dry_run=dry_run)
