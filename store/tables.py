"""Read a table a person typed: CSV (UTF-8, with or without BOM) or XLSX (the first sheet)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path


class TableError(ValueError):
    """The file cannot be read as a table (its reason is said to the person importing)."""


def _cell(value: object) -> str:
    """A cell as text: whole numbers without '.0', dates as YYYY-MM-DD, empty as ''."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    # Imported here: openpyxl (and numpy, which it loads) take a third of the command line's
    # start-up, and only an XLSX import needs them.
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a file that is not XLSX
        raise TableError(f"không đọc được tệp XLSX ({type(exc).__name__})") from exc
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [_cell(v) for v in next(rows, ())]
        table = []
        for values in rows:
            cells = [_cell(v) for v in values]
            if any(cells):
                table.append(dict(zip(header, cells, strict=False)))
        return header, table
    finally:
        book.close()


def read_table(path: Path, max_rows: int) -> tuple[list[str], list[dict[str, str]]]:
    """Return a table's header and rows (blank rows dropped); XLSX by its suffix, else CSV."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        header, rows = _xlsx(path)
    else:
        try:
            with path.open(encoding="utf-8-sig", newline="") as f:
                reader = csv.DictReader(f)
                rows = [r for r in reader if any((v or "").strip() for v in r.values())]
                header = list(reader.fieldnames or [])
        except UnicodeDecodeError as exc:
            raise TableError("tệp CSV phải ở dạng UTF-8") from exc
    if len(rows) > max_rows:
        raise TableError(f"quá {max_rows} dòng: chia tệp ra")
    return header, rows


def table_rows(
    path: Path, columns: tuple[str, ...], max_rows: int, refused: list[tuple[int, str]]
) -> list[dict[str, str]] | None:
    """Read a table and check its header; on failure add the reason to refused, return None."""
    try:
        header, rows = read_table(path, max_rows)
    except (OSError, TableError, csv.Error) as exc:
        refused.append((0, f"không đọc được tệp: {exc}"))
        return None
    missing = [c for c in columns if c not in header]
    if missing:
        refused.append((1, "thiếu cột: " + ", ".join(missing)))
        return None
    return rows


def outcome_lines(refused: list[tuple[int, str]], dry_run: bool, applied: int) -> list[str]:
    """Each refused line with its reason, then what was written (nothing, a dry run, n rows)."""
    lines = [f"  dòng {line}: {reason}" for line, reason in refused]
    if refused:
        lines.append("Không ghi dòng nào: sửa các dòng trên rồi nhập lại.")
    elif dry_run:
        lines.append("Chạy thử (--dry-run): chưa ghi gì vào cơ sở dữ liệu.")
    else:
        lines.append(f"Đã ghi {applied} dòng.")
    return lines


@dataclass
class TableReport:
    """What an all-or-nothing import accepted, refused (row by row, with reasons) and wrote."""

    path: str
    dry_run: bool
    accepted: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)
    applied: int = 0

    @property
    def ok(self) -> bool:
        """Tell whether every row was accepted."""
        return not self.refused

    def describe(self) -> str:
        """Summarise the import for a person, one refused row a line."""
        lines = [f"{self.path}: {self.accepted} dòng hợp lệ, {len(self.refused)} dòng bị từ chối."]
        lines += outcome_lines(self.refused, self.dry_run, self.applied)
        return "\n".join(lines)
