"""PTB's rate limiter on our Pacer: replies and the courier's broadcasts share one set of limits.

Every Bot API request that names a chat passes PacedRateLimiter.process_request, so the pacer
counts all of them. A reply (any request outside bot.pacing.bulk_send) waits in the reply lane
and keeps the retries of RetryingRateLimiter (429 waited out, network errors retried). A request
of the courier (inside bulk_send) was booked by the courier for its first part, later parts
book in the broadcast lane, and it is sent once: its errors go back to the courier, which
records them in the outbox and decides when to try again.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter

from bot.pacing import Lane, Pacer, bulk_ticket
from bot.retrying import BACKOFF
from bot.telegram.retry import JSONResult, RetryingRateLimiter


def retry_after_seconds(exc: RetryAfter) -> float:
    """Telegram's retry_after as seconds, whether PTB gives an int or a timedelta."""
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class PacedRateLimiter(RetryingRateLimiter):
    """RetryingRateLimiter whose limits are the Pacer's, shared with the courier."""

    def __init__(
        self, pacer: Pacer, max_retries: int = 3, backoff: Sequence[float] = BACKOFF
    ) -> None:
        # AIORateLimiter's own limits are off: the pacer applies them, with priorities.
        super().__init__(
            overall_max_rate=0, group_max_rate=0, max_retries=max_retries, backoff=backoff
        )
        self.pacer = pacer

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        """Pace the request in its lane; retry a reply's failures, not a broadcast's."""
        chat_id = data.get("chat_id")
        if chat_id is None:
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
        chat = str(chat_id)
        ticket = bulk_ticket()
        if ticket is not None:
            if not ticket.spend():
                await self.pacer.acquire(chat, Lane.BULK)
            return await self._holding(chat, callback, args, kwargs)

        async def paced(*a: Any, **kw: Any) -> JSONResult:
            await self.pacer.acquire(chat, Lane.REPLY)
            return await self._holding(chat, callback, a, kw)

        return await super().process_request(paced, args, kwargs, endpoint, data, rate_limit_args)

    async def _holding(
        self,
        chat: str,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
    ) -> JSONResult:
        """Make the request; on a 429, hold the chat in the pacer for retry_after."""
        try:
            return await callback(*args, **kwargs)
        except RetryAfter as exc:
            self.pacer.hold(chat, retry_after_seconds(exc))
            raise

    def describe(self) -> str:
        """Say how this limiter is set up, for logs and benchmark output."""
        _, _, retries = self.limits
        return (
            f"Pacer({self.pacer.limits.describe()}), replies first;"
            f" replies retried {retries}x on 429 and after {list(self.backoff)} s on network"
            " errors, broadcasts retried by the courier"
        )
