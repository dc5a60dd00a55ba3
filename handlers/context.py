"""What the domain needs of the process: the context's shape, not the composition root itself.

bot/context.py builds the one concrete context; handlers only see this protocol, so the
domain never imports the delivery layer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from handlers.gazetteer import Gazetteer
from store.db import Database
from store.plan_snapshot import PlanSnapshot
from store.timeline import Timeline
from vocab.i18n import Translator


class LocalTime(Protocol):
    """The settings the domain reads: the time zone dates and schedules are in."""

    @property
    def timezone(self) -> str:
        """An IANA time zone name, e.g. Asia/Ho_Chi_Minh."""
        ...


class Catalogs(Protocol):
    """The translators of every supported language."""

    def get(self, language: str | None) -> Translator:
        """Return the translator for a client language."""
        ...


class Wakeable(Protocol):
    """Something producers poke after committing outbox rows."""

    def wake(self) -> None:
        """Look at the outbox now."""
        ...


class Ctx(Protocol):
    """The context a handler is given: database, catalogs, names, plan, clock, outbox nudge."""

    @property
    def db(self) -> Database: ...

    @property
    def settings(self) -> LocalTime: ...

    @property
    def i18n(self) -> Catalogs: ...

    @property
    def gazetteer(self) -> Gazetteer: ...

    @property
    def plan(self) -> PlanSnapshot: ...

    @property
    def timeline(self) -> Timeline: ...

    @property
    def outbox_nudge(self) -> Wakeable: ...

    @property
    def clock(self) -> Callable[[], datetime]: ...
