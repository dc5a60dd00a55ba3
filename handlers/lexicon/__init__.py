"""The words of questions as data, loaded once into a phrase index keyed per token."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from pathlib import Path

from handlers.text import canon_word, fold_word, has_diacritics, words

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Hit:
    """A lexicon phrase found in a question: its slot, value and token span."""

    slot: str
    value: str
    start: int
    end: int


ACCENTED_SHARE = 0.4  # a message this much accented is typed with accents: match accents


def typed_with_accents(canon: Sequence[str]) -> bool:
    """Tell whether a message is typed with accents (then a plain word is plain: 'thu')."""
    accented = sum(1 for c in canon if has_diacritics(c))
    return bool(canon) and accented >= ACCENTED_SHARE * len(canon)


def keys_of(typed: Sequence[str], canon: Sequence[str]) -> list[str]:
    """Key each typed word: accented as typed in an accented message, else folded.

    In a message typed with accents a plain word is plain ("thu" is not "thứ"); in one typed
    without, every word is folded ("thu" may be "thứ" or "thu").
    """
    if typed_with_accents(canon):
        return list(canon)
    return [c if has_diacritics(c) else fold_word(w) for w, c in zip(typed, canon, strict=True)]


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
        for slot, value, phrase in rows:
            variants = _variants(phrase)
            for index, table in ((slice(None), self.phrases), (slice(0, 1), self.accented)):
                for key in variants[index]:  # the first variant is the accented one
                    entries = table.setdefault(key, [])
                    if (slot, value) not in entries:
                        entries.append((slot, value))
        self.firsts = {key[0] for key in self.phrases}
        self.longest = max((len(k) for k in self.phrases), default=1)

    def scan(self, keys: Sequence[str], skip: Sequence[bool], strict: bool = False) -> list[Hit]:
        """Return the phrases in keys (positions where skip is true are never part of one).

        Strict (a message typed with accents) matches only the accented spelling of phrases.
        """
        table = self.accented if strict else self.phrases
        hits: list[Hit] = []
        i, n = 0, len(keys)
        while i < n:
            if skip[i] or keys[i] not in self.firsts:
                i += 1
                continue
            for size in range(min(self.longest, n - i), 0, -1):
                if any(skip[i : i + size]):
                    continue
                entries = table.get(tuple(keys[i : i + size]))
                if entries:
                    hits.extend(Hit(slot, value, i, i + size) for slot, value in entries)
                    i += size
                    break
            else:
                i += 1
        return hits


def _rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def question_words() -> Lexicon:
    """Return the lexicon of question words (handlers/lexicon/words.tsv)."""
    return Lexicon((slot, value, phrase) for slot, value, phrase in _rows("words.tsv"))


def criterion_rows(criteria: Iterable[tuple[str, int, str]]) -> list[tuple[str, str, str]]:
    """Rows for criterion names: the store's names and the alias file, slot 'crit_<set>'."""
    rows = [(f"crit_{s}", str(n), name) for s, n, name in criteria if s in ("ntm", "nang_cao")]
    rows += [(f"crit_{s}", n, phrase) for s, n, phrase in _rows("criteria_aliases.tsv")]
    return rows
