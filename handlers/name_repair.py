"""Repair slips in a typed name: typing-method leftovers, doubled letters, regional spellings.

Words here are folded (handlers.text.fold_word): lower case, no diacritics. Each rule is data
below; `word_variants` applies them to one word and `span_keys` to the words of a span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import islice, product

VOWELS = frozenset("aeiouy")
# VNI types marks as digits after the letter (1-5 tones, 6 ^, 7 horn, 8 breve, 9 đ).
VNI_MARKS = re.compile(r"[0-9]")
# Telex tone keys: no Vietnamese syllable has these letters after its first vowel.
TELEX_TONE_KEYS = frozenset("sfrxj")
# Telex 'w' after a, o, u makes ă, ơ, ư (gone once folded); alone it types ư.
TELEX_W_AFTER = frozenset("aou")
# A doubled letter is a Telex vowel (aa, ee, oo, dd) or a key held down; "uu" is real (Hữu).
KEEP_DOUBLED = frozenset("u")
# Regional spellings of a word's first consonant, either way round (folded, longest first).
INITIAL_SWAPS: tuple[tuple[str, str], ...] = (
    ("tr", "ch"),
    ("gi", "d"),
    ("gi", "r"),
    ("d", "r"),
    ("s", "x"),
    ("l", "n"),
)
# i and y at the end of a syllable after a consonant or qu (Lí/Lý, Kì/Kỳ, Quí/Quý).
FINAL_SWAPS: tuple[tuple[str, str], ...] = (("i", "y"),)
FINAL_SWAP_AFTER_VOWEL = ("qu",)  # "ui" and "uy" differ (tui, tuy), except after q
MAX_KEYS = 64  # repaired spellings tried for one span, at most


@lru_cache(maxsize=16384)
def clean_word(word: str) -> str:
    """Remove VNI digits, Telex marks and doubled letters from one folded word."""
    letters = VNI_MARKS.sub("", word) if any(ch.isdigit() for ch in word) else word
    if not letters.isalpha():
        return word
    out: list[str] = []
    seen_vowel = False
    for ch in letters:
        if ch == "w":
            if not (out and out[-1] in TELEX_W_AFTER):
                out.append("u")
            seen_vowel = True
            continue
        if seen_vowel and ch in TELEX_TONE_KEYS:
            continue
        if out and out[-1] == ch and ch not in KEEP_DOUBLED:
            continue
        out.append(ch)
        seen_vowel = seen_vowel or ch in VOWELS
    return "".join(out) or word


def looks_slipped(word: str) -> bool:
    """Tell whether a folded word carries a typing-method leftover or a doubled letter."""
    return clean_word(word) != word


def _regional(word: str) -> set[str]:
    """Return the word's regional respellings (one rule at a time)."""
    out: set[str] = set()
    for a, b in INITIAL_SWAPS:
        for old, new in ((a, b), (b, a)):
            if word.startswith(old) and len(word) > len(old):
                rest = word[len(old) :]
                if old == "d" and rest.startswith("i") and new == "gi":
                    continue  # "di" -> "gii" is no spelling
                out.add(new + rest)
    for a, b in FINAL_SWAPS:
        for old, new in ((a, b), (b, a)):
            stem = word[: -len(old)]
            if (
                word.endswith(old)
                and stem
                and (stem[-1] not in VOWELS or stem.endswith(FINAL_SWAP_AFTER_VOWEL))
            ):
                out.add(word[:-1] + new)
    return out


@lru_cache(maxsize=16384)
def word_variants(word: str, known: bool) -> tuple[str, ...]:
    """Return the word as typed, cleaned, and (unless it is a known name word) respelled."""
    cleaned = clean_word(word)
    found = [word] if cleaned == word else [cleaned, word]
    if not known:
        found += sorted(_regional(cleaned) - set(found))
    return tuple(found)


def span_keys(words: Sequence[str], known: Sequence[bool]) -> Iterator[str]:
    """Yield the repaired spellings of a span (not the span as typed), at most MAX_KEYS.

    `known[i]` tells that words[i], as typed, is a word of some real name: it is cleaned of
    typing slips but never respelled, so a real name's word is not turned into another.
    """
    typed = " ".join(words)
    options = [word_variants(w, k) for w, k in zip(words, known, strict=True)]
    keys = (" ".join(combo) for combo in product(*options))
    yield from islice((k for k in keys if k != typed), MAX_KEYS)


def may_be_slipped(words: Sequence[str], known: Sequence[bool]) -> bool:
    """Tell whether any word of the span is unknown or carries a typing slip."""
    return any(not k or looks_slipped(w) for w, k in zip(words, known, strict=True))
