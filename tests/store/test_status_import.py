"""Status import from CSV: checked first, all rows or none, dry run, duplicates skipped."""

from __future__ import annotations

from pathlib import Path

from bot.context import Ctx
from store.status_import import import_csv
from tests.conftest import ask

HEADER = "unit,set,criterion,met,as_of,source\n"
GOOD = (
    "06496,ntm,2,1,2024-03-31,Báo cáo huyện Chi Lăng 12/BC\n"
    '"Nhân Lý, Chi Lăng",ntm,4,đạt,2024-03-31,Báo cáo huyện Chi Lăng 12/BC\n'
)


def _csv(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "status.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


async def _status_rows(ctx: Ctx) -> int:
    row = await ctx.db.fetch_one("SELECT count(*) FROM status")
    assert row is not None
    return int(row[0])


async def test_one_bad_row_applies_nothing_and_says_why(ctx: Ctx, tmp_path: Path) -> None:
    """A file with a bad row is refused whole, each refused row with its reason."""
    before = await _status_rows(ctx)
    body = (
        GOOD + "Mẫu Sơn,ntm,4,1,2024-03-31,x\n06496,ntm,99,1,2024-03-31,x\n06496,ntm,3,1,31/3,x\n"
    )
    report = await import_csv(ctx.db, _csv(tmp_path, body), dry_run=False, now="t")
    assert not report.ok and report.applied == 0
    reasons = dict(report.refused)
    assert "2 xã" in reasons[4] and "99" in reasons[5] and "YYYY-MM-DD" in reasons[6]
    assert await _status_rows(ctx) == before


async def test_dry_run_checks_but_writes_nothing(ctx: Ctx, tmp_path: Path) -> None:
    """--dry-run accepts good rows without writing them."""
    before = await _status_rows(ctx)
    report = await import_csv(ctx.db, _csv(tmp_path, GOOD), dry_run=True, now="t")
    assert report.ok and len(report.accepted) == 2 and report.applied == 0
    assert await _status_rows(ctx) == before


async def test_import_changes_answers_and_names_the_source(ctx: Ctx, tmp_path: Path) -> None:
    """After importing 2 and 4 as met, Nhân Lý lacks 7 criteria, citing the report's date."""
    report = await import_csv(ctx.db, _csv(tmp_path, GOOD), dry_run=False, now="t")
    assert report.applied == 2
    reply = await ask(ctx, "Nhân Lý còn thiếu gì")
    assert reply.data["lacking"] == [5, 6, 7, 10, 13, 15, 17]
    assert "2024-03-31" in reply.text and "12/BC" in reply.text


async def test_importing_the_same_file_twice_adds_nothing(ctx: Ctx, tmp_path: Path) -> None:
    """A second import of the same rows is recognised as duplicates."""
    path = _csv(tmp_path, GOOD)
    await import_csv(ctx.db, path, dry_run=False, now="t")
    after_first = await _status_rows(ctx)
    again = await import_csv(ctx.db, path, dry_run=False, now="t")
    assert again.duplicates == 2 and again.applied == 0
    assert await _status_rows(ctx) == after_first


async def test_missing_columns_are_reported(ctx: Ctx, tmp_path: Path) -> None:
    """A file without the required columns is refused with the missing names."""
    path = tmp_path / "bad.csv"
    path.write_text("xa,tieu_chi\n06496,2\n", encoding="utf-8")
    report = await import_csv(ctx.db, path, dry_run=False, now="t")
    assert report.refused and "unit" in report.refused[0][1]


async def test_status_changes_show_in_answers_given_before(ctx: Ctx, tmp_path: Path) -> None:
    """Status is never cached: an import, then a field report, change an answer already given."""
    assert (await ask(ctx, "Nhân Lý còn thiếu gì")).data["lacking"] == [
        2,
        4,
        5,
        6,
        7,
        10,
        13,
        15,
        17,
    ]
    assert (await ask(ctx, "Nhân Lý đạt tiêu chí nào", chat="c2")).data["count"] == 10
    await import_csv(ctx.db, _csv(tmp_path, GOOD), dry_run=False, now="t")
    assert (await ask(ctx, "Nhân Lý còn thiếu gì")).data["lacking"] == [5, 6, 7, 10, 13, 15, 17]
    await ctx.db.execute(
        "INSERT INTO status (unit_code, set_code, criterion, met, as_of, source_kind, source,"
        " recorded_at) VALUES ('06496', 'ntm', 5, 1, '2024-04-30', 'report', 'field report', 't')"
    )
    reply = await ask(ctx, "Nhân Lý còn thiếu gì")
    assert reply.data["lacking"] == [6, 7, 10, 13, 15, 17] and "field report" in reply.text
    assert (await ask(ctx, "Nhân Lý đạt tiêu chí nào", chat="c2")).data["count"] == 13
