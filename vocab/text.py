"""Normalise Vietnamese once: NFC, casefold, a diacritic-free form and a tone-canonical one."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Tone marks (sắc, huyền, hỏi, ngã, nặng) -> a letter-like suffix that never composes with the
# word; other combining marks (ˆ, ˘, horn) change the vowel and stay where they are.
TONE_SUFFIX = {"\u0301": "ˊ", "\u0300": "ˋ", "\u0309": "ˀ", "\u0303": "ˇ", "\u0323": "ˌ"}
_NON_WORD = re.compile(r"[^\w.]+|(?<!\d)\.|\.(?!\d)|_")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Return a lower-case, diacritic-free form (đ -> d) with punctuation turned into spaces.

    Cached: the readers of one message (routing's checks, the parser, the reader of time) fold
    the same text; a message is folded once."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("đ", "d")
    return " ".join(_NON_WORD.sub(" ", bare).split())


def words(text: str) -> list[str]:
    """Split text into casefolded NFC words, punctuation dropped (decimal points kept)."""
    return _NON_WORD.sub(" ", unicodedata.normalize("NFC", text.casefold())).split()


@lru_cache(maxsize=8192)
def canon_word(word: str) -> str:
    """Return one word's tone-canonical form: the tone moved to a suffix after the word."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(TONE_SUFFIX[ch] for ch in decomposed if ch in TONE_SUFFIX)
    rest = "".join(ch for ch in decomposed if ch not in TONE_SUFFIX)
    return unicodedata.normalize("NFC", rest) + tones


@lru_cache(maxsize=8192)
def fold_word(word: str) -> str:
    """Return one word as the matcher sees it: folded, closed up, or as typed if that is empty."""
    return fold(word).replace(" ", "") or word


def canon(text: str) -> str:
    """Return a casefolded form that keeps diacritics but not where the tone mark sits.

    "Thụy" and "Thuỵ", "Hòa" and "Hoà" give the same key; "Tân Thanh" and "Tân Thành" do not.
    """
    return " ".join(canon_word(w) for w in words(text))


def has_diacritics(text: str) -> bool:
    """Tell whether the text (plain or canonical) carries any diacritic or đ."""
    return any(ord(ch) > 127 for ch in text)


def has_phrase(padded: str, phrases: Iterable[str]) -> bool:
    """Tell whether a folded text padded with spaces (' … ') holds one of the phrases whole."""
    return any(f" {phrase} " in padded for phrase in phrases)


def command_word(text: str) -> tuple[str, str]:
    """Split '/Lichsu@ntm_bot Nhân Lý' into ('/lichsu', 'Nhân Lý')."""
    word, _, argument = text.strip().partition(" ")
    return word.split("@", 1)[0].lower(), argument.strip()
