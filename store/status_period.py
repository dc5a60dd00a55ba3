"""Reported status by period: the newest period with data, a xã's rows in a period, and the
met counts of every xã with data (criterion rows only: indicators are never summed into a
criterion)."""

from __future__ import annotations

from dataclasses import dataclass

from store.db import Database

# The latest row per (unit, criterion, indicator) within one set and period.
_LATEST = (
    "SELECT unit_code, criterion, indicator, met, as_of, source FROM status s"
    " WHERE set_code = ? AND period = ? AND id = ("
    "  SELECT id FROM status t WHERE t.unit_code = s.unit_code AND t.set_code = s.set_code"
    "  AND t.period = s.period AND t.criterion = s.criterion"
    "  AND t.indicator IS NOT DISTINCT FROM s.indicator ORDER BY as_of DESC, id DESC LIMIT 1)"
)


@dataclass(frozen=True)
class PeriodItem:
    """One criterion's (or indicator's) latest status of a xã in a period."""

    unit_code: str
    criterion: int
    indicator: str | None
    met: bool
    as_of: str
    source: str


async def newest_period(db: Database, set_code: str, unit_code: str | None = None) -> str | None:
    """Return the newest period with status under a set (for one xã, or for any)."""
    sql = "SELECT max(period) FROM status WHERE set_code = ? AND period IS NOT NULL"
    args = [set_code]
    if unit_code is not None:
        sql, args = sql + " AND unit_code = ?", [set_code, unit_code]
    rows = list(await db.fetch_all(sql, args))
    return str(rows[0][0]) if rows and rows[0][0] is not None else None


async def period_items(
    db: Database, set_code: str, period: str, unit_code: str | None = None
) -> list[PeriodItem]:
    """Return the latest status rows of a period (of one xã, or of every xã)."""
    sql, args = _LATEST, [set_code, period]
    if unit_code is not None:
        sql, args = sql + " AND unit_code = ?", [set_code, period, unit_code]
    rows = await db.fetch_all(sql + " ORDER BY unit_code, criterion, indicator", args)
    return [
        PeriodItem(str(u), int(c), str(i) if i is not None else None, bool(m), str(a), str(s))
        for u, c, i, m, a, s in rows
    ]
