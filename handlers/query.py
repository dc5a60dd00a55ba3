"""A question as a small typed query: what is measured, over which units, when and how."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, cast

from handlers.gazetteer import Mention


class Measure(StrEnum):
    """What the question measures or asks for."""

    LACKING = "lacking"
    MET = "met"
    OVERVIEW = "overview"
    AVERAGE = "average"
    COUNT = "count"
    SHARE = "share"
    TARGET = "target"
    FUNDING = "funding"
    LIST = "list"
    RANK = "rank"
    COMPARE = "compare"
    INFO = "info"
    TASKS = "tasks"
    ABOUT = "about"  # the plan itself: number, date, who signed, where the figures come from
    REPORT_HOW = "report_how"
    REPORT_RULES = "report_rules"  # when reports are due, corrected, reminded
    HELP = "help"
    GREET = "greet"
    FOLLOWUP = "followup"
    UNKNOWN = "unknown"


class Period(StrEnum):
    """Which period a figure is asked for: the plan knows the end of 2022 and plan 2023."""

    ANY = "any"
    END_2022 = "end_2022"
    PLAN_2023 = "plan_2023"
    OTHER = "other"  # a year the plan does not cover


class Scope(StrEnum):
    """Which kind of units the question is about."""

    NONE = "none"
    COMMUNE = "commune"
    DISTRICT = "district"
    PROVINCE = "province"
    GROUP = "group"


@dataclass(frozen=True)
class Filter:
    """A condition on xã: 'dưới 8 tiêu chí' (below, 8), 'đạt chuẩn' (standard, None).

    A bound is on the criteria met, on those still lacking ('còn thiếu trên 10 tc'), on the
    share of xã in percent ('dưới 50% xã đạt'), or on the province's average ('dưới bq tỉnh',
    no value).
    """

    kind: str
    value: int | None = None
    on: str = "met"  # met, lacking, share, average


@dataclass(frozen=True)
class Rank:
    """How to rank: order, how many to show, units left out, whose position is asked."""

    order: str = "max"
    limit: int | None = None
    exclude: tuple[str, ...] = ()
    position_of: str | None = None
    over: str = "district"  # rank districts, the xã of a scope ("xa"), or criteria
    nth: int | None = None  # 'đứng thứ 2', 'cao nhì': only that place
    by: str = "share"  # a criterion's ranking: by the share of xã, their count, or "increase"


@dataclass(frozen=True)
class Query:
    """One understood question; several unit codes outside a comparison mean 'ask which'."""

    measure: Measure
    units: tuple[str, ...] = ()
    scope: Scope = Scope.NONE
    cset: str | None = None
    criterion: int | None = None
    group: str | None = None
    also_group: str = ""  # 'vừa biên giới vừa đbkk': the xã of this group too ("" if none)
    filter: Filter | None = None
    period: Period = Period.ANY
    year: int | None = None
    rank: Rank | None = None
    topic: str | None = None  # what the plan has no figure for: population, area, ...
    of: str | None = None  # which units are counted or ranked: "xa", "district", "criterion"
    repaired: str | None = None  # what was understood when a name was not matched literally
    score: float = 1.0
    unknown_name: str | None = None
    suggestions: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = field(default=(), compare=False)
    point_back: bool = field(default=False, compare=False)  # 'xã đó', 'còn …', 'thì sao'
    ambiguous: tuple[str, ...] = field(default=(), compare=False)  # a compared name fitting two
    more_criteria: tuple[int, ...] = ()  # 'tc 2 và tc 5': asked the same way after this one
    parent: bool = field(default=False, compare=False)  # 'huyện đó', 'huyện em': the district
    own: bool = field(default=False, compare=False)  # 'xã em', 'huyện em': the sender's own
    elliptical: bool = field(default=False, compare=False)  # 'Bình Gia?', 'hết 2022?', 'nc?'
    detail: bool = field(default=False, compare=False)  # 'kể tên ra', 'chi tiết hơn': of the last


# Topics the plan has no figure for: a question on one is answered "KH 18 không có …".
NO_DATA_TOPICS = frozenset(
    (
        "year",
        "population",
        "area",
        "hamlets",
        "officials",
        "funding_unit",
        "budget_unit",
        "income_unit",
        "neighbours",
        "figure_unit",
    )
)


def has_no_figure(q: Query) -> bool:
    """Tell whether the plan has no figure for what the query asks."""
    return q.topic in NO_DATA_TOPICS


# Where a chat's state keeps its last question, and a question waiting for a choice of unit.
LAST, PENDING = "q_last", "q_pending"
# What a unit is asked about its criteria: a clarification of the unit asks it again.
CRITERIA_MEASURES = frozenset((Measure.MET, Measure.LACKING, Measure.OVERVIEW, Measure.TARGET))


def asked_criteria(state: dict[str, Any], q: Query) -> bool:
    """Tell whether a message saying only which unit ('ý em là Nhân Lý mới') follows a question
    on a unit's criteria."""
    last = from_state(state.get(LAST))
    plain = q.measure in (Measure.OVERVIEW, Measure.FOLLOWUP)
    return plain and last is not None and last.measure in CRITERIA_MEASURES


def to_state(q: Query) -> dict[str, Any]:
    """Serialise a query for the conversation state (JSON)."""
    return {
        "m": q.measure.value,
        "u": list(q.units),
        "s": q.scope.value,
        "c": q.cset,
        "n": q.criterion,
        "g": f"{q.group}+{q.also_group}" if q.also_group else q.group,  # xã in both
        "f": [q.filter.kind, q.filter.value, q.filter.on] if q.filter else None,
        "p": q.period.value,
        "y": q.year,
        "r": (
            [
                q.rank.order,
                q.rank.limit,
                list(q.rank.exclude),
                q.rank.position_of,
                q.rank.over,
                q.rank.nth,
                q.rank.by,
            ]
            if q.rank
            else None
        ),
        "t": q.topic,
        "o": q.of,
    }


_Groups = tuple[str | None, str]  # a group and the second one ("" if none), saved as "a+b"


def from_state(s: Any) -> Query | None:
    """Read back a query saved by to_state; None if the state is missing or of another shape."""
    if not isinstance(s, dict) or "m" not in s:
        return None
    try:
        f = s.get("f")
        r = s.get("r")
        return Query(
            Measure(s["m"]),
            tuple(str(u) for u in s.get("u") or ()),
            Scope(s.get("s", "none")),
            s.get("c"),
            s.get("n"),
            *cast(_Groups, str(s["g"]).partition("+")[::2] if s.get("g") else (None, "")),
            Filter(str(f[0]), f[1], str(f[2]) if len(f) > 2 else "met") if f else None,
            Period(s.get("p", "any")),
            s.get("y"),
            Rank(str(r[0]), r[1], tuple(r[2]), r[3], str(r[4]), r[5], str(r[6])) if r else None,
            s.get("t"),
            s.get("o"),
        )
    except (ValueError, TypeError, IndexError, KeyError):
        return None


def with_units(q: Query, units: tuple[str, ...]) -> Query:
    """Return the query about other units, clarification and repair dropped."""
    return replace(q, units=units, mentions=(), suggestions=(), unknown_name=None, score=1.0)
