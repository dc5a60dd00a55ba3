"""An update's replies are kept with its key from the turn's commit until they are sent: a
redelivery after a crash in between gets them again; after sent(), a redelivery gets nothing."""

from __future__ import annotations

from bot.answering import Answerer, Kind
from bot.context import Ctx
from bot.flood import FloodGate, Verdict
from handlers.routing import handle
from vocab.messages import Incoming

QUESTION = Incoming("telegram", "c1", "u1", "m1", "Xã Nhân Lý còn thiếu tiêu chí nào?")


async def test_a_redelivered_update_gets_unsent_replies_and_nothing_once_sent(ctx: Ctx) -> None:
    """Answered (as if the process died before sending): the same key again gets the same
    replies without a second turn; once sent, the key again gets nothing."""
    answerer = Answerer(ctx, handle, FloodGate(), "telegram")
    first = await answerer.answer(QUESTION, Kind.TEXT, "u:1", "update 1", Verdict.ALLOW)
    assert first and "Nhân Lý" in first[0].text
    version = await ctx.db.fetch_value("SELECT version FROM conversation")
    again = await answerer.answer(QUESTION, Kind.TEXT, "u:1", "update 1", Verdict.ALLOW)
    assert [r.text for r in again] == [r.text for r in first]
    assert await ctx.db.fetch_value("SELECT version FROM conversation") == version  # no turn
    await answerer.sent("u:1")
    assert await answerer.answer(QUESTION, Kind.TEXT, "u:1", "update 1", Verdict.ALLOW) == []
