"""Units of the hierarchy: province, districts, communes."""

from __future__ import annotations

from store.db import Database
from vocab.places import Place

# The 2023 plan's units: those not begun after the plan's date (later units have a unit_span).
IN_PLAN = "u.code NOT IN (SELECT code FROM unit_span WHERE valid_from > '2023-01-18')"
_SELECT = (
    "SELECT u.code, u.name, u.kind, u.parent_code, p.name FROM unit u"
    " LEFT JOIN unit p ON p.code = u.parent_code"
)


async def all_places(db: Database) -> list[Place]:
    """Return every unit of the 2023 plan's roster with its parent's name."""
    rows = await db.fetch_all(_SELECT + f" WHERE {IN_PLAN} ORDER BY u.code")
    return [Place(*row) for row in rows]


async def get_place(db: Database, code: str) -> Place | None:
    """Return one unit by code, or None."""
    row = await db.fetch_one(_SELECT + " WHERE u.code = ?", (code,))
    return Place(*row) if row else None
