"""Units of the hierarchy: province, districts, communes."""

from __future__ import annotations

from store.db import Database
from vocab.places import Place

_SELECT = (
    "SELECT u.code, u.name, u.kind, u.parent_code, p.name FROM unit u"
    " LEFT JOIN unit p ON p.code = u.parent_code"
)


async def all_places(db: Database) -> list[Place]:
    """Return every unit with its parent's name."""
    return [Place(*row) for row in await db.fetch_all(_SELECT + " ORDER BY u.code")]


async def get_place(db: Database, code: str) -> Place | None:
    """Return one unit by code, or None."""
    row = await db.fetch_one(_SELECT + " WHERE u.code = ?", (code,))
    return Place(*row) if row else None


async def count_communes(db: Database, district_code: str, kind: str = "xa") -> int:
    """Return how many communes of a kind a district has."""
    count = await db.fetch_value(
        "SELECT count(*) FROM unit WHERE parent_code = ? AND kind = ?", (district_code, kind)
    )
    return int(count)
