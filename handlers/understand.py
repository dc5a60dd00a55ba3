"""The legacy view of a question (intent and entities) for the answer functions and commands.

Understanding itself is handlers.parse.parse (a typed Query from a lexicon that is data); this
module projects a Query onto the older Parsed shape the answer functions take.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from handlers.gazetteer import Gazetteer, Mention
from handlers.intents import Intent
from handlers.parse import MAX_INPUT, parse
from handlers.query import Measure, Query, Scope, has_no_figure
from vocab.places import Place

__all__ = [
    "MAX_INPUT",
    "PLACE_INTENTS",
    "Parsed",
    "intent_of",
    "resolve",
    "to_parsed",
    "understand",
]

PLACE_INTENTS = {
    Intent.XA_LACKING: "commune",
    Intent.XA_MET: "commune",
    Intent.XA_OVERVIEW: "commune",
    Intent.AVERAGE: "district",
    Intent.CRITERION_COUNT: "district",
    Intent.RANKING: "district",
    Intent.GROUP_MEMBERS: "district",
    Intent.TARGETS: "district",
    Intent.FOLLOWUP: "any",
    Intent.UNKNOWN: "any",
}
_SIMPLE = {
    Measure.LACKING: Intent.XA_LACKING,
    Measure.MET: Intent.XA_MET,
    Measure.AVERAGE: Intent.AVERAGE,
    Measure.INFO: Intent.CRITERION_INFO,
    Measure.RANK: Intent.RANKING,
    Measure.FUNDING: Intent.FUNDING,
    Measure.TARGET: Intent.TARGETS,
    Measure.COMPARE: Intent.COMPARE,
    Measure.TASKS: Intent.TASKS,
    Measure.ABOUT: Intent.ABOUT,
    Measure.REPORT_HOW: Intent.REPORT_HOW,
    Measure.HELP: Intent.HELP,
    Measure.GREET: Intent.GREET,
    Measure.FOLLOWUP: Intent.FOLLOWUP,
    Measure.UNKNOWN: Intent.UNKNOWN,
}
_GROUP_INTENTS = (Intent.GROUP_MEMBERS, Intent.RANKING, Intent.AVERAGE, Intent.COUNT)
NO_SET_INTENTS = {
    Intent.ABOUT,
    Intent.XA_OVERVIEW,
    Intent.GROUP_MEMBERS,
    Intent.FUNDING,
    Intent.TARGETS,
    Intent.GREET,
    Intent.HELP,
    Intent.DISTRICT_OVERVIEW,
    Intent.NO_DATA,
    Intent.REPORT_HOW,
    Intent.TASKS,
}


@dataclass(frozen=True)
class Parsed:
    """What the user asked: an intent, its entities, and how sure the matcher is."""

    intent: Intent
    units: tuple[str, ...] = ()
    criterion: int | None = None
    cset: str | None = None
    group: str | None = None
    order: str | None = None
    score: float = 1.0
    mentions: tuple[Mention, ...] = field(default=(), compare=False)
    unknown_name: str | None = None
    suggestions: tuple[str, ...] = ()


def _commune_kinds(places: Sequence[Place]) -> list[Place]:
    xa = [p for p in places if p.kind == "xa"]
    return xa or [p for p in places if p.kind in ("phuong", "thi_tran")]


def _is_district_mention(m: Mention) -> bool:
    return any(p.kind in ("district", "province") for p in m.places)


def resolve(mentions: Sequence[Mention], want: str) -> tuple[str, ...]:
    """Choose the unit codes the mentions mean, for an intent that wants a commune or district."""
    if not mentions:
        return ()
    districts = [m for m in mentions if _is_district_mention(m) and m.marker not in ("xa",)]
    communes = [m for m in mentions if _commune_kinds(m.places) and m.marker != "district"]
    named_commune = any(not _is_district_mention(m) for m in communes)
    if want == "commune" or (want == "any" and (named_commune or not districts)):
        primary = [m for m in communes if not (_is_district_mention(m) and len(communes) > 1)]
        primary = primary or communes
        if primary:
            head = primary[0]
            places = _commune_kinds(head.places)
            qualifier = {
                p.code for m in mentions if m is not head for p in m.places if p.kind == "district"
            }
            narrowed = [p for p in places if p.parent_code in qualifier]
            return tuple(p.code for p in (narrowed or places))
    if districts:
        head = districts[0]
        top = [p for p in head.places if p.kind in ("district", "province")]
        return tuple(p.code for p in top[:1])
    return tuple(p.code for p in mentions[0].places)


def intent_of(q: Query) -> Intent:
    """Name the kind of a query as one of the legacy intents."""
    if has_no_figure(q):
        return Intent.NO_DATA
    if q.measure in _SIMPLE:
        return _SIMPLE[q.measure]
    if q.measure == Measure.OVERVIEW:
        commune = q.scope == Scope.COMMUNE or not q.units
        return Intent.XA_OVERVIEW if commune else Intent.DISTRICT_OVERVIEW
    if q.measure == Measure.LIST:
        return Intent.GROUP_MEMBERS if q.group else Intent.LIST
    return Intent.CRITERION_COUNT if q.criterion is not None else Intent.COUNT


def to_parsed(q: Query) -> Parsed:
    """Project a query onto the Parsed shape of the answer functions."""
    intent = intent_of(q)
    return Parsed(
        intent=intent,
        units=q.units,
        criterion=q.criterion,
        cset=None if intent in NO_SET_INTENTS else q.cset,
        group=q.group if intent in _GROUP_INTENTS else None,
        order=q.rank.order if q.rank is not None else None,
        score=q.score if intent != Intent.UNKNOWN else 0.0,
        mentions=q.mentions,
        unknown_name=q.unknown_name,
        suggestions=q.suggestions,
    )


def understand(text: str, gaz: Gazetteer) -> Parsed:
    """Understand a question and project it onto the legacy Parsed shape."""
    return to_parsed(parse(text, gaz))
