"""Split long text into messages that fit a channel's limit, at line breaks when possible."""

from __future__ import annotations


def units(text: str) -> int:
    """Return the length of text in UTF-16 code units (how Telegram counts, and Zalo at most)."""
    return len(text.encode("utf-16-le")) // 2


def _fitting(text: str, limit: int) -> int:
    """Return how many leading characters of text fit in limit UTF-16 code units."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def _cut(text: str, limit: int) -> tuple[str, str]:
    """Split off a head that fits: at the last line break, else the last space, else hard."""
    fits = _fitting(text, limit)
    window = text[: fits + 1]
    for separator in ("\n", " "):
        at = window.rfind(separator)
        if at > 0:
            return text[:at], text[at + 1 :]
    return text[:fits], text[fits:]


def split_text(text: str, limit: int) -> list[str]:
    """Split text into non-blank parts of at most limit units, at line breaks when possible."""
    parts: list[str] = []
    rest = text
    while units(rest) > limit:
        head, rest = _cut(rest, limit)
        if head.strip():
            parts.append(head.rstrip())
    if rest.strip():
        parts.append(rest.rstrip())
    return parts
