"""import-plan: a plan for a year (made-up TEST FIXTURE targets), checked like status rows,
all rows or none; the answer about the xã names the plan's period and set."""

from __future__ import annotations

from pathlib import Path

from bot.context import Ctx
from store.plan_period import import_plan
from tests.conftest import ask

NOW = "2026-01-05T00:00:00+00:00"


def _csv(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "plan.csv"
    path.write_text("\n".join(["unit,set,criterion,period,source", *lines]) + "\n", "utf-8")
    return path


async def _rows(ctx: Ctx) -> int:
    rows = list(await ctx.db.fetch_all("SELECT count(*) FROM plan_period_target"))
    return int(rows[0][0])


async def test_a_2026_plan_loads_and_is_answered_with_its_period(ctx: Ctx, tmp_path: Path) -> None:
    """Ba Sơn aims at criteria 4 and 6 in 2026; loading again adds nothing."""
    path = _csv(tmp_path, ["Ba Sơn,ntm_2026,4,2026,made up", "ba son,ntm_2026,6,2026,made up"])
    report = await import_plan(ctx.db, path, ctx.timeline, dry_run=False, now=NOW)
    assert report.ok and report.applied == 2, report.describe()
    again = await import_plan(ctx.db, path, ctx.timeline, dry_run=False, now=NOW)
    assert again.ok and await _rows(ctx) == 2
    reply = await ask(ctx, "kế hoạch 2026 của xã Ba Sơn")
    assert "Kế hoạch năm 2026 (bộ tiêu chí 2026 - 2030): phấn đấu đạt tiêu chí 4, 6" in reply.text


async def test_bad_plan_rows_are_refused_and_nothing_is_written(ctx: Ctx, tmp_path: Path) -> None:
    """An old xã in 2026, a period that is not a year, criterion 12, a duplicate: refused."""
    path = _csv(
        tmp_path,
        [
            "Ba Sơn,ntm_2026,4,2026,made up",
            "Tĩnh Bắc,ntm_2026,4,2026,made up",
            "Ba Sơn,ntm_2026,5,26,made up",
            "Ba Sơn,ntm_2026,12,2026,made up",
            "Ba Sơn,ntm_2026,4,2026,made up",
        ],
    )
    report = await import_plan(ctx.db, path, ctx.timeline, dry_run=False, now=NOW)
    reasons = dict(report.refused)
    assert sorted(reasons) == [3, 4, 5, 6]
    assert "Xã Tĩnh Bắc (Huyện Lộc Bình) không còn" in reasons[3]
    assert "phải là một năm" in reasons[4]
    assert "tiêu chí '12' không có" in reasons[5]
    assert "trùng dòng 2" in reasons[6]
    assert await _rows(ctx) == 0
