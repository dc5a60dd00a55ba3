"""Which units a question on reporting progress asks about: the sender's own ('xã em',
'huyện em'), those it names (today's units for a month since July 2025), or, since then, the
xã of a district that no longer exists."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.lexicon import phrases_of
from handlers.parse import units_in
from handlers.periods import Period
from handlers.today import former_district_units
from handlers.today_words import named_units
from handlers.turn import Turn
from handlers.update_2026 import REFORM
from vocab.places import COMMUNE_KINDS
from vocab.text import fold, has_phrase


@dataclass(frozen=True)
class Asked:
    """The xã a question asks about (one: that xã's report) or a district of the plan; once
    districts are gone, `former` is the district whose xã of today `communes` are."""

    communes: tuple[str, ...] = ()
    district: str | None = None
    former: str | None = None


async def asked_units(turn: Turn, text: str, period: Period) -> Asked:
    """Return the units a question on reporting progress asks about."""
    padded = f" {fold(text)} "
    own_district = has_phrase(padded, phrases_of("refer", "own_district"))
    said = own_district or has_phrase(padded, phrases_of("refer", "own"))
    own = await _own(turn) if said else None  # 'xã em', 'bên em', 'huyện em': words.tsv
    if own is not None:
        place = turn.place(own)
        if own_district and place is not None and place.kind != "district":
            own = place.parent_code or own
        return _of_codes(turn, (own,), period)
    codes = units_in(text, turn.ctx.gazetteer)
    if period.first_day >= REFORM:
        day = period.first_day
        today = [u.key for u in named_units(text, turn.ctx.timeline) if u.valid_on(day)]
        codes = tuple(today) or codes
    return _of_codes(turn, codes, period)


async def _own(turn: Turn) -> str | None:
    person = await turn.sender()
    return person.unit_code if person is not None and person.unit_code else None


def _of_codes(turn: Turn, codes: tuple[str, ...], period: Period) -> Asked:
    places = [p for p in (turn.place(c) for c in codes) if p is not None]
    communes = tuple(p.code for p in places if p.kind in COMMUNE_KINDS)
    if len(communes) == 1:
        return Asked(communes)
    district = next((p.code for p in places if p.kind == "district"), None)
    if district is None or period.first_day < REFORM:
        return Asked(district=district)
    tl = turn.ctx.timeline
    units = former_district_units(tl, district, period.first_day)
    return Asked(tuple(k for k in units if tl.units[k].kind == "xa"), former=district)
