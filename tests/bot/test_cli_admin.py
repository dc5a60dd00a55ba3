"""Administrator commands as subprocesses: invite, users list|revoke, history."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings
from bot.context import open_ctx
from tests.bot.test_cli import _run
from tests.workflows.conftest import Person


async def _register_and_report(db: Path, code: str) -> int:
    async with open_ctx(Settings(db_path=str(db))) as ctx:
        official = Person(ctx, "u-1", "Lý Thị Mai")
        assert (await official.one(f"/dangky {code}")).intent == "registered"
        await official.one("/capnhat tc 2 đã đạt")
        await official.one(button="flow:next")
        return int((await official.one(button="up:ok")).data["report"])


async def test_invite_register_list_history_revoke(tmp_path: Path) -> None:
    """The code printed last registers the person; users and history show them; revoke works."""
    db = tmp_path / "admin.db"
    done = _run(["invite", "--role", "xa_official", "--unit", "Nhân Lý"], db)
    assert done.returncode == 0, done.stderr
    code = done.stdout.strip().splitlines()[-1]
    assert len(code) == 11 and code[5] == "-"
    assert "Nhân Lý" in done.stdout
    report_id = await _register_and_report(db, code)

    listed = _run(["users", "list"], db)
    assert "#1 Lý Thị Mai" in listed.stdout and "[memory]" in listed.stdout
    history = _run(["history", "06496"], db)
    assert f"#{report_id}" in history.stdout and "Lý Thị Mai" in history.stdout
    assert "Đang chờ duyệt" in history.stdout

    revoked = _run(["users", "revoke", "1"], db)
    assert revoked.returncode == 0 and "Revoked #1" in revoked.stdout
    assert _run(["users", "revoke", "1"], db).returncode == 1
    assert "0 people" in _run(["users", "list"], db).stdout
    assert "(revoked)" in _run(["users", "list", "--all"], db).stdout


def test_invite_refuses_an_unknown_or_ambiguous_unit(tmp_path: Path) -> None:
    """A unit that matches nothing, or several, prints why and no code."""
    db = tmp_path / "bad.db"
    unknown = _run(["invite", "--role", "xa_official", "--unit", "Xyzabc"], db)
    assert unknown.returncode == 1 and "No unit matches" in unknown.stdout
    several = _run(["invite", "--role", "xa_official", "--unit", "Mẫu Sơn"], db)
    assert several.returncode == 1 and "several units" in several.stdout
    bad_role = _run(["invite", "--role", "king", "--unit", "06496"], db)
    assert bad_role.returncode == 2


async def test_invite_with_person_binds_another_app_to_the_same_person(tmp_path: Path) -> None:
    """`invite --person ID` needs no role or unit: the code binds another account (another
    app) to that person, with their role and unit; an unknown person or a bare invite is
    refused with no code."""
    db = tmp_path / "bind.db"
    first = _run(["invite", "--role", "district_officer", "--unit", "187"], db)
    async with open_ctx(Settings(db_path=str(db))) as ctx:
        officer = Person(ctx, "tg-1", "Hoàng Văn Hùng")
        code = first.stdout.strip().splitlines()[-1]
        assert (await officer.one(f"/dangky {code}")).intent == "registered"

    second = _run(["invite", "--person", "1"], db)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "district officer of Huyện Chi Lăng" in second.stdout
    async with open_ctx(Settings(db_path=str(db))) as ctx:
        other_app = Person(ctx, "zalo-1")
        bound = await other_app.one(f"/dangky {second.stdout.strip().splitlines()[-1]}")
        assert bound.intent == "registered" and bound.data["person"] == 1
    assert "#1 Hoàng Văn Hùng" in _run(["users", "list"], db).stdout

    unknown = _run(["invite", "--person", "9"], db)
    assert unknown.returncode == 1 and "No active person #9" in unknown.stdout
    bare = _run(["invite"], db)
    assert bare.returncode == 2 and "--role and --unit" in bare.stdout
    assert _run(["invite", "--role", "xa_official"], db).returncode == 2
