"""Workflows on today's units: an official of a new xã is named by it, and without districts
the xã's reports go to the province coordinators, or to the reviewers assigned to that xã."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bot.context import Ctx
from store.criteria_import import find_today, import_criteria, import_groups, today_xa
from store.people_in_time import assign_reviewer
from tests.workflows.conftest import PROVINCE, Person, registered

DAY = date(2026, 11, 29)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _today(ctx: Ctx, name: str) -> str:
    key = find_today(ctx.timeline, today_xa(ctx.timeline, DAY), name)
    assert isinstance(key, str)
    return key


async def _report(official: Person) -> int:
    start = await official.one("/capnhat")
    assert start.data == {"step": "set"} and "Xã Ba Sơn" in start.text and "@" not in start.text
    await official.one(button="up:set:ntm_2026")
    await official.one(button="up:crit:2")
    await official.one(button="up:met:1")
    await official.one("Ghi chú")
    await official.one(button="flow:next")
    sent = await official.one(button="up:ok")
    assert sent.intent == "update_sent"
    return int(sent.data["report"])


async def _notified(ctx: Ctx) -> list[str]:
    rows = await ctx.db.fetch_all("SELECT chat_id FROM outbox ORDER BY id")
    return [str(r[0]) for r in rows]


async def test_a_new_xa_reports_to_the_coordinators(ctx: Ctx) -> None:
    """No district since July 2025: a Ba Sơn report goes to every province coordinator."""
    official = await registered(ctx, "u-xa", "xa_official", _today(ctx, "Ba Sơn"))
    await registered(ctx, "u-tinh-1", "province_coordinator", PROVINCE)
    await registered(ctx, "u-tinh-2", "province_coordinator", PROVINCE)
    await _report(official)
    assert sorted(await _notified(ctx)) == ["chat-u-tinh-1", "chat-u-tinh-2"]


async def test_an_assigned_reviewer_gets_the_xas_reports_alone(ctx: Ctx) -> None:
    """With a reviewer assigned to Ba Sơn (ntm-bot reviewers assign), only they are told."""
    ba_son = _today(ctx, "Ba Sơn")
    official = await registered(ctx, "u-xa", "xa_official", ba_son)
    await registered(ctx, "u-tinh-1", "province_coordinator", PROVINCE)
    await registered(ctx, "u-tinh-2", "province_coordinator", PROVINCE)
    second = int(next(iter(await ctx.db.fetch_all("SELECT max(id) FROM person")))[0])
    assert await assign_reviewer(ctx.db, ba_son, second, "2026-11-29T00:00:00+00:00")
    await _report(official)
    assert await _notified(ctx) == ["chat-u-tinh-2"]


async def test_a_field_report_under_the_new_set_names_an_indicator_and_its_group_target(
    ctx: Ctx,
) -> None:
    """Ba Sơn (group 3, made-up TEST FIXTURE targets) reports indicator 2.1 of the 2026-2030
    set: the steps show group 3's target; once approved, its own 2026 status shows it."""
    fixtures = FIXTURES
    now = "2026-07-01T00:00:00+00:00"
    loaded = await import_criteria(
        ctx.db, fixtures / "criteria_2026_made_up.csv", dry_run=False, now=now
    )
    groups = await import_groups(
        ctx.db, fixtures / "groups_made_up.csv", ctx.timeline, day=DAY, dry_run=False, now=now
    )
    assert loaded.ok and groups.ok
    official = await registered(ctx, "u-xa", "xa_official", _today(ctx, "Ba Sơn"))
    coordinator = await registered(ctx, "u-tinh", "province_coordinator", PROVINCE)
    start = await official.one("/capnhat")
    assert [c.data for c in start.choices[:-1]] == ["up:set:ntm_2026"]
    await official.one(button="up:set:ntm_2026")
    ask_indicator = await official.one(button="up:crit:2")
    assert ask_indicator.data == {"step": "indicator", "group": 3}
    assert "2.1 Chỉ tiêu thử B (TEST FIXTURE: made up): nhóm 3: ≥ 70%" in ask_indicator.text
    met = await official.one(button="up:ind:2.1")
    assert met.data == {"step": "met"} and "nhóm 3: ≥ 70%" in met.text
    await official.one(button="up:met:1")
    await official.one("Đã đạt theo biên bản")
    confirm = await official.one(button="flow:next")
    assert "Chỉ tiêu 2.1" in confirm.text and "nhóm 3: ≥ 70%" in confirm.text
    sent = await official.one(button="up:ok")
    report = int(sent.data["report"])
    approved = await coordinator.one(button=f"rv:ok:{report}")
    assert approved.intent != "forbidden", approved.text
    rows = list(
        await ctx.db.fetch_all(
            "SELECT set_code, criterion, indicator, period, met FROM status WHERE source = ?",
            (f"#{report}",),
        )
    )
    assert [tuple(r) for r in rows] == [("ntm_2026", 2, "2.1", "2026", 1)]
    answer = await official.one("Ba Sơn còn thiếu tiêu chí nào")
    assert "kỳ 2026" in answer.text and "• 2.1: đạt (nhóm 3: ≥ 70%)" in answer.text


async def test_completeness_since_july_2025_counts_the_xa_of_the_day(ctx: Ctx) -> None:
    """November 2026: one province-wide row over the 61 xã of today; Ba Sơn's monthly report
    counts; a month of 2023 still counts the plan's xã per district."""
    from datetime import UTC, datetime

    ctx.clock = lambda: datetime(2026, 11, 10, 2, 0, tzinfo=UTC)
    official = await registered(ctx, "u-xa", "xa_official", _today(ctx, "Ba Sơn"))
    coordinator = await registered(ctx, "u-tinh", "province_coordinator", PROVINCE)
    before = await coordinator.one("tháng này xã nào chưa báo cáo")
    assert (before.data["reported"], before.data["expected"]) == (0, 61)
    assert "Tỉnh Lạng Sơn: 0/61 xã" in before.text
    await official.one("/baocao")
    await official.one("Đã họp dân, hoàn thiện hồ sơ")
    await official.one(button="flow:next")
    sent = await official.one(button="rp:ok")
    assert sent.intent != "forbidden", sent.text
    after = await coordinator.one("tháng này xã nào chưa báo cáo")
    assert (after.data["reported"], after.data["expected"]) == (1, 61)
    old = await coordinator.one("tháng 11/2023 xã nào chưa báo cáo")
    assert old.data["expected"] == 181 and "Huyện Tràng Định" in old.text


def test_expected_xa_follow_the_units_of_each_month(ctx: Ctx) -> None:
    """November 2024: the plan's 181 xã (21 in Tràng Định); June 2025: the 175 xã left after the
    December 2024 mergers (19 in Tràng Định); July 2025: the 61 xã of that day, and a district
    expects none (completeness, charts and the digest count by month)."""
    from handlers.completeness import expected_communes
    from handlers.periods import Period

    province, district = ctx.gazetteer.places["20"], ctx.gazetteer.places["180"]
    november, june, july = (Period("monthly", y, m) for y, m in ((2024, 11), (2025, 6), (2025, 7)))
    assert len(expected_communes(ctx, november, province)) == 181
    assert len(expected_communes(ctx, november, district)) == 21
    assert len(expected_communes(ctx, june, province)) == 175
    assert len(expected_communes(ctx, june, district)) == 19
    assert len(expected_communes(ctx, july, province)) == 61
    assert expected_communes(ctx, july, district) == set()


async def test_first_of_the_month_after_july_2025_tells_coordinators_not_districts(
    ctx: Ctx,
) -> None:
    """1 December 2026: a district officer gets no late list (no districts since July 2025);
    the coordinator's table counts the 61 xã of November 2026, Ba Sơn's report included."""
    from datetime import UTC, datetime

    from bot.scheduler import latest_fire
    from handlers.reminders import run_due
    from store.outbox import reply_from_json
    from tests.workflows.conftest import CHI_LANG

    now = {"at": datetime(2026, 11, 10, 2, 0, tzinfo=UTC)}
    ctx.clock = lambda: now["at"]
    official = await registered(ctx, "u-xa", "xa_official", _today(ctx, "Ba Sơn"))
    await registered(ctx, "u-huyen", "district_officer", CHI_LANG)
    await registered(ctx, "u-tinh", "province_coordinator", PROVINCE)
    await official.one("/baocao")
    await official.one("Báo cáo tháng 11")
    await official.one(button="flow:next")
    await official.one(button="rp:ok")
    now["at"] = datetime(2026, 12, 1, 1, 30, tzinfo=UTC)  # 08:30 in Vietnam
    ran = await run_due(ctx, latest_fire)
    assert ran.get("tinh_tong_hop") == 1 and not ran.get("huyen_tre_han")
    rows = await ctx.db.fetch_all("SELECT chat_id, body FROM outbox ORDER BY id")
    texts = {str(c): reply_from_json(str(b)).text for c, b in rows}
    assert "chat-u-huyen" not in texts
    assert "Tỉnh Lạng Sơn: 1/61 xã đã báo cáo tháng 11/2026" in texts["chat-u-tinh"]
