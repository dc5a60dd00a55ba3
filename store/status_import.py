"""Import per-xã status from CSV or XLSX: every row checked first, then all applied or none.

A row names a xã valid on its date (2023 units until they ceased, today's units since), a set
(the 2021-2025 sets or ntm_2026), a criterion or (under ntm_2026) an indicator, and a period.
Each unit name is normalised once and duplicates are found in one query: linear in rows.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from store.db import Database, transaction
from store.status_units import UnitFinder, unit_finder
from store.tables import outcome_lines, table_rows
from store.timeline import Timeline, load_timeline
from vocab.text import fold

COLUMNS = ("unit", "set", "criterion", "met", "as_of", "source")
MET_WORDS = {
    "1": True,
    "yes": True,
    "true": True,
    "co": True,
    "dat": True,
    "x": True,
    "0": False,
    "no": False,
    "false": False,
    "khong": False,
    "chua dat": False,
    "khong dat": False,
}
SET_WORDS = {
    "ntm": "ntm",
    "nong thon moi": "ntm",
    "nang cao": "nang_cao",
    "nang_cao": "nang_cao",
    "ntm nang cao": "nang_cao",
    "kieu mau": "kieu_mau",
    "kieu_mau": "kieu_mau",
    "ntm_2026": "ntm_2026",
    "ntm 2026": "ntm_2026",
    "2026": "ntm_2026",
    "2026 2030": "ntm_2026",
}
MAX_ROWS = 50_000
_PERIOD = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")


@dataclass(frozen=True)
class StatusRow:
    """One accepted row, ready to append to the status table."""

    line: int
    unit_code: str
    set_code: str
    criterion: int
    met: bool
    as_of: str
    source: str
    period: str | None = None
    indicator: str | None = None


@dataclass
class ImportReport:
    """What an import accepted, refused (with reasons) and applied."""

    path: str
    dry_run: bool
    accepted: list[StatusRow] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)
    duplicates: int = 0
    applied: int = 0

    @property
    def ok(self) -> bool:
        """Tell whether every row was accepted."""
        return not self.refused

    def describe(self) -> str:
        """Summarise the import for a person, one refused row a line."""
        lines = [
            f"{self.path}: {len(self.accepted)} dòng hợp lệ, {len(self.refused)} dòng bị từ chối,"
            f" {self.duplicates} dòng đã có (bỏ qua)."
        ]
        lines += outcome_lines(self.refused, self.dry_run, self.applied)
        return "\n".join(lines)


@dataclass(frozen=True)
class Checks:
    """What rows are checked against: units in time, set sizes and dates, loaded indicators."""

    units: UnitFinder
    sizes: dict[str, int]
    set_from: dict[str, str]
    indicators: dict[tuple[str, str], int]  # (set, indicator) -> criterion
    targets: set[tuple[str, str, int]]  # (set, indicator, group) with a target
    groups: dict[tuple[str, str], int]  # (unit, set) -> group


def _period(row: dict[str, str], default: str | None, as_of: str) -> str:
    """The row's period ('2026', '2026-06'), checked against its date; else a reason."""
    period = (row.get("period") or "").strip() or default or as_of[:4]
    if not _PERIOD.match(period):
        return f"kỳ '{period}' phải có dạng YYYY hoặc YYYY-MM"
    if not as_of.startswith(period):
        return f"ngày {as_of} không thuộc kỳ {period}"
    return "=" + period


def check_indicator(
    row: dict[str, str], set_code: str, criterion: int, unit: str, c: Checks
) -> str:
    """'' when the row names no indicator; '=CODE' when it names a good one; else a reason."""
    code = (row.get("indicator") or "").strip()
    if not code:
        return ""
    if c.indicators.get((set_code, code)) != criterion:
        return f"chỉ tiêu '{code}' không có trong tiêu chí {criterion} của bộ {set_code}"
    group = c.groups.get((unit, set_code))
    if group is None:
        return "xã chưa có nhóm (nạp bằng ntm-bot import-groups)"
    if (set_code, code, group) not in c.targets:
        return f"chỉ tiêu {code} chưa có mức đạt cho nhóm {group}"
    return "=" + code


def _check(row: dict[str, str], c: Checks, period: str | None) -> StatusRow | str:
    set_code = SET_WORDS.get(fold(row.get("set") or "ntm"))
    if set_code is None:
        return (
            f"bộ tiêu chí '{row.get('set')}' không có (dùng ntm, nang_cao, kieu_mau hoặc ntm_2026)"
        )
    try:
        as_of = date.fromisoformat((row.get("as_of") or "").strip())
    except ValueError:
        return f"ngày '{row.get('as_of')}' phải có dạng YYYY-MM-DD"
    code, reason = c.units.find(row.get("unit") or "", as_of)
    if code is None:
        return reason
    if as_of.isoformat() < c.set_from.get(set_code, ""):
        return f"bộ {set_code} chỉ áp dụng từ {c.set_from[set_code]}"
    raw = (row.get("criterion") or "").strip()
    if not raw.isdigit() or not 1 <= int(raw) <= c.sizes.get(set_code, 0):
        return f"tiêu chí '{raw}' không có trong bộ {set_code} (1-{c.sizes.get(set_code, 0)})"
    indicator = check_indicator(row, set_code, int(raw), code, c)
    if indicator and not indicator.startswith("="):
        return indicator
    met = MET_WORDS.get(fold(row.get("met") or ""))
    if met is None:
        return f"cột met '{row.get('met')}' phải là 1/0, đạt/chưa đạt"
    source = (row.get("source") or "").strip()
    if not source:
        return "thiếu nguồn (cột source)"
    kept = _period(row, period, as_of.isoformat())
    if not kept.startswith("="):
        return kept
    return StatusRow(
        0,
        code,
        set_code,
        int(raw),
        met,
        as_of.isoformat(),
        source,
        kept[1:],
        indicator[1:] or None,
    )


async def load_checks(db: Database, timeline: Timeline) -> Checks:
    """Read what rows are checked against: units, set sizes and dates, indicators, groups."""
    sizes = {
        str(s): int(n)
        for s, n in await db.fetch_all(
            "SELECT set_code, max(number) FROM criterion GROUP BY set_code"
        )
    }
    set_from = {
        str(s): str(d)
        for s, d in await db.fetch_all("SELECT set_code, valid_from FROM criteria_set_span")
    }
    indicators = {
        (str(s), str(code)): int(n)
        for s, code, n in await db.fetch_all("SELECT set_code, code, criterion FROM indicator")
    }
    targets = {
        (str(s), str(i), int(g))
        for s, i, g in await db.fetch_all(
            "SELECT set_code, indicator, xa_group FROM indicator_target WHERE target != ''"
        )
    }
    groups = {
        (str(u), str(s)): int(g)
        for u, s, g in await db.fetch_all("SELECT unit_code, set_code, xa_group FROM xa_group")
    }
    units = await unit_finder(db, timeline)
    return Checks(units, sizes, set_from, indicators, targets, groups)


async def _existing(db: Database, sources: set[str]) -> set[tuple[object, ...]]:
    """The imported rows already stored from these sources, read in one query per 500."""
    found: set[tuple[object, ...]] = set()
    names = sorted(sources)
    for start in range(0, len(names), 500):
        chunk = names[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in await db.fetch_all(
            "SELECT unit_code, set_code, criterion, met, as_of, source, period, indicator"
            f" FROM status WHERE source_kind = 'import' AND source IN ({marks})",
            chunk,
        ):
            found.add(tuple(row))
    return found


def _key(r: StatusRow) -> tuple[object, ...]:
    return (
        r.unit_code,
        r.set_code,
        r.criterion,
        int(r.met),
        r.as_of,
        r.source,
        r.period,
        r.indicator,
    )


async def import_csv(
    db: Database,
    path: Path,
    *,
    dry_run: bool,
    now: str,
    period: str | None = None,
    timeline: Timeline | None = None,
) -> ImportReport:
    """Check every row of a status file (CSV or XLSX); apply all of them at once, or none."""
    report = ImportReport(str(path), dry_run)
    checks = await load_checks(db, timeline or await load_timeline(db))
    rows = table_rows(path, COLUMNS, MAX_ROWS, report.refused)
    if rows is None:
        return report
    checked_rows: list[StatusRow] = []
    for line, row in enumerate(rows, start=2):
        checked = _check(row, checks, period)
        if isinstance(checked, str):
            report.refused.append((line, checked))
        else:
            source = f"{checked.source} (tệp {path.name})"
            checked_rows.append(dataclasses.replace(checked, line=line, source=source))
    stored = await _existing(db, {r.source for r in checked_rows})
    for r in checked_rows:
        if _key(r) in stored:
            report.duplicates += 1
        else:
            report.accepted.append(r)
    if report.refused or dry_run or not report.accepted:
        return report
    async with transaction(db):
        await db.execute_many(
            "INSERT INTO status (unit_code, set_code, criterion, met, as_of, source, period,"
            " indicator, source_kind, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'import', ?)",
            [(*_key(r), now) for r in report.accepted],
        )
    report.applied = len(report.accepted)
    return report
