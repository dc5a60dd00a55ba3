"""The composition root: one context (settings, database, catalogs, names, clock) per process."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

from bot.config import Settings
from bot.i18n import I18n
from bot.secret_key import invite_key
from handlers.gazetteer import Gazetteer
from store.criteria import all_criteria
from store.criteria_sets import load_criteria_sets
from store.db import Database, connect
from store.people import use_invite_key
from store.plan_import import load_bundled
from store.plan_snapshot import PlanSnapshot, load_plan_snapshot
from store.timeline import Timeline, load_timeline
from store.timeline_import import load_units_in_time
from store.units import all_places
from vocab.places import Place


def utc_now() -> datetime:
    """Return the current time in UTC."""
    return datetime.now(UTC)


class Nudge:
    """Wakes the couriers at once; producers call wake() after committing outbox rows.

    Without a wake-up the couriers still find new rows within their polling interval (rows
    queued by another process are only found that way).
    """

    def __init__(self) -> None:
        self._listeners: set[asyncio.Event] = set()

    def wake(self) -> None:
        """Tell every listening courier to look at the outbox now."""
        for event in self._listeners:
            event.set()

    def listen(self, event: asyncio.Event) -> None:
        """Set event on every wake-up."""
        self._listeners.add(event)

    def forget(self, event: asyncio.Event) -> None:
        """Stop setting event."""
        self._listeners.discard(event)


@dataclass
class Ctx:
    """What every handler may use; opened by open_ctx, passed explicitly, never global."""

    settings: Settings
    db: Database
    i18n: I18n
    gazetteer: Gazetteer
    clock: Callable[[], datetime] = utc_now
    outbox_nudge: Nudge = field(default_factory=Nudge)
    # The static plan tables in memory (never per-xã status, which is always read from the db).
    plan: PlanSnapshot = field(kw_only=True)
    # Every unit of every period with its dates, and the successions between them.
    timeline: Timeline = field(kw_only=True)

    async def reload_names(self) -> None:
        """Rebuild the gazetteer and the plan snapshot after units, criteria or plan changed."""
        self.gazetteer = await build_gazetteer(self.db)
        self.plan = await load_plan_snapshot(self.db)
        self.timeline = await load_timeline(self.db)


async def build_gazetteer(db: Database) -> Gazetteer:
    """Build the name index from the units and criteria in the database."""
    criteria = tuple((c.set_code, c.number, c.name) for c in await all_criteria(db))
    return _gazetteer(tuple(await all_places(db)), criteria)


@lru_cache(maxsize=4)
def _gazetteer(places: tuple[Place, ...], criteria: tuple[tuple[str, int, str], ...]) -> Gazetteer:
    """Index these names once per process: contexts whose databases hold the same units and
    criteria share one (a Gazetteer is never changed once built; it only memoises spellings)."""
    return Gazetteer(places, criteria)


@asynccontextmanager
async def open_ctx(
    settings: Settings, clock: Callable[[], datetime] = utc_now
) -> AsyncIterator[Ctx]:
    """Open the database (creating and loading it on first run) and everything built on it."""
    async with connect(settings.database) as db:
        use_invite_key(db, invite_key(settings))
        await load_bundled(db)
        await load_units_in_time(db)
        await load_criteria_sets(db)
        yield Ctx(
            settings,
            db,
            I18n(settings.locales_dir, settings.locale),
            await build_gazetteer(db),
            clock,
            plan=await load_plan_snapshot(db),
            timeline=await load_timeline(db),
        )
