"""Criteria sets and their criteria."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True)
class Criterion:
    """One criterion of a set."""

    set_code: str
    number: int
    name: str
    group_name: str
    source: str


async def all_criteria(db: aiosqlite.Connection) -> list[Criterion]:
    """Return every criterion of every set, in order."""
    async with db.execute(
        "SELECT set_code, number, name, group_name, source FROM criterion"
        " ORDER BY set_code, number"
    ) as cur:
        return [Criterion(*row) for row in await cur.fetchall()]


async def set_name(db: aiosqlite.Connection, set_code: str) -> str:
    """Return a criteria set's name."""
    async with db.execute("SELECT name FROM criteria_set WHERE code = ?", (set_code,)) as cur:
        row = await cur.fetchone()
    return str(row[0]) if row else set_code
