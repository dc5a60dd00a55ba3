"""Merge locales/messages.pot into each catalog, keeping headers and translations.

English is the source language: its catalog keeps every msgstr empty (the msgid is shown).
Run through `make catalogs`, then translate the new empty entries of locales/vi.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po, write_po

HERE = Path(__file__).resolve().parent
WIDTH = 99


def main() -> None:
    """Update every locale's messages.po from the template."""
    with (HERE / "messages.pot").open("rb") as f:
        template = read_po(f)
    for po in sorted(HERE.glob("*/LC_MESSAGES/messages.po")):
        locale = po.parent.parent.name
        with po.open("rb") as f:
            catalog = read_po(f, locale=locale)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        if locale == "en":
            for message in catalog:
                if message.id:
                    message.string = ("", "") if message.pluralizable else ""
        with po.open("wb") as f:
            write_po(f, catalog, width=WIDTH, no_location=True, include_previous=False)
        print(f"updated {po.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
