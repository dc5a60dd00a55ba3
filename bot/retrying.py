"""Retry a call on transient failures with backoff, honouring a short server-given wait."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
BACKOFF = (0.5, 1.0, 2.0, 4.0)
LONGEST_WAIT = 30.0  # a reply waits at most this long for a rate limit before giving up


async def with_retries(
    attempt: Callable[[], Awaitable[T]],
    failures: tuple[type[Exception], ...],
    judge: Callable[[Exception], tuple[bool, float | None]],
    what: str,
    backoff: Sequence[float] = BACKOFF,
    longest_wait: float = LONGEST_WAIT,
) -> T:
    """Call attempt() until it succeeds or fails for good.

    judge(exc) says whether a failure is transient and how long the server asked us to wait
    (None: our own backoff). A transient failure is retried after the next backoff delay, or
    after the server's wait if that is at most longest_wait; anything else is raised.
    A request whose answer was lost may have arrived, so a retry can, rarely, repeat a
    message; a lost reply is the worse failure for officials on patchy networks.
    """
    delays = iter(backoff)
    while True:
        try:
            return await attempt()
        except failures as exc:
            transient, wait = judge(exc)
            delay = next(delays, None) if transient else None
            if delay is not None and wait is not None:
                delay = wait if wait <= longest_wait else None
            if delay is None:
                raise
            log.warning("%s failed (%s); retrying in %.1f s", what, exc, delay)
            await asyncio.sleep(delay)
