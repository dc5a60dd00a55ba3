"""The Telegram sender's error mapping and the paced rate limiter's two lanes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any

import pytest
from telegram import Bot
from telegram.error import BadRequest, NetworkError, RetryAfter

from bot.delivery import RetryLater, Undeliverable
from bot.pacing import Lane, Limits, Pacer, bulk_send
from bot.telegram.pacing import PacedRateLimiter
from bot.telegram.sender import TelegramSender
from tests.fakes.bot_api import FakeBotApi
from vocab.messages import Reply

TOKEN = "555000222:SENDER-test-token"


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi(token=TOKEN) as fake:
        yield fake


@pytest.fixture
async def sender(api: FakeBotApi) -> AsyncIterator[TelegramSender]:
    async with Bot(TOKEN, base_url=api.base_url, base_file_url=api.file_base_url) as bot:
        yield TelegramSender(bot)


async def test_errors_map_to_the_delivery_protocol(
    sender: TelegramSender, api: FakeBotApi
) -> None:
    """403 and 'chat not found' are Undeliverable, a 429 is RetryLater with its seconds, a 5xx
    stays a NetworkError (transient for the courier); a chat id that is no number is
    Undeliverable without a request."""
    await sender.send("11", Reply("Xin chào"))
    api.block_chat(12, "Forbidden: user is deactivated")
    with pytest.raises(Undeliverable, match="deactivated"):
        await sender.send("12", Reply("x"))
    api.lose_chat(13)
    with pytest.raises(Undeliverable, match="not found"):
        await sender.send("13", Reply("x"))
    api.inject_429("sendMessage", retry_after=7)
    with pytest.raises(RetryLater) as waited:
        await sender.send("11", Reply("x"))
    assert waited.value.seconds == 7.0
    api.inject_5xx("sendMessage", status=502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await sender.send("11", Reply("x"))
    api.inject_5xx("sendMessage", status=500)
    with pytest.raises(NetworkError):
        await sender.send("11", Reply("x"))
    with pytest.raises(Undeliverable, match="not a Telegram chat id"):
        await sender.send("@someone", Reply("x"))
    assert api.sends_per_chat() == {11: 1}
    assert sender.channel == "telegram"


class Flaky:
    """A Bot API call (PTB's _do_post) that fails with given errors before succeeding."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self, *args: Any, **kwargs: Any) -> bool:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return True


def limiter(longest_hold: float = 300.0) -> PacedRateLimiter:
    """A paced limiter on an injected clock, retrying network errors at once."""
    now = [100.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    pacer = Pacer(Limits(), clock=lambda: now[0], sleep=sleep)
    return PacedRateLimiter(pacer, backoff=(0, 0), longest_hold=longest_hold)


async def through(limiter: PacedRateLimiter, call: Flaky, chat: int | None = 5) -> Any:
    data = {} if chat is None else {"chat_id": chat}
    return await limiter.process_request(call, (), {}, "sendMessage", data, None)


async def test_a_reply_is_paced_and_retried_and_holds_the_chat_on_429() -> None:
    """Outside bulk_send a request books the reply lane, a 429 holds the chat and is retried,
    network errors are retried."""
    paced = limiter()
    flaky = Flaky(RetryAfter(timedelta(seconds=0)), NetworkError("Bad Gateway"))
    assert await through(paced, flaky) is True and flaky.calls == 3
    assert paced.pacer.booked == {Lane.REPLY: 3, Lane.BULK: 0}  # every try was paced
    assert await through(paced, Flaky(), chat=None) is True  # no chat: not paced
    assert paced.pacer.booked[Lane.REPLY] == 3
    assert "replies first" in paced.describe()


async def test_a_reply_waits_out_every_429_and_holds_only_its_chat(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Ten 429s in a row: the reply still goes, after waiting out each retry_after (one cut to
    the ceiling, which is logged); the hold concerns its own chat only."""
    paced = limiter(longest_hold=60.0)
    clock = paced.pacer.clock
    started = clock()
    stubborn = Flaky(*[RetryAfter(timedelta(seconds=4))] * 9, RetryAfter(timedelta(hours=1)))
    with caplog.at_level("INFO", logger="bot.telegram.pacing"):
        assert await through(paced, stubborn) is True
    assert stubborn.calls == 11
    assert clock() - started == pytest.approx(9 * 4 + 60)
    assert sum("Telegram asked to wait" in r.message for r in caplog.records) == 10
    assert any("the ceiling" in r.message for r in caplog.records)
    one = limiter()
    with pytest.raises(RetryAfter), bulk_send():
        await through(one, Flaky(RetryAfter(timedelta(seconds=4))))
    assert one.pacer.ready_in("5") == pytest.approx(4.0)  # broadcasts to it wait too
    assert one.pacer.ready_in("6") == 0.0  # other chats do not


async def test_a_429_naming_no_chat_holds_every_chat() -> None:
    """A 429 to a request without a chat (the whole bot's limit) holds every chat."""
    paced = limiter()
    clock = paced.pacer.clock
    started = clock()
    assert await through(paced, Flaky(RetryAfter(timedelta(seconds=7))), chat=None) is True
    assert clock() - started == pytest.approx(7.0)
    paced.pacer.hold_all(3)
    assert paced.pacer.ready_in("5") == pytest.approx(3.0)
    assert paced.pacer.ready_in("6") == pytest.approx(3.0)


async def test_a_broadcast_request_is_sent_once_and_prepaid() -> None:
    """Inside bulk_send the first request uses the courier's booking, later ones book the
    broadcast lane, and failures go straight back to the courier (held on a 429)."""
    paced = limiter()
    with bulk_send():
        assert await through(paced, Flaky()) is True
        assert await through(paced, Flaky(), chat=6) is True
    assert paced.pacer.booked == {Lane.REPLY: 0, Lane.BULK: 1}
    failing = Flaky(NetworkError("Bad Gateway"))
    with bulk_send(), pytest.raises(NetworkError):
        await through(paced, failing)
    assert failing.calls == 1
    with bulk_send(), pytest.raises(RetryAfter):
        await through(paced, Flaky(RetryAfter(timedelta(seconds=9))), chat=7)
    assert paced.pacer.ready_in("7") == pytest.approx(9.0)
    with pytest.raises(BadRequest):
        await through(paced, Flaky(BadRequest("message is too long")))


async def test_a_reply_held_by_a_429_is_given_up_when_the_bot_stops() -> None:
    """Stopping the bot ends a reply's wait for a long retry_after at once (logged), instead
    of holding the shutdown for it."""
    paced = PacedRateLimiter(Pacer(Limits()))
    held = Flaky(RetryAfter(timedelta(seconds=60)))
    reply = asyncio.create_task(through(paced, held))
    await asyncio.sleep(0.2)
    assert held.calls == 1 and not reply.done()
    paced.stop_waiting()
    with pytest.raises(RetryAfter):
        await asyncio.wait_for(reply, 2)
    assert held.calls == 1
