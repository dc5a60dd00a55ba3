"""Figures of the 2023 plan, computed from the stored tables."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from store.db import first
from store.plan_import import PLAN, PROVINCE_CODE

APPENDIX_OF_SET = {"ntm": 6, "nang_cao": 7}


@dataclass(frozen=True)
class Average:
    """Planned criteria summed over a unit's xã, divided by the xã the set is assessed on."""

    unit_code: str
    set_code: str
    total: int
    divisor: int
    printed: str | None

    @property
    def value(self) -> float:
        """Return the average, or 0 when there is nothing to divide by."""
        return self.total / self.divisor if self.divisor else 0.0

    @property
    def source(self) -> str:
        """Name the table the figure comes from."""
        return f"{PLAN}, Phụ lục {APPENDIX_OF_SET[self.set_code]}"


@dataclass(frozen=True)
class CriterionCount:
    """How many xã of a unit are planned to meet one criterion in 2023."""

    unit_code: str
    set_code: str
    criterion: int
    planned: int
    of_total: int
    added: int | None
    source: str


async def _scalar(db: aiosqlite.Connection, sql: str, args: tuple[object, ...]) -> int:
    row = first(await db.execute_fetchall(sql, args))
    return int(row[0]) if row and row[0] is not None else 0


async def _printed(db: aiosqlite.Connection, set_code: str, unit: str, what: str) -> str | None:
    row = first(
        await db.execute_fetchall(
            "SELECT text FROM plan_printed WHERE set_code = ? AND unit_code = ? AND what = ?",
            (set_code, unit, what),
        )
    )
    return str(row[0]) if row else None


async def xa_count(db: aiosqlite.Connection, unit_code: str) -> int:
    """Return the number of xã in a district, or in the province."""
    if unit_code == PROVINCE_CODE:
        return await _scalar(db, "SELECT count(*) FROM unit WHERE kind = 'xa'", ())
    return await _scalar(
        db, "SELECT count(*) FROM unit WHERE parent_code = ? AND kind = 'xa'", (unit_code,)
    )


async def _divisor(db: aiosqlite.Connection, set_code: str, unit_code: str) -> int:
    if set_code == "nang_cao":
        if unit_code == PROVINCE_CODE:
            return await _scalar(db, "SELECT sum(ntm_xa) FROM district_ntm_base", ())
        return await _scalar(
            db, "SELECT ntm_xa FROM district_ntm_base WHERE district_code = ?", (unit_code,)
        )
    return await xa_count(db, unit_code)


async def average(db: aiosqlite.Connection, set_code: str, unit_code: str) -> Average:
    """Return the planned 2023 average criteria per xã of a district or of the province."""
    if unit_code == PROVINCE_CODE:
        total = await _scalar(
            db, "SELECT sum(planned) FROM plan_district_count WHERE set_code = ?", (set_code,)
        )
    else:
        total = await _scalar(
            db,
            "SELECT sum(planned) FROM plan_district_count"
            " WHERE set_code = ? AND district_code = ?",
            (set_code, unit_code),
        )
    divisor = await _divisor(db, set_code, unit_code)
    printed = await _printed(db, set_code, unit_code, "average")
    return Average(unit_code, set_code, total, divisor, printed)


async def district_averages(db: aiosqlite.Connection, set_code: str) -> list[Average]:
    """Return every district's average, highest first, in three queries whatever the size."""
    totals = await db.execute_fetchall(
        "SELECT district_code, sum(planned) FROM plan_district_count WHERE set_code = ?"
        " GROUP BY district_code",
        (set_code,),
    )
    if set_code == "nang_cao":
        divisors = await db.execute_fetchall("SELECT district_code, ntm_xa FROM district_ntm_base")
    else:
        divisors = await db.execute_fetchall(
            "SELECT parent_code, count(*) FROM unit WHERE kind = 'xa' GROUP BY parent_code"
        )
    printed = await db.execute_fetchall(
        "SELECT unit_code, text FROM plan_printed WHERE set_code = ? AND what = 'average'",
        (set_code,),
    )
    by_code = {str(code): int(n) for code, n in divisors}
    texts = {str(code): str(text) for code, text in printed}
    found = [
        Average(str(code), set_code, int(total), by_code.get(str(code), 0), texts.get(str(code)))
        for code, total in totals
    ]
    return sorted(found, key=lambda a: (-a.value, a.unit_code))


async def criterion_count(
    db: aiosqlite.Connection, set_code: str, criterion: int, unit_code: str
) -> CriterionCount:
    """Return the planned number of xã meeting a criterion in 2023, in a district or province."""
    source = f"{PLAN}, Phụ lục {APPENDIX_OF_SET[set_code]}"
    if unit_code == PROVINCE_CODE:
        planned = await _scalar(
            db,
            "SELECT sum(planned) FROM plan_district_count WHERE set_code = ? AND criterion = ?",
            (set_code, criterion),
        )
    else:
        planned = await _scalar(
            db,
            "SELECT planned FROM plan_district_count WHERE set_code = ? AND criterion = ?"
            " AND district_code = ?",
            (set_code, criterion, unit_code),
        )
    added = None
    if unit_code == PROVINCE_CODE:
        row = first(
            await db.execute_fetchall(
                "SELECT added FROM province_target WHERE set_code = ? AND criterion = ?",
                (set_code, criterion),
            )
        )
        if row is not None:
            added = row[0]
            source += ", mục I.2"
    return CriterionCount(
        unit_code, set_code, criterion, planned, await xa_count(db, unit_code), added, source
    )
