"""Find near names without scanning them all: a positional q-gram index over folded names.

`near` returns every name whose fuzz.ratio to a key can reach a cutoff, and only a few others:
an indel distance of d splits the key into d + 1 pieces of which one is untouched, so it
appears in the name, shifted by at most d places. Short keys or low cutoffs fall back to a
scan of every name. `likely` ranks names by shared trigrams, for suggestions.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from rapidfuzz import fuzz, process

Hit = tuple[str, float]
SCAN_BELOW = 1000  # so few names are scanned faster than their index is read
SUGGEST_POOL = 64  # names by most shared trigrams that the suggestion scorer sees


def _grams(text: str, q: int) -> list[str]:
    return [text[i : i + q] for i in range(len(text) - q + 1)]


class NameIndex:
    """Positional bigrams and trigrams of a fixed list of names."""

    def __init__(self, names: Sequence[str], scan_below: int = SCAN_BELOW) -> None:
        self.names = list(names)
        self.scanned = len(self.names) < scan_below
        # (length of the name, position, bigram or trigram) -> the names, in index order
        self.positional: dict[tuple[int, int, str], list[int]] = {}
        self.lengths = sorted({len(name) for name in self.names})
        trigrams: dict[str, list[int]] = {}
        for n, name in enumerate(self.names):
            size = len(name)
            for q in (2, 3):
                for pos, gram in enumerate(_grams(name, q)):
                    self.positional.setdefault((size, pos, gram), []).append(n)
            for gram in set(_grams(f" {name} ", 3)):
                trigrams.setdefault(gram, []).append(n)
        self.trigrams = trigrams

    @staticmethod
    def max_distance(length: int, min_score: float, other: int | None = None) -> int:
        """Return the largest indel distance a name (of length other) can have and score."""
        k = max(0.0, 1.0 - min_score / 100.0)
        if k >= 1.0:
            return length * 1000
        if other is not None:
            return math.floor(k * (length + other) + 1e-6)
        return math.floor(2 * k * length / (1 - k) + 1e-6)

    def candidates(self, key: str, min_score: float) -> list[str] | None:
        """Return, in index order, the names that may score; None when every name may."""
        d = self.max_distance(len(key), min_score)
        pieces = d + 1
        if len(key) < 2 * pieces or self.scanned:
            return None
        found: set[int] = set()
        bounds = [i * len(key) // pieces for i in range(pieces + 1)]
        grams = [
            (start, key[start : start + min(3, end - start)]) for start, end in pairwise(bounds)
        ]
        for size in self.lengths:
            d_size = self.max_distance(len(key), min_score, size)
            if abs(size - len(key)) > d_size:
                continue  # a name this much longer or shorter cannot score
            for start, gram in grams:
                for pos in range(max(0, start - d_size), start + d_size + 1):
                    found.update(self.positional.get((size, pos, gram), ()))
        return [self.names[n] for n in sorted(found)]

    def near(self, key: str, min_score: float, limit: int) -> list[Hit]:
        """Return the best names by fuzz.ratio at or above min_score, as a full scan would."""
        pool = self.candidates(key, min_score)
        hits = process.extract(
            key,
            self.names if pool is None else pool,
            scorer=fuzz.ratio,
            limit=limit,
            score_cutoff=min_score,
        )
        return [(name, score) for name, score, _ in hits]

    def likely(self, key: str, min_score: float, limit: int) -> list[Hit]:
        """Return names by fuzz.WRatio among those sharing the most trigrams with key."""
        if self.scanned:
            return self._scored(key, self.names, min_score, limit)
        shared: Counter[int] = Counter()
        for gram in set(_grams(f" {key} ", 3)):
            shared.update(self.trigrams.get(gram, ()))
        # In index order, so that equal scores rank as in a scan of every name.
        pool = [self.names[n] for n in sorted(n for n, _ in shared.most_common(SUGGEST_POOL))]
        return self._scored(key, pool, min_score, limit)

    @staticmethod
    def _scored(key: str, pool: Sequence[str], min_score: float, limit: int) -> list[Hit]:
        hits = process.extract(key, pool, scorer=fuzz.WRatio, limit=limit, score_cutoff=min_score)
        return [(name, score) for name, score, _ in hits]
