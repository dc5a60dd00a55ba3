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


def test_reviewers_assign_list_remove(tmp_path: Path) -> None:
    """A coordinator is assigned to a xã of today; an old xã or a xã official is refused."""
    db = tmp_path / "r.db"
    assert _run(["reviewers", "list"], db).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO person (role, unit_code, name, created_at) VALUES"
            " ('province_coordinator', '20', 'C', 'now'), ('xa_official', '06574', 'X', 'now')"
        )
    ok = _run(["reviewers", "assign", "--unit", "Ba Sơn", "--person", "1"], db)
    assert ok.returncode == 0 and "assign #1 for Xã Ba Sơn: done." in ok.stdout
    assert "Xã Ba Sơn: #1" in _run(["reviewers", "list"], db).stdout
    gone = _run(["reviewers", "assign", "--unit", "Tĩnh Bắc", "--person", "1"], db)
    assert gone.returncode == 1 and "No single xã of today" in gone.stdout
    wrong = _run(["reviewers", "assign", "--unit", "Ba Sơn", "--person", "2"], db)
    assert wrong.returncode == 1 and "not an active coordinator" in wrong.stdout
    removed = _run(["reviewers", "remove", "--unit", "ba son", "--person", "1"], db)
    assert removed.returncode == 0 and "done" in removed.stdout
    assert "0 assignments." in _run(["reviewers", "list"], db).stdout


def test_invite_for_a_xa_of_today(tmp_path: Path) -> None:
    """`invite --unit 'Ba Sơn'` (a name only today has) and by key make codes for that xã."""
    db = tmp_path / "i.db"
    by_name = _run(["invite", "--role", "xa_official", "--unit", "Ba Sơn"], db)
    assert by_name.returncode == 0 and "Xã Ba Sơn" in by_name.stdout, by_name.stdout
    with sqlite3.connect(db) as conn:
        (key,) = conn.execute("SELECT unit_code FROM invite").fetchone()
        assert str(key).endswith("@2025-07-01")
    by_key = _run(["invite", "--role", "xa_official", "--unit", str(key)], db)
    assert by_key.returncode == 0 and "Xã Ba Sơn" in by_key.stdout
    old = _run(["invite", "--role", "xa_official", "--unit", "Nhân Lý"], db)
    assert old.returncode == 0 and "Huyện Chi Lăng" in old.stdout  # the plan's unit, as before


def test_import_plan_from_the_command_line(tmp_path: Path) -> None:
    """`ntm-bot import-plan FILE --period 2026` loads a made-up plan for Ba Sơn."""
    db = tmp_path / "p.db"
    plan = tmp_path / "plan.csv"
    plan.write_text("unit,set,criterion,source\nBa Sơn,ntm_2026,4,made up\n", encoding="utf-8")
    done = _run(["import-plan", str(plan), "--period", "2026"], db)
    assert done.returncode == 0 and "Đã ghi 1 dòng." in done.stdout, done.stdout


def test_a_district_officer_invite_after_july_2025_carries_a_note(tmp_path: Path) -> None:
    """Districts ceased: the invite says what a district officer still reviews."""
    done = _run(["invite", "--role", "district_officer", "--unit", "187"], tmp_path / "d.db")
    assert done.returncode == 0 and "districts ceased on 30/06/2025" in done.stdout
