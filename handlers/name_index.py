"""Find near names without scanning them all: a positional q-gram index over folded names.

`near` returns every name whose fuzz.ratio to a key can reach a cutoff, and only a few others:
an indel distance of d splits the key into d + 1 pieces of which one is untouched, so it
appears in the name, shifted by at most d places; the index holds each gram by the length of
the name and its place in it, and each piece is looked up by its rarest gram. Short keys or
low cutoffs fall back to a scan of every name. `likely` ranks names by shared trigrams.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from rapidfuzz import fuzz, process

Hit = tuple[str, float]
SCAN_BELOW = 1000  # so few names are scanned faster than their index is read
SUGGEST_POOL = 64  # names by most shared trigrams that the suggestion scorer sees
SUGGEST_BUDGET = 2000  # trigram postings read to rank names for suggestions, at most


def _grams(text: str, q: int) -> list[str]:
    return [text[i : i + q] for i in range(len(text) - q + 1)]


class NameIndex:
    """Positional bigrams and trigrams of a fixed list of names."""

    def __init__(self, names: Sequence[str], scan_below: int = SCAN_BELOW) -> None:
        self.names = list(names)
        self.scanned = len(self.names) < scan_below
        # (length of the name, position, bigram or trigram) -> the names, in index order
        positional: dict[tuple[int, int, str], list[int]] = {}
        self.lengths = sorted({len(name) for name in self.names})
        trigrams: dict[str, list[int]] = {}
        for n, name in enumerate(self.names):
            size = len(name)
            for q in (2, 3):
                for pos, gram in enumerate(_grams(name, q)):
                    positional.setdefault((size, pos, gram), []).append(n)
            for gram in set(_grams(f" {name} ", 3)):
                trigrams.setdefault(gram, []).append(n)
        # Postings as arrays of ints: the garbage collector neither tracks nor walks them, so
        # a full collection does not slow down with the size of the roster.
        self.positional = {k: array("I", v) for k, v in positional.items()}
        self.trigrams = {k: array("I", v) for k, v in trigrams.items()}
        # How many names hold each bigram and trigram (anywhere): a probe's cost.
        self.gram_count: Counter[str] = Counter()
        for name in self.names:
            self.gram_count.update(set(_grams(name, 2)) | set(_grams(name, 3)))

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
        ids = self._candidate_ids(key, min_score)
        return None if ids is None else [self.names[n] for n in sorted(ids)]

    def _candidate_ids(self, key: str, min_score: float) -> set[int] | None:
        if self.scanned:
            return None
        probes = self._probes(key, self.max_distance(len(key), min_score) + 1)
        if probes is None:
            return None
        found: set[int] = set()
        for size in self.lengths:
            d_size = self.max_distance(len(key), min_score, size)
            if abs(size - len(key)) > d_size:
                continue  # a name this much longer or shorter cannot score
            for start, gram in probes:
                for pos in range(max(0, start - d_size), start + d_size + 1):
                    found.update(self.positional.get((size, pos, gram), ()))
        return found

    def _probes(self, key: str, pieces: int) -> list[tuple[int, str]] | None:
        """Cut key into pieces (three ways to try) and pick each piece's rarest gram.

        Any cut will do (one piece is untouched, so each of its grams is in the name): the
        cut whose grams fewest names hold gives the fewest candidates.
        """
        length = len(key)
        best: tuple[int, list[tuple[int, str]]] | None = None
        for shift in (0, -1, 1):
            inner = [i * length // pieces + shift for i in range(1, pieces)]
            bounds = [0, *inner, length]
            if any(end - start < 2 for start, end in pairwise(bounds)):
                continue
            cost = 0
            probes = []
            for start, end in pairwise(bounds):
                count, pos, gram = min(
                    (self.gram_count.get(key[p : p + q], 0), p, key[p : p + q])
                    for q in ((3,) if end - start >= 3 else (2,))
                    for p in range(start, end - q + 1)
                )
                cost += count
                probes.append((pos, gram))
            if best is None or cost < best[0]:
                best = (cost, probes)
        return None if best is None else best[1]

    def near(self, key: str, min_score: float, limit: int) -> list[Hit]:
        """Return the best names by fuzz.ratio at or above min_score, as a full scan would."""
        ids = self._candidate_ids(key, min_score)
        if ids is None:
            hits = process.extract(
                key, self.names, scorer=fuzz.ratio, limit=limit, score_cutoff=min_score
            )
            return [(name, score) for name, score, _ in hits]
        order = list(ids)
        scored = process.extract(
            key,
            [self.names[n] for n in order],
            scorer=fuzz.ratio,
            limit=None,
            score_cutoff=min_score,
        )
        # Best first, equal scores in index order: as a scan of every name ranks them.
        ranked = sorted(scored, key=lambda hit: (-hit[1], order[hit[2]]))
        return [(name, score) for name, score, _ in ranked[:limit]]

    def likely(self, key: str, min_score: float, limit: int) -> list[Hit]:
        """Return names by fuzz.WRatio among those sharing the most trigrams with key."""
        if self.scanned:
            return self._scored(key, self.names, min_score, limit)
        # Count shared trigrams, rarest first, until SUGGEST_BUDGET postings are read: the
        # name behind a typo shares most of its rare trigrams; common ones ("ng ") tell little.
        shared: Counter[int] = Counter()
        read = 0
        postings = sorted((self.trigrams.get(g, ()) for g in set(_grams(f" {key} ", 3))), key=len)
        for posting in postings:
            if read and read + len(posting) > SUGGEST_BUDGET:
                break
            shared.update(posting)
            read += len(posting)
        # In index order, so that equal scores rank as in a scan of every name.
        pool = [self.names[n] for n in sorted(n for n, _ in shared.most_common(SUGGEST_POOL))]
        return self._scored(key, pool, min_score, limit)

    @staticmethod
    def _scored(key: str, pool: Sequence[str], min_score: float, limit: int) -> list[Hit]:
        hits = process.extract(key, pool, scorer=fuzz.WRatio, limit=limit, score_cutoff=min_score)
        return [(name, score) for name, score, _ in hits]
