"""The skeleton both Zalo adapters answer events with (ZaloEvents, bot/zalo/common.py), on a
real database with the real Answerer: a reply the channel refuses is given up (the rest not sent,
a redelivery sends nothing); a failure before sending is logged with the event and leaves the
replies kept, so a redelivery sends them without answering again."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot.answering import Kind
from bot.context import Ctx
from bot.flood import FloodGate
from bot.zalo.common import Inbound, ZaloEvents
from vocab.i18n import Translator
from vocab.messages import Incoming, Reply

EVENT = Inbound(Incoming("zalo", "c1", "u1", "m1", "bq tc toàn tỉnh"), "m:m1", Kind.TEXT)


class Recording(ZaloEvents[str]):
    """ZaloEvents whose own steps record: the items are the replies' texts, each one tried is
    noted, a refused one is not sent, and preparing fails while `broken`."""

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx, self.answer, FloodGate(), "zalo", "Zalo test")
        self.answered = 0
        self.tried: list[str] = []
        self.refused: set[str] = set()
        self.broken = False

    async def answer(self, incoming: Incoming, ctx: Ctx) -> list[Reply]:
        """The router's stand-in: two replies, counted."""
        self.answered += 1
        return [Reply("một"), Reply("hai")]

    def parse(self, body: Any) -> Inbound | None:
        """Take an Inbound as it is."""
        return body if isinstance(body, Inbound) else None

    def describe(self, inbound: Inbound) -> str:
        """Name the event by its message id."""
        return f"message {inbound.incoming.message_id}"

    async def prepare(self, chat_id: str, replies: list[Reply], t: Translator) -> list[str]:
        """Return the texts, or fail while broken."""
        if self.broken:
            raise RuntimeError("the menu could not be saved")
        return [reply.text for reply in replies]

    async def deliver(self, chat_id: str, item: str, t: Translator, what: str) -> bool:
        """Note the try; refuse the refused."""
        self.tried.append(item)
        return item not in self.refused


async def test_a_refused_reply_is_given_up_with_the_rest_and_not_sent_again(ctx: Ctx) -> None:
    """The first reply refused: the second is not tried; a redelivery tries nothing."""
    events = Recording(ctx)
    events.refused.add("một")
    await events.receive(EVENT)
    assert events.tried == ["một"]
    await events.receive(EVENT)
    assert events.tried == ["một"] and events.answered == 1
    await events.receive("not an event")
    assert events.tried == ["một"]


async def test_a_failure_before_sending_keeps_the_replies_for_a_redelivery(
    ctx: Ctx, caplog: pytest.LogCaptureFixture
) -> None:
    """Preparing fails: nothing is sent and the failure is logged with the event; redelivered,
    the kept replies are sent without a second answer, and once sent, never again."""
    caplog.set_level(logging.ERROR, logger="bot.zalo.common")
    events = Recording(ctx)
    events.broken = True
    await events.receive(EVENT)
    assert events.tried == [] and events.answered == 1
    assert "could not answer message m1" in caplog.text
    events.broken = False
    await events.receive(EVENT)
    assert events.tried == ["một", "hai"] and events.answered == 1
    await events.receive(EVENT)
    assert events.tried == ["một", "hai"]
