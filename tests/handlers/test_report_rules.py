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
