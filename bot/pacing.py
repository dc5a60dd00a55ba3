"""Pace sends under a channel's limits, with replies to users going ahead of broadcasts.

One Pacer per channel is shared by everything that sends on it: the transport's replies (for
Telegram, every Bot API request passes PacedRateLimiter) and the courier's broadcasts. Rules:

- overall: at most `per_second` sends in any one-second window, replies and broadcasts alike;
- broadcasts are spaced evenly (1/per_second apart) rather than sent in bursts, so the window is
  never full of them and a reply finds a free slot within about one interval;
- a broadcast waits while any reply is waiting for a slot (strict priority; a reply first waits
  out what concerns its own chat, a 429 hold or a full group, without holding broadcasts back);
- per chat: a broadcast message goes at least `chat_interval` after the chat's previous send;
  replies are not held by this rule (they answer the user's own message, already flood-limited);
- per group (by default a negative chat id, as on Telegram): at most `group_per_minute` sends in
  any 60 s, for both lanes;
- a chat that got a 429 is held for its retry_after, for both lanes; a 429 that names no chat
  (Telegram's whole-bot limit) holds every chat.

Time comes from an injected monotonic clock and sleep, so the rules are tested without waiting.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum

GROUP_WINDOW = 60.0
OVERALL_WINDOW = 1.0


class Lane(Enum):
    """Who is sending: a reply to a user's own message, or a message the bot starts."""

    REPLY = "reply"
    BULK = "bulk"


@dataclass(frozen=True)
class Limits:
    """A channel's send limits (Telegram's by default)."""

    per_second: int = 30
    chat_interval: float = 1.0
    group_per_minute: int = 20

    def __post_init__(self) -> None:
        if self.per_second < 1 or self.group_per_minute < 1 or self.chat_interval < 0:
            raise ValueError(f"impossible send limits: {self}")

    @property
    def interval(self) -> float:
        """Seconds between two broadcast sends at the overall rate."""
        return 1.0 / self.per_second

    def describe(self) -> str:
        """Say the limits in one line, for logs and benchmark output."""
        return (
            f"{self.per_second}/s overall, one broadcast message per {self.chat_interval:g} s"
            f" per chat, {self.group_per_minute}/min per group"
        )


def negative_id(chat: str) -> bool:
    """Whether a chat is a group by Telegram's rule: group and channel chats have negative ids."""
    return chat.startswith("-")


class _Ticket:
    """The courier's booking for one message: its first request is already paced."""

    def __init__(self) -> None:
        self.prepaid = True

    def spend(self) -> bool:
        """Use the booking once; False when it was used (later parts pace themselves)."""
        prepaid, self.prepaid = self.prepaid, False
        return prepaid


_BULK: ContextVar[_Ticket | None] = ContextVar("bulk_send", default=None)


@contextmanager
def bulk_send() -> Iterator[None]:
    """Mark the requests made inside as one broadcast message whose first slot is booked."""
    token = _BULK.set(_Ticket())
    try:
        yield
    finally:
        _BULK.reset(token)


def bulk_ticket() -> _Ticket | None:
    """The broadcast booking of the current task, or None for replies."""
    return _BULK.get()


class Pacer:
    """Decides when the next send may go; see the module docstring for the rules."""

    def __init__(
        self,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        max_chats: int = 10_000,
        is_group: Callable[[str], bool] = negative_id,
    ) -> None:
        self.limits = limits or Limits()
        self.clock = clock
        self.sleep = sleep
        self.is_group = is_group
        self.max_chats = max_chats
        self.booked = {Lane.REPLY: 0, Lane.BULK: 0}
        self._recent: deque[float] = deque(maxlen=self.limits.per_second)
        self._next_bulk = -math.inf
        self._last: dict[str, float] = {}
        self._groups: dict[str, deque[float]] = {}
        self._held: dict[str, float] = {}
        self._held_all = -math.inf
        self._replies_waiting = 0
        self._no_replies_waiting = asyncio.Event()
        self._no_replies_waiting.set()
        self._bulk_turn = asyncio.Lock()
        self._sweep_above = max_chats

    def wait(self, chat: str, lane: Lane, now: float | None = None) -> float:
        """Seconds until a send to chat in lane is allowed (0: now); ignores waiting replies."""
        now = self.clock() if now is None else now
        # The deques keep the last `limit` sends: when full, the oldest must leave the window.
        until = self._chat_until(chat, lane, now)
        if len(self._recent) == self._recent.maxlen:
            until = max(until, self._recent[0] + OVERALL_WINDOW)
        if lane is Lane.BULK:
            until = max(until, self._next_bulk)
        return max(0.0, until - now)

    def ready_in(self, chat: str, now: float | None = None) -> float:
        """Seconds until the chat itself may take a broadcast message (overall rate aside)."""
        now = self.clock() if now is None else now
        return max(0.0, self._chat_until(chat, Lane.BULK, now) - now)

    def _chat_until(self, chat: str, lane: Lane, now: float) -> float:
        """When the rules of this chat alone (hold, group, interval) allow a send in lane."""
        until = max(self._held.get(chat, now), self._held_all)
        group = self._groups.get(chat)
        if group is not None and len(group) == group.maxlen:
            until = max(until, group[0] + GROUP_WINDOW)
        last = self._last.get(chat)
        if lane is Lane.BULK and last is not None:
            until = max(until, last + self.limits.chat_interval)
        return until

    def book(self, chat: str, lane: Lane, now: float | None = None) -> None:
        """Record one send to chat now."""
        now = self.clock() if now is None else now
        self._recent.append(now)
        self._last[chat] = now
        if self.is_group(chat):
            limit = self.limits.group_per_minute
            self._groups.setdefault(chat, deque(maxlen=limit)).append(now)
        if lane is Lane.BULK:
            # A send less than one interval late keeps the schedule (the next is not pushed
            # back); after a longer pause it restarts from now, so idling earns no burst.
            interval = self.limits.interval
            late = now >= self._next_bulk + interval
            self._next_bulk = now + interval if late else self._next_bulk + interval
        self.booked[lane] += 1
        self._sweep(now)

    def hold(self, chat: str, seconds: float) -> None:
        """Send nothing more to chat for seconds (the channel said retry later)."""
        until = self.clock() + seconds
        self._held[chat] = max(self._held.get(chat, until), until)

    def hold_all(self, seconds: float) -> None:
        """Send nothing to any chat for seconds (the channel said the whole bot must wait)."""
        self._held_all = max(self._held_all, self.clock() + seconds)

    def held_for(self, now: float | None = None) -> float:
        """Seconds until no hold of every chat is in force (0: none)."""
        now = self.clock() if now is None else now
        return max(0.0, self._held_all - now)

    async def unheld(self) -> None:
        """Wait until no hold of every chat is in force (for requests that name no chat)."""
        while (delay := self._held_all - self.clock()) > 0:
            await self.sleep(delay)

    async def acquire(self, chat: str, lane: Lane) -> None:
        """Wait for a slot for one send to chat and book it; replies first, broadcasts in turn."""
        now = self.clock()
        if lane is Lane.REPLY and self.wait(chat, lane, now) <= 0:
            self.book(chat, lane, now)  # a free slot now (the usual case): nothing to wait for
            return
        if lane is Lane.REPLY:
            # What concerns this chat alone (a 429 hold, a full group) is waited out first,
            # without holding back broadcasts to other chats meanwhile.
            while (delay := self._chat_until(chat, lane, self.clock()) - self.clock()) > 0:
                await self.sleep(delay)
            self._replies_waiting += 1
            self._no_replies_waiting.clear()
            try:
                await self._take(chat, lane)
            finally:
                self._replies_waiting -= 1
                if not self._replies_waiting:
                    self._no_replies_waiting.set()
            return
        async with self._bulk_turn:  # one broadcast send waits at a time, in call order
            await self._take(chat, lane)

    async def _take(self, chat: str, lane: Lane) -> None:
        """Sleep until the rules allow a send (a broadcast also until no reply waits); book it."""
        while True:
            if lane is Lane.BULK and self._replies_waiting:
                await self._no_replies_waiting.wait()
                continue
            now = self.clock()
            delay = self.wait(chat, lane, now)
            if delay <= 0:
                self.book(chat, lane, now)
                return
            await self.sleep(delay)

    def tracked(self) -> int:
        """Return how many chats the pacer remembers."""
        return len(self._last.keys() | self._groups.keys() | self._held.keys())

    def _sweep(self, now: float) -> None:
        """Forget chats whose sends no longer matter once many are tracked (bounded memory)."""
        if len(self._last) + len(self._groups) + len(self._held) <= self._sweep_above:
            return
        quiet = now - self.limits.chat_interval
        self._last = {chat: at for chat, at in self._last.items() if at > quiet}
        self._held = {chat: at for chat, at in self._held.items() if at > now}
        self._groups = {
            chat: sends for chat, sends in self._groups.items() if sends[-1] > now - GROUP_WINDOW
        }
        kept = len(self._last) + len(self._groups) + len(self._held)
        self._sweep_above = max(self.max_chats, 2 * kept)
