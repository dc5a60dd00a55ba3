"""`users remap`: people registered to units that ceased move to the units those became, by
the succession table, with a report of each old and new unit and of those it cannot place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.context import Ctx
from handlers.remap import remap
from tests.bot.test_cli import _run

DAY = date(2026, 11, 29)
AT = "2026-11-29T01:00:00+00:00"
# (role, unit, name): merged twice, merged keeping its name, renamed, recoded, split, district
PEOPLE = (
    ("xa_official", "06574", "Cán bộ Tĩnh Bắc"),
    ("xa_official", "06496", "Cán bộ Nhân Lý"),
    ("xa_official", "05971", "Cán bộ Hoàng Văn Thụ"),
    ("xa_official", "05995", "Cán bộ Thất Khê"),
    ("xa_official", "06622", "Cán bộ Bính Xá"),
    ("district_officer", "188", "Cán bộ huyện Lộc Bình"),
    ("province_coordinator", "20", "Điều phối tỉnh"),
)


async def _people(ctx: Ctx) -> dict[str, str]:
    await ctx.db.execute_many(
        "INSERT INTO person (role, unit_code, name, created_at) VALUES (?, ?, ?, ?)",
        [(role, unit, name, AT) for role, unit, name in PEOPLE],
    )
    await ctx.db.execute(
        "INSERT INTO person (role, unit_code, name, created_at, revoked_at)"
        " VALUES ('xa_official', '06574', 'Đã thu hồi', ?, ?)",
        (AT, AT),
    )
    return await _units(ctx)


async def _units(ctx: Ctx) -> dict[str, str]:
    rows = await ctx.db.fetch_all("SELECT name, unit_code FROM person")
    return {str(n): str(u) for n, u in rows}


def _key(ctx: Ctx, name: str) -> str:
    (key,) = [u.key for u in ctx.timeline.valid_on(DAY) if u.name == name]
    return key


async def test_dry_run_reports_and_changes_nothing(ctx: Ctx) -> None:
    """Each person's old and new unit is listed; the split xã and the district are not placed."""
    before = await _people(ctx)
    plan, text = await remap(ctx.db, ctx.timeline, DAY, AT, dry_run=True)
    assert await _units(ctx) == before
    assert "#1 Cán bộ Tĩnh Bắc: Xã Tĩnh Bắc (Huyện Lộc Bình) → Xã Khuất Xá" in text
    assert (
        "Cán bộ Hoàng Văn Thụ: Phường Hoàng Văn Thụ (Thành phố Lạng Sơn) → Phường Kỳ Lừa" in text
    )
    assert "Cán bộ Thất Khê: Thị trấn Thất Khê (Huyện Tràng Định) → Xã Thất Khê" in text
    assert "Cán bộ Bính Xá: Xã Bính Xá (Huyện Đình Lập): không chuyển được (đã chia thành" in text
    assert "Cán bộ huyện Lộc Bình: Huyện Lộc Bình: không chuyển được (cấp huyện không còn" in text
    assert "4 người sẽ chuyển, 2 người không chuyển được." in text
    assert "Đã thu hồi" not in text and "Điều phối tỉnh" not in text
    assert len(plan.moves) == 4


async def test_remap_moves_and_logs_once(ctx: Ctx) -> None:
    """The four placeable people move (logged); a second run has nothing left to move."""
    await _people(ctx)
    await remap(ctx.db, ctx.timeline, DAY, AT, dry_run=False)
    units = await _units(ctx)
    assert units["Cán bộ Tĩnh Bắc"] == _key(ctx, "Xã Khuất Xá")
    assert units["Cán bộ Nhân Lý"] == _key(ctx, "Xã Nhân Lý") != "06496"
    assert units["Cán bộ Hoàng Văn Thụ"] == _key(ctx, "Phường Kỳ Lừa")
    assert units["Cán bộ Thất Khê"] == _key(ctx, "Xã Thất Khê")
    assert units["Cán bộ Bính Xá"] == "06622" and units["Đã thu hồi"] == "06574"
    log = list(await ctx.db.fetch_all("SELECT person_id, old_unit FROM person_unit_change"))
    assert sorted(tuple(r) for r in log) == [
        (1, "06574"),
        (2, "06496"),
        (3, "05971"),
        (4, "05995"),
    ]
    plan, text = await remap(ctx.db, ctx.timeline, DAY, AT, dry_run=False)
    assert plan.moves == [] and "0 người đã chuyển, 2 người không chuyển được." in text


def test_the_command_line_remap(tmp_path: Path) -> None:
    """`ntm-bot users remap --dry-run` prints the report and writes nothing."""
    import sqlite3

    db = tmp_path / "r.db"
    assert _run(["users", "list"], db).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO person (role, unit_code, name, created_at) VALUES"
            " ('xa_official', '06622', 'Cán bộ Bính Xá', ?), ('xa_official', '06574', 'TB', ?)",
            (AT, AT),
        )
    done = _run(["users", "remap", "--dry-run"], db)
    assert done.returncode == 0, done.stderr
    assert "TB: Xã Tĩnh Bắc (Huyện Lộc Bình) → Xã Khuất Xá" in done.stdout
    assert "1 người sẽ chuyển, 1 người không chuyển được." in done.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM person_unit_change").fetchone()[0] == 0
