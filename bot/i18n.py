"""Gettext catalogs (babel .po files, compiled in memory) and Vietnamese number formatting."""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import NumberPattern, parse_pattern

SUPPORTED = ("vi", "en")
DOMAIN = "messages"


def pick_locale(language: str | None, default: str = "vi") -> str:
    """Map a client language code ('en-US', 'vi') to a supported locale."""
    code = (language or "").split("-")[0].split("_")[0].lower()
    return code if code in SUPPORTED else default


def load_catalog(locales_dir: Path, locale: str) -> gettext.GNUTranslations:
    """Compile one locale's .po catalog in memory and load it."""
    path = locales_dir / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as f:
        catalog = read_po(f, locale=locale)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


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


class I18n:
    """All catalogs, loaded once."""

    def __init__(self, locales_dir: Path, default: str = "vi") -> None:
        self.default = default
        self.translators = {
            code: Translator(code, load_catalog(locales_dir, code)) for code in SUPPORTED
        }

    def get(self, language: str | None) -> Translator:
        """Return the translator for a client language, defaulting to Vietnamese."""
        return self.translators[pick_locale(language, self.default)]
