"""Per-xã status on each criterion (append-only) and the plan rows behind it."""

from __future__ import annotations

import json
from dataclasses import dataclass

import aiosqlite

from store.db import fetch_all


@dataclass(frozen=True)
class StatusItem:
    """The current status of one criterion for one xã, with where it comes from."""

    criterion: int
    met: bool
    as_of: str
    source_kind: str
    source: str


@dataclass(frozen=True)
class PlanEntry:
    """A xã's row in one of the plan's appendices 1-5."""

    appendix: int
    row_no: str
    set_code: str
    source_text: str
    met_count: int | None
    target_count: int | None
    targets: tuple[tuple[str, int | None], ...]
    flags: tuple[str, ...]


# The latest row per criterion (by as-of date, then insertion), as one JSON array in one row:
# SQLite hands rows over one step at a time and Python's sqlite3 lets go of the GIL at each
# step; with other threads busy (a bot under load) every step costs a thread switch.
_CURRENT_STATUS = (
    "SELECT json_group_array(json_array(criterion, met, as_of, source_kind, source))"
    " FROM status s WHERE unit_code = ? AND set_code = ? AND id = ("
    "   SELECT id FROM status t WHERE t.unit_code = s.unit_code AND t.set_code = s.set_code"
    "   AND t.criterion = s.criterion ORDER BY as_of DESC, id DESC LIMIT 1)"
)


async def current_status(
    db: aiosqlite.Connection, unit_code: str, set_code: str
) -> list[StatusItem]:
    """Return the latest status row per criterion (by as-of date, then insertion)."""
    rows = await fetch_all(db, _CURRENT_STATUS, (unit_code, set_code))
    items = [
        StatusItem(int(c), bool(m), str(a), str(k), str(s))
        for c, m, a, k, s in json.loads(rows[0][0])
    ]
    return sorted(items, key=lambda item: item.criterion)


async def plan_entries(db: aiosqlite.Connection, unit_code: str) -> list[PlanEntry]:
    """Return the xã's rows in appendices 1-5 with their 2023 targets."""
    rows = await db.execute_fetchall(
        "SELECT id, appendix, row_no, set_code, source_text, met_count, target_count, flags"
        " FROM plan_row WHERE unit_code = ? ORDER BY appendix",
        (unit_code,),
    )
    entries = []
    for row_id, appendix, row_no, set_code, text, met_count, target_count, flags in rows:
        targets = tuple(
            (str(i), c)
            for i, c in await db.execute_fetchall(
                "SELECT item, criterion FROM plan_target WHERE plan_row_id = ? ORDER BY rowid",
                (row_id,),
            )
        )
        entries.append(
            PlanEntry(
                appendix,
                row_no,
                set_code,
                text,
                met_count,
                target_count,
                targets,
                tuple(f for f in str(flags).split(";") if f),
            )
        )
    return entries


async def groups_of(db: aiosqlite.Connection, unit_code: str) -> list[str]:
    """Return the programme groups a unit belongs to."""
    return [
        str(g)
        for (g,) in await db.execute_fetchall(
            "SELECT group_code FROM unit_group WHERE unit_code = ? ORDER BY group_code",
            (unit_code,),
        )
    ]


async def group_members(
    db: aiosqlite.Connection, group_code: str, district_code: str | None = None
) -> list[tuple[str, str, str]]:
    """Return (code, name, district name) of a group's members, in the plan's order."""
    sql = (
        "SELECT u.code, u.name, d.name FROM unit_group g JOIN unit u ON u.code = g.unit_code"
        " JOIN unit d ON d.code = u.parent_code WHERE g.group_code = ?"
    )
    args: tuple[str, ...] = (group_code,)
    if district_code is not None:
        sql += " AND u.parent_code = ?"
        args = (group_code, district_code)
    return [
        (str(c), str(n), str(d))
        for c, n, d in await db.execute_fetchall(sql + " ORDER BY g.position", args)
    ]
