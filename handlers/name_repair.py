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
# Words of questions whose respelling is another word of questions or of a name ("xã" is not
# "Sa", "là" not "Na", "chiều" not "Triệu"): cleaned of typing slips, never respelled.
NEVER_RESPELLED = frozenset(
    (
        "xa la chi nao con ra sao thi nay nam no nhieu bao may co chua roi dat dau tai tren "
        "trong cua cho nhu the noi lam len nen ne luc nua lai nhung ma vay duoc dang de di den "
        # "da" (đã) is left out: typed bare it is also "Gia" said the southern way (Da Cát)
        "ve so xin chao tinh huyen xep thu trieu chieu trinh chinh chuong nong thon dan sach "
        "von tien nghin ngan ty ti le don vi so sanh dung sai ro rang nhe nha a oi ah giai giao "
        "duong duoi lua"
    ).split()
)
MAX_KEYS = 64  # repaired spellings tried for one span, at most
TONE_MARKS = "ˊˋˀˇˌ"  # the tone suffixes of handlers.text.canon_word


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
    """Return the word's regional respellings and undone finger slips (one rule at a time)."""
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
    return out | _slipped_keys(word)


def _slipped_keys(word: str) -> set[str]:
    """Return a word with one slip of the fingers undone: two letters swapped ('vnih': vinh,
    'bnag': bang), or the n of a final ng/nh left out ('Năg': Năng)."""
    out = {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(len(word) - 1)}
    if len(word) > 2 and word[-1] in "gh" and word[-2] not in "nc":
        out.add(f"{word[:-1]}n{word[-1]}")
    out.discard(word)
    return out


def may_respell(word: str, known: bool, marked: bool) -> bool:
    """Tell whether a typed word may get regional respellings.

    Not a word of a real name (known), and not a common word of questions unless typed with
    marks (then the marks must agree with the name's, see spelled_variants).
    """
    return not known and (marked or clean_word(word) not in NEVER_RESPELLED)


@lru_cache(maxsize=16384)
def word_variants(word: str, respell: bool) -> tuple[str, ...]:
    """Return the word as typed, cleaned, and (if respell) its regional respellings."""
    cleaned = clean_word(word)
    found = [word] if cleaned == word else [cleaned, word]
    if respell:
        found += sorted(_regional(cleaned) - set(found))
    return tuple(found)


@lru_cache(maxsize=16384)
def spelled_variants(raw: str) -> frozenset[str]:
    """Return what a word typed with its marks may stand for, marks kept (tone-canonical).

    The same rules as word_variants but on the marked word, so "Suân" may be "Xuân" and
    "Bắc Sơnn" "Bắc Sơn", while "xã" is never "Sa" nor "là" "Na": the marks must agree.
    """
    body = raw.rstrip(TONE_MARKS)
    tones = raw[len(body) :]
    undoubled = "".join(
        ch for k, ch in enumerate(body) if k == 0 or ch != body[k - 1] or ch in KEEP_DOUBLED
    )
    found = {body, undoubled}
    if clean_word(undoubled) not in NEVER_RESPELLED:
        found |= _regional(undoubled)
    return frozenset(b + tones for b in found)


def span_keys(words: Sequence[str], respell: Sequence[bool]) -> Iterator[str]:
    """Yield the repaired spellings of a span (not the span as typed), at most MAX_KEYS.

    Every word is cleaned of typing slips; only words with respell[i] (see may_respell) get
    regional respellings, so a real name's word is never turned into another's.
    """
    typed = " ".join(words)
    options = [word_variants(w, r) for w, r in zip(words, respell, strict=True)]
    keys = (" ".join(combo) for combo in product(*options))
    yield from islice((k for k in keys if k != typed), MAX_KEYS)


def may_be_slipped(words: Sequence[str], known: Sequence[bool]) -> bool:
    """Tell whether any word of the span is unknown or carries a typing slip."""
    return any(not k or looks_slipped(w) for w, k in zip(words, known, strict=True))
