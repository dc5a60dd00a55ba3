"""The lexicon's findings in one question, by slot: numbers, sets, groups, periods."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from handlers.gazetteer import Mention
from handlers.lexicon import Hit
from handlers.query import Filter, Measure

_CRIT_TOKEN = re.compile(r"^(?:tc|tieuchi|tchi)(\d{1,2})$")

_YEAR = re.compile(r"^(?:19|20)\d\d$")

NUMBER = re.compile(r"^\d{1,4}(?:\.\d+)?$")
# Measures that take their units as xã; the rest take a district name as the district.


@dataclass
class Words:
    """What the lexicon found in one question, by slot."""

    hits: list[Hit]
    slots: dict[str, list[Hit]] = field(default_factory=dict)
    pairs: set[tuple[str, str | None]] = field(default_factory=set)

    def __post_init__(self) -> None:
        hits, self.hits = self.hits, []
        for hit in hits:
            self.add(hit)

    def add(self, hit: Hit) -> None:
        """Record one more finding."""
        self.hits.append(hit)
        self.slots.setdefault(hit.slot, []).append(hit)
        self.pairs.add((hit.slot, hit.value))
        self.pairs.add((hit.slot, None))

    def values(self, slot: str) -> list[str]:
        return [h.value for h in self.slots.get(slot, ())]

    def has(self, slot: str, value: str | None = None) -> bool:
        return (slot, value) in self.pairs

    def first(self, slot: str) -> Hit | None:
        found = self.slots.get(slot)
        return found[0] if found else None


def set_of(found: Words) -> str | None:
    values = found.values("set")
    for code in ("huyen", "kieu_mau", "nang_cao", "ntm"):
        if code in values:
            return code
    if found.has("filter", "standard") and "nang_cao" in values:
        return "nang_cao"
    return None


@dataclass(frozen=True)
class Numbers:
    criterion: int | None = None
    limit: int | None = None
    filter: Filter | None = None
    years: tuple[int, ...] = ()
    nth: int | None = None
    words_span: tuple[int, int] | None = None  # where a number written in words is
    more_criteria: tuple[int, ...] = ()  # 'tc 2 và tc 5', 'tiêu chí 2, 5': the others asked


def is_second(hit: Hit, folded: Sequence[str]) -> bool:
    return folded[hit.end - 1] == "nhi"


def counted_units(found: Words, mentions: Sequence[Mention], folded: Sequence[str]) -> str | None:
    """Which units the question counts or ranks: criteria, districts or xã."""
    if found.has("which", "criterion") or _which_criterion(found, folded):
        return "criterion"
    if _criterion_ranked(found):
        return "criterion"
    starts = {m.start for m in mentions}
    if found.has("which", "district") or any(
        h.end not in starts for h in found.slots.get("kind", ()) if h.value == "district"
    ):
        return "district"
    return "xa" if asks_xa(found, mentions) else None


def _past(found: Words, start: int, slots: tuple[str, ...]) -> int:
    """Where the words after `start` stop being hits of these slots."""
    ahead = {h.start: h.end for h in found.hits if h.slot in slots}
    while start in ahead:
        start = ahead[start]
    return start


def _which_criterion(found: Words, folded: Sequence[str]) -> bool:
    """'tiêu chí nâng cao nào', 'tc nc nào': which criterion, a set's name in between."""
    crit = [h for h in found.slots.get("crit", ()) if h.value == "word"]
    ends = [_past(found, h.end, ("set",)) for h in crit]
    return any(end < len(folded) and folded[end] == "nao" for end in ends)


def _criterion_ranked(found: Words) -> bool:
    """'tiêu chí yếu nhất của huyện X', 'tiêu chí tăng nhiều nhất', 'top 3 tiêu chí': the
    criterion word itself is ranked."""
    if not found.has("order") or found.has("measure", "average") or found.has("which"):
        return False
    crit = [h for h in found.slots.get("crit", ()) if h.value == "word"]
    ends = {_past(found, h.end, ("set", "rise")) for h in crit}
    orders = [h for h in found.slots["order"] if h.value in ("min", "max", "top", "bottom")]
    after = any(h.start in ends for h in orders)
    top = any(h.end in (c.start, c.start - 1) for h in orders for c in crit)  # 'top 3 tiêu chí'
    return (after or top) and not found.has("kind", "xa")


MAX_CRITERION = 19  # the largest criterion number of any set
_AND = ("va", "voi", "and", "hoac", "or", "cung", "vs")
# Words before 'N tiêu chí' that bound a count of criteria (too common to be lexicon phrases).
_BOUNDS = {"duoi": "below", "under": "below", "tren": "above", "tu": "at_least", "over": "above"}
_ABOVE = ("tren", "over")  # a bound before any number ('từ' may start a date: 'từ 1/7')


_UNITS = ("mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin")
# 'tiêu chí số năm', 'tiêu chí mười ba': a criterion number in words, right after the word.
NUMBER_WORDS = {w: n for n, w in enumerate(_UNITS, start=1)} | {"tu": 4, "muoi": 10}
NUMBER_WORDS |= {f"muoi {w}": 10 + n for w, n in NUMBER_WORDS.items() if n < 10}
NUMBER_WORDS |= {"muoi lam": 15, "muoi tu": 14}


def _number_in_words(
    folded: Sequence[str], crit_ends: set[int]
) -> tuple[int, tuple[int, int]] | None:
    """A criterion number in words after 'tiêu chí', with the span of its words."""
    for end in sorted(crit_ends):
        i = end + 1
        while i < len(folded) and folded[i] in ("so", "thu"):
            i += 1
        pair = " ".join(folded[i : i + 2])
        if i + 2 <= len(folded) and pair in NUMBER_WORDS:  # two words, not one at the end
            return NUMBER_WORDS[pair], (i, i + 2)
        if i < len(folded) and folded[i] in NUMBER_WORDS and folded[i] != "tu":
            after = folded[i + 1] if i + 1 < len(folded) else ""
            if not _YEAR.match(after):  # 'tiêu chí năm 2023' is a year
                return NUMBER_WORDS[folded[i]], (i, i + 1)
    return None


class _Marks(NamedTuple):
    """Where the words that give a number its meaning are."""

    crit_words: set[int]  # starts of 'tiêu chí'
    crit_ends: set[int]  # ends of 'tiêu chí'
    set_ends: set[int]  # ends of a set's name ('tiêu chí huyện')
    filter_ends: dict[int, str]  # ends of a condition ('dưới'), with its kind
    kind_starts: set[int]  # starts of 'xã', 'huyện', 'nào' …


def _marks(found: Words) -> _Marks:
    crit = [h for h in found.slots.get("crit", ()) if h.value == "word"]
    kind_starts = {h.start for h in found.slots.get("kind", ())}
    kind_starts |= {h.start for h in found.slots.get("which", ())}
    return _Marks(
        {h.start for h in crit},
        {h.end - 1 for h in crit},
        {h.end - 1 for h in found.slots.get("set", ())},
        {h.end - 1: h.value for h in found.slots.get("filter", ())},
        kind_starts,
    )


@dataclass(slots=True)
class _Reading:
    """The numbers read so far."""

    criterion: int | None = None
    limit: int | None = None
    nth: int | None = None
    filt: Filter | None = None
    years: list[int] = field(default_factory=list)
    more: list[int] = field(default_factory=list)  # criteria after the first
    crit_at: int = -1  # where the last criterion number was read

    def criterion_at(self, i: int, value: int) -> None:
        """Read a criterion number at i: the first, or one more joined to it."""
        if self.criterion is None:
            self.criterion = value
        elif value != self.criterion and value not in self.more:
            self.more.append(value)
        self.crit_at = i


def read_numbers(folded: Sequence[str], found: Words) -> Numbers:
    """Read the numbers: a criterion ('tc 5', 'tiêu chí số 5'), a year, a limit, a filter."""
    marks = _marks(found)
    r = _Reading()
    for i, tok in enumerate(folded):
        match = _CRIT_TOKEN.match(tok)
        if match:
            r.criterion_at(i, int(match.group(1)))
        elif _YEAR.match(tok):
            r.years.append(int(tok))
        elif NUMBER.match(tok):
            _read_number(r, i, int(float(tok)), folded, marks, found)
    spelled = _number_in_words(folded, marks.crit_ends) if r.criterion is None else None
    words_span = None
    if spelled is not None:
        r.criterion, words_span = spelled
    filt = _filter_said(r.filt, found, folded)
    return Numbers(r.criterion, r.limit, filt, tuple(r.years), r.nth, words_span, tuple(r.more))


def _read_number(
    r: _Reading, i: int, value: int, folded: Sequence[str], marks: _Marks, found: Words
) -> None:
    """Read the number at i by its neighbours: criterion, condition, nth, limit or bound."""
    j = i - 1
    while j >= 0 and folded[j] in ("so", "thu", "no"):
        j -= 1
    before_crit = i + 1 in marks.crit_words and r.filt is None
    averaged = found.has("measure", "average") and r.filt is None
    if _names_a_criterion(r, i, j, value, folded, marks):
        r.criterion_at(i, value)
    elif j >= 0 and j in marks.filter_ends:
        r.filt = Filter(marks.filter_ends[j], value)
    elif i > 0 and folded[i - 1] in ("thu", "hang"):
        r.nth = value
    elif j >= 0 and folded[j] in _ABOVE:
        r.filt = Filter("above", value)  # "trên 90% số xã", "trên 100 xã đạt"
    elif i + 1 in marks.kind_starts or (j >= 0 and folded[j] in ("top", "bottom")):
        r.limit = value
    elif (before_crit or averaged) and j >= 0 and folded[j] in _BOUNDS:
        r.filt = Filter(_BOUNDS[folded[j]], value)  # 'trên 15 tiêu chí', 'bình quân trên 14'
    elif before_crit and found.has("filter", "at_least"):
        r.filt = Filter("at_least", value)  # '15 tiêu chí trở lên'


def _names_a_criterion(
    r: _Reading, i: int, j: int, value: int, folded: Sequence[str], marks: _Marks
) -> bool:
    """'tc 5', 'tiêu chí huyện số 5', 'tiêu chí 2 và 5'; not 'tiêu chí 20 xã biên giới'."""
    if value > MAX_CRITERION and i + 1 in marks.kind_starts:
        return False  # a number of xã after 'tiêu chí': 'bình quân tiêu chí 20 xã biên giới'
    after_word = {j, i - 1} & (marks.crit_ends | marks.set_ends)
    if j >= 0 and after_word and value < 100 and (r.criterion is None or value <= MAX_CRITERION):
        return True
    joined = r.crit_at >= 0 and (j == r.crit_at or (j == r.crit_at + 1 and folded[j] in _AND))
    return joined and value <= MAX_CRITERION and i + 1 not in marks.kind_starts


def _average_bound(folded: Sequence[str], found: Words) -> Filter | None:
    """'dưới bq tỉnh', 'trên bình quân': a bound word right before an average is a bound on it."""
    for h in found.slots.get("measure", ()):
        j = h.start - 1
        if h.value == "average" and j >= 0 and folded[j] in _BOUNDS:
            return Filter(_BOUNDS[folded[j]], None, "average")
    return None


def _filter_said(filt: Filter | None, found: Words, folded: Sequence[str]) -> Filter | None:
    """Without a number, 'đạt chuẩn' or 'chưa đạt chuẩn' is the condition, or a bound on the
    average said ('dưới bq tỉnh')."""
    if filt is None and found.has("filter", "standard"):
        filt = Filter("standard")
    if filt is None and found.has("filter", "not_standard"):
        filt = Filter("not_standard")
    return filt or (_average_bound(folded, found) if found.has("measure", "average") else None)


def criterion_by_name(
    crit_hits: list[Hit], cset: str | None, found: Words, named: bool
) -> int | None:
    """A criterion named in words counts only where the question is about criteria or units."""
    wanted = "crit_nang_cao" if cset == "nang_cao" else "crit_ntm"
    hits = [h for h in crit_hits if h.slot == wanted]
    if not hits:
        return None
    topical = (
        named
        or found.has("crit")
        or found.has("followup")  # 'còn điện' after a criterion: that criterion instead
        or any(
            found.has("measure", m) for m in ("met", "lacking", "target", "share", "count", "info")
        )
    )
    if not topical:
        return None
    best = max(hits, key=lambda h: h.end - h.start)
    return int(best.value)


def asks_xa(found: Words, mentions: Sequence[Mention]) -> bool:
    """Tell whether 'xã' is asked about ('mấy xã'), not a marker before a name ('xã X')."""
    starts = {m.start for m in mentions if any(p.kind != "province" for p in m.places)}
    return found.has("which", "xa") or any(
        h.end not in starts for h in found.slots.get("kind", ()) if h.value == "xa"
    )


_GROUPS = ("bien_gioi", "dbkk", "kieu_mau_2023", "nang_cao_2023", "ntm_2023")


def group_of(
    found: Words, measure: Measure, of: str | None = None, years: Sequence[int] = ()
) -> str | None:
    """The group asked: one named, or the 2023 candidates of a set ('ds xã nc', 'xã nc 2023
    huyện Chi Lăng')."""
    values = found.values("group")
    if found.has("which", "district") and not values:
        return None
    for code in _GROUPS:
        if code in values:
            return code
    of_xa = found.has("which", "xa") or found.has("kind", "xa") or found.has("measure", "list")
    if measure != Measure.LIST and not (measure in _OF_XA_GROUPS and of_xa):
        return None
    if measure == Measure.OVERVIEW and not (
        of == "xa" and (2023 in years or aims_for_2023(found))
    ):
        return None  # 'xã nc 2023 huyện Chi Lăng': the set's candidates, with the plan year
    if found.has("filter", "standard") and not aims_for_2023(found):
        return None  # 'xã nào đã đạt chuẩn': xã that met it, not the 2023 candidates
    sets = found.values("set")
    if "kieu_mau" in sets:
        return "kieu_mau_2023"
    if "nang_cao" in sets:
        return "nang_cao_2023"
    if "ntm" in sets or found.has("filter", "standard"):
        return "ntm_2023"
    return None


_OF_XA_GROUPS = (Measure.RANK, Measure.AVERAGE, Measure.OVERVIEW)  # 'xã' with these: a group


def bound_on(filt: Filter, found: Words, percent: bool) -> Filter:
    """Say what a bound is on: the criteria lacking ('còn thiếu trên 10 tiêu chí'), the share of
    xã ('dưới 50% xã đạt'), else the criteria met (or the average it names)."""
    if filt.value is not None and found.has("measure", "lacking"):
        return replace(filt, on="lacking")
    return replace(filt, on="share") if filt.value is not None and percent else filt


def second_group(found: Words, group: str, inside: Sequence[Hit]) -> str:
    """'vừa biên giới vừa đbkk', 'xã về đích nào là xã biên giới': another group named (also
    inside a membership phrase): the xã asked are in both; "" if none."""
    values = {*found.values("group"), *(h.value for h in inside if h.slot == "group")}
    return next((g for g in _GROUPS if g in values and g != group), "")


def aims_for_2023(found: Words) -> bool:
    """Tell whether the question is about the 2023 aim ('phấn đấu', 'năm 2023', 'kế hoạch')."""
    return found.has("measure", "target") or found.has("period", "plan_2023")
