"""Names the bot recognises (units, criteria), from the database; matched exact, then fuzzy."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from handlers.lexicon import question_words
from handlers.name_index import NameIndex
from handlers.name_repair import (
    may_be_slipped,
    may_respell,
    span_keys,
    spelled_variants,
    word_variants,
)
from vocab.places import Place, bare_name
from vocab.text import canon, canon_word, fold, fold_word, has_diacritics, words

PROVINCE_ALIASES = (
    "toan tinh",
    "ca tinh",
    "tinh lang son",
    "lang son",
    "cua tinh",
    "trong tinh",
    "tinh",
)
# The province's aliases as spelled with their marks: typed with other marks, no alias.
_ALIAS_SPELLING = {
    fold(a): canon(a) for a in ("toàn tỉnh", "cả tỉnh", "của tỉnh", "trong tỉnh", "tỉnh")
}
_NO_TONES = str.maketrans("", "", "ˊˋˀˇˌ")  # canon's tone suffixes (vocab.text.TONE_SUFFIX)
# Phrases that are never (part of) a name, though their words could start one.
BLOCKED = ("tieu chi", "chi tieu", "tinh hinh")
BLOCKED_FIRST = frozenset(phrase.split()[0] for phrase in BLOCKED)
CITY_ALIASES = ("thanh pho lang son", "tp lang son", "thanh pho", "tp", "tp ls")
# Words before a name that say what kind of unit it is.
MARKERS = {
    "xa": "xa",
    "x": "xa",
    "huyen": "district",
    "h": "district",
    "thi tran": "thi_tran",
    "tt": "thi_tran",
    "phuong": "phuong",
}
VOWELS = "aeiouy"
FUZZY_ACCEPT = 88.0
FUZZY_SUGGEST = 60.0
# The score fuzzy() gives a span whose repaired spelling (name_repair) is a name: sure enough
# to answer without confirming (router CONFIRM_BELOW), yet below a literal 100.
REPAIRED_SCORE = 97.0
MAX_REMEMBERED = 50_000  # typed words whose repaired spellings are remembered


@dataclass(frozen=True)
class Mention:
    """A span of the question that names one or more places."""

    start: int
    end: int
    text: str
    places: tuple[Place, ...]
    marker: str | None
    exact: bool


class Gazetteer:
    """Index of unit and criterion names for one database snapshot."""

    def __init__(self, places: Iterable[Place], criteria: Iterable[tuple[str, int, str]]) -> None:
        self.places: dict[str, Place] = {}
        self.by_name: dict[str, list[Place]] = {}
        self.province: Place | None = None
        for place in places:
            self.places[place.code] = place
            if place.kind == "province":
                self.province = place
                continue
            key = fold(bare_name(place.name))
            if place.kind == "district" and place.name.startswith("Thành phố"):
                for alias in CITY_ALIASES:
                    self.by_name.setdefault(alias, []).append(place)
                continue
            self.by_name.setdefault(key, []).append(place)
        if self.province is not None:
            for alias in PROVINCE_ALIASES:
                self.by_name.setdefault(alias, []).insert(0, self.province)
        self.longest = max((len(k.split()) for k in self.by_name), default=1)
        self.names = list(self.by_name)
        self.index = NameIndex(self.names)
        self.criteria: dict[tuple[str, int], str] = {(s, n): name for s, n, name in criteria}
        self.name_tokens = {tok for key in self.by_name for tok in key.split()}
        # (typed word, its key) -> repaired spellings; the key is not always the word folded
        # (the parser blanks the words a question took), so both decide.
        self._variants: dict[tuple[str, str], tuple[str, ...]] = {}
        self.prefixes = {" ".join(key.split()[:2]) for key in self.by_name if " " in key}
        # The words of names as spelled (tone-canonical), to tell "nâm" from the real "nam".
        self.name_words = {
            canon_word(w) for p in self.places.values() for w in words(bare_name(p.name))
        }
        self.first_tokens = {key.split(" ", 1)[0] for key in self.by_name}
        # Districts by their initials ('VQ', 'h.BG'): initials without a vowel (so no
        # Vietnamese word), after 'huyện'/'h.', or alone unless a question word ('bg': biên giới).
        self.initials: dict[str, list[Place]] = {}
        for place in self.places.values():
            syllables = fold(bare_name(place.name)).split()
            initials = "".join(w[0] for w in syllables)
            city = place.name.startswith("Thành phố")
            vowelless = not set(initials) & set(VOWELS)
            if place.kind == "district" and len(syllables) > 1 and not city and vowelless:
                self.initials.setdefault(initials, []).append(place)
        self.question_tokens = question_words().tokens
        # Names typed closed up ('nhanly', 'h.caoloc'): a word that is no word of any name.
        self.closed_up = {
            key.replace(" ", ""): places
            for key, places in self.by_name.items()
            if " " in key and key.replace(" ", "") not in self.name_tokens
        }

    def find(self, raw_tokens: Sequence[str], tokens: Sequence[str]) -> list[Mention]:
        """Return the name mentions in the tokens, left to right.

        Exact names first (longest first); then, in the words no exact name took, names whose
        repaired spelling (name_repair) is a name, marked exact=False.
        """
        exact = self._scan(raw_tokens, tokens, 0, self._longest_at)
        found: list[Mention] = []
        start = 0
        for mention in [*exact, None]:
            end = len(tokens) if mention is None else mention.start
            if end - start >= 2:  # every unit name has two words or more
                found += self._scan(raw_tokens[:end], tokens[:end], start, self._repaired_at)
            if mention is not None:
                found.append(mention)
                start = mention.end
        return found

    @staticmethod
    def _scan(
        raw_tokens: Sequence[str],
        tokens: Sequence[str],
        start: int,
        match: Callable[[Sequence[str], Sequence[str], int, int], Mention | None],
    ) -> list[Mention]:
        """Match names left to right from start to the end of the tokens."""
        found: list[Mention] = []
        i = floor = start  # a marker word must come after the last name ('Bắc Xa Đình Lập')
        while i < len(tokens):
            if tokens[i] in BLOCKED_FIRST and " ".join(tokens[i : i + 2]) in BLOCKED:
                i += 2
                continue
            hit = match(raw_tokens, tokens, i, floor)
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i = floor = hit.end
        return found

    def _longest_at(
        self, raw_tokens: Sequence[str], tokens: Sequence[str], i: int, floor: int = 0
    ) -> Mention | None:
        if tokens[i] in self.first_tokens:  # a name may start with this word
            for size in range(min(self.longest, len(tokens) - i), 0, -1):
                key = " ".join(tokens[i : i + size])
                places = self.by_name.get(key)
                if not places:
                    continue
                if key == "lang son" and i > 0 and tokens[i - 1] in ("tp", "thanh", "pho"):
                    continue
                raw = " ".join(raw_tokens[i : i + size])
                marker = self._marker_before(tokens, i, floor)
                return Mention(i, i + size, raw, self._narrow(places, raw, marker), marker, True)
        if tokens[i] in self.initials:
            return self._initials_at(raw_tokens, tokens, i, floor)
        return (  # no name typed with its spaces: one typed closed up ('nhanly')?
            self._closed_up_at(raw_tokens, tokens, i, floor)
            if tokens[i] in self.closed_up
            else None
        )

    def _initials_at(
        self, raw_tokens: Sequence[str], tokens: Sequence[str], i: int, floor: int = 0
    ) -> Mention | None:
        """Match a district by its initials ('VQ'): not literal, so it is said back."""
        marker = self._marker_before(tokens, i, floor)
        if marker != "district" and tokens[i] in self.question_tokens:
            return None
        return Mention(i, i + 1, raw_tokens[i], tuple(self.initials[tokens[i]]), marker, False)

    def _closed_up_at(
        self, raw_tokens: Sequence[str], tokens: Sequence[str], i: int, floor: int = 0
    ) -> Mention | None:
        """Match a name typed as one word ('nhanly'): not literal, so it is said back."""
        places = self.closed_up[tokens[i]]
        marker = self._marker_before(tokens, i, floor)
        kept = tuple(p for p in places if p.kind == marker) if marker else ()
        return Mention(i, i + 1, raw_tokens[i], kept or tuple(places), marker, False)

    def _repaired_at(
        self, raw_tokens: Sequence[str], tokens: Sequence[str], i: int, floor: int = 0
    ) -> Mention | None:
        """Match the longest span at i whose repaired spelling is a name (not exact)."""
        longest = min(self.longest, len(tokens) - i)
        if longest < 2:
            return None
        firsts = self._variants_of(raw_tokens[i], tokens[i])
        seconds = self._variants_of(raw_tokens[i + 1], tokens[i + 1])
        if len(firsts) == 1 == len(seconds):  # the common case, without a generator
            if f"{firsts[0]} {seconds[0]}" not in self.prefixes:
                return None
        elif not any(f"{a} {b}" in self.prefixes for a in firsts for b in seconds):
            return None  # no repaired spelling of these two words starts a name
        known = [self.is_name_word(raw_tokens[j], tokens[j]) for j in range(i, i + longest)]
        for size in range(longest, 1, -1):
            span = tokens[i : i + size]
            if not may_be_slipped(span, known[:size]):
                continue
            places = self.repaired(raw_tokens[i : i + size], span)
            if places:
                raw = " ".join(raw_tokens[i : i + size])
                marker = self._marker_before(tokens, i, floor)
                kept = tuple(p for p in places if p.kind == marker) if marker else ()
                return Mention(i, i + size, raw, kept or tuple(places), marker, False)
        return None

    def _variants_of(self, raw: str, token: str) -> tuple[str, ...]:
        """Return a typed word's repaired spellings (remembered per word and key)."""
        found = self._variants.get((raw, token))
        if found is None:
            known = self.is_name_word(raw, token)
            found = word_variants(token, may_respell(token, known, raw != token))
            if len(self._variants) >= MAX_REMEMBERED:
                self._variants.clear()
            self._variants[raw, token] = found
        return found

    def is_name_word(self, raw: str, token: str) -> bool:
        """Tell whether a typed word, as spelled (or folded, typed bare), is in a real name."""
        # raw (tone-canonical) differs from token (folded) exactly when it carries a mark.
        return raw in self.name_words if raw != token else token in self.name_tokens

    def repaired(self, raws: Sequence[str], tokens: Sequence[str]) -> list[Place]:
        """Return the units whose name a repaired spelling of the words is (several: ask).

        raws are the words as typed (tone-canonical), tokens the same folded; a word typed
        with marks must match the name's word with its marks, once repaired.
        """
        marked = [(j, r) for j, (r, t) in enumerate(zip(raws, tokens, strict=True)) if r != t]
        respell = [
            may_respell(t, self.is_name_word(r, t), r != t)
            for r, t in zip(raws, tokens, strict=True)
        ]
        out: list[Place] = []
        for key in span_keys(tokens, respell):
            for place in self.by_name.get(key, ()):
                if place.kind == "province" or place in out:
                    continue
                if marked and not self._spelled_alike(place, marked):
                    continue
                out.append(place)
        return out

    @staticmethod
    def _spelled_alike(place: Place, marked: Sequence[tuple[int, str]]) -> bool:
        """Tell whether each marked typed word, repaired, is the place's word at its place."""
        spelled = [canon_word(w) for w in words(bare_name(place.name))]
        return all(j < len(spelled) and spelled[j] in spelled_variants(r) for j, r in marked)

    @staticmethod
    def _marker_before(tokens: Sequence[str], i: int, floor: int = 0) -> str | None:
        if i - 2 >= floor and " ".join(tokens[i - 2 : i]) in MARKERS:
            return MARKERS[" ".join(tokens[i - 2 : i])]
        if i - 1 >= floor and tokens[i - 1] in MARKERS:
            return MARKERS[tokens[i - 1]]
        return None

    @staticmethod
    def _narrow(places: Sequence[Place], raw: str, marker: str | None) -> tuple[Place, ...]:
        """Keep places of the marked kind, and those spelled as typed when diacritics were."""
        kept = list(places)
        if marker is not None:
            kept = [p for p in kept if p.kind == marker] or kept
        if has_diacritics(raw):
            if _ALIAS_SPELLING.get(fold(raw.translate(_NO_TONES)), raw) != raw:
                return ()  # 'tính đến giờ' is no 'tỉnh'
            same = [p for p in kept if canon(bare_name(p.name)) == raw]
            kept = same or kept
        return tuple(kept)

    def fuzzy(self, text: str, min_score: float = FUZZY_ACCEPT) -> tuple[float, list[Place]]:
        """Return the best fuzzy score for text and the places whose name scores it."""
        key = fold(text)
        if len(key) < 4:
            return 0.0, []
        typed = words(text)
        raws = [canon_word(w) for w in typed]
        tokens = [fold_word(w) for w in typed]
        known = [self.is_name_word(r, t) for r, t in zip(raws, tokens, strict=True)]
        if len(tokens) > 1 and may_be_slipped(tokens, known):
            places = self.repaired(raws, tokens)
            if places:
                return REPAIRED_SCORE, places
        hits = self.index.near(key, min_score, limit=8)
        if not hits:
            return 0.0, []
        best = hits[0][1]
        places = [p for name, score in hits if score == best for p in self.by_name[name]]
        return best, places

    def suggest(self, text: str, limit: int = 3) -> list[Place]:
        """Return the nearest unit names to text, for an unknown-name reply."""
        key = fold(text)
        if not key:
            return []
        hits = self.index.likely(key, FUZZY_SUGGEST, limit * 2)
        out: list[Place] = []
        for name, _score in hits:
            for place in self.by_name[name]:
                if place not in out and place.kind != "province":
                    out.append(place)
        return out[:limit]

    def criterion_name(self, set_code: str, number: int) -> str | None:
        """Return the name of a criterion, or None if the set has no such number."""
        return self.criteria.get((set_code, number))

    def criteria_of(self, set_code: str) -> dict[int, str]:
        """Return a set's criteria as number -> name."""
        return {n: name for (s, n), name in self.criteria.items() if s == set_code}

    def set_size(self, set_code: str) -> int:
        """Return how many criteria a set has."""
        return len(self.criteria_of(set_code))
