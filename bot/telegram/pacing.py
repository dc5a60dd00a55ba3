"""PTB's rate limiter on our Pacer: replies and the courier's broadcasts share one set of limits.

Every Bot API request that names a chat passes PacedRateLimiter.process_request, so the pacer
counts all of them. A reply (any request outside bot.pacing.bulk_send) waits in the reply lane.
A request of the courier (inside bulk_send) was booked by the courier for its first part, later
parts book in the broadcast lane, and it is sent once: its errors go back to the courier, which
records them in the outbox and decides when to try again.

A 429 holds only the chat it answered (in the pacer, for replies and broadcasts alike), so
other chats go on being answered; a 429 to a request that names no chat is the whole bot's
and holds every chat. A reply is never given up because of 429s: it waits out each retry_after
(cut to LONGEST_HOLD, with a warning) and tries again, until the bot stops (stop_waiting):
then a reply still held by a 429 is given up, logged, so stopping is not delayed. Network
errors are retried with backoff (bot.retrying), bad requests are not.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Sequence
from datetime import timedelta
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

from bot.pacing import Lane, Pacer, bulk_ticket
from bot.retrying import BACKOFF, with_retries
from bot.telegram.retry import JSONResult

log = logging.getLogger(__name__)
LONGEST_HOLD = 300.0  # seconds: a longer retry_after is cut to this (and logged as such)
Callback = Callable[..., Coroutine[Any, Any, JSONResult]]


def retry_after_seconds(exc: RetryAfter) -> float:
    """Telegram's retry_after as seconds, whether PTB gives an int or a timedelta."""
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class PacedRateLimiter(BaseRateLimiter[int]):
    """Paces every request through the Pacer; holds per chat on 429; replies never give up."""

    def __init__(
        self,
        pacer: Pacer,
        backoff: Sequence[float] = BACKOFF,
        longest_hold: float = LONGEST_HOLD,
    ) -> None:
        self.pacer = pacer
        self.backoff = tuple(backoff)
        self.longest_hold = longest_hold
        self._stopping = asyncio.Event()

    def stop_waiting(self) -> None:
        """Give up replies held by a 429 from now on (the bot is stopping)."""
        self._stopping.set()

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        """Pace the request in its lane; retry a reply's failures, not a broadcast's."""
        chat_id = data.get("chat_id")
        chat = None if chat_id is None else str(chat_id)
        ticket = bulk_ticket()
        if ticket is not None and chat is not None:
            if not ticket.spend():
                await self.pacer.acquire(chat, Lane.BULK)
            return await self._once(chat, endpoint, callback, args, kwargs)
        return await with_retries(
            lambda: self._until_sent(chat, endpoint, callback, args, kwargs),
            (NetworkError,),
            lambda exc: (not isinstance(exc, BadRequest), None),
            endpoint,
            self.backoff,
        )

    async def _until_sent(
        self, chat: str | None, endpoint: str, callback: Callback, args: Any, kwargs: Any
    ) -> JSONResult:
        """Send in the reply lane, waiting out every 429's hold and trying again."""
        while True:
            if chat is None:
                await self.pacer.unheld()
            else:
                await self.pacer.acquire(chat, Lane.REPLY)
            try:
                return await self._once(chat, endpoint, callback, args, kwargs)
            except RetryAfter:
                # _once put the hold in the pacer; wait it out here, unless the bot stops
                held = self.pacer.ready_in(chat) if chat is not None else self.pacer.held_for()
                if not await self._slept(held):
                    log.warning("gave up a reply (%s, chat %s): stopping", endpoint, chat)
                    raise

    async def _slept(self, seconds: float) -> bool:
        """Sleep (the pacer's clock) unless the bot stops first; say whether it slept."""
        if self._stopping.is_set():
            return False
        sleep = asyncio.ensure_future(self.pacer.sleep(seconds))
        stopping = asyncio.ensure_future(self._stopping.wait())
        await asyncio.wait((sleep, stopping), return_when=asyncio.FIRST_COMPLETED)
        for task in (sleep, stopping):
            task.cancel()
        return not self._stopping.is_set()

    async def _once(
        self, chat: str | None, endpoint: str, callback: Callback, args: Any, kwargs: Any
    ) -> JSONResult:
        """Make the request; on a 429, hold its chat (or, naming none, every chat)."""
        try:
            return await callback(*args, **kwargs)
        except RetryAfter as exc:
            self._hold(chat, endpoint, retry_after_seconds(exc))
            raise

    def _hold(self, chat: str | None, endpoint: str, asked: float) -> None:
        seconds = min(asked, self.longest_hold)
        whom = "every chat" if chat is None else f"chat {chat}"
        if chat is None:
            self.pacer.hold_all(seconds)
        else:
            self.pacer.hold(chat, seconds)
        if asked > seconds:
            log.warning(
                "Telegram asked to wait %g s (%s, %s): holding it %g s, the ceiling, then trying"
                " again",
                asked,
                endpoint,
                whom,
                seconds,
            )
        else:
            log.info("Telegram asked to wait %g s (%s, %s): holding it", asked, endpoint, whom)

    def describe(self) -> str:
        """Say how this limiter is set up, for logs and benchmark output."""
        return (
            f"Pacer({self.pacer.limits.describe()}), replies first; a 429 holds its chat"
            f" (at most {self.longest_hold:g} s a time) and replies try again until sent;"
            f" network errors retried after {list(self.backoff)} s; broadcasts retried by"
            " the courier"
        )
