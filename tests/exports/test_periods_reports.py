"""Completeness and field-report exports from reports made in the test; who may export what."""

from __future__ import annotations

import contextlib

import pytest

from bot.context import Ctx
from handlers.export_kinds import NoData, Request
from handlers.export_tables import Refused, parse_span
from tests.exports.conftest import Clock, all_forms, made, registered, stored
from tests.workflows.conftest import CHI_LANG, HOANG_DONG, NHAN_LY, PROVINCE, VAN_AN
from tests.workflows.test_cadence import local, send_monthly


async def test_completeness_export_per_commune_on_time_and_version(ctx: Ctx, clock: Clock) -> None:
    """October: Nhân Lý late (sent 5/11), twice; November: on time; Vân An never."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    clock.now = local(2023, 11, 5, 9)
    await send_monthly(official, command="/baocao tháng 10")
    await send_monthly(official, "Sửa lại", command="/baocao tháng 10")
    clock.now = local(2023, 11, 20, 9)
    await send_monthly(official)

    october = await all_forms(ctx, Request("completeness", CHI_LANG, parse_span("2023-10")))
    for fmt in ("xlsx", "csv", "json"):
        rows = {str(r["code"]): r for r in october[fmt]}
        assert len(rows) == 18, fmt
        assert rows[NHAN_LY]["reported"] == "có"
        assert str(rows[NHAN_LY]["version"]) == "2"
        assert str(rows[NHAN_LY]["first_sent"]).startswith("2023-11-05")
        assert rows[NHAN_LY]["timing"] == "muộn"
        assert rows[VAN_AN]["reported"] == "chưa"
        assert rows[VAN_AN]["version"] in (None, "")
    quarter = (await all_forms(ctx, Request("completeness", CHI_LANG, parse_span("2023-Q4"))))[
        "json"
    ]
    assert len(quarter) == 3 * 18
    november = next(r for r in quarter if r["period"] == "2023-11" and r["code"] == NHAN_LY)
    assert november["timing"] == "đúng hạn" and november["version"] == 1
    with pytest.raises(NoData):
        await made(ctx, Request("completeness", CHI_LANG, parse_span("2023-09")))


async def test_reports_export_filters_by_review_state(ctx: Ctx, clock: Clock) -> None:
    """Three reports: one approved, one rejected, one pending; each filter finds its own."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY, "Lý Thị Mai")
    officer = await registered(ctx, "u-dist", "district_officer", CHI_LANG, "Hoàng Văn Nam")
    ids = []
    for criterion in (2, 4, 5):
        await official.one(f"/capnhat tc {criterion} đã đạt")
        await official.one(button="flow:next")
        ids.append(int((await official.one(button="up:ok")).data["report"]))
    await officer.say(button=f"rv:ok:{ids[0]}")
    await officer.say(button=f"rv:no:{ids[1]}")
    await officer.one("Thiếu biên bản nghiệm thu")

    november = parse_span("2023-11")
    every = await all_forms(ctx, Request("reports", CHI_LANG, november))
    assert [int(r["id"]) for r in every["csv"]] == ids
    for state, expected, criterion in (
        ("approved", ids[0], 2),
        ("rejected", ids[1], 4),
        ("pending", ids[2], 5),
    ):
        forms = await all_forms(ctx, Request("reports", NHAN_LY, november, state))
        for fmt in ("xlsx", "csv", "json"):
            rows = forms[fmt]
            assert [int(r["id"]) for r in rows] == [expected], (fmt, state)
            assert int(rows[0]["criterion"]) == criterion and rows[0]["reporter"] == "Lý Thị Mai"
            assert rows[0]["reported"] == "đạt"
    rejected = (await all_forms(ctx, Request("reports", NHAN_LY, november, "rejected")))["xlsx"]
    assert rejected[0]["reason"] == "Thiếu biên bản nghiệm thu"
    assert rejected[0]["reviewer"] == "Hoàng Văn Nam"
    assert str(rejected[0]["sent"]) == "2023-11-15"
    with pytest.raises(NoData):
        await made(ctx, Request("reports", NHAN_LY, parse_span("2023-10")))


async def test_exports_follow_the_history_rules(ctx: Ctx, clock: Clock) -> None:
    """A xã official gets their xã only; a district officer their district; the plan is open."""
    official = await stored(ctx, await registered(ctx, "u-xa", "xa_official", NHAN_LY))
    officer = await stored(ctx, await registered(ctx, "u-d", "district_officer", CHI_LANG))
    coordinator = await stored(ctx, await registered(ctx, "u-c", "province_coordinator", PROVINCE))
    department = await stored(ctx, await registered(ctx, "u-s", "department", PROVINCE))
    allowed = [
        (official, "status", NHAN_LY),
        (official, "plan", PROVINCE),
        (officer, "status", CHI_LANG),
        (officer, "status", VAN_AN),
        (coordinator, "status", HOANG_DONG),
        (coordinator, "status", PROVINCE),
        (department, "plan", PROVINCE),
    ]
    refused = [
        (official, "status", VAN_AN),
        (official, "status", CHI_LANG),
        (official, "completeness", PROVINCE),
        (officer, "status", HOANG_DONG),
        (officer, "status", PROVINCE),
        (department, "status", NHAN_LY),
    ]
    for person, kind, unit in allowed:
        with contextlib.suppress(NoData):  # allowed, just nothing recorded
            await made(ctx, Request(kind, unit), person)
    for person, kind, unit in refused:
        with pytest.raises(Refused):
            await made(ctx, Request(kind, unit), person)


def test_periods_are_read_strictly() -> None:
    """YYYY-MM, YYYY-QN and YYYY; anything else is refused."""
    assert parse_span("2023-11").last.isoformat() == "2023-11-30"
    assert parse_span("2023-Q1").last.isoformat() == "2023-03-31"
    assert parse_span("2024").first.isoformat() == "2024-01-01"
    assert [m.code for m in parse_span("2023-q4").months()] == ["2023-10", "2023-11", "2023-12"]
    for bad in ("2023-13", "2023-Q5", "11/2023", "", "2023-1-1"):
        with pytest.raises(ValueError):
            parse_span(bad)
