"""Gettext catalogs (babel .po files, compiled in memory) and Vietnamese number formatting."""

from __future__ import annotations

import gettext
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from vocab.i18n import Translator

SUPPORTED = ("vi", "en")
DOMAIN = "messages"


def pick_locale(language: str | None, default: str = "vi") -> str:
    """Map a client language code ('en-US', 'vi') to a supported locale."""
    code = (language or "").split("-")[0].split("_")[0].lower()
    return code if code in SUPPORTED else default


def load_catalog(locales_dir: Path, locale: str) -> gettext.GNUTranslations:
    """Compile one locale's .po catalog in memory and load it (once per version of the file)."""
    path = (locales_dir / locale / "LC_MESSAGES" / f"{DOMAIN}.po").resolve()
    version = path.stat()
    return _compiled(path, locale, version.st_mtime_ns, version.st_size)


@lru_cache(maxsize=16)
def _compiled(path: Path, locale: str, mtime_ns: int, size: int) -> gettext.GNUTranslations:
    """Compile a .po file; keyed by its path and version, so an edited file is read again.

    The result is shared by every context of the process: nothing changes a catalog once
    loaded (translators only look messages up).
    """
    with path.open("rb") as f:
        catalog = read_po(f, locale=locale)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


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
