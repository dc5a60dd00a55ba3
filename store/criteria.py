"""Criteria sets and their criteria."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from store.criteria_sets import IN_PLAN_SET
from store.db import first


@dataclass(frozen=True)
class Criterion:
    """One criterion of a set."""

    set_code: str
    number: int
    name: str
    group_name: str
    source: str


async def all_criteria(db: aiosqlite.Connection) -> list[Criterion]:
    """Return every criterion of the 2023 plan's sets, in order."""
    return [
        Criterion(*row)
        for row in await db.execute_fetchall(
            "SELECT set_code, number, name, group_name, source FROM criterion"
            f" WHERE {IN_PLAN_SET} ORDER BY set_code, number"
        )
    ]


async def set_name(db: aiosqlite.Connection, set_code: str) -> str:
    """Return a criteria set's name."""
    row = first(
        await db.execute_fetchall("SELECT name FROM criteria_set WHERE code = ?", (set_code,))
    )
    return str(row[0]) if row else set_code
