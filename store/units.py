"""Units of the hierarchy: province, districts, communes."""

from __future__ import annotations

import aiosqlite

from store.db import first
from vocab.places import Place

_SELECT = (
    "SELECT u.code, u.name, u.kind, u.parent_code, p.name FROM unit u"
    " LEFT JOIN unit p ON p.code = u.parent_code"
)


async def all_places(db: aiosqlite.Connection) -> list[Place]:
    """Return every unit with its parent's name."""
    return [Place(*row) for row in await db.execute_fetchall(_SELECT + " ORDER BY u.code")]


async def get_place(db: aiosqlite.Connection, code: str) -> Place | None:
    """Return one unit by code, or None."""
    row = first(await db.execute_fetchall(_SELECT + " WHERE u.code = ?", (code,)))
    return Place(*row) if row else None


async def count_communes(db: aiosqlite.Connection, district_code: str, kind: str = "xa") -> int:
    """Return how many communes of a kind a district has."""
    row = first(
        await db.execute_fetchall(
            "SELECT count(*) FROM unit WHERE parent_code = ? AND kind = ?", (district_code, kind)
        )
    )
    return int(row[0]) if row else 0
