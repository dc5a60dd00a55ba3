"""A plan for a period (`ntm-bot import-plan`): each row a xã's target criterion (or indicator)
under a set for a period, checked like status rows; all rows written or none."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from store.db import Database, transaction
from store.status_import import SET_WORDS, Checks, check_indicator, load_checks
from store.tables import TableReport, table_rows
from store.timeline import Timeline
from vocab.text import fold

COLUMNS = ("unit", "set", "criterion", "period", "source")
MAX_ROWS = 50_000
_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class PlanTarget:
    """One accepted target: a xã aims to meet a criterion (or indicator) in a period."""

    unit_code: str
    set_code: str
    period: str
    criterion: int
    indicator: str | None
    source: str


def _check(row: dict[str, str], c: Checks, period: str | None) -> PlanTarget | str:
    chosen = (row.get("period") or "").strip() or period or ""
    if not _YEAR.match(chosen):
        return f"kỳ kế hoạch '{chosen}' phải là một năm (YYYY)"
    set_code = SET_WORDS.get(fold(row.get("set") or "ntm"))
    if set_code is None:
        return f"bộ tiêu chí '{row.get('set')}' không có"
    first = date(int(chosen), 1, 1)
    code, reason = c.units.find(row.get("unit") or "", first)
    if code is None:
        return reason
    raw = (row.get("criterion") or "").strip()
    if not raw.isdigit() or not 1 <= int(raw) <= c.sizes.get(set_code, 0):
        return f"tiêu chí '{raw}' không có trong bộ {set_code} (1-{c.sizes.get(set_code, 0)})"
    indicator = check_indicator(row, set_code, int(raw), code, c)
    if indicator and not indicator.startswith("="):
        return indicator
    source = (row.get("source") or "").strip()
    if not source:
        return "thiếu nguồn (cột source)"
    return PlanTarget(code, set_code, chosen, int(raw), indicator[1:] or None, source)


async def import_plan(
    db: Database,
    path: Path,
    timeline: Timeline,
    *,
    dry_run: bool,
    now: str,
    period: str | None = None,
) -> TableReport:
    """Check every row of a plan file (CSV or XLSX); write all of them, or none."""
    report = TableReport(str(path), dry_run)
    needed = tuple(c for c in COLUMNS if not (c == "period" and period))
    rows = table_rows(path, needed, MAX_ROWS, report.refused)
    if rows is None:
        return report
    checks = await load_checks(db, timeline)
    accepted: dict[tuple[str, str, str, int, str], tuple[int, PlanTarget]] = {}
    for line, row in enumerate(rows, start=2):
        checked = _check(row, checks, period)
        if isinstance(checked, str):
            report.refused.append((line, checked))
            continue
        key = (*_key(checked),)
        if key in accepted:
            report.refused.append((line, f"trùng dòng {accepted[key][0]}"))
        else:
            accepted[key] = (line, checked)
    report.accepted = len(accepted)
    if report.refused or dry_run or not accepted:
        return report
    async with transaction(db):
        await db.execute_many(
            "INSERT INTO plan_period_target (unit_code, set_code, period, criterion, indicator,"
            " source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",  # the same target imported again changes nothing
            [
                (t.unit_code, t.set_code, t.period, t.criterion, t.indicator, t.source, now)
                for _, t in accepted.values()
            ],
        )
    report.applied = len(accepted)
    return report


def _key(t: PlanTarget) -> tuple[str, str, str, int, str]:
    return (t.unit_code, t.set_code, t.period, t.criterion, t.indicator or "")


async def plan_targets(
    db: Database, unit_code: str, set_code: str
) -> tuple[str, list[PlanTarget]] | None:
    """A xã's targets in its newest planned period under a set, or None when it has no plan."""
    rows = list(
        await db.fetch_all(
            "SELECT period, criterion, indicator, source FROM plan_period_target"
            " WHERE unit_code = ? AND set_code = ? AND period = (SELECT max(period)"
            " FROM plan_period_target WHERE unit_code = ? AND set_code = ?)"
            " ORDER BY criterion, indicator",
            (unit_code, set_code, unit_code, set_code),
        )
    )
    if not rows:
        return None
    targets = [
        PlanTarget(unit_code, set_code, str(p), int(c), None if i is None else str(i), str(s))
        for p, c, i, s in rows
    ]
    return targets[0].period, targets
