"""One row of the fresh table: a question and what a correct reply must say."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class F:
    text: str
    intent: str  # the reply's intent; "a|b" accepts either
    has: tuple[str, ...] = ()  # every string must be in the reply's text
    before: tuple[str, ...] = ()  # asked first in the same chat (a follow-up)
    lacks: tuple[str, ...] = ()  # none of these may be in the reply's text
    who: str = ""  # "" a sender not registered; else "role:unit code[:org]", registered first
