"""`ntm-bot export` as a subprocess: the format from the extension, bad input refused."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl

from tests.bot.test_cli import _run


def test_export_writes_each_format_from_the_extension(tmp_path: Path) -> None:
    """xlsx, csv and json of Văn Lãng's plan row: 214 criteria, 13.38 on average."""
    db = tmp_path / "cli.db"
    xlsx, csv_path, json_path = (tmp_path / f"plan.{e}" for e in ("xlsx", "csv", "json"))
    for path in (xlsx, csv_path, json_path):
        done = _run(["export", "plan", "--unit", "Văn Lãng", "-o", str(path)], db)
        assert done.returncode == 0, done.stderr
        assert f"Wrote {path}" in done.stdout
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    header = [c.value for c in sheet[8]]
    row = dict(zip(header, [c.value for c in sheet[9]], strict=True))
    assert row["Tổng số tiêu chí"] == 214 and row["Bình quân tiêu chí/xã"] == 13.38
    with csv_path.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert rows == [{**rows[0], "code": "182", "total": "214", "average": "13.38"}]
    body = json.loads(json_path.read_text(encoding="utf-8"))
    assert body["unit"] == {"code": "182", "name": "Huyện Văn Lãng"}
    assert body["tables"][0]["rows"][0]["communes"] == 16


def test_export_refuses_bad_input_and_writes_nothing(tmp_path: Path) -> None:
    """A wrong extension, period or unit, or no data: a message, an exit code, no file."""
    db = tmp_path / "cli.db"
    out = tmp_path / "x.xlsx"
    cases = [
        (["export", "status", "-o", str(tmp_path / "x.pdf")], 2, "must end in"),
        (["export", "status", "--period", "2023-13", "-o", str(out)], 2, "Unknown period"),
        (["export", "status", "--unit", "Không Có", "-o", str(out)], 2, "No unit matches"),
        (["export", "reports", "--period", "2022", "-o", str(out)], 1, "Nothing to export"),
    ]
    for args, code, said in cases:
        done = _run(args, db)
        assert done.returncode == code, (args, done.stderr)
        assert said in done.stdout
    assert list(tmp_path.glob("x.*")) == []
