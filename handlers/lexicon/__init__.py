"""The words of questions as data, loaded once into a phrase index keyed per token."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from pathlib import Path

from vocab.text import canon_word, fold, fold_word, has_diacritics, words

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Hit:
    """A lexicon phrase found in a question: its slot, value and token span."""

    slot: str
    value: str
    start: int
    end: int


ACCENTED_SHARE = 0.4  # a message this much accented is typed with accents: match accents


@lru_cache(maxsize=8192)
def _accented(canon: str) -> bool:
    return has_diacritics(canon)


def keys_of(typed: Sequence[str], canon: Sequence[str]) -> tuple[list[str], bool]:
    """Key each typed word (accented as typed, else folded); tell if the message has accents.

    A word typed with accents matches only its accented spelling ("tiền" is not "tiến", "đất"
    is not "đạt"); one typed plain matches the folded form ("tien" may be either).
    """
    flags = [_accented(c) for c in canon]
    keys = [c if f else fold_word(w) for w, c, f in zip(typed, canon, flags, strict=True)]
    return keys, bool(typed) and sum(flags) >= ACCENTED_SHARE * len(typed)


def _variants(phrase: str) -> list[tuple[str, ...]]:
    """Every key sequence that may type a phrase (each accented word accented or folded)."""
    options = []
    for word in words(phrase):
        canon = canon_word(word)
        folded = fold_word(word)
        options.append((canon, folded) if has_diacritics(canon) else (folded,))
    return [tuple(v) for v in product(*options)]


class Lexicon:
    """Phrases by their key sequences; scanned left to right, longest phrase first."""

    def __init__(self, rows: Iterable[tuple[str, str, str]]) -> None:
        self.phrases: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        self.accented: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        rows = list(rows)
        # Words that, typed plain in a message typed with accents, are another word: 'thu'
        # (thu nhập) is not 'thứ', 'do' (because) is not 'đó' (slot 'accent_only' in the file).
        accent_only = {tuple(words(p)) for slot, _, p in rows if slot == "accent_only"}
        for slot, value, phrase in rows:
            if slot == "accent_only":
                continue
            variants = _variants(phrase)
            # In an accented message each word is matched as typed: accented words only to the
            # accented spelling, plain words to the folded one ('bình quan' is 'bình quân').
            strict = variants[:1] if tuple(words(phrase)) in accent_only else variants
            for table, keys in ((self.phrases, variants), (self.accented, strict)):
                for key in keys:
                    entries = table.setdefault(key, [])
                    if (slot, value) not in entries:
                        entries.append((slot, value))
        self.firsts = {key[0] for key in self.phrases}
        self.tokens = {word for key in self.phrases for word in key}
        lengths: dict[str, set[int]] = {}
        for key in self.phrases:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}
        self.longest = max((len(k) for k in self.phrases), default=1)

    def scan(self, keys: Sequence[str], skip: Sequence[bool], strict: bool = False) -> list[Hit]:
        """Return the phrases in keys (positions where skip is true are never part of one).

        Strict (a message typed with accents): the words marked accent-only in the file must be
        typed with their accents.
        """
        table = self.accented if strict else self.phrases
        hits: list[Hit] = []
        i, n = 0, len(keys)
        while i < n:
            sizes = None if skip[i] else self.lengths.get(keys[i])
            if not sizes:
                i += 1
                continue
            room = 1
            while i + room < n and room < sizes[0] and not skip[i + room]:
                room += 1
            for size in sizes:
                if size > room:
                    continue
                entries = table.get(tuple(keys[i : i + size]))
                if entries:
                    hits.extend(Hit(slot, value, i, i + size) for slot, value in entries)
                    i += size
                    break
            else:
                i += 1
        return hits


def slips_of(word: str) -> tuple[str, ...]:
    """The words a typed word may be with one slip undone: a doubled last letter ('thiếuu'),
    a dropped final h or g ('bìn', 'trườn')."""
    found = []
    if len(word) > 2 and word[-1] == word[-2]:
        found.append(word[:-1])
    if len(word) > 1 and word[-1] not in "hg":
        found += [word + "h", word + "g"]
    return tuple(found)


def _rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def question_words() -> Lexicon:
    """Return the lexicon of question words (handlers/lexicon/words.tsv)."""
    return Lexicon((slot, value, phrase) for slot, value, phrase in _rows("words.tsv"))


# Folded words that name reporting, for the checks before the parser ('xã nào chưa nộp bc').
REPORT_WORDS = ("bao cao", "bc", "nop")


@lru_cache(maxsize=8)
def phrases_of(slot: str, value: str | None = None) -> tuple[str, ...]:
    """Return the phrases of one slot of words.tsv (of one value of it), folded (for checks
    before the parser)."""
    rows = _rows("words.tsv")
    return tuple(fold(p) for s, v, p in rows if s == slot and value in (None, v))


def criterion_rows(criteria: Iterable[tuple[str, int, str]]) -> list[tuple[str, str, str]]:
    """Rows for criterion names: the store's names and the alias file, slot 'crit_<set>'."""
    rows = [(f"crit_{s}", str(n), name) for s, n, name in criteria if s in ("ntm", "nang_cao")]
    rows += [(f"crit_{s}", n, phrase) for s, n, phrase in _rows("criteria_aliases.tsv")]
    return rows
