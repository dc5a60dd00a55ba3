"""Which units a question is about: xã or district, comparisons, exclusions, loose names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from handlers.gazetteer import Gazetteer, Mention
from handlers.lexicon import Hit
from handlers.parse_words import NUMBER, Numbers, Words, asks_xa, is_second
from handlers.query import Measure, Rank, Scope
from vocab.places import Place

PROVINCE = "20"
# Measures that take their units as xã; the rest take a district name as the district.
COMMUNE_MEASURES = frozenset({Measure.LACKING, Measure.MET, Measure.OVERVIEW})


def unit_key(m: Mention) -> tuple[str, ...]:
    return tuple(sorted(p.code for p in m.places))


def xa_of(m: Mention) -> list[Place]:
    return [p for p in m.places if p.kind == "xa"]


def district_of(m: Mention) -> Place | None:
    return next((p for p in m.places if p.kind in ("district", "province")), None)


def rank_units(
    found: Words, mentions: list[Mention], measure: Measure
) -> tuple[tuple[str, ...], str | None, list[Mention], tuple[str, ...]]:
    """Split off the units a ranking leaves out ('trừ thành phố') and whose place is asked.

    Also return the candidates when the unit whose place is asked fits several xã.
    """
    if measure != Measure.RANK:
        return (), None, mentions, ()
    exclude: list[str] = []
    kept: list[Mention] = []
    ends = [h.end for h in found.slots.get("exclude", ())]
    for m in mentions:  # 'trừ tp và Đình Lập': a chain of names after the word
        if any(0 <= m.start - end <= 1 for end in ends):
            exclude.extend(p.code for p in m.places if p.kind == "district")
            ends.append(m.end)
        else:
            kept.append(m)
    position_of = None
    ambiguous: tuple[str, ...] = ()
    if found.has("position"):
        target = next((m for m in kept if m.places and district_of(m) is not None), None)
        target = target or next((m for m in kept if xa_of(m)), None)
        if target is not None:
            place = district_of(target) or xa_of(target)[0]
            if district_of(target) is None and len(xa_of(target)) > 1:
                ambiguous = tuple(p.code for p in xa_of(target))
            elif place.kind != "province":
                position_of = place.code
            kept = [m for m in kept if m is not target]
    return tuple(exclude), position_of, kept, ambiguous


def compared_units(named: Sequence[Mention]) -> tuple[list[str], tuple[str, ...]]:
    """The units compared, one per name, and the candidates of the first name that fits two.

    A district right after a xã's name qualifies it ('Hồng Phong Bình Gia và Tân Thành Cao
    Lộc'); a xã name that still fits two xã is never guessed.
    """
    codes: list[str] = []
    ambiguous: tuple[str, ...] = ()
    i = 0
    while i < len(named):
        m = named[i]
        district = district_of(m) if m.marker != "xa" else None
        xs = xa_of(m) if m.marker != "district" else []
        if xs and (district is None or m.marker == "xa"):
            after = named[i + 1] if i + 1 < len(named) else None
            qualifier = district_of(after) if after is not None else None
            if after is not None and qualifier is not None and after.start - m.end <= 1:
                narrowed = [p for p in xs if p.parent_code == qualifier.code]
                if narrowed:
                    xs, i = narrowed, i + 1
            if len(xs) > 1 and not ambiguous:
                ambiguous = tuple(p.code for p in xs)
            place = xs[0]
        else:
            place = district or (xs[0] if xs else m.places[0])
        if place.code not in codes:
            codes.append(place.code)
        i += 1
    return codes, ambiguous


def choose_units(
    measure: Measure, mentions: Sequence[Mention], found: Words, cset: str | None
) -> tuple[tuple[str, ...], Scope]:
    """Choose the units: xã for questions about one xã, the district for the rest."""
    named = [m for m in mentions if m.places]
    if not named:
        return (), Scope.NONE
    if measure == Measure.COMPARE:
        codes = compared_units(named)[0]
        return tuple(codes), scope_of(codes[0]) if codes else Scope.NONE
    districts = [m for m in named if district_of(m) is not None and m.marker != "xa"]
    communes = [m for m in named if xa_of(m) and m.marker != "district"]
    wants_commune = measure in COMMUNE_MEASURES or measure in (Measure.FOLLOWUP, Measure.TARGET)
    wants_commune = wants_commune and cset != "huyen"
    if wants_commune and communes:
        head = next((m for m in communes if m not in districts), communes[0])
        places = xa_of(head)
        qualifier = {
            p.code
            for m in named
            if m is not head
            for p in m.places
            if p.kind in ("district", "province")
        }
        narrowed = [p for p in places if p.parent_code in qualifier]
        codes = [p.code for p in (narrowed or places)]
        district = district_of(head)
        if district is not None and head.marker is None and not narrowed:
            if measure == Measure.OVERVIEW and len(named) == 1 and not found.has("kind", "xa"):
                return (district.code,), scope_of(district.code)
            if head not in communes[1:] and len(communes) == 1 and head in districts:
                codes.append(district.code)
        return tuple(codes), Scope.COMMUNE if not narrowed and len(codes) > 1 else scope_of_codes(
            codes
        )
    if districts:
        return _district_units(districts[0])
    if communes:
        codes = [p.code for p in xa_of(communes[0])]
        return tuple(codes), Scope.COMMUNE
    head = named[0]
    district = district_of(head)
    if district is not None and head.marker != "thi_tran":  # 'xã Cao Lộc': no such xã
        return (district.code,), scope_of(district.code)
    # a thị trấn or phường named with its marker: the plan does not track it
    return tuple(p.code for p in head.places if p.kind != "district"), Scope.COMMUNE


def _district_units(mention: Mention) -> tuple[tuple[str, ...], Scope]:
    """The district a mention names; several ('CL': Cao Lộc or Chi Lăng) are asked back."""
    several = [p.code for p in mention.places if p.kind == "district"]
    if len(several) > 1:
        return tuple(several), Scope.DISTRICT
    place = district_of(mention)
    assert place is not None
    return (place.code,), scope_of(place.code)


def scope_of_codes(codes: Sequence[str]) -> Scope:
    return scope_of(codes[0]) if len(codes) == 1 else Scope.COMMUNE


def scope_of(code: str) -> Scope:
    if code == PROVINCE:
        return Scope.PROVINCE
    return Scope.DISTRICT if len(code) <= 3 else Scope.COMMUNE


_MARKER_WORDS = frozenset(("xa", "huyen", "x", "h", "tp", "phuong", "thi", "tran"))
# Words before 'xã', 'huyện' that count the kind ('mỗi huyện'), so no name follows it.
_QUANTIFIERS = frozenset(("moi", "cac", "nhung", "tung", "may", "nhieu", "so"))


# Unit names have two words or more; one word left unmarked is a name only if it is long
# enough to be two run together ('nhanlyy').
SHORTEST_CLOSED_NAME = 6


class Loose(NamedTuple):
    """A name matched loosely (with its score), or the words of a name not found."""

    mention: Mention | None = None
    score: float = 0.0
    unknown: str | None = None
    marked: bool = False  # the unknown words came right after 'xã', 'huyện' …


def loose_mention(
    gaz: Gazetteer,
    folded: Sequence[str],
    covered: Sequence[bool],
    found: Words,
    crit_hits: list[Hit],
    mentions: Sequence[Mention],
) -> Loose:
    """Match what is left after names and known words against the names, loosely."""
    if any(xa_of(m) for m in mentions):
        return Loose()
    runs, marked = _leftover_runs(folded, _used_words(gaz, folded, covered, found, crit_hits))
    texts = [r for r in runs if r]
    named = [r for k, r in enumerate(runs) if r and k in marked]
    score, places, span = _best_fuzzy(gaz, texts)
    if places:
        return Loose(Mention(-1, -1, span, tuple(places), None, False), score)
    if named:
        return Loose(unknown=" ".join(named[0]), marked=True)  # reported however short
    return _unknown_words(texts)


def _used_words(
    gaz: Gazetteer,
    folded: Sequence[str],
    covered: Sequence[bool],
    found: Words,
    crit_hits: list[Hit],
) -> list[bool]:
    """Mark the words names and known phrases took; a stop word that may be a name's stays.

    A stop phrase of several words ('so với năm') is never a name, whatever its words.
    """
    used = list(covered)
    for hit in (*found.hits, *crit_hits):
        one_word = hit.end - hit.start == 1
        if hit.slot == "stop" and one_word and folded[hit.start] in gaz.name_tokens:
            continue
        for i in range(hit.start, hit.end):
            used[i] = True
    return used


def _leftover_runs(
    folded: Sequence[str], used: Sequence[bool]
) -> tuple[list[list[str]], set[int]]:
    """Split the words left into runs; mark runs right after 'xã', 'huyện' … (a name)."""
    runs: list[list[str]] = [[]]
    marked: set[int] = set()
    for i, tok in enumerate(folded):
        if used[i] or tok.isdigit() or len(tok) == 1 or NUMBER.match(tok):
            if runs[-1]:
                runs.append([])
            continue
        counted = i > 1 and folded[i - 2] in _QUANTIFIERS  # 'mỗi huyện chọn …': no marker
        if not runs[-1] and i > 0 and folded[i - 1] in _MARKER_WORDS and not counted:
            marked.add(len(runs) - 1)
        runs[-1].append(tok)
    return runs, marked


def _best_fuzzy(gaz: Gazetteer, texts: Sequence[list[str]]) -> tuple[float, list[Place], str]:
    """The best loose name match of two or three words of a run, or of a whole run."""
    best: tuple[float, list[Place], str] = (0.0, [], "")
    for run in texts:
        spans = {" ".join(run[i : i + n]) for n in (2, 3) for i in range(len(run) - n + 1)}
        if len(run) > 1:
            spans.add(" ".join(run))
        for span in spans:
            score, places = gaz.fuzzy(span)
            if score > best[0]:
                best = (score, places, span)
    return best


def _unknown_words(texts: Sequence[list[str]]) -> Loose:
    """The longest run left, without a leading 'xã', 'huyện' …: a name not found, if any."""
    if not texts:
        return Loose()
    longest = max(texts, key=len)
    while longest and longest[0] in _MARKER_WORDS:
        longest = longest[1:]
    if len(longest) == 1 and len(longest[0]) < SHORTEST_CLOSED_NAME:
        return Loose()  # one syllable left ('phải', 'chọn') is a word, not a unit's name
    return Loose(unknown=" ".join(longest) or None)


def _commune_kinds(places: Sequence[Place]) -> list[Place]:
    xa = [p for p in places if p.kind == "xa"]
    return xa or [p for p in places if p.kind in ("phuong", "thi_tran")]


def _is_district_mention(m: Mention) -> bool:
    return any(p.kind in ("district", "province") for p in m.places)


def units_meant(mentions: Sequence[Mention], want: str) -> tuple[str, ...]:
    """Choose the unit codes named mentions mean, for a use that wants a xã, a district or any."""
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


def rank_of(
    found: Words,
    numbers: Numbers,
    folded: Sequence[str],
    mentions: Sequence[Mention],
    of: str | None,
    group: str | None,
    scope: Scope,
    ranked: tuple[tuple[str, ...], str | None],
    gaz: Gazetteer,
) -> Rank:
    """How to rank: what over, which order, how many, the nth, by share or by count of xã."""
    exclude, position_of = ranked  # the units left out, and whose position is asked
    by_group = group and of != "district"  # 'huyện nào có nhiều xã biên giới nhất': districts
    by_xa = of == "xa" or by_group or (scope == Scope.DISTRICT and of != "district")
    over = "xa" if by_xa else "district"
    if position_of:
        over = "district" if gaz.places[position_of].kind == "district" else "xa"
    nth = numbers.nth or (
        2 if any(is_second(h, folded) for h in found.slots.get("order", ())) else None
    )
    # 'top 3' is the highest unless a lowest is said ('top 3 … ít tc nhất'); 'bottom 3' the lowest
    bottom = found.has("order", "bottom") and not found.has("order", "max")
    lowest = found.has("order", "min") or bottom
    if found.has("measure", "lacking"):
        lowest = not lowest  # 'thiếu nhiều tiêu chí nhất' is the fewest met
    return Rank(
        "min" if lowest else "max",
        numbers.limit,
        exclude,
        position_of,
        "criterion" if of == "criterion" else over,
        nth,
        _ranked_by(found, mentions, of),
    )


def _ranked_by(found: Words, mentions: Sequence[Mention], of: str | None) -> str:
    """Rank by the xã added in 2023 ('tăng nhiều nhất', criteria only), by the count of xã
    ('ít xã'), or by their share."""
    if of == "criterion" and found.has("rise"):
        return "increase"
    return "count" if asks_xa(found, mentions) and not found.has("measure", "share") else "share"
