"""The reporting cadence: periodic reports, completeness, reminders with an injected clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.context import Ctx
from bot.scheduler import latest_fire
from handlers.periods import Period
from handlers.reminders import due_runs, run_due
from store.conversation import load_versioned
from store.outbox import reply_from_json
from store.schedules import find_schedule
from tests.workflows.conftest import (
    CHI_LANG,
    HOANG_DONG,
    NHAN_LY,
    PROVINCE,
    VAN_AN,
    Clock,
    Person,
    count,
    registered,
)

VN = timedelta(hours=7)


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A Vietnam wall-clock time as an aware UTC datetime."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC) - VN


@pytest.fixture
def clock(ctx: Ctx) -> Clock:
    """Pin the clock to 15 November 2023, 09:00 in Vietnam."""
    fixed = Clock(local(2023, 11, 15, 9))
    ctx.clock = fixed
    return fixed


async def send_monthly(
    official: Person, note: str = "Đã làm xong 3 km đường", command: str = "/baocao"
) -> dict[str, object]:
    """Walk /baocao: every target answered 'in progress', a note, then send."""
    step = await official.one(command)
    while step.data.get("step") == "progress":
        step = await official.one(button="rp:p:ongoing")
    assert step.data == {"step": "notes"}
    await official.one(note)
    confirm = await official.one(button="flow:next")
    assert confirm.intent == "period_confirm"
    sent = await official.one(button="rp:ok")
    assert sent.intent == "period_sent", sent.text
    return dict(sent.data)


async def monthly_runs(ctx: Ctx) -> dict[str, int]:
    """run_due without the Monday digest (tested in tests/exports/test_digest.py)."""
    ran = await run_due(ctx, latest_fire)
    ran.pop("tong_hop_tuan", None)
    return ran


async def queued(ctx: Ctx) -> list[tuple[str, str, str]]:
    """(chat, kind, text) of every queued message."""
    rows = await ctx.db.fetch_all("SELECT chat_id, kind, body FROM outbox ORDER BY id")
    return [(str(c), str(k), reply_from_json(str(b)).text) for c, k, b in rows]


async def test_monthly_report_asks_progress_on_each_open_target(ctx: Ctx, clock: Clock) -> None:
    """Nhân Lý's nine 2023 targets are asked one by one; the report is on time, version 1."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    first = await official.one("/baocao")
    assert "tháng 11/2023" in first.text and "30/11/2023" in first.text
    asked = [first.data["criterion"]]
    step = first
    while True:
        step = await official.one(button="rp:p:done")
        if step.data.get("step") != "progress":
            break
        asked.append(step.data["criterion"])
    assert asked == [2, 4, 5, 6, 7, 10, 13, 15, 17]
    await official.one("Khó khăn: thiếu vốn đối ứng")
    confirm = await official.one(button="flow:next")
    assert "Giao thông: đã hoàn thành" in confirm.text and "/capnhat" in confirm.text
    sent = await official.one(button="rp:ok")
    assert sent.data == {"period": "2023-11", "version": 1, "on_time": True}
    assert "đúng hạn" in sent.text


async def test_correction_is_a_new_version_until_the_period_locks(ctx: Ctx, clock: Clock) -> None:
    """A second /baocao corrects (version 2); after the lock date nothing is accepted."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await send_monthly(official)
    clock.now = local(2023, 12, 5, 10)
    again = await official.one("/baocao tháng 11")
    assert "lần 2" in again.text
    while again.data.get("step") == "progress":
        again = await official.one(button="rp:p:done")
    await official.one("Bổ sung số liệu")
    await official.one(button="flow:next")
    corrected = await official.one(button="rp:ok")
    assert corrected.data == {"period": "2023-11", "version": 2, "on_time": True}
    clock.now = local(2023, 12, 11, 0, 1)
    closed = await official.one("/baocao tháng 11/2023")
    assert closed.intent == "period_closed" and "11/12/2023" in closed.text
    assert await count(ctx, "period_report") == 2


async def test_late_report_is_counted_late(ctx: Ctx, clock: Clock) -> None:
    """A first report after the due day is recorded as late."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    clock.now = local(2023, 12, 2, 8)
    step = await official.one("/baocao tháng trước")
    assert "tháng 11/2023" in step.text
    await official.one("/huy")
    sent = await send_monthly(official)
    assert sent["period"] == "2023-12"  # plain /baocao is for the current month
    await official.one("/baocao thang 11")
    while (step := await official.one(button="rp:p:ongoing")).data.get("step") == "progress":
        pass
    await official.one("Nộp muộn")
    await official.one(button="flow:next")
    late = await official.one(button="rp:ok")
    assert late.data == {"period": "2023-11", "version": 1, "on_time": False}


async def test_department_reports_quarterly(ctx: Ctx, clock: Clock) -> None:
    """A department's /baocao is for the quarter and needs a note."""
    from store.people import create_invite

    code = await create_invite(ctx.db, "department", PROVINCE, ctx.clock(), org="Sở Xây dựng")
    dept = Person(ctx, "u-so")
    assert (await dept.one(f"/dangky {code}")).intent == "registered"
    step = await dept.one("/baocao")
    assert "quý IV/2023" in step.text and "Sở Xây dựng" in step.text
    empty = await dept.one(button="flow:next")
    assert "Xin viết nội dung" in empty.text
    await dept.one("Đã hướng dẫn 5 xã về tiêu chí nhà ở")
    await dept.one(button="flow:next")
    sent = await dept.one(button="rp:ok")
    assert sent.data["period"] == "2023-Q4" and sent.data["version"] == 1


async def test_completeness_per_district_and_province(ctx: Ctx, clock: Clock) -> None:
    """'tiến độ báo cáo huyện Chi Lăng' counts the district's xã; anyone may ask."""
    await send_monthly(await registered(ctx, "u-1", "xa_official", NHAN_LY))
    await send_monthly(await registered(ctx, "u-2", "xa_official", VAN_AN))
    xa_in_chi_lang = [
        p for p in ctx.gazetteer.places.values() if p.parent_code == CHI_LANG and p.kind == "xa"
    ]
    asker = Person(ctx, "leader")
    district = await asker.one("tiến độ báo cáo huyện Chi Lăng")
    assert district.intent == "completeness"
    assert district.data["reported"] == 2 and district.data["expected"] == len(xa_in_chi_lang)
    assert (
        NHAN_LY not in district.data["missing"]
        and len(district.data["missing"]) == len(xa_in_chi_lang) - 2
    )
    assert f"2/{len(xa_in_chi_lang)} xã đã báo cáo tháng 11/2023" in district.text
    province = await asker.one("thang nay xa nao chua bao cao?")
    all_xa = [p for p in ctx.gazetteer.places.values() if p.kind == "xa"]
    assert province.data == {"period": "2023-11", "reported": 2, "expected": len(all_xa)}
    one = await asker.one("xã Hoàng Đồng đã báo cáo tháng 11 chưa")
    assert one.data["unit"] == HOANG_DONG and one.data["reported"] is False


def test_last_day_of_the_month_and_leap_years() -> None:
    """'last' fires on 30 Nov, 29 Feb 2024 and 28 Feb 2023, at 08:00 Vietnam time."""
    from store.schedules import Schedule

    last = Schedule(0, "x", "xa_due", "*", "last", 8, 0, (), "", False)
    grace = timedelta(days=40)
    assert latest_fire(last, "Asia/Ho_Chi_Minh", local(2023, 12, 1), grace) == local(
        2023, 11, 30, 8
    )
    assert latest_fire(last, "Asia/Ho_Chi_Minh", local(2024, 3, 1), grace) == local(2024, 2, 29, 8)
    assert latest_fire(last, "Asia/Ho_Chi_Minh", local(2023, 3, 1), grace) == local(2023, 2, 28, 8)
    assert Period("monthly", 2024, 2).due.day == 29


async def test_the_20th_reminds_only_those_who_still_owe(ctx: Ctx, clock: Clock) -> None:
    """On the 20th the xã that have not reported are reminded; opted-out people are not."""
    done = await registered(ctx, "u-done", "xa_official", NHAN_LY)
    await registered(ctx, "u-owes", "xa_official", VAN_AN)
    quiet = await registered(ctx, "u-quiet", "xa_official", HOANG_DONG)
    await send_monthly(done)
    assert (await quiet.one("/nhacnho tat")).intent == "reminders_off"
    clock.now = local(2023, 11, 20, 7, 59)
    assert await monthly_runs(ctx) == {}
    clock.now = local(2023, 11, 20, 8, 0)
    assert await monthly_runs(ctx) == {"xa_ngay_20": 1}
    [(chat, kind, text)] = await queued(ctx)
    assert chat == "chat-u-owes" and kind == "reminder"
    assert "Xã Vân An" in text and "tháng 11/2023" in text and "30/11/2023" in text
    assert await monthly_runs(ctx) == {}  # never twice
    clock.now = local(2023, 11, 30, 8, 0)
    assert await monthly_runs(ctx) == {"xa_han_chot": 1}


async def test_catch_up_once_within_grace_never_after(ctx: Ctx, clock: Clock) -> None:
    """A run missed while down is caught up once within the grace period, not later."""
    await registered(ctx, "u-owes", "xa_official", VAN_AN)
    clock.now = local(2023, 11, 20, 15)  # seven hours late, within the 12 h grace
    assert await monthly_runs(ctx) == {"xa_ngay_20": 1}
    assert await monthly_runs(ctx) == {}
    clock.now = local(2023, 12, 1, 21)  # 13 h after 1 Dec 08:00: too late to catch up
    due = {s.name for s, _ in await due_runs(ctx, ctx.clock(), latest_fire)}
    assert "huyen_tre_han" not in due and "tinh_tong_hop" not in due


async def test_first_of_the_month_tells_leaders_who_is_late(ctx: Ctx, clock: Clock) -> None:
    """On the 1st district officers get their late xã; the coordinator gets the table."""
    await send_monthly(await registered(ctx, "u-xa", "xa_official", NHAN_LY))
    await registered(ctx, "u-huyen", "district_officer", CHI_LANG)
    await registered(ctx, "u-tinh", "province_coordinator", PROVINCE)
    clock.now = local(2023, 12, 1, 8, 30)
    assert await monthly_runs(ctx) == {"huyen_tre_han": 1, "tinh_tong_hop": 1}
    texts = dict((chat, text) for chat, _, text in await queued(ctx))
    assert "Vân An" in texts["chat-u-huyen"] and "Nhân Lý" not in texts["chat-u-huyen"]
    assert "tháng 11/2023" in texts["chat-u-tinh"] and "Toàn tỉnh: 1/" in texts["chat-u-tinh"]


async def test_coordinators_manage_schedules(ctx: Ctx, clock: Clock) -> None:
    """/lich lists, pauses and runs schedules for coordinators only."""
    coordinator = await registered(ctx, "u-tinh", "province_coordinator", PROVINCE)
    official = await registered(ctx, "u-xa", "xa_official", VAN_AN)
    listed = await coordinator.one("/lich")
    assert "xa_ngay_20" in listed.data["schedules"] and "ngày cuối" in listed.text
    assert (await coordinator.one("/lich tamdung xa_ngay_20")).intent == "schedule_paused"
    paused = await find_schedule(ctx.db, "xa_ngay_20")
    assert paused is not None and paused.paused
    clock.now = local(2023, 11, 20, 8)
    assert await monthly_runs(ctx) == {}
    ran = await coordinator.one("/lich chay xa_ngay_20")
    assert ran.data == {"queued": 1}
    assert (await official.one("/lich")).intent == "forbidden"
    assert (await coordinator.one("/lich tieptuc xa_ngay_20")).intent == "schedule_paused"


async def test_run_now_twice_in_one_minute_queues_once(ctx: Ctx, clock: Clock) -> None:
    """A double press of 'run now' within a minute queues one set of reminders."""
    from handlers.reminders import run_schedule

    await registered(ctx, "u-owes", "xa_official", VAN_AN)
    schedule = await find_schedule(ctx.db, "xa_ngay_20")
    assert schedule is not None
    assert await run_schedule(ctx, schedule, clock.now, manual=True) == 1
    clock.now += timedelta(seconds=20)
    assert await run_schedule(ctx, schedule, clock.now, manual=True) is None
    assert await count(ctx, "outbox") == 1


async def test_a_monthly_report_typed_out_opens_the_report_with_it_kept(ctx: Ctx) -> None:
    """'báo cáo tháng này: …' from an official opens /baocao, the text kept as the note; a
    question about reports stays a question."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    typed = "báo cáo tháng này: đã bê tông 1,5 km đường thôn Bản Thín, tiêu chí 6 đang làm"
    opened = await official.one(typed)
    channel = official.channel or Person.default_channel
    state, _ = await load_versioned(ctx.db, channel, f"chat-{official.user}")
    assert "1,5 km" in str(state.get("flow")), (opened.text, state)
    asked = await Person(ctx, "u-lead").one("báo cáo tháng này xã nào chưa nộp")
    assert asked.intent == "completeness", asked.text
