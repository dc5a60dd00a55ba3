"""Units in time, read back: every unit with its dates, and what became of each one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from store.db import Database
from vocab.places import bare_name
from vocab.text import fold

PLAN_DAY = date(2023, 1, 18)  # the 2023 plan's date: its units are the ones valid that day


@dataclass(frozen=True)
class TimedUnit:
    """A unit with its dates (None: not recorded before, still valid after)."""

    key: str
    gso_code: str
    name: str
    kind: str
    parent_key: str | None
    valid_from: date | None
    valid_to: date | None

    def valid_on(self, day: date) -> bool:
        """Tell whether the unit existed on that day."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or self.valid_to >= day
        )


@dataclass(frozen=True)
class Succession:
    """All (whole), a part (part) or the rest (rest) of one unit went to another on a date."""

    from_key: str
    to_key: str
    share: str
    effective: date
    source: str
    note: str


@dataclass
class Timeline:
    """Every unit of every period and the successions between them."""

    units: dict[str, TimedUnit] = field(default_factory=dict)
    successions: list[Succession] = field(default_factory=list)
    by_name: dict[str, list[str]] = field(default_factory=dict)  # folded bare names

    def valid_on(self, day: date) -> list[TimedUnit]:
        """Return the units that existed on a day, in key order."""
        return [u for u in self.units.values() if u.valid_on(day)]

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every folded word of every unit's bare name, any period (read once loaded)."""
        return frozenset(word for name in self.by_name for word in name.split())

    def named(self, folded: str) -> list[str]:
        """Return the keys of every unit (any period, no province) whose bare name folds so."""
        return self.by_name.get(folded, [])

    def went_to(self, key: str) -> list[Succession]:
        """Return where a unit went when it ceased (several rows: it was split)."""
        return [s for s in self.successions if s.from_key == key]

    def came_from(self, key: str) -> list[Succession]:
        """Return the units (or parts of units) a unit was formed from."""
        return [s for s in self.successions if s.to_key == key]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


async def load_timeline(db: Database) -> Timeline:
    """Read every unit that has dates, and every succession."""
    timeline = Timeline()
    for key, gso, name, kind, parent, start, end in await db.fetch_all(
        "SELECT u.code, s.gso_code, u.name, u.kind, u.parent_code, s.valid_from, s.valid_to"
        " FROM unit u JOIN unit_span s ON s.code = u.code ORDER BY u.code"
    ):
        timeline.units[key] = TimedUnit(key, gso, name, kind, parent, _day(start), _day(end))
        if kind != "province":
            timeline.by_name.setdefault(fold(bare_name(name)), []).append(key)
    for row in await db.fetch_all(
        "SELECT from_code, to_code, share, effective, source, note FROM succession"
        " ORDER BY effective, from_code, to_code"
    ):
        start = _day(row[3])
        assert start is not None
        timeline.successions.append(Succession(row[0], row[1], row[2], start, row[4], row[5]))
    return timeline
