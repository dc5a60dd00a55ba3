"""import-criteria and import-groups: all rows or none, refusals row by row with reasons; the
answers about the 2026-2030 set say what is loaded and what is not. Figures are a made-up
TEST FIXTURE (tests/fixtures), never real targets."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from bot.context import Ctx
from store.criteria_import import import_criteria, import_groups
from store.criteria_sets import SET_2026, indicators_of
from store.plan_import import data_dir
from tests.conftest import ask

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOW = "2026-03-01T08:00:00+00:00"
TODAY = date(2026, 3, 1)
HEADER = (
    "criterion,criterion_name,indicator,indicator_name,target_group1,target_group2,target_group3"
)


async def _count(ctx: Ctx, table: str) -> int:
    rows = list(await ctx.db.fetch_all(f"SELECT count(*) FROM {table}"))
    return int(rows[0][0])


def _csv(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


async def test_the_bundled_placeholders_are_refused_row_by_row(ctx: Ctx, tmp_path: Path) -> None:
    """The reference table has '?' in every indicator cell: all 10 rows refused, nothing kept."""
    path = tmp_path / "ref.csv"
    shutil.copy(data_dir() / "criteria_2026_2030.csv", path)
    report = await import_criteria(ctx.db, path, dry_run=False, now=NOW)
    assert not report.ok and len(report.refused) == 10
    assert all("chỗ trống '?'" in reason for _, reason in report.refused)
    assert await _count(ctx, "indicator") == 0


async def test_a_file_loads_indicators_and_group_targets(ctx: Ctx) -> None:
    """Three made-up indicators load with their three group targets; a second load changes
    nothing new."""
    report = await import_criteria(
        ctx.db, FIXTURES / "criteria_2026_made_up.csv", dry_run=False, now=NOW
    )
    assert report.ok and report.applied == 3, report.describe()
    found = await indicators_of(ctx.db, SET_2026)
    assert [i.code for i in found] == ["1.1", "2.1", "2.2"]
    assert found[1].targets == {1: "≥ 90%", 2: "≥ 80%", 3: "≥ 70%"}
    again = await import_criteria(
        ctx.db, FIXTURES / "criteria_2026_made_up.csv", dry_run=False, now=NOW
    )
    assert again.ok and await _count(ctx, "indicator_target") == 9
    reply = await ask(ctx, "tiêu chí 2 bộ 2026-2030 gồm những chỉ tiêu nào")
    assert "2.1 Chỉ tiêu thử B" in reply.text and "nhóm 2: ≥ 80%" in reply.text
    overview = await ask(ctx, "bộ tiêu chí 2026-2030 có những tiêu chí nào")
    assert "Đã nạp 3/47 chỉ tiêu" in overview.text and "Chưa nạp" in overview.text


async def test_before_loading_answers_say_what_is_missing(ctx: Ctx) -> None:
    """No indicator is made up: the answer lists the 10 criteria and says 0/47 are loaded."""
    reply = await ask(ctx, "bo tieu chi nong thon moi giai doan 2026 2030")
    assert "10. Tiếp cận pháp luật và an ninh, quốc phòng" in reply.text
    assert "Đã nạp 0/47 chỉ tiêu" in reply.text and "Chưa nạp" in reply.text
    one = await ask(ctx, "tc 2 giai đoạn 2026-2030 có những chỉ tiêu nào")
    assert "Chưa nạp các chỉ tiêu của tiêu chí 2" in one.text


async def test_bad_rows_are_refused_with_reasons_and_nothing_is_written(
    ctx: Ctx, tmp_path: Path
) -> None:
    """Unknown criterion, an indicator under another criterion, a missing group target, a
    wrong criterion name and a duplicate: each refused on its line; the good row is not kept."""
    path = _csv(
        tmp_path,
        "bad.csv",
        [
            HEADER,
            "1,Quy hoạch,1.1,Tốt,a,b,c",
            "11,Không có,11.1,X,a,b,c",
            "2,Hạ tầng kinh tế - xã hội,3.1,X,a,b,c",
            "3,Phát triển kinh tế nông thôn,3.1,X,a,,c",
            "4,Y tế,4.1,X,a,b,c",
            "1,Quy hoạch,1.1,Lặp,a,b,c",
        ],
    )
    report = await import_criteria(ctx.db, path, dry_run=False, now=NOW)
    reasons = dict(report.refused)
    assert sorted(reasons) == [3, 4, 5, 6, 7]
    assert "tiêu chí '11' không có" in reasons[3]
    assert "phải có dạng 2.N" in reasons[4]
    assert "thiếu mức đạt cho nhóm xã 2" in reasons[5]
    assert "khác với tiêu chí 4" in reasons[6]
    assert "đã có ở dòng 2" in reasons[7]
    assert "Không ghi dòng nào" in report.describe()
    assert await _count(ctx, "indicator") == 0


async def test_xlsx_is_read_like_csv(ctx: Ctx, tmp_path: Path) -> None:
    """The same rows typed in a spreadsheet load the same; a dry run writes nothing."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER.split(","))
    sheet.append([2, "Hạ tầng kinh tế - xã hội", "2.1", "Chỉ tiêu thử", 90, 80, 70])
    path = tmp_path / "c.xlsx"
    book.save(path)
    dry = await import_criteria(ctx.db, path, dry_run=True, now=NOW)
    assert dry.ok and dry.accepted == 1 and await _count(ctx, "indicator") == 0
    report = await import_criteria(ctx.db, path, dry_run=False, now=NOW)
    assert report.ok and (await indicators_of(ctx.db, SET_2026))[0].targets[1] == "90"


async def test_groups_take_todays_xa_only(ctx: Ctx, tmp_path: Path) -> None:
    """Ba Sơn (a xã of today) gets group 3; Tĩnh Bắc (gone since 2024) and group 4 are refused
    and then nothing is written; a clean file loads and the answer names the group."""
    bad = _csv(
        tmp_path,
        "g.csv",
        ["unit,group,source", "Ba Sơn,3,made up", "Tĩnh Bắc,1,made up", "Khuất Xá,4,made up"],
    )
    report = await import_groups(ctx.db, bad, ctx.timeline, day=TODAY, dry_run=False, now=NOW)
    reasons = dict(report.refused)
    assert "không có xã 'Tĩnh Bắc' vào ngày 2026-03-01" in reasons[3]
    assert "nhóm '4'" in reasons[4]
    assert await _count(ctx, "xa_group") == 0
    good = _csv(tmp_path, "ok.csv", ["unit,group,source", "ba son,3,made up"])
    done = await import_groups(ctx.db, good, ctx.timeline, day=TODAY, dry_run=False, now=NOW)
    assert done.ok and done.applied == 1
    reply = await ask(ctx, "xã Ba Sơn thuộc nhóm mấy")
    assert "nhóm 3" in reply.text
