"""The plan (appendix 6) and status exports, against the plan's printed figures."""

from __future__ import annotations

from bot.context import Ctx
from handlers.export_kinds import Request
from tests.exports.conftest import Clock, all_forms, as_date, registered
from tests.workflows.conftest import CHI_LANG, NHAN_LY

NHAN_LY_MISSING = [2, 4, 5, 6, 7, 10, 13, 15, 17]  # KH 18/KH-UBND, Phụ lục 1, TT 1


async def _printed(ctx: Ctx) -> dict[tuple[str, str], str]:
    rows = await ctx.db.execute_fetchall(
        "SELECT unit_code, what, text FROM plan_printed WHERE set_code = 'ntm'"
    )
    return {(str(u), str(w)): str(t) for u, w, t in rows}


def _number(printed: str) -> float:
    """The plan prints '2,422' for 2422 and '13.24' for 13,24."""
    return float(printed.replace(",", ""))


async def test_plan_export_gives_every_district_total_and_average_as_printed(ctx: Ctx) -> None:
    """Each district's appendix 6 total and average, and the province's, in all three forms."""
    printed = await _printed(ctx)
    forms = await all_forms(ctx, Request("plan"))
    districts = {u for u, w in printed if w == "average"}
    assert len(districts) == 12  # 11 districts and the province
    for fmt in ("xlsx", "csv", "json"):
        rows = {str(r["code"]): r for r in forms[fmt]}
        assert set(rows) == districts, fmt
        for code in districts:
            row = rows[code]
            assert float(row["total"]) == _number(printed[(code, "total")]), (fmt, code)
            assert round(float(row["average"]), 2) == float(printed[(code, "average")])
            assert str(row["printed_average"]) == printed[(code, "average")]
        for n in range(1, 20):
            assert float(rows["20"][f"c{n}"]) == _number(printed[("20", f"total_c{n}")])
    assert forms["xlsx"][-1]["total"] == 2422 and forms["xlsx"][-1]["average"] == 13.38
    assert forms["json"][0]["code"] == "178" and forms["json"][0]["c1"] == 3
    block = forms["block"]
    assert block[0][0] == forms["json_head"]["title"]
    assert "Phụ lục 6" in block[3][0] and "Tỉnh Lạng Sơn" in block[1][0]
    sheet = forms["xlsx_formats"]
    assert sheet.cell(9, 24).number_format == "#,##0.00"  # the average column
    assert sheet.cell(9, 3).number_format == "#,##0"


async def test_status_export_shows_nhan_ly_missing_nine_with_sources(ctx: Ctx) -> None:
    """Nhân Lý's row: 9 criteria not met (as printed), 10 met, the plan row as the source."""
    forms = await all_forms(ctx, Request("status", CHI_LANG))
    for fmt in ("xlsx", "csv", "json"):
        rows = {str(r["code"]): r for r in forms[fmt]}
        assert len(rows) == 18, fmt  # Chi Lăng's xã
        row = rows[NHAN_LY]
        missing = [n for n in range(1, 20) if row[f"c{n}"] == "chưa đạt"]
        met = [n for n in range(1, 20) if row[f"c{n}"] == "đạt"]
        assert missing == NHAN_LY_MISSING, fmt
        assert len(met) == 10 and int(row["met"]) == 10 and int(row["known"]) == 19
        assert "Phụ lục 1, TT 1 (31/12/2022)" in row["sources"]
        as_of = row["as_of"] if fmt == "xlsx" else as_date(row["as_of"])
        assert as_of.isoformat() == "2022-12-31"
    unknown = next(r for r in forms["json"] if r["code"] == "06469")  # Vân An: not in the plan
    assert unknown["known"] == 0 and unknown["met"] is None and unknown["c1"] is None


async def test_status_export_follows_an_approved_report_and_its_date(
    ctx: Ctx, clock: Clock
) -> None:
    """After an approved report, criterion 2 reads 'đạt' from the report; as of October not."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY, "Lý Thị Mai")
    officer = await registered(ctx, "u-dist", "district_officer", CHI_LANG, "Hoàng Văn Nam")
    await official.one("/capnhat tc 2 đã đạt")
    await official.one(button="flow:next")
    report = int((await official.one(button="up:ok")).data["report"])
    await officer.say(button=f"rv:ok:{report}")

    now = (await all_forms(ctx, Request("status", NHAN_LY)))["json"]
    assert now[0]["c2"] == "đạt" and now[0]["met"] == 11
    assert f"báo cáo hiện trường #{report} (15/11/2023): tiêu chí 2" in now[0]["sources"]
    assert now[0]["as_of"] == "2023-11-15"

    from handlers.export_tables import parse_span

    before = await all_forms(ctx, Request("status", NHAN_LY, parse_span("2023-10")))
    assert before["json"][0]["c2"] == "chưa đạt" and before["json"][0]["met"] == 10
    assert before["json_head"]["period"]["code"] == "2023-10"
