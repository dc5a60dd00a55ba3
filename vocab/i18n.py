"""The Translator every layer formats with: a locale's messages and its number formats."""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern


def day_text(day: date) -> str:
    """A day as Vietnamese write it: 29/11/2026."""
    return day.strftime("%d/%m/%Y")


@lru_cache(maxsize=64)
def _pattern(pattern: str) -> NumberPattern:
    """Parse a number pattern once (babel's format_decimal parses it on every call)."""
    return parse_pattern(pattern)


@lru_cache(maxsize=8)
def _locale(code: str) -> Locale:
    """Return a babel locale, parsed on first use (not at start-up: `ask` may need none)."""
    return Locale.parse(code)


@lru_cache(maxsize=4096)
def _formatted(value: float, pattern: str, locale: str) -> str:
    """Format one number (answers show the same few counts and averages again and again)."""
    return str(_pattern(pattern).apply(value, _locale(locale)))


@dataclass(frozen=True)
class Translator:
    """Messages and number formats of one locale."""

    locale: str
    catalog: gettext.NullTranslations

    def _format(self, value: float, pattern: str) -> str:
        """Format a number as babel's format_decimal(value, pattern, locale) does."""
        return _formatted(value, pattern, self.locale)

    def _(self, message: str) -> str:
        """Translate a message."""
        return self.catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Translate a message that depends on a count."""
        return self.catalog.ngettext(singular, plural, n)

    def dec(self, value: float, digits: int = 2) -> str:
        """Format a decimal the locale's way: 13,24 in Vietnamese."""
        pattern = "#,##0." + "0" * digits if digits else "#,##0"
        return self._format(value, pattern)

    def amount(self, value: float) -> str:
        """Format an amount with up to three decimals: 5.103,888."""
        return self._format(value, "#,##0.###")

    def pct(self, part: float, whole: float) -> str:
        """Format part/whole as a percentage with one decimal: 44,8%."""
        share = 100 * part / whole if whole else 0.0
        return self._format(share, "#,##0.0") + "%"
