"""Questions on how reporting works are answered from the rules the bot applies and the
reminder schedules stored, with the current period's dates; progress questions stay progress."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.context import Ctx
from handlers.periods import LOCK_DAYS, period_of
from handlers.today import today_of
from store.schedules import all_schedules, set_paused
from tests.conftest import ask

RULE_QUESTIONS = [
    "hạn nộp báo cáo tháng là ngày nào",
    "bc thang nop han chot ngay may",
    "nộp báo cáo trễ hạn có được không",
    "gửi sai báo cáo rồi sửa lại được không ạ",
    "bot nhắc nộp báo cáo vào những ngày nào",
    "báo cáo theo tháng hay theo quý vậy",
    "when is the monthly report due",
]


@pytest.mark.parametrize("text", RULE_QUESTIONS)
async def test_reporting_rules_in_any_words(ctx: Ctx, text: str) -> None:
    """The due day, the last day for late reports and corrections, and the reminders."""
    reply = await ask(ctx, text)
    month = period_of("monthly", today_of(ctx, ctx.clock()))
    last = month.due + timedelta(days=LOCK_DAYS)
    assert reply.intent == "report_how", reply.text
    assert month.due.strftime("%d/%m/%Y") in reply.text and last.strftime("%d/%m/%Y") in reply.text
    assert "/baocao" in reply.text and "/nhacnho" in reply.text


async def test_the_reminder_days_are_the_stored_schedules(ctx: Ctx) -> None:
    """The bundled xã reminders (day 20 and the last day) are said; paused, they are not."""
    said = await ask(ctx, "bot nhắc báo cáo ngày nào", chat="a")
    assert "ngày 20" in said.text and "ngày cuối" in said.text, said.text
    for schedule in await all_schedules(ctx.db):
        if schedule.audience == "xa_due":
            await set_paused(ctx.db, schedule.id, True, ctx.clock())
    paused = await ask(ctx, "bot nhắc báo cáo ngày nào", chat="b")
    assert "ngày 20" not in paused.text and "không có lịch nhắc" in paused.text, paused.text


@pytest.mark.parametrize(
    "text", ["những xã nào nộp bc muộn tháng này", "có bao nhiêu xã nộp báo cáo trễ hạn tháng 10"]
)
async def test_who_reported_late_is_progress_not_the_rule(ctx: Ctx, text: str) -> None:
    """'xã nào … muộn': who, from the reports received, not the rule on late reports."""
    reply = await ask(ctx, text)
    assert reply.intent == "completeness", reply.text


# (a question on reporting, what the answer must say): who approves, where reports go,
# registering (store.people.INVITE_DAYS, handlers.registration.MAX_FAILURES), the commands
HOW_TOPICS = [
    ("ai duyệt báo cáo tháng của xã vậy", ("được duyệt", "điều phối viên")),
    ("bc tiến độ nộp qua đâu hả bot", ("/baocao", "Zalo")),
    ("mã đăng ký của em có hạn bao lâu", ("/dangky", "7 ngày", "một lần")),
    ("capnhat với baocao khác gì nhau", ("/capnhat", "/baocao", "ngày cuối tháng")),
    ("cập nhật tiêu chí có cần đính kèm ảnh không", ("minh chứng",)),
    ("gõ sai mã mấy lần thì bị chặn", ("15 phút",)),
    ("got a registration code from the district, what do I do", ("/dangky",)),
    ("how do I turn off reminders for reports", ("/nhacnho",)),
    ("bot nhắc báo cáo mỗi tháng mấy lần vậy", ("ngày 20",)),
    ("báo cáo tháng cần ghi những mục gì", ("tiến độ",)),
]


@pytest.mark.parametrize(("text", "says"), HOW_TOPICS)
async def test_a_question_on_reporting_is_answered_on_what_it_asks(
    ctx: Ctx, text: str, says: tuple[str, ...]
) -> None:
    reply = await ask(ctx, text)
    assert reply.intent == "report_how", reply.text
    assert all(fact in reply.text for fact in says), reply.text


@pytest.mark.parametrize(
    ("text", "progress"),
    [
        ("xã Tân Văn gửi bc tháng này chưa nhỉ", True),
        ("ds xã chậm nộp báo cáo tháng này", True),
        ("huyện Văn Quan mấy xã nộp đúng hạn tháng 9", True),
        ("tiến độ bc tháng 9 huyện Văn Quan", True),
        ("gửi báo cáo tháng qua zalo được không", False),
        ("báo cáo tháng gồm những gì", False),
        ("báo cáo giúp anh tc 5 huyện Văn Quan bao nhiêu xã đạt", False),
        ("tắt tổng hợp tuần này giúp anh", False),
    ],
)
def test_who_has_reported_is_told_from_how_and_from_figures(text: str, progress: bool) -> None:
    from handlers.completeness import is_question

    assert is_question(text) is progress


async def test_progress_of_a_xa_of_today_and_of_a_former_district(ctx: Ctx) -> None:
    """Since July 2025: today's Khuất Xá (from Tam Gia and Khuất Xá), and the former Đình Lập
    district's xã of today (langson_units_2025-07_new.csv: Đình Lập, Thái Bình, Kiên Mộc, Châu
    Sơn all come from its xã)."""
    one = await ask(ctx, "xã Khuất Xá gửi báo cáo tháng này chưa", chat="k")
    assert one.intent == "completeness" and one.data["unit"] == "06565@2025-07-01", one.text
    former = await ask(ctx, "tháng này huyện Đình Lập còn xã nào chưa báo cáo", chat="d")
    assert former.intent == "completeness" and former.data["former"] == "189", former.text
    assert all(name in former.text for name in ("Thái Bình", "Kiên Mộc", "Châu Sơn")), former.text


async def test_progress_of_the_senders_own_xa(ctx: Ctx) -> None:
    """A registered official of Lâm Ca asking 'xã mình' gets Lâm Ca's report for a 2023 month."""
    from store.people import create_invite

    code = await create_invite(ctx.db, "xa_official", "06640", ctx.clock())
    await ask(ctx, f"/dangky {code}", chat="lc", user="lc")
    reply = await ask(ctx, "tháng 5/2023 xã mình nộp báo cáo chưa", chat="lc", user="lc")
    assert reply.intent == "completeness" and "Lâm Ca" in reply.text, reply.text


def test_a_period_compared_with_is_not_the_period_reported() -> None:
    """'giống tháng trước', 'so với tháng trước' compare; 'tháng trước' alone is last month."""
    from datetime import date

    from handlers.periods import mentioned

    today = date(2026, 11, 29)
    assert mentioned(
        "xã em tháng này báo cáo y như giống tháng trước", "monthly", today
    ) == period_of("monthly", today)
    assert mentioned("không đổi so với tháng trước", "monthly", today) is None
    assert (
        mentioned("báo cáo tháng trước", "monthly", today)
        == period_of("monthly", today).previous()
    )


async def test_whom_a_report_goes_to_names_who_approves(ctx: Ctx) -> None:
    """'gửi bc cho ai': the reviewers, else the coordinators of the province."""
    reply = await ask(ctx, "không còn huyện thì xã gửi báo cáo tháng cho ai")
    assert reply.intent == "report_how" and "điều phối viên tỉnh" in reply.text, reply.text
