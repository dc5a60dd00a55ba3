"""Follow-ups: a message read against the chat's last question ('còn Bình Gia?', 'kể tên ra',
'à nhầm, Lâm Ca', 'xã nào cao nhất' after a group's figure, a pick among several units)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from handlers.gazetteer import Gazetteer
from handlers.parse_units import scope_of
from handlers.query import Measure, Period, Query, Rank, Scope
from vocab.places import COMMUNE_KINDS, bare_name
from vocab.text import fold

if TYPE_CHECKING:
    from handlers.context import Ctx

NO_QUESTION = (Measure.OVERVIEW, Measure.UNKNOWN, Measure.FOLLOWUP)

# What 'kể tên ra', 'chi tiết hơn' ask after a figure: the units counted, a district's details.
_DETAILED = {
    Measure.COUNT: Measure.LIST,
    Measure.SHARE: Measure.LIST,
    Measure.AVERAGE: Measure.OVERVIEW,
}


def status_of_the_last_xa(previous: Query | None, q: Query) -> bool:
    """'đạt những tiêu chí nào' naming nothing, after a question about one xã: that xã's."""
    if previous is None or previous.scope != Scope.COMMUNE or len(previous.units) != 1:
        return False
    return not q.units and q.of == "criterion"


def ranks_within(previous: Query, q: Query) -> bool:
    """A ranking naming nothing, of what the last question was about: 'xã nào cao nhất' after a
    group's figure, 'huyện nào ít xã đạt nhất' (xã counted) after a criterion's count."""
    if not bare_rank(q):
        return False
    counted = q.rank is not None and q.rank.by == "count"
    return previous.group is not None or (previous.criterion is not None and counted)


def bare_rank(q: Query) -> bool:
    """'xã nào thấp nhất': a ranking that names nothing to rank among."""
    said = (q.units, q.group, q.criterion, q.cset, q.filter)
    return q.measure == Measure.RANK and not any(said)


def picked(text: str, q: Query, pending: Query, ctx: Ctx) -> tuple[str, ...]:
    """A clarification answered in words ('ở Hữu Lũng', 'cái thuộc Cao Lộc') or by number."""
    if text.isdigit() and 1 <= int(text) <= len(pending.units):
        return (pending.units[int(text) - 1],)
    if q.measure not in NO_QUESTION and not q.point_back:
        return ()
    retyped = tuple(c for c in q.units if c in pending.units)  # 'xã Hồng Phong Bình Gia'
    if retyped and len(retyped) < len(pending.units):
        return retyped
    said = {p.code for m in q.mentions for p in m.places}
    places = ctx.gazetteer.places
    if not said:  # 'huyện' or 'xã' alone: the one candidate of that kind
        kind = _kind_word(text)
        return tuple(c for c in pending.units if c in places and places[c].kind == kind)
    fits = [
        c
        for c in pending.units
        if c in said or (c in ctx.gazetteer.places and ctx.gazetteer.places[c].parent_code in said)
    ]
    return tuple(fits)


def _kind_word(text: str) -> str | None:
    word = fold(text).removeprefix("cai ").removeprefix("o ").strip()
    return {"huyen": "district", "xa": "xa", "cap huyen": "district"}.get(word)


def _kind(gaz: Gazetteer, code: str) -> str:
    place = gaz.places.get(code)
    kind = place.kind if place is not None else ""
    return "commune" if kind in COMMUNE_KINDS else kind


def of_the_kind(previous: Query, units: tuple[str, ...], gaz: Gazetteer) -> tuple[str, ...] | None:
    """The units a follow-up names, of the kind the last question asked about (a district
    after a district or the province, a xã after a xã); None if it names another kind."""
    if not units:
        return ()
    asked = {_kind(gaz, c) for c in previous.units}
    same = tuple(c for c in units if _kind(gaz, c) in asked)
    if same:
        return same
    if asked <= {"province", ""} and all(_kind(gaz, c) == "district" for c in units):
        return units  # 'tc 2 cả tỉnh' then 'Bình Gia?': the province narrowed to a district
    if previous.criterion is not None and all(_kind(gaz, c) == "commune" for c in units):
        return units  # 'tc 2 cả tỉnh' then 'Lâm Ca': that criterion in that xã
    return None


def _district_of(previous: Query, gaz: Gazetteer) -> tuple[tuple[str, ...], Scope]:
    """The district of the unit asked before (itself if it was one)."""
    place = gaz.places.get(previous.units[0]) if len(previous.units) == 1 else None
    if place is not None and place.kind != "district" and place.parent_code in gaz.places:
        return (place.parent_code,), Scope.DISTRICT
    return previous.units, previous.scope


def _namesake(previous: Query, new: Query, gaz: Gazetteer) -> str | None:
    """The xã of the same name as the previous one, in the district a follow-up names."""
    if len(previous.units) != 1 or len(new.units) != 1 or new.scope != Scope.DISTRICT:
        return None
    before = gaz.places.get(previous.units[0])
    if before is None or before.kind != "xa":
        return None
    same = gaz.by_name.get(fold(bare_name(before.name)), [])
    return next(
        (
            p.code
            for p in same
            if p.parent_code == new.units[0] and p.kind == "xa" and p.code != before.code
        ),
        None,
    )


def _topic(previous: Query, new: Query) -> str | None:
    """A follow-up keeps what the plan has no figure for, unless it names another period."""
    if new.topic is not None:
        return new.topic
    if previous.topic == "year" and new.period.value != "any":
        return None
    return previous.topic


def _detailed(previous: Query) -> Query:
    """The last question asking for what its figure counts: a count of xã reaching a standard
    in 2023, or the province's targets, lists the xã the plan aims at it (Phụ lục 1-3), a
    count its xã, an average the district's details."""
    standard = previous.filter is not None and previous.filter.kind == "standard"
    aimed = (
        standard and previous.period == Period.PLAN_2023
    ) or previous.measure == Measure.TARGET
    if aimed and previous.scope in (Scope.NONE, Scope.PROVINCE):
        aiming = previous.group or f"{previous.cset or 'ntm'}_2023"
        return replace(previous, measure=Measure.LIST, group=aiming, filter=None)
    return replace(previous, measure=_DETAILED.get(previous.measure, previous.measure))


def _rank_of(previous: Query, new: Query) -> Rank | None:
    """The ranking a follow-up asks: after a group's figure, of the group's xã ('thấp nhất?')."""
    if previous.group and new.rank and new.rank.over == "district" and not new.units:
        return replace(new.rank, over="xa")
    return new.rank or previous.rank


def follow(previous: Query, new: Query, gaz: Gazetteer) -> Query:
    """Reuse the previous question with what the follow-up names or asks."""
    measure = previous.measure if new.measure == Measure.FOLLOWUP else new.measure
    if new.detail and new.measure not in (Measure.LACKING, Measure.MET):  # 'kể tên ra'
        previous = _detailed(previous)
        measure = previous.measure
    if measure == Measure.OVERVIEW and new.criterion is not None and previous.units:
        measure = Measure.MET  # 'tc 2?' after 'Lâm Ca': that criterion's status there
    units, scope = (new.units, new.scope) if new.units else (previous.units, previous.scope)
    if len(new.units) > 1:  # 'còn Đình Lập' after a district: the district, not the thị trấn
        kin = of_the_kind(previous, new.units, gaz)
        if kin is not None and len(kin) == 1:
            units, scope = kin, scope_of(kin[0])
    if not new.units and new.of == "xa" and previous.scope == Scope.COMMUNE:
        units, scope = (), Scope.NONE  # 'còn mấy xã …' after a xã counts xã, not that xã
    if measure == Measure.COMPARE and len(new.units) == 1 and previous.units:
        units = (*previous.units[:1], *new.units)  # 'so với Bắc Sơn': beside the last unit
    if new.parent and not new.units:  # 'huyện đó', 'huyện em' after a xã: its district
        units, scope = _district_of(previous, gaz)
    namesake = _namesake(previous, new, gaz)
    if namesake is not None:  # 'Mẫu Sơn (Lộc Bình)' then 'còn Cao Lộc?': Mẫu Sơn of Cao Lộc
        units, scope = (namesake,), Scope.COMMUNE
    if measure in (Measure.LACKING, Measure.MET) and scope == Scope.DISTRICT and new.units:
        measure = Measure.COUNT if (new.criterion or previous.criterion) else Measure.OVERVIEW
    return replace(
        previous,
        measure=measure,
        units=units,
        scope=scope,
        criterion=new.criterion if new.criterion is not None else previous.criterion,
        cset=new.cset or previous.cset,
        group=new.group or previous.group,
        filter=previous.filter if new.filter is None or new.filter.kind == "met" else new.filter,
        period=new.period if new.period.value != "any" else previous.period,
        year=new.year if new.period.value != "any" else previous.year,
        topic=_topic(previous, new),
        rank=_rank_of(previous, new),
        repaired=new.repaired,
        score=new.score,
        unknown_name=new.unknown_name,
        suggestions=new.suggestions,
        mentions=new.mentions,
        more_criteria=new.more_criteria,
    )
