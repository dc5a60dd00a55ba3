"""Fill a Query from a question: names from the gazetteer, every other word from the lexicon.

A pure function of the text and the name index: no I/O, nothing remembered between calls.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import replace

from handlers.gazetteer import Gazetteer, Mention
from handlers.lexicon import (
    Hit,
    Lexicon,
    criterion_rows,
    keys_of,
    question_words,
)
from handlers.parse_units import (
    COMMUNE_MEASURES,
    choose_units,
    compared_units,
    loose_mention,
    rank_units,
    unit_key,
    xa_of,
)
from handlers.parse_words import (
    Numbers,
    Words,
    asks_xa,
    beyond_the_plan,
    counted_units,
    criterion_by_name,
    group_of,
    is_second,
    period_of,
    read_numbers,
    set_of,
)
from handlers.query import Filter, Measure, Query, Rank, Scope
from vocab.text import canon_word, fold_word, words

MAX_INPUT = 1000  # longer input is cut (the router refuses longer messages): matching stays fast
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
    Measure.ABOUT,
)
_criteria_cache: weakref.WeakKeyDictionary[Gazetteer, Lexicon] = weakref.WeakKeyDictionary()


def criteria_lexicon(gaz: Gazetteer) -> Lexicon:
    """Return the criterion-name lexicon of a gazetteer's criteria, built once per gazetteer."""
    lex = _criteria_cache.get(gaz)
    if lex is None:
        rows = criterion_rows((s, n, name) for (s, n), name in gaz.criteria.items())
        lex = _criteria_cache[gaz] = Lexicon(rows)
    return lex


def parse(text: str, gaz: Gazetteer) -> Query:
    """Understand one question as a Query (units, measure, criterion, period, ranking ...)."""
    typed = words(text[:MAX_INPUT])
    canon = [canon_word(w) for w in typed]
    folded = [fold_word(w) for w in typed]
    keys, strict = keys_of(typed, canon)
    free = [False] * len(keys)
    word_hits = question_words().scan(keys, free, strict)
    crit_hits = criteria_lexicon(gaz).scan(keys, free, strict)
    blank = _reserved((*word_hits, *crit_hits), folded, gaz)
    mentions = [
        replace(m, text=" ".join(typed[m.start : m.end]))
        for m in gaz.find(canon, [t if i not in blank else "\x00" for i, t in enumerate(folded)])
    ]
    covered = [False] * len(typed)
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    starts = {m.start for m in mentions}
    if _overlaps(word_hits, covered):  # a name took words: read the rest again
        word_hits = question_words().scan(keys, covered, strict)
    found = Words(
        [h for h in word_hits if not (h.slot == "set" and h.value == "huyen" and h.end in starts)]
    )
    topics = {i for h in found.slots.get("topic", ()) for i in range(h.start, h.end)}
    crit_skip = [c or i in topics for i, c in enumerate(covered)]
    if _overlaps(crit_hits, crit_skip):
        crit_hits = criteria_lexicon(gaz).scan(keys, crit_skip, strict)
    cset = set_of(found)
    numbers = read_numbers(folded, found)
    criterion = numbers.criterion
    figure = found.first("figure")
    if criterion is None and figure is not None:
        criterion = int(figure.value)  # 'km đường' is criterion 2's figure
    if criterion is None:
        criterion = criterion_by_name(crit_hits, cset, found, bool(mentions))
    point_back = found.has("refer") or any(
        h.start == 0 or (h.value == "more" and folded[h.start] in ("thi", "what", "how"))
        for h in found.slots.get("followup", ())
    )
    if numbers.words_span is not None:  # 'mười ba' is a number, not a name
        covered = list(covered)
        for i in range(*numbers.words_span):
            covered[i] = True
    loose = loose_mention(gaz, folded, covered, found, crit_hits, mentions)
    if loose.mention is not None:
        mentions = [*mentions, loose.mention]
    of = counted_units(found, mentions)
    measure = _measure(found, mentions, criterion, cset, numbers, point_back, crit_hits, of)
    group = group_of(found, measure)
    exclude, position_of, mentions, ambiguous = rank_units(found, mentions, measure)
    units, scope = choose_units(measure, mentions, found, cset)
    measure, filt, cset = _refine(measure, scope, criterion, group, cset, numbers.filter, found)
    unsaid = criterion is None and filt is None and group is None and scope != Scope.COMMUNE
    if measure == Measure.COUNT and unsaid and found.has("measure", "met"):
        filt = Filter("met")  # 'có bao nhiêu xã đạt': meeting what? (or the last criterion)
        point_back = True
    if measure in (Measure.AVERAGE, Measure.COUNT, Measure.SHARE) and scope == Scope.NONE:
        scope = Scope.GROUP if group else Scope.NONE
    rank = None
    if measure == Measure.RANK:
        by_xa = of == "xa" or group or (scope == Scope.DISTRICT and of != "district")
        over = "xa" if by_xa else "district"
        if position_of:
            over = "district" if gaz.places[position_of].kind == "district" else "xa"
        nth = numbers.nth or (
            2 if any(is_second(h, folded) for h in found.slots.get("order", ())) else None
        )
        lowest = found.has("order", "min")
        if found.has("measure", "lacking"):
            lowest = not lowest  # 'thiếu nhiều tiêu chí nhất' is the fewest met
        rank = Rank(
            "min" if lowest else "max",
            numbers.limit,
            exclude,
            position_of,
            "criterion" if of == "criterion" else over,
            nth,
            "count" if asks_xa(found, mentions) and not found.has("measure", "share") else "share",
        )
    exact = all(m.exact for m in mentions)
    score = loose.score / 100 if loose.mention is not None else 1.0
    wants_unit = measure in COMMUNE_MEASURES or measure in (Measure.AVERAGE, Measure.COUNT)
    wants_unit = wants_unit and group is None  # a group is what the question is about
    suggestions: tuple[str, ...] = ()
    unknown = loose.unknown
    if units or not wants_unit or not unknown or (len(unknown) < 4 and not loose.marked):
        unknown = None
    else:
        suggestions = tuple(p.code for p in gaz.suggest(unknown))
    period, year = period_of(found, numbers)
    if measure == Measure.GREET and found.has("greet", "thanks"):
        return Query(Measure.GREET, topic="thanks")
    measure, topic = beyond_the_plan(measure, scope, criterion, period, year, found, crit_hits)
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
        ambiguous=compared_units(mentions)[1] if measure == Measure.COMPARE else ambiguous,
    )


def _reserved(hits: Sequence[Hit], folded: Sequence[str], gaz: Gazetteer) -> set[int]:
    """Positions of question phrases a name must not take a word of.

    'nâng Cao Lộc' is not Cao Lộc and 'giao Thông Nhất' is not Thống Nhất: a phrase of two
    words or more keeps its words, unless the phrase is itself a name.
    """
    found: set[int] = set()
    for h in hits:
        if h.end - h.start > 1 and " ".join(folded[h.start : h.end]) not in gaz.by_name:
            found.update(range(h.start, h.end))
    return found


def _overlaps(hits: Sequence[Hit], skip: Sequence[bool]) -> bool:
    return any(skip[i] for h in hits for i in range(h.start, h.end))


_XA_STATUS = frozenset((Measure.COUNT, Measure.LIST, Measure.LACKING, Measure.MET))


def _refine(
    measure: Measure,
    scope: Scope,
    criterion: int | None,
    group: str | None,
    cset: str | None,
    filt: Filter | None,
    found: Words,
) -> tuple[Measure, Filter | None, str | None]:
    """Settle what the measure means for the units found ('mấy xã biên giới' is a list)."""
    if measure == Measure.COUNT and criterion is not None and scope == Scope.COMMUNE:
        measure = Measure.MET
    elif (
        measure == Measure.OVERVIEW
        and criterion is not None
        and scope in (Scope.DISTRICT, Scope.PROVINCE)
    ):
        measure = Measure.COUNT
    elif measure == Measure.COUNT and group and criterion is None and filt is None:
        measure = Measure.LIST
    elif group and criterion is not None and measure in _XA_STATUS and scope == Scope.NONE:
        measure = Measure.LIST  # 'xã biên giới nào chưa đạt tiêu chí 2': the group's xã
    elif measure == Measure.LIST and found.has("group") and filt and filt.kind == "standard":
        measure = Measure.COUNT  # 'xã biên giới nào đạt đủ 19 tiêu chí': the group's NTM xã
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
    if measure == Measure.LIST and criterion is not None and filt is None:
        filt = Filter("lacking" if found.has("measure", "lacking") else "met")
    if measure == Measure.LIST and found.has("which", "district") and found.has("filter"):
        cset = "huyen"
    return measure, filt, cset


def _measure(
    found: Words,
    mentions: Sequence[Mention],
    criterion: int | None,
    cset: str | None,
    numbers: Numbers,
    point_back: bool,
    crit_hits: list[Hit],
    of: str | None,
) -> Measure:
    """Pick what the question measures from the words found, by PRECEDENCE and context."""
    said = set(found.values("measure"))
    _loose_order(found)
    has_commune = any(xa_of(m) and m.marker != "district" for m in mentions)
    named = [m for m in mentions if m.places]
    if (
        "info" in said
        and (criterion is not None or (cset and not named))
        and (not ({"count", "list"} & said) or (criterion is not None and "count" not in said))
    ):
        return Measure.INFO
    if found.has("position") or (found.has("order") and (found.has("which") or not has_commune)):
        said.add("rank")
    if numbers.filter is not None and numbers.filter.value is not None and criterion is None:
        said -= {"list", "met"}
        said.add("count")  # 'có xã nào dưới 5 tiêu chí không'
    if of == "district" and numbers.nth:
        said.add("rank")
    local = [m for m in named if any(p.kind != "province" for p in m.places)]
    plain = not said - {"met", "count", "share", "overview"}
    if of == "criterion" and plain and not xa_only_named(named) and not found.has("group"):
        said.add("rank")  # 'tiêu chí nào đã đạt 181/181', 'số xã đạt từng tiêu chí': a table
    listing = "list" in said or found.has("group")
    each_xa = "met" in said and not said - {"list", "met", "count"} and (local or listing)
    if listing and each_xa and not numbers.filter and criterion is None:
        said.add("rank")  # 'các xã đbkk mỗi xã đạt bao nhiêu tiêu chí': each xã's figure
    standard = numbers.filter is not None and numbers.filter.kind in ("standard", "not_standard")
    huyen = cset == "huyen"
    if standard and ({"count", "target"} & said) and not xa_only_named(named) and not huyen:
        said -= {"lacking", "met", "target"}
        said.add("count")  # 'Hữu Lũng cần thêm bao nhiêu xã đạt chuẩn'
    asks_criteria = found.has("crit") or found.has("which", "criterion")
    if found.has("member") and has_commune:
        return Measure.OVERVIEW  # 'Mẫu Sơn Lộc Bình có trong nhóm xã biên giới không'
    if "funding" in said and ({"lacking", "met"} & said) and asks_criteria:
        said.discard("funding")  # 'do thiếu vốn nên … chưa đạt tiêu chí nào': money is context
    opens_with_compare = any(h.start == 0 and h.value == "compare" for h in found.hits)
    if "compare" in said and len({unit_key(m) for m in named}) < 2 and not opens_with_compare:
        said.discard("compare")  # 'so với Bắc Sơn' alone compares with the last question's
    districts = [
        m for m in named if m.marker != "xa" and any(p.kind == "district" for p in m.places)
    ]
    xa_only = [m for m in named if xa_of(m) and not any(p.kind == "district" for p in m.places)]
    side_by_side = len(districts) >= 2 or len({unit_key(m) for m in xa_only}) >= 2
    if side_by_side and not said - {"overview", "average", "count", "share", "met"}:
        said.add("compare")  # 'Bình Gia và Văn Quan', 'Bằng Mạc và Bằng Hữu'
    if found.has("figure") and not local:
        said -= {"count", "met", "average", "share", "info"}
        said.add("target")  # 'bao nhiêu km đường', 'mấy trường đạt chuẩn quốc gia'
    if "average" in said and of == "district" and not local:
        said.add("rank")  # 'bình quân tiêu chí các huyện': every district's
    if found.has("group") and not (
        {"list", "average", "rank", "target", "count", "lacking", "met", "share"} & said
    ):
        said.add("list")
    if "target" in said and (("list" in said and criterion is None) or "lacking" in said):
        said.discard("target")
    if found.has("which") and found.has("filter") and not said:
        said.add("list")
    listable = found.has("group") or found.has("set") or found.has("filter", "standard")
    listable = listable or (criterion is not None and found.has("which", "xa"))
    if "list" in said and not (listable or found.has("kind", "district") or named):
        said.discard("list")
    if "list" in said and criterion is not None and not found.has("group"):
        said.discard("list")
        # 'xã nào chưa đạt tiêu chí 19' lists them; 'bao nhiêu xã đạt tiêu chí 19' counts
        said.add("count" if "count" in said or not found.has("which", "xa") else "list")
    if criterion is not None and of == "district" and not said - {"met", "share", "count"}:
        said.add("rank")  # 'tiêu chí 17 của các huyện': every district's figure
    if "count" in said and "met" in said and has_commune and not asks_xa(found, mentions):
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
    if not said and (found.has("crit", "word") or found.has("set")) and not found.has("greet"):
        return Measure.INFO  # 'tiêu chí', 'nâng cao' alone: the set's list
    if "help" in said:
        return Measure.HELP
    if found.has("greet"):
        return Measure.GREET
    return Measure.UNKNOWN


def xa_only_named(named: Sequence[Mention]) -> bool:
    return any(xa_of(m) and not any(p.kind == "district" for p in m.places) for m in named)


def _loose_order(found: Words) -> None:
    """'ít tiêu chí nhất', 'nhiều xã đạt nhất': an order word, then 'nhất' within four words."""
    if found.has("order", "min") or found.has("order", "max"):
        return
    ends = [h.start for h in found.slots.get("order", ()) if h.value == "max_loose"]
    for head in found.slots.get("order_head", ()):
        if any(0 < end - head.start <= 7 for end in ends):
            found.add(Hit("order", head.value, head.start, head.end))
            return
