"""`ntm-bot import-criteria` and `import-groups`: a set's indicators with their targets per xã
group, and each xã's group; every row checked first, then all written or none.

Criteria file (CSV or XLSX, the header of shared/reference/criteria_2026_2030.csv):
    criterion,criterion_name,indicator,indicator_name,target_group1,target_group2,target_group3
Groups file: unit,group,source (unit: today's xã by name or code; group 1, 2 or 3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from store.criteria_sets import SET_2026, criteria_of
from store.db import Database, transaction
from store.tables import TableReport, table_rows
from store.timeline import Timeline
from vocab.places import bare_name
from vocab.text import canon, fold, has_diacritics

CRITERIA_COLUMNS = (
    "criterion",
    "criterion_name",
    "indicator",
    "indicator_name",
    "target_group1",
    "target_group2",
    "target_group3",
)
GROUP_COLUMNS = ("unit", "group", "source")
GROUPS = (1, 2, 3)
MAX_ROWS = 5_000
_INDICATOR = re.compile(r"^(\d{1,2})\.(\d{1,2})$")


@dataclass(frozen=True)
class IndicatorRow:
    """One accepted indicator with its three group targets."""

    criterion: int
    code: str
    name: str
    targets: tuple[str, str, str]


def _blank(cell: str) -> bool:
    return cell.strip() in ("", "?")


def _check_indicator(row: dict[str, str], criteria: dict[int, str]) -> IndicatorRow | str:
    raw = (row.get("criterion") or "").strip()
    if not raw.isdigit() or int(raw) not in criteria:
        return f"tiêu chí '{raw}' không có trong bộ (1-{max(criteria)})"
    number = int(raw)
    name = (row.get("criterion_name") or "").strip()
    if name and canon(name) != canon(criteria[number]):
        return f"tên tiêu chí '{name}' khác với tiêu chí {number} ({criteria[number]})"
    code = (row.get("indicator") or "").strip()
    if code == "?":
        return "chỉ tiêu còn là chỗ trống '?' (chưa chép từ Phụ lục I)"
    match = _INDICATOR.match(code)
    if match is None or int(match.group(1)) != number:
        return f"chỉ tiêu '{code}' phải có dạng {number}.N (thuộc tiêu chí {number})"
    indicator_name = (row.get("indicator_name") or "").strip()
    if _blank(indicator_name):
        return f"chỉ tiêu {code}: thiếu tên chỉ tiêu"
    targets = tuple((row.get(f"target_group{g}") or "").strip() for g in GROUPS)
    missing = [str(g) for g, t in zip(GROUPS, targets, strict=True) if _blank(t)]
    if missing:
        return f"chỉ tiêu {code}: thiếu mức đạt cho nhóm xã {', '.join(missing)}"
    return IndicatorRow(number, code, indicator_name, (targets[0], targets[1], targets[2]))


async def import_criteria(
    db: Database, path: Path, *, dry_run: bool, now: str, set_code: str = SET_2026
) -> TableReport:
    """Check every indicator row of a criteria file; write all of them, or none."""
    report = TableReport(str(path), dry_run)
    criteria = dict(await criteria_of(db, set_code))
    if not criteria:
        report.refused.append((0, f"bộ tiêu chí '{set_code}' không có"))
        return report
    rows = table_rows(path, CRITERIA_COLUMNS, MAX_ROWS, report.refused)
    if rows is None:
        return report
    accepted: list[IndicatorRow] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        checked = _check_indicator(row, criteria)
        if isinstance(checked, str):
            report.refused.append((line, checked))
        elif checked.code in seen:
            report.refused.append(
                (line, f"chỉ tiêu {checked.code} đã có ở dòng {seen[checked.code]}")
            )
        else:
            seen[checked.code] = line
            accepted.append(checked)
    report.accepted = len(accepted)
    if not accepted and not report.refused:
        report.refused.append((0, "tệp không có dòng nào"))
    if report.refused or dry_run:
        return report
    source = f"import {path.name}"
    async with transaction(db):
        await db.execute_many(
            "INSERT INTO indicator VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (set_code, code)"
            " DO UPDATE SET criterion = excluded.criterion, name = excluded.name,"
            " source = excluded.source, loaded_at = excluded.loaded_at",
            [(set_code, r.criterion, r.code, r.name, source, now) for r in accepted],
        )
        await db.execute_many(
            "INSERT INTO indicator_target VALUES (?, ?, ?, ?) ON CONFLICT"
            " (set_code, indicator, xa_group) DO UPDATE SET target = excluded.target",
            [
                (set_code, r.code, g, t)
                for r in accepted
                for g, t in zip(GROUPS, r.targets, strict=True)
            ],
        )
    report.applied = len(accepted)
    return report


def today_xa(timeline: Timeline, day: date) -> dict[str, list[str]]:
    """Today's xã by folded bare name and by key and code, for an importer."""
    index: dict[str, list[str]] = {}
    for unit in timeline.valid_on(day):
        if unit.kind == "xa":
            for name in {unit.key, unit.gso_code, fold(bare_name(unit.name))}:
                index.setdefault(name, []).append(unit.key)
    return index


def find_today(timeline: Timeline, index: dict[str, list[str]], text: str) -> str | list[str]:
    """Return the key of today's xã a cell names, or the candidates (none or several)."""
    text = text.strip()
    keys = index.get(text) or index.get(fold(bare_name(text)), [])
    if has_diacritics(text) and len(keys) > 1:
        keys = [
            k for k in keys if canon(bare_name(timeline.units[k].name)) == canon(bare_name(text))
        ]
    return keys[0] if len(keys) == 1 else keys


async def import_groups(
    db: Database,
    path: Path,
    timeline: Timeline,
    *,
    day: date,
    dry_run: bool,
    now: str,
    set_code: str = SET_2026,
) -> TableReport:
    """Check every row of a xã-group file (today's xã, group 1-3); write all, or none."""
    report = TableReport(str(path), dry_run)
    rows = table_rows(path, GROUP_COLUMNS, MAX_ROWS, report.refused)
    if rows is None:
        return report
    index = today_xa(timeline, day)
    accepted: dict[str, tuple[int, str, int]] = {}
    for line, row in enumerate(rows, start=2):
        cell = row.get("unit") or ""
        found = find_today(timeline, index, cell)
        group = (row.get("group") or "").strip()
        source = (row.get("source") or "").strip()
        if isinstance(found, list):
            why = "không có xã" if not found else f"có {len(found)} xã tên"
            report.refused.append((line, f"{why} '{cell}' vào ngày {day.isoformat()}"))
        elif group not in ("1", "2", "3"):
            report.refused.append((line, f"nhóm '{group}' phải là 1, 2 hoặc 3"))
        elif not source:
            report.refused.append((line, "thiếu nguồn (cột source)"))
        elif found in accepted:
            report.refused.append((line, f"xã '{cell}' đã có ở dòng {accepted[found][2]}"))
        else:
            accepted[found] = (int(group), source, line)
    report.accepted = len(accepted)
    if report.refused or dry_run or not accepted:
        return report
    async with transaction(db):
        await db.execute_many(
            "INSERT INTO xa_group VALUES (?, ?, ?, ?, ?) ON CONFLICT (unit_code, set_code)"
            " DO UPDATE SET xa_group = excluded.xa_group, source = excluded.source,"
            " loaded_at = excluded.loaded_at",
            [(key, set_code, g, src, now) for key, (g, src, _) in accepted.items()],
        )
    report.applied = len(accepted)
    return report
