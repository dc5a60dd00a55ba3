"""Per-xã status on each criterion (append-only) and the plan rows behind it."""

from __future__ import annotations

import json
from dataclasses import dataclass

from store.db import Database


@dataclass(frozen=True)
class StatusItem:
    """The current status of one criterion for one xã, with where it comes from."""

    criterion: int
    met: bool
    as_of: str
    source_kind: str
    source: str


@dataclass(frozen=True)
class PlanEntry:
    """A xã's row in one of the plan's appendices 1-5."""

    appendix: int
    row_no: str
    set_code: str
    source_text: str
    met_count: int | None
    target_count: int | None
    targets: tuple[tuple[str, int | None], ...]
    flags: tuple[str, ...]


# The latest row per criterion (by as-of date, then insertion), as one JSON array in one row:
# SQLite hands rows over one step at a time and Python's sqlite3 lets go of the GIL at each
# step; with other threads busy (a bot under load) every step costs a thread switch.
_CURRENT_STATUS = (
    "SELECT {rows} FROM status s WHERE unit_code = ? AND set_code = ? AND id = ("
    "   SELECT id FROM status t WHERE t.unit_code = s.unit_code AND t.set_code = s.set_code"
    "   AND t.criterion = s.criterion ORDER BY as_of DESC, id DESC LIMIT 1)"
)


async def current_status(db: Database, unit_code: str, set_code: str) -> list[StatusItem]:
    """Return the latest status row per criterion (by as-of date, then insertion)."""
    sql = _CURRENT_STATUS.format(
        rows=db.dialect.json_rows("criterion", "met", "as_of", "source_kind", "source")
    )
    found = await db.fetch_value(sql, (unit_code, set_code))
    items = [
        StatusItem(int(c), bool(m), str(a), str(k), str(s)) for c, m, a, k, s in json.loads(found)
    ]
    return sorted(items, key=lambda item: item.criterion)
