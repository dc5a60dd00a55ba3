"""Settle what a question's measure means once its units are chosen ('mấy xã biên giới' is a
list, 'bao nhiêu xã đạt tiêu chí 5' a count of the xã meeting it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from handlers.parse_words import Words
from handlers.query import Filter, Measure, Scope

_XA_STATUS = frozenset((Measure.COUNT, Measure.LIST, Measure.LACKING, Measure.MET))


class _Seen(NamedTuple):
    """What refine reads besides the measure."""

    scope: Scope
    criterion: int | None
    group: str | None
    cset: str | None
    filt: Filter | None
    found: Words


# The groups of xã the 2023 plan aims at a standard ('xã phấn đấu đạt chuẩn năm 2023').
_AIMING = frozenset(("ntm_2023", "nang_cao_2023", "kieu_mau_2023"))


def refine(
    measure: Measure,
    scope: Scope,
    criterion: int | None,
    group: str | None,
    cset: str | None,
    filt: Filter | None,
    found: Words,
) -> tuple[Measure, Filter | None, str | None]:
    """Settle what the measure means for the units found ('mấy xã biên giới' is a list)."""
    settle = _SETTLE.get(measure)
    if settle is not None:
        measure = settle(_Seen(scope, criterion, group, cset, filt, found))
    if (
        measure == Measure.COUNT
        and filt is None
        and criterion is None
        and cset in ("nang_cao", "kieu_mau")
    ):
        filt = Filter("standard")
    if criterion is not None and filt is None and measure in (Measure.LIST, Measure.COUNT):
        lacking = found.has("measure", "lacking")  # a count of xã lacking it says how many
        filt = Filter("lacking") if lacking else Filter("met") if measure == Measure.LIST else None
    if measure == Measure.LIST and found.has("which", "district") and found.has("filter"):
        cset = "huyen"
    if group in _AIMING and filt is not None and filt.kind == "standard":
        filt = None  # 'xã phấn đấu đạt chuẩn năm 2023': the group's name, no condition on it
    return measure, filt, cset


def _group_status(s: _Seen, measure: Measure) -> Measure:
    """'xã biên giới nào chưa đạt tiêu chí 2': a group's xã by a criterion are listed."""
    if s.group and s.criterion is not None and s.scope == Scope.NONE:
        return Measure.LIST
    return measure


def _settle_count(s: _Seen) -> Measure:
    """A count: of one xã by a criterion is what it met; of a group alone, its list."""
    if s.criterion is not None and s.scope == Scope.COMMUNE:
        return Measure.MET
    if s.group and s.criterion is None and s.filt is None:
        return Measure.LIST
    return _group_status(s, Measure.COUNT)


def _settle_overview(s: _Seen) -> Measure:
    """An overview: a criterion of a district counts xã; 'xã X tiêu chí 10' is what it met;
    a group's xã in a district are its list."""
    if s.criterion is not None and s.scope in (Scope.DISTRICT, Scope.PROVINCE):
        return Measure.COUNT
    if s.group and s.scope == Scope.DISTRICT:
        return Measure.LIST
    if (
        s.scope == Scope.COMMUNE
        and s.criterion is None
        and s.filt
        and s.filt.kind == "not_standard"
    ):
        return Measure.LACKING  # 'vì sao Nhân Lý chưa đạt chuẩn': what it still lacks
    if s.scope == Scope.COMMUNE and (s.filt or s.criterion):
        return Measure.MET
    return Measure.OVERVIEW


def _settle_list(s: _Seen) -> Measure:
    """A list: of a group's NTM xã is a count; 'xã X có phải xã biên giới không', its groups."""
    measure = _group_status(s, Measure.LIST)
    if measure != Measure.LIST:
        return measure
    if s.found.has("group") and s.filt and s.filt.kind == "standard":
        return Measure.COUNT
    standard = s.filt is not None and s.filt.kind in ("standard", "not_standard")
    if standard and not s.group and s.cset != "huyen" and not s.found.has("which", "district"):
        return Measure.COUNT  # the plan names no xã by standard: how many there are
    if s.scope == Scope.COMMUNE:
        return Measure.OVERVIEW
    return Measure.LIST


def _settle_status(measure: Measure) -> Callable[[_Seen], Measure]:
    """Met or lacking: a criterion over a district or the province counts its xã."""

    def settle(s: _Seen) -> Measure:
        counted = s.criterion is not None and s.scope in (Scope.DISTRICT, Scope.PROVINCE)
        return Measure.COUNT if counted else _group_status(s, measure)

    return settle


def _settle_target(s: _Seen) -> Measure:
    """A target: of a xã, what it lacks; of a district, its own criteria, a count or overview;
    a group's ('xã phấn đấu về đích ở huyện X'), its list."""
    if s.scope == Scope.COMMUNE:
        return Measure.LACKING
    if s.group and s.criterion is None and s.scope == Scope.DISTRICT:
        return Measure.LIST
    if s.scope == Scope.DISTRICT:
        if s.cset == "huyen":
            return Measure.LACKING
        return Measure.COUNT if s.criterion is not None else Measure.OVERVIEW
    return Measure.TARGET


# How each measure is settled by the units, criterion, group and condition found.
_SETTLE: dict[Measure, Callable[[_Seen], Measure]] = {
    Measure.COUNT: _settle_count,
    Measure.OVERVIEW: _settle_overview,
    Measure.LIST: _settle_list,
    Measure.LACKING: _settle_status(Measure.LACKING),
    Measure.MET: _settle_status(Measure.MET),
    Measure.TARGET: _settle_target,
}
