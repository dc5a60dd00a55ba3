"""The export bench's data and measurement at a small size: the rows it writes are right."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from bench.export_status import CRITERIA, child, prepare
from handlers.export_files import TITLE_ROWS


async def test_bench_status_export_writes_every_synthetic_commune(tmp_path: Path) -> None:
    """300 synthetic xã plus the province's 181: one row each, 19 criteria, counts right."""
    db, out = tmp_path / "b.db", tmp_path / "s.xlsx"
    await prepare(db, 300)
    figures = await child(db, out, constant_memory=True)
    assert figures["rows"] == 300 + 181 and figures["seconds"] > 0
    book = openpyxl.load_workbook(out, read_only=True)
    rows = list(book.worksheets[0].iter_rows(min_row=TITLE_ROWS + 2, values_only=True))
    book.close()
    assert len(rows) == 481
    synthetic = next(r for r in rows if r[0] == "X00007")
    met = [c for c in range(1, CRITERIA + 1) if (7 + c) % 3 != 0]
    assert synthetic[3 : 3 + CRITERIA].count("đạt") == len(met) == synthetic[3 + CRITERIA]
