"""Import per-xã status from CSV: every row checked first, then all applied or none."""

from __future__ import annotations

import csv
import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import aiosqlite

from store.db import first, transaction
from store.units import IN_PLAN
from vocab.places import bare_name
from vocab.text import canon, fold, has_diacritics

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
}
MAX_ROWS = 50_000


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
        lines += [f"  dòng {line}: {reason}" for line, reason in self.refused]
        if self.refused:
            lines.append("Không ghi dòng nào: sửa các dòng trên rồi nhập lại.")
        elif self.dry_run:
            lines.append("Chạy thử (--dry-run): chưa ghi gì vào cơ sở dữ liệu.")
        else:
            lines.append(f"Đã ghi {self.applied} dòng.")
        return "\n".join(lines)


class UnitIndex:
    """Find a commune by code, or by name (optionally 'Name, District')."""

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.codes = {code: kind for code, _, kind, _ in rows}
        self.rows = rows

    def find(self, text: str) -> tuple[str | None, str]:
        """Return (code, '') or (None, reason)."""
        text = text.strip()
        if text in self.codes:
            if self.codes[text] != "xa":
                return None, f"mã {text} không phải là xã"
            return text, ""
        name, _, district = text.partition(",")
        hits = [r for r in self.rows if r[2] == "xa" and _same(r[1], name)]
        if district.strip():
            hits = [r for r in hits if _same(r[3], district)]
        if len(hits) == 1:
            return hits[0][0], ""
        if not hits:
            return None, f"không tìm thấy xã '{text}'"
        return None, f"có {len(hits)} xã tên '{text}': ghi mã xã hoặc 'Tên xã, Tên huyện'"


def _same(official: str, typed: str) -> bool:
    a, b = bare_name(official.strip()), bare_name(typed.strip())
    return canon(a) == canon(b) if has_diacritics(b) else fold(a) == fold(b)


def _check(row: dict[str, str], index: UnitIndex, sizes: dict[str, int]) -> StatusRow | str:
    code, reason = index.find(row.get("unit") or "")
    if code is None:
        return reason
    set_code = SET_WORDS.get(fold(row.get("set") or "ntm"))
    if set_code is None:
        return f"bộ tiêu chí '{row.get('set')}' không có (dùng ntm, nang_cao hoặc kieu_mau)"
    raw = (row.get("criterion") or "").strip()
    if not raw.isdigit() or not 1 <= int(raw) <= sizes.get(set_code, 0):
        return f"tiêu chí '{raw}' không có trong bộ {set_code} (1-{sizes.get(set_code, 0)})"
    met = MET_WORDS.get(fold(row.get("met") or ""))
    if met is None:
        return f"cột met '{row.get('met')}' phải là 1/0, đạt/chưa đạt"
    try:
        as_of = date.fromisoformat((row.get("as_of") or "").strip()).isoformat()
    except ValueError:
        return f"ngày '{row.get('as_of')}' phải có dạng YYYY-MM-DD"
    source = (row.get("source") or "").strip()
    if not source:
        return "thiếu nguồn (cột source)"
    return StatusRow(0, code, set_code, int(raw), met, as_of, source)


async def _exists(db: aiosqlite.Connection, r: StatusRow) -> bool:
    return (
        first(
            await db.execute_fetchall(
                "SELECT 1 FROM status WHERE unit_code = ? AND set_code = ? AND criterion = ?"
                " AND met = ? AND as_of = ? AND source = ? AND source_kind = 'import'",
                (r.unit_code, r.set_code, r.criterion, int(r.met), r.as_of, r.source),
            )
        )
        is not None
    )


async def import_csv(
    db: aiosqlite.Connection, path: Path, *, dry_run: bool, now: str
) -> ImportReport:
    """Check every row of a status CSV; apply all of them in one transaction, or none."""
    report = ImportReport(str(path), dry_run)
    index = UnitIndex(
        [
            (str(a), str(b), str(c), str(d))
            for a, b, c, d in await db.execute_fetchall(
                "SELECT u.code, u.name, u.kind, coalesce(p.name, '') FROM unit u"
                f" LEFT JOIN unit p ON p.code = u.parent_code WHERE {IN_PLAN}"
            )
        ]
    )
    sizes = {
        str(s): int(n)
        for s, n in await db.execute_fetchall(
            "SELECT set_code, max(number) FROM criterion GROUP BY set_code"
        )
    }
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                report.refused.append((1, "thiếu cột: " + ", ".join(missing)))
                return report
            for line, row in enumerate(reader, start=2):
                if line > MAX_ROWS:
                    report.refused.append((line, f"quá {MAX_ROWS} dòng"))
                    break
                checked = _check(row, index, sizes)
                if isinstance(checked, str):
                    report.refused.append((line, checked))
                    continue
                checked = dataclasses.replace(
                    checked, line=line, source=f"{checked.source} (tệp {path.name})"
                )
                if await _exists(db, checked):
                    report.duplicates += 1
                else:
                    report.accepted.append(checked)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        report.refused.append((0, f"không đọc được tệp: {exc}"))
        return report
    if report.refused or dry_run or not report.accepted:
        return report
    async with transaction(db):
        await db.executemany(
            "INSERT INTO status (unit_code, set_code, criterion, met, as_of, source_kind, source,"
            " recorded_at) VALUES (?, ?, ?, ?, ?, 'import', ?, ?)",
            [
                (r.unit_code, r.set_code, r.criterion, int(r.met), r.as_of, r.source, now)
                for r in report.accepted
            ],
        )
    report.applied = len(report.accepted)
    return report
