"""Fill a Query from a question: names from the gazetteer, every other word from the lexicon.

A pure function of the text and the name index: no I/O, nothing remembered between calls.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from handlers.gazetteer import Gazetteer, Mention, Place
from handlers.lexicon import (
    Hit,
    Lexicon,
    criterion_rows,
    keys_of,
    question_words,
    typed_with_accents,
)
from handlers.query import Filter, Measure, Period, Query, Rank, Scope
from handlers.text import canon_word, fold_word, words

MAX_INPUT = 500  # longer input is cut: no question needs more, and matching stays fast
PROVINCE = "20"
CITY = "178"
_CRIT_TOKEN = re.compile(r"^(?:tc|tieuchi|tchi)(\d{1,2})$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_NUMBER = re.compile(r"^\d{1,4}(?:\.\d+)?$")
# Measures that take their units as xã; the rest take a district name as the district.
COMMUNE_MEASURES = frozenset({Measure.LACKING, Measure.MET, Measure.OVERVIEW})
# Which measure a question is about when its words name several, strongest first.
PRECEDENCE = (
    Measure.REPORT_HOW,
    Measure.TASKS,
    Measure.FUNDING,
    Measure.COMPARE,
    Measure.RANK,
    Measure.TARGET,
    Measure.AVERAGE,
    Measure.LIST,
    Measure.LACKING,
    Measure.SHARE,
    Measure.COUNT,
    Measure.MET,
    Measure.OVERVIEW,
)
OFF_TOPIC = frozenset({"weather", "price"})
_criteria_cache: weakref.WeakKeyDictionary[Gazetteer, Lexicon] = weakref.WeakKeyDictionary()


def criteria_lexicon(gaz: Gazetteer) -> Lexicon:
    """Return the criterion-name lexicon of a gazetteer's criteria, built once per gazetteer."""
    lex = _criteria_cache.get(gaz)
    if lex is None:
        rows = criterion_rows((s, n, name) for (s, n), name in gaz.criteria.items())
        lex = _criteria_cache[gaz] = Lexicon(rows)
    return lex


@dataclass
class _Words:
    """What the lexicon found in one question, by slot."""

    hits: list[Hit]
    slots: dict[str, list[Hit]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for hit in self.hits:
            self.slots.setdefault(hit.slot, []).append(hit)

    def values(self, slot: str) -> list[str]:
        return [h.value for h in self.slots.get(slot, ())]

    def has(self, slot: str, value: str | None = None) -> bool:
        return any(value is None or h.value == value for h in self.slots.get(slot, ()))

    def first(self, slot: str) -> Hit | None:
        found = self.slots.get(slot)
        return found[0] if found else None


def parse(text: str, gaz: Gazetteer) -> Query:
    """Understand one question as a Query (units, measure, criterion, period, ranking ...)."""
    typed = words(text[:MAX_INPUT])
    canon = [canon_word(w) for w in typed]
    folded = [fold_word(w) for w in typed]
    keys = keys_of(typed, canon)
    strict = typed_with_accents(canon)
    blank = _reserved(keys, folded, strict)
    mentions = [
        replace(m, text=" ".join(typed[m.start : m.end]))
        for m in gaz.find(canon, [t if i not in blank else "\x00" for i, t in enumerate(folded)])
    ]
    covered = [False] * len(typed)
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    starts = {m.start for m in mentions}
    found = _Words(
        [
            h
            for h in question_words().scan(keys, covered, strict)
            if not (h.slot == "set" and h.value == "huyen" and h.end in starts)
        ]
    )
    topics = {i for h in found.slots.get("topic", ()) for i in range(h.start, h.end)}
    crit_skip = [c or i in topics for i, c in enumerate(covered)]
    crit_hits = criteria_lexicon(gaz).scan(keys, crit_skip, strict)
    cset = _set(found)
    numbers = _numbers(folded, found)
    criterion = numbers.criterion
    if criterion is None:
        criterion = _criterion_by_name(crit_hits, cset, found, bool(mentions))
    point_back = found.has("refer") or any(
        h.start == 0 or (h.value == "more" and folded[h.start] in ("thi", "what", "how"))
        for h in found.slots.get("followup", ())
    )
    fuzzy_mention, fuzzy_score, unknown = _fuzzy(gaz, folded, covered, found, crit_hits, mentions)
    if fuzzy_mention is not None:
        mentions = [*mentions, fuzzy_mention]
    of = _counted(found, mentions)
    measure = _measure(found, mentions, criterion, cset, numbers, point_back, crit_hits, of)
    group = _group(found, measure)
    exclude, position_of, mentions = _rank_units(found, mentions, measure)
    units, scope = _units(measure, mentions, found, cset)
    measure, filt, cset = _refine(measure, scope, criterion, group, cset, numbers.filter, found)
    if measure in (Measure.AVERAGE, Measure.COUNT, Measure.SHARE) and scope == Scope.NONE:
        scope = Scope.GROUP if group else Scope.NONE
    rank = None
    if measure == Measure.RANK:
        over = "xa" if of == "xa" or group or scope == Scope.DISTRICT else "district"
        if position_of:
            over = "district" if gaz.places[position_of].kind == "district" else "xa"
        if of == "criterion":
            over = "criterion"
        nth = numbers.nth or (
            2 if any(_is_second(h, folded) for h in found.slots.get("order", ())) else None
        )
        rank = Rank(
            "min" if found.has("order", "min") else "max",
            numbers.limit,
            exclude,
            position_of,
            over,
            nth,
            "count" if _asks_xa(found, mentions) else "share",
        )
    exact = all(m.exact for m in mentions)
    score = fuzzy_score / 100 if fuzzy_mention is not None else 1.0
    wants_unit = measure in COMMUNE_MEASURES or measure in (Measure.AVERAGE, Measure.COUNT)
    suggestions: tuple[str, ...] = ()
    if units or not wants_unit or not unknown or len(unknown) < 4:
        unknown = None
    else:
        suggestions = tuple(p.code for p in gaz.suggest(unknown))
    period, year = _period(found, numbers)
    topic = next((v for v in found.values("topic")), None)
    if topic in OFF_TOPIC:
        measure = Measure.UNKNOWN
    elif topic is not None or (
        period == Period.OTHER and (measure not in _CHAT or year is not None)
    ):
        measure, topic = Measure.NO_DATA, topic or "year"
    elif measure == Measure.FUNDING and scope in (Scope.DISTRICT, Scope.COMMUNE):
        measure, topic = Measure.NO_DATA, "funding_unit"
    elif (
        (criterion == 10 or (criterion is None and _names_income(crit_hits)))
        and not found.has("crit")
        and scope in (Scope.DISTRICT, Scope.COMMUNE)
        and not (found.has("measure", "met") or found.has("measure", "lacking"))
    ):
        measure, topic = Measure.NO_DATA, "income_unit"
    return Query(
        measure=measure,
        units=units,
        scope=scope,
        cset=cset,
        criterion=criterion,
        group=group,
        filter=filt,
        period=period,
        year=year,
        rank=rank,
        topic=topic,
        of=of,
        repaired=None if exact else ", ".join(m.text for m in mentions if not m.exact),
        score=min(score, 1.0),
        unknown_name=unknown,
        suggestions=suggestions,
        mentions=tuple(mentions),
        point_back=point_back,
    )


def _reserved(keys: Sequence[str], folded: Sequence[str], strict: bool) -> set[int]:
    """Positions of set words ('nâng cao') that a name must not take ('nâng Cao Lộc')."""
    hits = question_words().scan(keys, [False] * len(keys), strict)
    return {
        i
        for h in hits
        if h.slot == "set"
        and h.end - h.start > 1
        and " ".join(folded[h.start : h.end]) == "nang cao"
        for i in range(h.start, h.end)
    }


_CHAT = frozenset({Measure.GREET, Measure.HELP, Measure.UNKNOWN, Measure.REPORT_HOW})


def _refine(
    measure: Measure,
    scope: Scope,
    criterion: int | None,
    group: str | None,
    cset: str | None,
    filt: Filter | None,
    found: _Words,
) -> tuple[Measure, Filter | None, str | None]:
    """Settle what the measure means for the units found ('mấy xã biên giới' is a list)."""
    if measure == Measure.COUNT and criterion is not None and scope == Scope.COMMUNE:
        measure = Measure.MET
    elif measure == Measure.OVERVIEW and criterion is not None and scope == Scope.DISTRICT:
        measure = Measure.COUNT
    elif measure == Measure.COUNT and group and criterion is None and filt is None:
        measure = Measure.LIST
    elif measure == Measure.LIST and scope == Scope.COMMUNE:
        measure = Measure.OVERVIEW  # 'xã X có phải xã biên giới không': its groups
    elif measure == Measure.OVERVIEW and scope == Scope.COMMUNE and (filt or criterion):
        measure = Measure.MET  # 'xã X đạt chuẩn chưa', 'xã X tiêu chí 10'
    elif measure == Measure.TARGET and scope == Scope.COMMUNE:
        measure = Measure.LACKING
    elif measure == Measure.TARGET and scope == Scope.DISTRICT:
        if cset == "huyen":
            measure = Measure.LACKING
        else:
            measure = Measure.COUNT if criterion is not None else Measure.OVERVIEW
    if (
        measure == Measure.COUNT
        and filt is None
        and criterion is None
        and cset in ("nang_cao", "kieu_mau")
    ):
        filt = Filter("standard")
    if measure == Measure.LIST and found.has("which", "district") and found.has("filter"):
        cset = "huyen"
    return measure, filt, cset


def _set(found: _Words) -> str | None:
    values = found.values("set")
    for code in ("huyen", "kieu_mau", "nang_cao", "ntm"):
        if code in values:
            return code
    if found.has("filter", "standard") and "nang_cao" in values:
        return "nang_cao"
    return None


@dataclass(frozen=True)
class _Numbers:
    criterion: int | None = None
    limit: int | None = None
    filter: Filter | None = None
    years: tuple[int, ...] = ()
    nth: int | None = None


def _is_second(hit: Hit, folded: Sequence[str]) -> bool:
    return folded[hit.end - 1] == "nhi"


def _counted(found: _Words, mentions: Sequence[Mention]) -> str | None:
    """Which units the question counts or ranks: criteria, districts or xã."""
    if found.has("which", "criterion"):
        return "criterion"
    starts = {m.start for m in mentions}
    if found.has("which", "district") or any(
        h.end not in starts for h in found.slots.get("kind", ()) if h.value == "district"
    ):
        return "district"
    return "xa" if _asks_xa(found, mentions) else None


def _numbers(folded: Sequence[str], found: _Words) -> _Numbers:
    """Read the numbers: a criterion ('tc 5', 'tiêu chí số 5'), a year, a limit, a filter."""
    crit_words = {h.start for h in found.slots.get("crit", ()) if h.value == "word"}
    crit_ends = {h.end - 1 for h in found.slots.get("crit", ()) if h.value == "word"}
    set_ends = {h.end - 1 for h in found.slots.get("set", ())}
    filter_ends = {h.end - 1: h.value for h in found.slots.get("filter", ())}
    kind_starts = {h.start for h in found.slots.get("kind", ())}
    kind_starts |= {h.start for h in found.slots.get("which", ())}
    criterion = limit = nth = None
    filt = None
    years: list[int] = []
    for i, tok in enumerate(folded):
        match = _CRIT_TOKEN.match(tok)
        if match:
            criterion = criterion or int(match.group(1))
            continue
        if not _NUMBER.match(tok):
            continue
        if _YEAR.match(tok):
            years.append(int(tok))
            continue
        value = int(float(tok))
        j = i - 1
        while j >= 0 and folded[j] in ("so", "thu", "no"):
            j -= 1
        if j >= 0 and (j in crit_ends or j in set_ends) and criterion is None and value < 100:
            criterion = value
        elif j >= 0 and j in filter_ends:
            filt = Filter(filter_ends[j], value)
        elif i > 0 and folded[i - 1] in ("thu", "hang"):
            nth = value
        elif i + 1 in kind_starts or (j >= 0 and folded[j] == "top"):
            limit = value
        elif i + 1 in crit_words and filt is None and j >= 0 and folded[j] in ("duoi", "under"):
            filt = Filter("below", value)
    if filt is None and found.has("filter", "standard"):
        filt = Filter("standard")
    if filt is None and found.has("filter", "not_standard"):
        filt = Filter("not_standard")
    return _Numbers(criterion, limit, filt, tuple(years), nth)


def _criterion_by_name(
    crit_hits: list[Hit], cset: str | None, found: _Words, named: bool
) -> int | None:
    """A criterion named in words counts only where the question is about criteria or units."""
    wanted = "crit_nang_cao" if cset == "nang_cao" else "crit_ntm"
    hits = [h for h in crit_hits if h.slot == wanted]
    if not hits:
        return None
    topical = (
        named
        or found.has("crit")
        or any(
            found.has("measure", m) for m in ("met", "lacking", "target", "share", "count", "info")
        )
    )
    if not topical:
        return None
    best = max(hits, key=lambda h: h.end - h.start)
    return int(best.value)


def _measure(
    found: _Words,
    mentions: Sequence[Mention],
    criterion: int | None,
    cset: str | None,
    numbers: _Numbers,
    point_back: bool,
    crit_hits: list[Hit],
    of: str | None,
) -> Measure:
    """Pick what the question measures from the words found, by PRECEDENCE and context."""
    said = set(found.values("measure"))
    _loose_order(found)
    has_commune = any(_communes(m) and m.marker != "district" for m in mentions)
    named = [m for m in mentions if m.places]
    if (
        "info" in said
        and (criterion is not None or (cset and not named))
        and (not ({"count", "list"} & said) or (criterion is not None and "count" not in said))
    ):
        return Measure.INFO
    if found.has("position") or (found.has("order") and (found.has("which") or not has_commune)):
        said.add("rank")
    if of == "district" and numbers.nth:
        said.add("rank")
    if "compare" in said and len({_unit_key(m) for m in named}) < 2:
        said.discard("compare")
    if found.has("group") and not (
        {"list", "average", "rank", "target", "count", "lacking", "met", "share"} & said
    ):
        said.add("list")
    if "target" in said and (("list" in said and criterion is None) or "lacking" in said):
        said.discard("target")
    if found.has("which") and found.has("filter") and not said:
        said.add("list")
    listable = found.has("group") or found.has("set") or found.has("filter", "standard")
    if "list" in said and not (listable or found.has("kind", "district") or named):
        said.discard("list")
    if "list" in said and criterion is not None and not found.has("group"):
        said.discard("list")
        said.add("count")
    if "count" in said and "met" in said and has_commune and not _asks_xa(found, mentions):
        said.discard("count")
    if "share" in said and criterion is None and not found.has("filter"):
        said.discard("share")
    if "count" in said and criterion is None and not (found.has("filter") or of):
        said.discard("count")
    for measure in PRECEDENCE:
        if measure.value in said:
            if measure in (Measure.MET, Measure.OVERVIEW) and not named and not point_back:
                continue
            if measure == Measure.LACKING and not named and criterion is not None:
                return Measure.COUNT
            return measure
    if point_back:
        return Measure.FOLLOWUP
    if named:
        return Measure.OVERVIEW
    if criterion is not None or (crit_hits and found.has("crit")):
        return Measure.INFO if criterion is not None else Measure.UNKNOWN
    if "help" in said:
        return Measure.HELP
    if found.has("greet"):
        return Measure.GREET
    return Measure.UNKNOWN


def _names_income(crit_hits: list[Hit]) -> bool:
    return any(h.slot == "crit_ntm" and h.value == "10" for h in crit_hits)


def _loose_order(found: _Words) -> None:
    """'ít tiêu chí nhất', 'nhiều xã đạt nhất': an order word, then 'nhất' within four words."""
    if found.has("order", "min") or found.has("order", "max"):
        return
    ends = [h.start for h in found.slots.get("order", ()) if h.value == "max_loose"]
    for head in found.slots.get("order_head", ()):
        if any(0 < end - head.start <= 7 for end in ends):
            hit = Hit("order", head.value, head.start, head.end)
            found.hits.append(hit)
            found.slots.setdefault("order", []).append(hit)
            return


def _asks_xa(found: _Words, mentions: Sequence[Mention]) -> bool:
    """Tell whether 'xã' is asked about ('mấy xã'), not a marker before a name ('xã X')."""
    starts = {m.start for m in mentions if any(p.kind != "province" for p in m.places)}
    return found.has("which", "xa") or any(
        h.end not in starts for h in found.slots.get("kind", ()) if h.value == "xa"
    )


def _unit_key(m: Mention) -> tuple[str, ...]:
    return tuple(sorted(p.code for p in m.places))


def _communes(m: Mention) -> list[Place]:
    return [p for p in m.places if p.kind == "xa"]


def _district_of(m: Mention) -> Place | None:
    return next((p for p in m.places if p.kind in ("district", "province")), None)


def _group(found: _Words, measure: Measure) -> str | None:
    values = found.values("group")
    if found.has("which", "district") and not values:
        return None
    for code in ("bien_gioi", "dbkk", "kieu_mau_2023", "nang_cao_2023", "ntm_2023"):
        if code in values:
            return code
    if measure != Measure.LIST and not (measure == Measure.RANK and found.has("which", "xa")):
        return None
    sets = found.values("set")
    if "kieu_mau" in sets:
        return "kieu_mau_2023"
    if "nang_cao" in sets:
        return "nang_cao_2023"
    if "ntm" in sets or found.has("filter", "standard"):
        return "ntm_2023"
    return None


def _rank_units(
    found: _Words, mentions: list[Mention], measure: Measure
) -> tuple[tuple[str, ...], str | None, list[Mention]]:
    """Split off the units a ranking leaves out ('trừ thành phố') and whose place is asked."""
    if measure != Measure.RANK:
        return (), None, mentions
    exclude: list[str] = []
    kept: list[Mention] = []
    starts = [h.end for h in found.slots.get("exclude", ())]
    for m in mentions:
        if any(0 <= m.start - end <= 1 for end in starts):
            exclude.extend(p.code for p in m.places if p.kind == "district")
        else:
            kept.append(m)
    position_of = None
    if found.has("position"):
        target = next((m for m in kept if m.places and _district_of(m) is not None), None)
        target = target or next((m for m in kept if _communes(m)), None)
        if target is not None:
            place = _district_of(target) or _communes(target)[0]
            if place.kind != "province":
                position_of = place.code
                kept = [m for m in kept if m is not target]
    return tuple(exclude), position_of, kept


def _units(
    measure: Measure, mentions: Sequence[Mention], found: _Words, cset: str | None
) -> tuple[tuple[str, ...], Scope]:
    """Choose the units: xã for questions about one xã, the district for the rest."""
    named = [m for m in mentions if m.places]
    if not named:
        return (), Scope.NONE
    if measure == Measure.COMPARE:
        codes: list[str] = []
        for m in named:
            place = _district_of(m) if m.marker != "xa" else None
            if place is None and _communes(m):
                place = _communes(m)[0]
            if place is not None and place.code not in codes:
                codes.append(place.code)
        return tuple(codes), _scope_of(codes[0]) if codes else Scope.NONE
    districts = [m for m in named if _district_of(m) is not None and m.marker != "xa"]
    communes = [m for m in named if _communes(m) and m.marker != "district"]
    wants_commune = measure in COMMUNE_MEASURES or measure == Measure.FOLLOWUP
    wants_commune = wants_commune and cset != "huyen"
    if wants_commune and communes:
        head = next((m for m in communes if m not in districts), communes[0])
        places = _communes(head)
        qualifier = {
            p.code
            for m in named
            if m is not head
            for p in m.places
            if p.kind in ("district", "province")
        }
        narrowed = [p for p in places if p.parent_code in qualifier]
        codes = [p.code for p in (narrowed or places)]
        district = _district_of(head)
        if district is not None and head.marker is None and not narrowed:
            if measure == Measure.OVERVIEW and len(named) == 1 and not found.has("kind", "xa"):
                return (district.code,), _scope_of(district.code)
            if head not in communes[1:] and len(communes) == 1 and head in districts:
                codes.append(district.code)
        return tuple(codes), Scope.COMMUNE if not narrowed and len(codes) > 1 else _scope(codes)
    if districts:
        place = _district_of(districts[0])
        assert place is not None
        return (place.code,), _scope_of(place.code)
    if communes:
        codes = [p.code for p in _communes(communes[0])]
        return tuple(codes), Scope.COMMUNE
    # a thị trấn or phường named with its marker: the plan does not track it
    head = named[0]
    return tuple(p.code for p in head.places), Scope.COMMUNE


def _scope(codes: Sequence[str]) -> Scope:
    return _scope_of(codes[0]) if len(codes) == 1 else Scope.COMMUNE


def _scope_of(code: str) -> Scope:
    if code == PROVINCE:
        return Scope.PROVINCE
    return Scope.DISTRICT if len(code) <= 3 else Scope.COMMUNE


def _period(found: _Words, numbers: _Numbers) -> tuple[Period, int | None]:
    other = [y for y in numbers.years if y not in (2022, 2023)]
    if other:
        return Period.OTHER, other[0]
    if found.has("period", "other"):
        return Period.OTHER, None
    if 2022 in numbers.years:
        return Period.END_2022, 2022
    if 2023 in numbers.years:
        return Period.PLAN_2023, 2023
    values = found.values("period")
    if "plan_2023" in values:
        return Period.PLAN_2023, None
    if "end_2022" in values:
        return Period.END_2022, None
    return Period.ANY, None


_MARKER_WORDS = frozenset(("xa", "huyen", "x", "h", "tp", "phuong", "thi", "tran"))


def _fuzzy(
    gaz: Gazetteer,
    folded: Sequence[str],
    covered: Sequence[bool],
    found: _Words,
    crit_hits: list[Hit],
    mentions: Sequence[Mention],
) -> tuple[Mention | None, float, str | None]:
    """Match what is left after names and known words against the names, loosely."""
    if any(_communes(m) for m in mentions):
        return None, 0.0, None
    used = list(covered)
    for hit in (*found.hits, *crit_hits):
        if hit.slot == "stop" and any(t in gaz.name_tokens for t in folded[hit.start : hit.end]):
            continue
        for i in range(hit.start, hit.end):
            used[i] = True
    runs: list[list[str]] = [[]]
    for i, tok in enumerate(folded):
        if used[i] or tok.isdigit() or len(tok) == 1 or _NUMBER.match(tok):
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(tok)
    texts = [r for r in runs if r]
    best: tuple[float, list[Place], str] = (0.0, [], "")
    for run in texts:
        spans = {" ".join(run[i : i + n]) for n in (2, 3) for i in range(len(run) - n + 1)}
        if len(run) > 1:
            spans.add(" ".join(run))
        for span in spans:
            score, places = gaz.fuzzy(span)
            if score > best[0]:
                best = (score, places, span)
    if best[1]:
        return Mention(-1, -1, best[2], tuple(best[1]), None, False), best[0], None
    if not texts:
        return None, 0.0, None
    longest = max(texts, key=len)
    while longest and longest[0] in _MARKER_WORDS:
        longest = longest[1:]
    return None, 0.0, " ".join(longest) or None
