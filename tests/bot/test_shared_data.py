"""What contexts of one process share: compiled catalogs (per file version) and the name
index (per set of names)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.config import DEFAULT_LOCALES
from bot.context import open_ctx
from bot.i18n import I18n
from tests.backends import SQLITE, database_settings

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


async def test_contexts_on_the_same_names_share_one_gazetteer(tmp_path: Path) -> None:
    """Two databases holding the same units and criteria get the same name index; one whose
    names changed gets its own after reload_names, and the other context keeps its index."""
    async with (
        database_settings(SQLITE, str(_folder(tmp_path, "a"))) as first_settings,
        database_settings(SQLITE, str(_folder(tmp_path, "b"))) as second_settings,
        open_ctx(first_settings) as first,
        open_ctx(second_settings) as second,
    ):
        assert first.gazetteer is second.gazetteer
        shared = first.gazetteer
        await second.db.execute(
            "UPDATE criterion SET name = 'Giao thông nông thôn' WHERE set_code = 'ntm'"
            " AND number = 2"
        )
        await second.reload_names()
        assert second.gazetteer is not shared
        assert second.gazetteer.criteria[("ntm", 2)] == "Giao thông nông thôn"
        assert first.gazetteer is shared
        assert shared.criteria[("ntm", 2)] == "Giao thông"


def _folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder
