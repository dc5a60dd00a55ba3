"""Per-user flood control: too many messages in a short window get one warning, then silence."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum


class Verdict(Enum):
    """What to do with one message."""

    ALLOW = "allow"
    WARN = "warn"
    DROP = "drop"


@dataclass
class _Sender:
    """Recent accepted messages of one user, and whether they were warned in this window."""

    times: deque[float] = field(default_factory=deque)
    warned: bool = False


class FloodGate:
    """Allow at most `limit` messages per user in any `window` seconds (a sliding window)."""

    def __init__(
        self,
        limit: int = 8,
        window: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        max_users: int = 10_000,
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.max_users = max_users
        self._senders: dict[str, _Sender] = {}

    def check(self, user: str) -> Verdict:
        """Count one message from a user and say whether to answer, warn or drop it."""
        now = self.clock()
        sender = self._senders.setdefault(user, _Sender())
        self._expire(sender, now)
        if len(sender.times) < self.limit:
            sender.times.append(now)
            sender.warned = False
            self._sweep(now)
            return Verdict.ALLOW
        if sender.warned:
            return Verdict.DROP
        sender.warned = True
        return Verdict.WARN

    def _expire(self, sender: _Sender, now: float) -> None:
        """Forget a sender's messages older than the window."""
        while sender.times and now - sender.times[0] >= self.window:
            sender.times.popleft()

    def _sweep(self, now: float) -> None:
        """Drop idle users once many are tracked, so memory stays bounded."""
        if len(self._senders) <= self.max_users:
            return
        for user, sender in list(self._senders.items()):
            self._expire(sender, now)
            if not sender.times:
                del self._senders[user]

    def tracked(self) -> int:
        """Return how many users are tracked."""
        return len(self._senders)
