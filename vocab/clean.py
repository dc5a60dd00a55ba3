"""Text from users and outsiders, made safe to log and to relay to other people.

Control characters (C0 such as NUL, ESC, CR; DEL; C1) and the Unicode bidirectional controls
(U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) let a sender drive a terminal, fake
a new log line, or make a relayed note show text in another order than it was written. For
logs they are escaped (visible, not acted on); in relayed text they are removed.
"""

from __future__ import annotations

import re

# Newline and tab are listed too: escaped in logs; kept or turned to spaces in relayed text.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t]+")


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    if match.group() in _NAMED:
        return _NAMED[match.group()]
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str) -> str:
    """Show every unsafe character as an escape ('\\x1b', '\\n', '\\u202e')."""
    return UNSAFE.sub(_escape, text)


def clean_line(text: str) -> str:
    """One line of user text (a name, a reason): unsafe characters out, spaces collapsed."""
    return " ".join(UNSAFE.sub(" ", text).split())


def clean_text(text: str) -> str:
    """User text that may have several lines (a note): line breaks kept, the rest removed."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [_SPACES.sub(" ", UNSAFE.sub(" ", line)).strip() for line in lines]
    return "\n".join(kept).strip()
