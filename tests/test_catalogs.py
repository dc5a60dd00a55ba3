"""Gettext catalogs: every message extracted from the code is translated into Vietnamese."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _catalog(path: Path, locale: str | None = None):  # type: ignore[no-untyped-def]
    with path.open("rb") as f:
        return read_po(f, locale=locale)


def test_template_is_up_to_date(tmp_path: Path) -> None:
    """Extracting the sources again gives the same message ids as locales/messages.pot."""
    out = tmp_path / "messages.pot"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pybabel"),
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_",
            "-o",
            str(out),
            "--no-location",
            "--omit-header",
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    fresh = {m.id for m in _catalog(out) if m.id}
    assert fresh == {m.id for m in _catalog(ROOT / "locales" / "messages.pot") if m.id}


def test_vietnamese_catalog_is_complete_with_the_same_placeholders() -> None:
    """Every message has a Vietnamese translation using exactly the msgid's placeholders."""
    template = {m.id for m in _catalog(ROOT / "locales" / "messages.pot") if m.id}
    vi = {
        m.id: m.string for m in _catalog(ROOT / "locales/vi/LC_MESSAGES/messages.po", "vi") if m.id
    }
    assert template <= set(vi)
    for msgid in template:
        assert vi[msgid], f"untranslated: {msgid!r}"
        assert set(PLACEHOLDER.findall(str(msgid))) == set(PLACEHOLDER.findall(str(vi[msgid])))
