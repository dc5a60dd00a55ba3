"""The weekly digest: Monday 07:30, once per fire time, through the outbox, with a chart;
not to people who turned it off with /nhacnho."""

from __future__ import annotations

import io

from PIL import Image

from bot.context import Ctx
from bot.scheduler import latest_fire
from handlers.reminders import run_due, run_schedule
from store.outbox import reply_from_json
from store.schedules import find_schedule
from tests.exports.conftest import Clock, registered
from tests.workflows.conftest import CHI_LANG, CITY, NHAN_LY, PROVINCE
from tests.workflows.test_cadence import local, send_monthly


async def _queued(ctx: Ctx) -> dict[str, list[str]]:
    rows = await ctx.db.execute_fetchall(
        "SELECT chat_id, body FROM outbox WHERE kind = 'reminder' ORDER BY id"
    )
    found: dict[str, list[str]] = {}
    for chat, body in rows:
        found.setdefault(str(chat), []).append(str(body))
    return found


async def test_weekly_digest_once_with_figures_and_chart(ctx: Ctx, clock: Clock) -> None:
    """Week 13-19/11/2023: Nhân Lý reported (1/18 of Chi Lăng), criterion 2 approved; the
    digest reaches the Chi Lăng officer and the coordinator once, not the officer who said no."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    officer = await registered(ctx, "u-d", "district_officer", CHI_LANG)
    boss = await registered(ctx, "u-c", "province_coordinator", PROVINCE)
    quiet = await registered(ctx, "u-q", "district_officer", CITY)
    off = await quiet.one("/nhacnho tat tonghop")
    assert off.intent == "digest_off"
    assert "Tổng hợp tuần đang tắt" in (await quiet.one("/nhacnho")).text

    clock.now = local(2023, 11, 15, 9)
    await send_monthly(official)
    await official.one("/capnhat tc 2 đã đạt")
    await official.one(button="flow:next")
    report = int((await official.one(button="up:ok")).data["report"])
    clock.now = local(2023, 11, 16, 10)
    await officer.say(button=f"rv:ok:{report}")

    clock.now = local(2023, 11, 20, 7, 31)  # Monday
    ran = await run_due(ctx, latest_fire)
    assert ran == {"tong_hop_tuan": 2}
    queued = await _queued(ctx)
    assert set(queued) == {"chat-u-d", "chat-u-c"}
    district = reply_from_json(queued["chat-u-d"][0])
    assert district.text.startswith("Tổng hợp tuần 13/11 – 19/11/2023, Huyện Chi Lăng")
    assert "Báo cáo tháng 11/2023: 1/18 xã (5,6%), tuần này nhận 1 báo cáo." in district.text
    assert "Chậm báo cáo tháng 10/2023 (18 xã)" in district.text
    assert f"Xã Nhân Lý (Huyện Chi Lăng): tiêu chí 2 chưa đạt → đạt (báo cáo #{report})" in (
        district.text
    )
    assert district.attachment is not None and district.attachment.kind == "photo"
    picture = Image.open(io.BytesIO(district.attachment.data))
    picture.load()
    assert picture.size == (900, 600)
    province = reply_from_json(queued["chat-u-c"][0])
    assert "Tỉnh Lạng Sơn" in province.text and "1/181 xã" in province.text

    assert await run_due(ctx, latest_fire) == {}  # the same fire time again: nothing new
    schedule = await find_schedule(ctx.db, "tong_hop_tuan")
    assert schedule is not None and schedule.weekday == "mon"
    assert await run_schedule(ctx, schedule, local(2023, 11, 20, 7, 30)) is None
    assert sum(len(v) for v in (await _queued(ctx)).values()) == 2
    listed = await boss.one("/lich")
    assert "tong_hop_tuan: thứ Hai hằng tuần, 07:30" in listed.text


async def test_digest_not_due_on_other_days(ctx: Ctx, clock: Clock) -> None:
    """Tuesday morning: the Monday digest has already gone; nothing is due."""
    await registered(ctx, "u-c", "province_coordinator", PROVINCE)
    clock.now = local(2023, 11, 21, 7, 31)
    assert "tong_hop_tuan" not in await run_due(ctx, latest_fire)
