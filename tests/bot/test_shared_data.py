"""Compiled catalogs are shared within a process, per catalog file and its version."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.config import DEFAULT_LOCALES
from bot.i18n import I18n

APOLOGY = "Sorry, something went wrong; please try again."


def test_a_catalog_is_compiled_once_and_again_after_it_changes(tmp_path: Path) -> None:
    """Two I18n on the same files share each locale's catalog; an edited .po file is read again,
    and another folder gets its own catalogs."""
    locales = tmp_path / "locales"
    shutil.copytree(DEFAULT_LOCALES, locales)
    first, second = I18n(locales), I18n(locales)
    assert first.get("vi").catalog is second.get("vi").catalog
    assert first.get("vi").catalog is not I18n(DEFAULT_LOCALES).get("vi").catalog
    before = first.get("vi")._(APOLOGY)
    assert before != APOLOGY  # translated

    po = locales / "vi" / "LC_MESSAGES" / "messages.po"
    po.write_text(po.read_text(encoding="utf-8").replace(before, "Xin lỗi (sửa)."), "utf-8")
    edited = I18n(locales)
    assert edited.get("vi")._(APOLOGY) == "Xin lỗi (sửa)."
    assert first.get("vi")._(APOLOGY) == before  # a context already open keeps what it loaded
    assert edited.get("en").catalog is first.get("en").catalog
