"""Load the units of December 2024 and July 2025 and their successions, once, beside 2023's.

A unit is its key and its dates: the 2023 roster keeps its GSO codes as keys; a later unit that
reuses a code gets the key 'code@valid_from' (Thị trấn Thất Khê from 2024-12-01 carries 06040,
Xã Đại Đồng's code in 2023). Successions say what became of each unit that ceased.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import UTC, datetime

from store.db import Database, transaction
from store.migrate import MIGRATION_LOCK
from store.plan_import import PROVINCE_CODE, UNIT_KINDS, data_dir
from vocab.text import canon

TIMELINE_KEY = "units_timeline_loaded"
MERGE_2024 = "2024-12-01"
LAST_2023_DAY = "2024-11-30"
REFORM_2025 = "2025-07-01"
LAST_DISTRICT_DAY = "2025-06-30"
ROSTER_2023 = "units_langson_2023.csv"
ROSTER_2024 = "langson_units_2024-12.csv"
ROSTER_2025 = "langson_units_2025-07_new.csv"
MERGES_2024 = "langson_2024-12_merges.csv"
OLD_TO_NEW_2025 = "langson_2025_old_to_new.csv"
SOURCE_2024 = "vietnam-provinces 0.6.0 (2025-01-04); 1246/NQ-UBTVQH15"
SOURCE_2025 = "1672/NQ-UBTVQH15; Công văn 1027/CTK-CSCL"


@dataclass(frozen=True)
class Span:
    """One unit with its dates, as loaded."""

    key: str
    gso_code: str
    name: str
    kind: str
    parent_key: str | None
    valid_from: str | None
    valid_to: str | None
    source: str


@dataclass(frozen=True)
class Step:
    """One succession: (part of) a unit went to another on a date."""

    from_key: str
    to_key: str
    share: str
    effective: str
    source: str
    note: str


def later_key(code: str, valid_from: str) -> str:
    """Return the key of a unit that reuses a code from a date: '06040@2024-12-01'."""
    return f"{code}@{valid_from}"


def _read(name: str) -> list[dict[str, str]]:
    with (data_dir() / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _same(a: str, b: str) -> bool:
    return canon(a) == canon(b)


def build() -> tuple[list[Span], list[Step]]:
    """Compute every unit's dates and every succession from the bundled rosters and tables."""
    r23, r24, r25 = _read(ROSTER_2023), _read(ROSTER_2024), _read(ROSTER_2025)
    in_2024 = {(r["unit_code"], canon(r["unit_name"])) for r in r24}
    in_2023 = {(r["unit_code"], canon(r["unit_name"])) for r in r23}
    spans = [
        Span(
            PROVINCE_CODE,
            PROVINCE_CODE,
            "Tỉnh Lạng Sơn",
            "province",
            None,
            None,
            None,
            ROSTER_2023,
        )
    ]
    districts = {r["district_code"]: r["district_name"] for r in r23}
    spans += [
        Span(code, code, name, "district", PROVINCE_CODE, None, LAST_DISTRICT_DAY, ROSTER_2023)
        for code, name in districts.items()
    ]
    for r in r23:
        kept = (r["unit_code"], canon(r["unit_name"])) in in_2024
        spans.append(
            Span(
                r["unit_code"],
                r["unit_code"],
                r["unit_name"],
                UNIT_KINDS[r["unit_type"]],
                r["district_code"],
                None,
                LAST_DISTRICT_DAY if kept else LAST_2023_DAY,
                ROSTER_2023,
            )
        )
    for r in r24:
        if (r["unit_code"], canon(r["unit_name"])) not in in_2023:
            spans.append(
                Span(
                    later_key(r["unit_code"], MERGE_2024),
                    r["unit_code"],
                    r["unit_name"],
                    UNIT_KINDS[r["unit_type"]],
                    r["district_code"],
                    MERGE_2024,
                    LAST_DISTRICT_DAY,
                    ROSTER_2024,
                )
            )
    spans += [
        Span(
            later_key(r["unit_code"], REFORM_2025),
            r["unit_code"],
            r["unit_name"],
            UNIT_KINDS[r["unit_type"]],
            PROVINCE_CODE,
            REFORM_2025,
            None,
            ROSTER_2025,
        )
        for r in r25
    ]
    return spans, _steps_2024(spans) + _steps_2025(spans)


def _valid_on(spans: list[Span], day: str) -> list[Span]:
    return [
        s
        for s in spans
        if (s.valid_from is None or s.valid_from <= day)
        and (s.valid_to is None or s.valid_to >= day)
    ]


def _steps_2024(spans: list[Span]) -> list[Step]:
    names = {s.key: s.name for s in spans}
    after = {
        (names.get(s.parent_key or "", ""), canon(s.name)): s.key
        for s in _valid_on(spans, MERGE_2024)
        if s.kind not in ("province", "district")
    }
    steps, placed = [], set()
    for r in _read(MERGES_2024):
        to_key = after[(r["district"], canon(r["into_name"]))]
        source = f"{r['resolution']} ({MERGES_2024})"
        steps.append(Step(r["old_code"], to_key, r["share"], r["effective"], source, r["note"]))
        placed.add(r["old_code"])
    for s in spans:  # a unit that carries a new code from 2024-12-01 (Thị trấn Thất Khê)
        if s.valid_to == LAST_2023_DAY and s.key not in placed:
            to_key = after[(names[s.parent_key or ""], canon(s.name))]
            note = f"mã mới {to_key.split('@')[0]}"
            steps.append(Step(s.key, to_key, "whole", MERGE_2024, ROSTER_2024, note))
    return steps


def _steps_2025(spans: list[Span]) -> list[Step]:
    before = {
        s.gso_code: s
        for s in _valid_on(spans, LAST_DISTRICT_DAY)
        if s.kind not in ("province", "district")
    }
    new = {s.gso_code: s for s in spans if s.valid_from == REFORM_2025}
    steps, placed = [], set()
    for r in _read(OLD_TO_NEW_2025):
        old, into = before[r["old_unit_code"]], new[r["new_unit_code"]]
        if not (_same(old.name, r["old_unit_name"]) and _same(into.name, r["new_unit_name"])):
            raise ValueError(f"{OLD_TO_NEW_2025}: names differ from the rosters in {r}")
        share = "part" if r["partial"] == "yes" else "whole"
        steps.append(
            Step(
                old.key,
                into.key,
                share,
                REFORM_2025,
                f"{SOURCE_2025.split(';')[0]} ({OLD_TO_NEW_2025})",
                "",
            )
        )
        placed.add(old.key)
    missing = sorted(set(s.key for s in before.values()) - placed)
    if missing:
        raise ValueError(f"{OLD_TO_NEW_2025} does not place {missing}")
    return steps


async def _loaded(db: Database) -> bool:
    return await db.fetch_one("SELECT 1 FROM meta WHERE key = ?", (TIMELINE_KEY,)) is not None


async def load_units_in_time(db: Database) -> bool:
    """Load the later units and the successions in one transaction; False if already loaded."""
    if await _loaded(db):
        return False
    spans, steps = build()
    async with transaction(db):
        await db.lock(MIGRATION_LOCK)  # another process may be loading it right now
        if await _loaded(db):
            return False
        known = {str(code) for (code,) in await db.fetch_all("SELECT code FROM unit")}
        await db.execute_many(
            "INSERT INTO unit (code, name, kind, parent_code, roster) VALUES (?, ?, ?, ?, ?)",
            [(s.key, s.name, s.kind, s.parent_key, s.source) for s in spans if s.key not in known],
        )
        await db.execute_many(
            "INSERT INTO unit_span VALUES (?, ?, ?, ?, ?)",
            [(s.key, s.gso_code, s.valid_from, s.valid_to, s.source) for s in spans],
        )
        await db.execute_many(
            "INSERT INTO succession VALUES (?, ?, ?, ?, ?, ?)",
            [(p.from_key, p.to_key, p.share, p.effective, p.source, p.note) for p in steps],
        )
        now = datetime.now(UTC).isoformat(timespec="seconds")
        await db.execute("INSERT INTO meta VALUES (?, ?)", (TIMELINE_KEY, now))
    return True
