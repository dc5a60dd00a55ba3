"""Fill a Query from a question: names from the gazetteer, every other word from the lexicon.

A pure function of the text and the name index: no I/O, nothing remembered between calls.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import replace

from handlers.gazetteer import Gazetteer, Mention
from handlers.lexicon import (
    Hit,
    Lexicon,
    criterion_rows,
    keys_of,
    question_words,
    slips_of,
)
from handlers.name_repair import clean_word
from handlers.parse_context import (
    beyond_the_plan,
    elliptical,
    name_not_found,
    names_only,
    period_of,
    points_back,
    report_topic,
    status_of_no_one,
)
from handlers.parse_measure import measure_of
from handlers.parse_settle import refine
from handlers.parse_units import (
    COMMUNE_MEASURES,
    Loose,
    choose_units,
    compared_units,
    loose_mention,
    rank_of,
    rank_units,
    units_meant,
)
from handlers.parse_words import (
    Numbers,
    Words,
    bound_on,
    counted_units,
    criterion_by_name,
    group_of,
    read_numbers,
    second_group,
    set_of,
)
from handlers.query import Filter, Measure, Query, Scope
from vocab.text import canon_word, fold, fold_word, words

MAX_INPUT = 1000  # longer input is cut (the router refuses longer messages): matching stays fast
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
    raw = words(text[:MAX_INPUT])
    typed = _undo_slips(raw, gaz)
    canon = [canon_word(w) for w in typed]
    folded = [fold_word(w) for w in typed]
    found, crit_hits, mentions, covered = _read_words(typed, canon, folded, gaz, raw)
    cset = set_of(found) or (_set_by_criterion_name(crit_hits, found) if crit_hits else None)
    numbers = read_numbers(folded, found)
    criterion = _criterion_of(numbers, found, crit_hits, cset, mentions)
    detail = not mentions and (found.has("detail") or names_only(found, criterion, numbers))
    point_back = detail or points_back(found, folded)
    covered = _with_number_words(covered, numbers)
    loose = loose_mention(gaz, folded, covered, found, crit_hits, mentions)
    if loose.mention is not None:
        mentions = [*mentions, loose.mention]
    point_back = point_back or (not mentions and status_of_no_one(found, loose, criterion))
    of = counted_units(found, mentions, folded)
    if name_not_found(loose, found, numbers):
        of = None  # 'huyện Trang Dihnn bình quân': a name not found, not what is counted
    measure = measure_of(found, mentions, criterion, cset, numbers, point_back, crit_hits, of)
    group = group_of(found, measure, of, numbers.years)
    exclude, position_of, mentions, ambiguous = rank_units(found, mentions, measure)
    units, scope = choose_units(measure, mentions, found, cset)
    measure, filt, cset = refine(measure, scope, criterion, group, cset, numbers.filter, found)
    unsaid = criterion is None and filt is None and group is None and scope != Scope.COMMUNE
    if measure == Measure.COUNT and unsaid and cset and not found.has("crit"):
        filt = Filter("standard")  # 'số xã ntm', 'NTM communes': the xã meeting the standard
    elif measure == Measure.COUNT and unsaid and found.has("measure", "met"):
        filt = Filter("met")  # 'có bao nhiêu xã đạt': meeting what? (or the last criterion)
        point_back = True
    if measure in (Measure.AVERAGE, Measure.COUNT, Measure.SHARE) and scope == Scope.NONE:
        scope = Scope.GROUP if group else Scope.NONE
    rank = None
    if measure == Measure.RANK:
        ordered = found.has("order") or found.has("position")
        point_back = point_back or bool(exclude and not ordered)  # 'trừ thành phố ra' again
        ranked = (exclude, position_of)
        rank = rank_of(found, numbers, folded, mentions, of, group, scope, ranked, gaz)
    exact = all(m.exact for m in mentions)
    score = loose.score / 100 if loose.mention is not None else 1.0
    unknown, suggestions = _unknown_name(loose, units, measure, group, gaz)
    period, year = period_of(found, numbers)
    if measure == Measure.GREET and found.has("greet", "thanks"):
        return Query(Measure.GREET, topic="thanks")
    measure, topic = beyond_the_plan(measure, scope, criterion, period, year, found, crit_hits)
    if measure in (Measure.REPORT_HOW, Measure.REPORT_RULES):  # 'mã đăng ký', 'ai duyệt'
        topic = report_topic(folded)
    return Query(
        measure=measure,
        units=units,
        scope=scope,
        cset=cset,
        criterion=criterion,
        group=group,
        filter=filt and bound_on(filt, found, _percent(text)),
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
        more_criteria=numbers.more_criteria if criterion == numbers.criterion else (),
        parent=found.has("refer", "district") or found.has("refer", "own_district"),
        own=found.has("refer", "own") or found.has("refer", "own_district"),
        elliptical=elliptical(typed, found, mentions),
        detail=detail,
        also_group=(group and second_group(found, group, _groups_in(found, typed, canon))) or "",
    )


_PERCENT = re.compile(r"\d\s*%")
_PERCENT_WORDS = re.compile(r"\d (?:phan tram|percent)")


def _percent(text: str) -> bool:
    """Tell whether a number is given in percent ('50%', '50 phần trăm')."""
    text = text[:MAX_INPUT]
    return bool(_PERCENT.search(text) or _PERCENT_WORDS.search(fold(text)))


def _groups_in(found: Words, typed: Sequence[str], canon: Sequence[str]) -> list[Hit]:
    """The groups named inside a membership phrase ('là xã biên giới')."""
    if not found.has("member"):
        return []
    keys, strict = keys_of(typed, canon)
    return [
        g
        for h in found.slots["member"]
        for g in question_words().scan(
            keys, [not h.start < i < h.end for i in range(len(keys))], strict
        )
    ]


def respelled(text: str, gaz: Gazetteer, names: frozenset[str] = frozenset()) -> str:
    """The text with typing slips in its question words undone ('giowf thuoocj xax naof' →
    'gio thuoc xa nao') and words typed closed up opened ('bìnhquân' → 'bình quân', 'tieu
    chi1' → 'tieu chi 1'), for every reader after the parser; names stay as typed (`names`:
    more words of names, today's units' among them, that a closed-up word may be made of)."""
    raw = words(text[:MAX_INPUT])
    known = question_words().tokens

    def word(piece: str) -> bool:
        return _is_known(piece, known, gaz) or fold_word(piece) in names

    typed = _undo_slips(raw, gaz)
    for i, was in enumerate(raw):
        if not word(was):  # a number glued on first: 'chi1' after 'tieu' is no VNI 'chí'
            numbered = _numbered(was, raw[i - 1] if i else "", word)
            if numbered is not None:
                typed[i] = numbered
            elif typed[i] == was:  # no slip undone: maybe words closed up ('bìnhquân')
                typed[i] = _opened(was, word) or was
    unread = [not word(w) and w == t for w, t in zip(raw, typed, strict=True)]
    for i, (was, now) in enumerate(zip(raw, typed, strict=True)):
        if now != was and _in_a_name(now, i, unread, gaz, names):
            now = was  # 'Tixnh Bawsc': a name's slips are name repair's, not 'tỉnh'
        if was != now:
            text = re.sub(rf"(?<!\w){re.escape(was)}(?!\w)", now, text, flags=re.IGNORECASE)
    return text


def _in_a_name(
    word: str, i: int, unread: Sequence[bool], gaz: Gazetteer, names: frozenset[str]
) -> bool:
    """Tell whether a word respelled into a question word may be a name's instead: it is also
    a name's word, and a word beside it is read as nothing (a name's other word, slipped)."""
    beside = (i > 0 and unread[i - 1]) or (i + 1 < len(unread) and unread[i + 1])
    return beside and (fold_word(word) in gaz.name_tokens or fold_word(word) in names)


# A criterion's word with its number glued on, and maybe more words: 'tc17toàn', 'chi1'.
_GLUED_NUMBER = re.compile(r"^(tc|tieuchi|chi)(\d{1,2})(\D*)$")
MAX_OPENED_PARTS = 6
MIN_PART = 2  # letters: a part shorter is no word a phone closed up ('a', 'k')
MIN_OPENED = 6  # letters: a shorter unknown word is a slip ('Tiếm'), not words closed up


def _numbered(word: str, before: str, known: Callable[[str], bool]) -> str | None:
    """A criterion's word with its number glued on, opened ('tc17toàn' → 'tc 17 toàn'; 'chi1'
    after 'tieu': a number, not a VNI tone mark), or None."""
    glued = _GLUED_NUMBER.match(fold_word(word))
    if glued is None or (glued[1] == "chi" and fold_word(before) != "tieu"):
        return None
    tail = word[len(word) - len(glued[3]) :] if glued[3] else ""
    rest = _parts(tail, known) if tail else ()
    return None if rest is None else " ".join((glued[1], glued[2], *rest))


def _opened(word: str, known: Callable[[str], bool]) -> str | None:
    """A word typed closed up, opened into known words, or None."""
    parts = _parts(word, known) if len(word) >= MIN_OPENED else None
    return " ".join(parts) if parts and len(parts) > 1 else None


def _parts(word: str, known: Callable[[str], bool]) -> tuple[str, ...] | None:
    """The fewest known words, each of two letters or more, that make up a word, or None."""
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(MIN_PART, len(word) + 1):
        for start in range(0, end - MIN_PART + 1):
            before = best[start]
            if before is None or len(before) >= MAX_OPENED_PARTS:
                continue
            fewer = best[end] is None or len(before) + 1 < len(best[end] or ())
            if fewer and known(word[start:end]):
                best[end] = (*before, word[start:end])
    return best[-1]


def _undo_slips(typed: list[str], gaz: Gazetteer) -> list[str]:
    """Respell a word known neither as a question word nor as a name's, when one slip undone
    ('bìn quân', 'thiếuu') makes it a question word; names are name_repair's."""
    known = question_words().tokens
    return [w if _is_known(w, known, gaz) else _respelled(w, known) for w in typed]


def _is_known(word: str, known: set[str], gaz: Gazetteer) -> bool:
    folded = fold_word(word)
    return canon_word(word) in known or folded in known or folded in gaz.name_tokens


def _respelled(word: str, known: set[str]) -> str:
    slips = [w for w in slips_of(word) if canon_word(w) in known]
    if len(slips) == 1:
        return slips[0]
    folded = fold_word(word)
    if _NUMBERED.match(folded):
        return word  # 'tc17', 'tieuchi5': a criterion with its number, no VNI marks
    cleaned = clean_word(folded)  # Telex or VNI left in: 'thieeus', 'co2n' → thiếu, còn
    return cleaned if cleaned in known else word


# A word ending in a number that is no VNI mark: 'tc17', 'tieuchi5', 'ntm2023'.
_NUMBERED = re.compile(r"^(?:[^aeiouy\d]+\d+|[a-z]*\d{2,}|tieuchi\d+)$")


def units_in(text: str, gaz: Gazetteer, want: str = "any") -> tuple[str, ...]:
    """Return the unit codes the names in a text mean: want 'commune', 'district' or 'any'."""
    return units_meant(parse(text, gaz).mentions, want)


def _read_words(
    typed: Sequence[str],
    canon: Sequence[str],
    folded: Sequence[str],
    gaz: Gazetteer,
    raw: Sequence[str],
) -> tuple[Words, list[Hit], list[Mention], list[bool]]:
    """Find the question words, criterion names and unit names; say which words names took.

    Names are looked for in the words as typed (`raw`): their slips are name_repair's, said
    back, while the question words are read with theirs undone (`typed`)."""
    keys, strict = keys_of(typed, canon)
    free = [False] * len(keys)
    word_hits = question_words().scan(keys, free, strict)
    crit_hits = criteria_lexicon(gaz).scan(keys, free, strict)
    blank = _reserved((*word_hits, *crit_hits), folded, gaz)
    if raw != typed:
        canon, folded = [canon_word(w) for w in raw], [fold_word(w) for w in raw]
    mentions = [
        replace(m, text=" ".join(raw[m.start : m.end]))
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
    return found, crit_hits, mentions, covered


def _criterion_of(
    numbers: Numbers,
    found: Words,
    crit_hits: list[Hit],
    cset: str | None,
    mentions: Sequence[Mention],
) -> int | None:
    """The criterion asked: by number ('tc 5'), by a figure of it, or by its name."""
    criterion = numbers.criterion
    figure = found.first("figure")
    if criterion is None and figure is not None:
        criterion = int(figure.value)  # 'km đường' is criterion 2's figure
    if criterion is None:
        criterion = criterion_by_name(crit_hits, cset, found, bool(mentions))
    return criterion


def _set_by_criterion_name(crit_hits: list[Hit], found: Words) -> str | None:
    """'tiêu chí hành chính công': a criterion only the nâng cao set has names that set."""
    only_nang_cao = {h.slot for h in crit_hits} == {"crit_nang_cao"}
    return "nang_cao" if only_nang_cao and found.has("crit", "word") else None


def _with_number_words(covered: list[bool], numbers: Numbers) -> list[bool]:
    """'mười ba' is a number, not a name: mark its words taken."""
    if numbers.words_span is not None:
        covered = list(covered)
        for i in range(*numbers.words_span):
            covered[i] = True
    return covered


def _unknown_name(
    loose: Loose, units: Sequence[str], measure: Measure, group: str | None, gaz: Gazetteer
) -> tuple[str | None, tuple[str, ...]]:
    """A name not found, with the nearest names, when the question needs a unit and has none."""
    wants_unit = measure in COMMUNE_MEASURES or measure in (Measure.AVERAGE, Measure.COUNT)
    wants_unit = wants_unit and group is None  # a group is what the question is about
    suggestions: tuple[str, ...] = ()
    unknown = loose.unknown
    if units or not wants_unit or not unknown or (len(unknown) < 4 and not loose.marked):
        unknown = None
    else:
        suggestions = tuple(p.code for p in gaz.suggest(unknown))
    return unknown, suggestions


def _reserved(hits: Sequence[Hit], folded: Sequence[str], gaz: Gazetteer) -> set[int]:
    """Positions of question phrases a name must not take a word of.

    'nâng Cao Lộc' is not Cao Lộc and 'giao Thông Nhất' is not Thống Nhất: a phrase of two
    words or more keeps its words, unless the phrase is itself a name; a pointing phrase keeps
    no word a name starts or ends with ('xã Minh Hiệp' is no 'xã mình', 'Lâm Ca huyện Đình
    Lập' no 'cả huyện').
    """
    found: set[int] = set()
    for h in hits:
        if h.end - h.start > 1 and " ".join(folded[h.start : h.end]) not in gaz.by_name:
            found.update(range(h.start, h.end))
            if h.slot == "refer":
                found -= _names_edges(h, folded, gaz)
    return found


def _names_edges(h: Hit, folded: Sequence[str], gaz: Gazetteer) -> set[int]:
    """The words of a pointing phrase a name may take: its last, if a name starts with it
    ('xã Minh Hiệp'), its first, if a name ends with it ('Lâm Ca huyện Đình Lập')."""
    edges = set()
    if " ".join(folded[h.end - 1 : h.end + 1]) in gaz.prefixes:
        edges.add(h.end - 1)
    if h.start and " ".join(folded[h.start - 1 : h.start + 1]) in gaz.by_name:
        edges.add(h.start)
    return edges


def _overlaps(hits: Sequence[Hit], skip: Sequence[bool]) -> bool:
    return any(skip[i] for h in hits for i in range(h.start, h.end))
