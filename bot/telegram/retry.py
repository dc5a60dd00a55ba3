"""A rate limiter that also retries Bot API calls lost to 5xx answers and dropped connections."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

from bot.retrying import BACKOFF, with_retries

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]


class RetryingRateLimiter(AIORateLimiter):
    """AIORateLimiter (waits out 429 retry_after) plus retries with backoff on network errors.

    A request whose answer was lost may have reached Telegram, so a retry can, rarely, repeat
    a message; a lost reply is the worse failure for officials on patchy networks.
    """

    def __init__(
        self,
        overall_max_rate: float = 30,
        group_max_rate: float = 20,
        max_retries: int = 3,
        backoff: Sequence[float] = BACKOFF,
    ) -> None:
        super().__init__(
            overall_max_rate=overall_max_rate,
            group_max_rate=group_max_rate,
            max_retries=max_retries,
        )
        self.backoff = tuple(backoff)
        self.limits = (overall_max_rate, group_max_rate, max_retries)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        """Run one request through the limiter, retrying network failures (not bad requests)."""
        return await with_retries(
            lambda: super(RetryingRateLimiter, self).process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            ),
            (NetworkError,),
            lambda exc: (not isinstance(exc, BadRequest), None),
            endpoint,
            self.backoff,
        )

    def describe(self) -> str:
        """Say how this limiter is set up, for logs and benchmark output."""
        overall, group, retries = self.limits
        return (
            f"AIORateLimiter(overall_max_rate={overall:g}/s, group_max_rate={group:g}/min,"
            f" max_retries={retries}) + network retries after {list(self.backoff)} s"
        )
