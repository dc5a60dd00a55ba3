"""One turn of a conversation: who wrote, in which language, and what the chat remembers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from handlers.replies import unit_label
from store.people import Person, person_for
from vocab.i18n import Translator
from vocab.messages import Incoming
from vocab.places import Place

if TYPE_CHECKING:
    from handlers.context import Ctx


@dataclass
class Turn:
    """What a workflow step needs; workflows change state['flow'] and the router saves it."""

    incoming: Incoming
    ctx: Ctx
    t: Translator
    state: dict[str, Any]
    person: Person | None
    now: datetime

    @property
    def stamp(self) -> str:
        """The current moment as stored: UTC ISO 8601 to the second."""
        return self.now.isoformat(timespec="seconds")

    def local_day(self, stamp: str = "") -> date:
        """The local date (configured time zone) of a stored UTC stamp, or of now."""
        moment = datetime.fromisoformat(stamp) if stamp else self.now
        return moment.astimezone(ZoneInfo(self.ctx.settings.timezone)).date()

    def local_date(self) -> str:
        """Today's date in the configured time zone (ISO)."""
        return self.local_day().isoformat()

    def when(self, stamp: str) -> str:
        """Show a stored UTC stamp as local time: '05/11/2023 14:30'."""
        if not stamp:
            return ""
        moment = datetime.fromisoformat(stamp)
        return moment.astimezone(ZoneInfo(self.ctx.settings.timezone)).strftime("%d/%m/%Y %H:%M")

    async def sender(self) -> Person | None:
        """Who wrote, if registered: the person the router loaded for a workflow, else read now
        (and kept for the rest of the turn)."""
        if self.person is None:
            incoming = self.incoming
            self.person = await person_for(self.ctx.db, incoming.channel, incoming.user_id)
        return self.person

    def place(self, code: str) -> Place | None:
        """Return a unit of the 2023 plan's gazetteer by code, else a unit of another period."""
        found = self.ctx.gazetteer.places.get(code)
        unit = self.ctx.timeline.units.get(code) if found is None else None
        if unit is None:
            return found
        parent = self.ctx.timeline.units.get(unit.parent_key or "")
        parent_name = parent.name if parent is not None else None
        return Place(unit.key, unit.name, unit.kind, unit.parent_key, parent_name)

    def unit_name(self, code: str) -> str:
        """Name a unit with its district, or give the code when it is unknown."""
        place = self.place(code)
        return unit_label(place) if place else code
