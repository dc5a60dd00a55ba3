"""Criteria sets and their criteria."""

from __future__ import annotations

from dataclasses import dataclass

from store.criteria_sets import IN_PLAN_SET
from store.db import Database


@dataclass(frozen=True)
class Criterion:
    """One criterion of a set."""

    set_code: str
    number: int
    name: str
    group_name: str
    source: str


async def all_criteria(db: Database) -> list[Criterion]:
    """Return every criterion of the 2023 plan's sets, in order."""
    return [
        Criterion(*row)
        for row in await db.fetch_all(
            "SELECT set_code, number, name, group_name, source FROM criterion"
            f" WHERE {IN_PLAN_SET} ORDER BY set_code, number"
        )
    ]
