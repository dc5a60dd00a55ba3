"""Criteria sets in time: the 2021-2025 sets and the 2026-2030 xã set (QĐ 51/2025/QĐ-TTg), its
indicators and targets per xã group (loaded by `ntm-bot import-criteria`), and xã groups."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from store.db import Database, transaction
from store.migrate import MIGRATION_LOCK
from store.plan_import import data_dir

SET_2026 = "ntm_2026"
SET_2026_NAME = "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030"
SOURCE_2026 = "QĐ 51/2025/QĐ-TTg (29/12/2025), Phụ lục I"
INDICATORS_2026 = 47  # as the decision states; their names and targets come by import
LOADED_KEY = "criteria_sets_loaded"
# (set, valid from, valid to, level, source). The 2021-2025 sets end when QĐ 51 takes effect;
# the transitional rules are not known (shared/reference/criteria_2026_2030.md).
SPANS = (
    ("ntm", "2022-03-08", "2026-02-14", "xa", "QĐ 318/QĐ-TTg (08/3/2022)"),
    ("nang_cao", "2022-03-08", "2026-02-14", "xa", "QĐ 318/QĐ-TTg (08/3/2022)"),
    ("kieu_mau", "2022-03-08", "2026-02-14", "xa", "QĐ 319/QĐ-TTg (08/3/2022)"),
    ("huyen", "2022-03-08", "2026-02-14", "huyen", "QĐ 320/QĐ-TTg (08/3/2022)"),
    (SET_2026, "2026-02-15", None, "xa", "QĐ 51/2025/QĐ-TTg (29/12/2025)"),
)
# The criteria of the 2023 plan's sets: no set that took effect after the plan.
IN_PLAN_SET = (
    "set_code NOT IN (SELECT set_code FROM criteria_set_span WHERE valid_from > '2023-01-18')"
)


@dataclass(frozen=True)
class Indicator:
    """One indicator of a set, with its targets per xã group (1, 2, 3) as printed."""

    set_code: str
    criterion: int
    code: str
    name: str
    targets: dict[int, str]
    source: str


@dataclass(frozen=True)
class Fact:
    """One thing known of the 2026-2030 set beyond its criteria, as its source says it."""

    text: str
    source: str


@lru_cache(maxsize=1)
def facts_2026() -> dict[str, Fact]:
    """The xã groups' definitions and the higher tier (criteria_2026_2030_facts.csv)."""
    with (data_dir() / "criteria_2026_2030_facts.csv").open(encoding="utf-8", newline="") as f:
        return {r["key"]: Fact(r["text"], r["source"]) for r in csv.DictReader(f)}


def _criteria_rows() -> list[tuple[int, str]]:
    with (data_dir() / "criteria_2026_2030.csv").open(encoding="utf-8", newline="") as f:
        return [(int(r["criterion"]), r["criterion_name"]) for r in csv.DictReader(f)]


async def _loaded(db: Database) -> bool:
    return await db.fetch_one("SELECT 1 FROM meta WHERE key = ?", (LOADED_KEY,)) is not None


async def load_criteria_sets(db: Database) -> bool:
    """Load the sets' dates and the 2026-2030 set's 10 criteria, once (no indicator: those
    are placeholders in the bundled table and come by import)."""
    if await _loaded(db):
        return False
    async with transaction(db):
        await db.lock(MIGRATION_LOCK)  # another process may be loading it right now
        if await _loaded(db):
            return False
        await db.execute("INSERT INTO criteria_set VALUES (?, ?)", (SET_2026, SET_2026_NAME))
        await db.execute_many(
            "INSERT INTO criterion VALUES (?, ?, ?, '', ?)",
            [(SET_2026, n, name, SOURCE_2026) for n, name in _criteria_rows()],
        )
        await db.execute_many("INSERT INTO criteria_set_span VALUES (?, ?, ?, ?, ?)", SPANS)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        await db.execute("INSERT INTO meta VALUES (?, ?)", (LOADED_KEY, now))
    return True


async def criteria_of(db: Database, set_code: str) -> list[tuple[int, str]]:
    """Return a set's criteria as (number, name), in order."""
    rows = await db.fetch_all(
        "SELECT number, name FROM criterion WHERE set_code = ? ORDER BY number", (set_code,)
    )
    return [(int(n), str(name)) for n, name in rows]


async def indicators_of(db: Database, set_code: str) -> list[Indicator]:
    """Return a set's loaded indicators with their group targets, in criterion order."""
    targets: dict[str, dict[int, str]] = {}
    for code, group, target in await db.fetch_all(
        "SELECT indicator, xa_group, target FROM indicator_target WHERE set_code = ?", (set_code,)
    ):
        targets.setdefault(str(code), {})[int(group)] = str(target)
    rows = await db.fetch_all(
        "SELECT criterion, code, name, source FROM indicator WHERE set_code = ?", (set_code,)
    )
    found = [
        Indicator(set_code, int(c), str(code), str(name), targets.get(str(code), {}), str(src))
        for c, code, name, src in rows
    ]
    return sorted(found, key=lambda i: (i.criterion, [int(p) for p in i.code.split(".")]))


async def group_of(db: Database, unit_code: str, set_code: str) -> int | None:
    """Return a xã's group under a set, or None when none was imported."""
    rows = list(
        await db.fetch_all(
            "SELECT xa_group FROM xa_group WHERE unit_code = ? AND set_code = ?",
            (unit_code, set_code),
        )
    )
    return int(rows[0][0]) if rows else None


async def groups_count(db: Database, set_code: str) -> int:
    """Return how many xã have a group under a set."""
    rows = list(
        await db.fetch_all("SELECT count(*) FROM xa_group WHERE set_code = ?", (set_code,))
    )
    return int(rows[0][0])
