"""A small 2026 period for three new xã (made-up figures: a TEST FIXTURE, never bundled data):
answers, the average and which xã have data change, and name their period and set; bad rows
(unknown unit, an old unit after it ceased, an indicator not in the set, no group target) are
refused row by row and nothing is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from bot.context import Ctx
from store.criteria_import import import_criteria, import_groups
from store.status_import import import_csv
from tests.conftest import ask

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOW = "2026-07-01T08:00:00+00:00"
TODAY = date(2026, 7, 1)
HEADER = "unit,set,criterion,met,as_of,source,period,indicator"


async def _status_rows(ctx: Ctx) -> int:
    rows = list(await ctx.db.fetch_all("SELECT count(*) FROM status"))
    return int(rows[0][0])


async def _load_set_and_groups(ctx: Ctx) -> None:
    done = await import_criteria(
        ctx.db, FIXTURES / "criteria_2026_made_up.csv", dry_run=False, now=NOW
    )
    assert done.ok, done.describe()
    groups = await import_groups(
        ctx.db, FIXTURES / "groups_made_up.csv", ctx.timeline, day=TODAY, dry_run=False, now=NOW
    )
    assert groups.ok, groups.describe()


async def test_a_2026_period_changes_answers_average_and_coverage(ctx: Ctx) -> None:
    """Before: history of the old xã, no average, 0/61. After: Ba Sơn's own 2026 status with
    its group target, the average over 3/61 xã, and the 58 xã still without data."""
    before = await ask(ctx, "Ba Sơn còn thiếu tiêu chí nào")
    assert "chưa có hiện trạng tiêu chí riêng" in before.text
    assert "0/61" in (await ask(ctx, "bình quân tiêu chí các xã hiện nay", chat="a")).text
    assert "0/61 xã" in (await ask(ctx, "bao nhiêu xã đã có số liệu 2026", chat="b")).text
    await _load_set_and_groups(ctx)
    report = await import_csv(
        ctx.db,
        FIXTURES / "status_2026_made_up.csv",
        dry_run=False,
        now=NOW,
        period="2026",
        timeline=ctx.timeline,
    )
    assert report.ok and report.applied == 32, report.describe()
    after = await ask(ctx, "ba son con thieu tieu chi nao")
    assert after.text.startswith("Xã Ba Sơn, bộ tiêu chí 2026 - 2030, kỳ 2026 (đến 30/06/2026):")
    assert "4/10 tiêu chí" in after.text and "Chưa đạt: 4. Đào tạo nguồn nhân lực" in after.text
    assert "• 2.1: đạt (nhóm 3: ≥ 70%)" in after.text
    average = await ask(ctx, "bình quân tiêu chí các xã hiện nay", chat="a")
    assert "kỳ 2026: 4,33 tiêu chí đạt/xã" in average.text and "3/61 xã" in average.text
    coverage = await ask(ctx, "bao nhiêu xã đã có số liệu 2026", chat="b")
    assert "kỳ 2026: 3/61 xã có hiện trạng" in coverage.text and "Xã Đoàn Kết" in coverage.text
    assert "Xã Ba Sơn" not in coverage.text
    plan = await ask(ctx, "Xã Nhân Lý còn thiếu tiêu chí nào?", chat="c")
    assert "còn thiếu 9/19 tiêu chí" in plan.text  # the 2023 plan answers as before


async def test_bad_rows_are_refused_each_with_its_reason(ctx: Ctx, tmp_path: Path) -> None:
    """Unknown unit, Tĩnh Bắc in 2026, indicator 2.9, a xã without a group, criterion 11,
    a date outside the period: each line refused; the good line is not written either."""
    await _load_set_and_groups(ctx)
    path = tmp_path / "bad.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                "Ba Sơn,ntm_2026,1,1,2026-06-30,x,2026,",
                "Xã Không Có,ntm_2026,1,1,2026-06-30,x,2026,",
                "Tĩnh Bắc,ntm_2026,1,1,2026-06-30,x,2026,",
                "Ba Sơn,ntm_2026,2,1,2026-06-30,x,2026,2.9",
                "Kiên Mộc,ntm_2026,2,1,2026-06-30,x,2026,2.1",
                "Ba Sơn,ntm_2026,11,1,2026-06-30,x,2026,",
                "Ba Sơn,ntm_2026,1,1,2027-01-31,x,2026,",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    before = await _status_rows(ctx)
    report = await import_csv(ctx.db, path, dry_run=False, now=NOW, timeline=ctx.timeline)
    reasons = dict(report.refused)
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8]
    assert "không tìm thấy xã 'Xã Không Có'" in reasons[3]
    assert (
        "Xã Tĩnh Bắc (Huyện Lộc Bình) không còn sau 30/11/2024 (nay thuộc Xã Khuất Xá)"
        in (reasons[4])
    )
    assert "chỉ tiêu '2.9' không có" in reasons[5]
    assert "chưa có nhóm" in reasons[6]
    assert "tiêu chí '11' không có trong bộ ntm_2026" in reasons[7]
    assert "không thuộc kỳ 2026" in reasons[8]
    assert await _status_rows(ctx) == before


async def test_a_target_missing_for_the_xas_group_is_refused(ctx: Ctx, tmp_path: Path) -> None:
    """An indicator loaded without a target for group 1 cannot take Tuấn Sơn's (group 1) row."""
    await _load_set_and_groups(ctx)
    await ctx.db.execute("DELETE FROM indicator_target WHERE indicator = '2.1' AND xa_group = 1")
    path = tmp_path / "t.csv"
    path.write_text(HEADER + "\nTuấn Sơn,ntm_2026,2,1,2026-06-30,x,2026,2.1\n", encoding="utf-8")
    report = await import_csv(ctx.db, path, dry_run=False, now=NOW, timeline=ctx.timeline)
    assert report.refused == [(2, "chỉ tiêu 2.1 chưa có mức đạt cho nhóm 1")]


async def test_status_comes_from_xlsx_too(ctx: Ctx, tmp_path: Path) -> None:
    """A spreadsheet of the same columns imports like the CSV (dates as real date cells)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER.split(","))
    sheet.append(["Khuất Xá", "ntm_2026", 1, 1, date(2026, 6, 30), "made up", "2026", None])
    path = tmp_path / "s.xlsx"
    book.save(path)
    report = await import_csv(ctx.db, path, dry_run=False, now=NOW, timeline=ctx.timeline)
    assert report.ok and report.applied == 1, report.describe()
