"""The plan's text figures: headline targets, funding, district plan, criterion details."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from store.db import first


@dataclass(frozen=True)
class FundingLine:
    """One line of section III."""

    line: int
    label: str
    amount: float
    percent: float


@dataclass(frozen=True)
class CriterionDetail:
    """A criterion with its group, source and the province's 2023 target sentence."""

    name: str
    group_name: str
    source: str
    target_quote: str | None


async def facts(db: aiosqlite.Connection) -> dict[str, float]:
    """Return the headline targets by key."""
    return {
        str(k): float(v) for k, v in await db.execute_fetchall("SELECT key, value FROM plan_fact")
    }


async def funding(db: aiosqlite.Connection) -> list[FundingLine]:
    """Return section III's lines, the total first."""
    return [
        FundingLine(int(a), str(b), float(c), float(d))
        for a, b, c, d in await db.execute_fetchall(
            "SELECT line, label, amount, percent FROM funding ORDER BY line"
        )
    ]


async def district_plan(db: aiosqlite.Connection, district_code: str) -> list[tuple[int, str]]:
    """Return (criterion, kind) rows of a district's huyện NTM plan."""
    return [
        (int(c), str(k))
        for c, k in await db.execute_fetchall(
            "SELECT criterion, kind FROM district_plan WHERE district_code = ? ORDER BY criterion",
            (district_code,),
        )
    ]


async def criterion_detail(
    db: aiosqlite.Connection, set_code: str, number: int
) -> CriterionDetail:
    """Return a criterion's name, group, source and 2023 target sentence."""
    row = first(
        await db.execute_fetchall(
            "SELECT c.name, c.group_name, c.source, p.quote FROM criterion c"
            " LEFT JOIN province_target p ON p.set_code = c.set_code AND p.criterion = c.number"
            " WHERE c.set_code = ? AND c.number = ?",
            (set_code, number),
        )
    )
    if row is None:
        raise LookupError(f"no criterion {set_code} {number}")
    return CriterionDetail(str(row[0]), str(row[1]), str(row[2]), row[3])
