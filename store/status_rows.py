"""Every xã's status as of a day, streamed in unit order (exports of any size)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiosqlite

from store.status import StatusItem

BATCH = 2000


@dataclass(frozen=True)
class UnitStatus:
    """One xã's latest status per criterion as of a day."""

    unit_code: str
    items: tuple[StatusItem, ...]


def _where(set_code: str, as_of: str, scope: str, code: str) -> tuple[str, tuple[str, ...]]:
    """The filter on status rows: the province (''), a district's xã, or one xã."""
    where = "s.set_code = ? AND s.as_of <= ?"
    if scope == "district":
        return where + " AND s.unit_code IN (SELECT code FROM unit WHERE parent_code = ?)", (
            set_code,
            as_of,
            code,
        )
    if scope == "unit":
        return where + " AND s.unit_code = ?", (set_code, as_of, code)
    return where, (set_code, as_of)


async def statuses_as_of(
    db: aiosqlite.Connection, set_code: str, as_of: str, scope: str = "", code: str = ""
) -> AsyncIterator[UnitStatus]:
    """Yield each xã's latest row per criterion dated on or before as_of, by unit code.

    scope: '' (every xã), 'district' (the xã of district `code`) or 'unit' (xã `code`).

    Walks the status_current index in order (no sort, no table in memory): the last row of
    each (unit, criterion) run is the current one.
    """
    where, args = _where(set_code, as_of, scope, code)
    sql = (
        "SELECT s.unit_code, s.criterion, s.met, s.as_of, s.source_kind, s.source FROM status s"
        f" WHERE {where} ORDER BY s.unit_code, s.set_code, s.criterion, s.as_of, s.id"
    )
    unit = ""
    latest: dict[int, StatusItem] = {}
    async with db.execute(sql, args) as cursor:
        cursor.arraysize = BATCH
        while rows := await cursor.fetchmany(BATCH):
            for code, criterion, met, day, kind, source in rows:
                if code != unit:
                    if latest:
                        yield UnitStatus(unit, tuple(latest[k] for k in sorted(latest)))
                    unit, latest = str(code), {}
                latest[int(criterion)] = StatusItem(
                    int(criterion), bool(met), str(day), str(kind), str(source)
                )
    if latest:
        yield UnitStatus(unit, tuple(latest[k] for k in sorted(latest)))


async def units_with_status(
    db: aiosqlite.Connection, set_code: str, as_of: str, scope: str = "", code: str = ""
) -> int:
    """Count the xã with any status row dated on or before as_of (scope as statuses_as_of)."""
    where, args = _where(set_code, as_of, scope, code)
    rows = await db.execute_fetchall(
        f"SELECT count(DISTINCT s.unit_code) FROM status s WHERE {where}", args
    )
    return int(next(iter(rows))[0])
