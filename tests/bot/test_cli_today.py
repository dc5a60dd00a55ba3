"""`ntm-bot import-criteria` and `import-groups` from the command line: status 0 and the report
when every row is good, status 1 with the refused rows (and nothing written) otherwise."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.bot.test_cli import _run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_import_criteria_then_groups(tmp_path: Path) -> None:
    """The made-up fixture loads (3 rows); a groups file with a gone xã is refused whole."""
    db = tmp_path / "c.db"
    done = _run(["import-criteria", str(FIXTURES / "criteria_2026_made_up.csv")], db)
    assert done.returncode == 0 and "Đã ghi 3 dòng." in done.stdout, done.stdout + done.stderr
    groups = tmp_path / "g.csv"
    groups.write_text("unit,group,source\nBa Sơn,2,x\nTĩnh Bắc,2,x\n", encoding="utf-8")
    refused = _run(["import-groups", str(groups)], db)
    assert refused.returncode == 1 and "dòng 3: không có xã 'Tĩnh Bắc'" in refused.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM xa_group").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM indicator").fetchone()[0] == 3
