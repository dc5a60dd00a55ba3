"""Current status: the latest row per criterion, by as-of date then insertion, in order."""

from __future__ import annotations

from bot.context import Ctx
from store.status import StatusItem, current_status

# The plain query current_status answers like (one row per criterion).
REFERENCE = (
    "SELECT criterion, met, as_of, source_kind, source FROM status s"
    " WHERE unit_code = ? AND set_code = ? AND id = ("
    "   SELECT id FROM status t WHERE t.unit_code = s.unit_code AND t.set_code = s.set_code"
    "   AND t.criterion = s.criterion ORDER BY as_of DESC, id DESC LIMIT 1)"
    " ORDER BY criterion"
)
INSERT = (
    "INSERT INTO status (unit_code, set_code, criterion, met, as_of, source_kind, source,"
    " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, 't')"
)


async def _reference(ctx: Ctx, unit: str, set_code: str) -> list[StatusItem]:
    rows = await ctx.db.fetch_all(REFERENCE, (unit, set_code))
    return [StatusItem(int(c), bool(m), str(a), str(k), str(s)) for c, m, a, k, s in rows]


async def test_current_status_equals_the_row_by_row_query(ctx: Ctx) -> None:
    """For every unit and set, with newer, older and same-day rows added, both agree."""
    await ctx.db.execute_many(
        INSERT,
        [
            ("06496", "ntm", 2, 1, "2024-03-31", "import", 'báo cáo "A", số 1'),
            ("06496", "ntm", 2, 0, "2024-03-31", "report", "same day, later: wins"),
            ("06496", "ntm", 4, 1, "2020-01-01", "import", "older than the plan: loses"),
            ("06496", "nang_cao", 3, 1, "2024-05-01", "report", "first nâng cao row"),
            ("06238", "ntm", 19, 0, "2025-01-01", "report", "a\nnew line and , commas"),
        ],
    )
    units = [str(c) for (c,) in await ctx.db.fetch_all("SELECT code FROM unit")]
    seen = 0
    for unit in [*units, "no-such-unit"]:
        for set_code in ("ntm", "nang_cao", "kieu_mau"):
            items = await current_status(ctx.db, unit, set_code)
            assert items == await _reference(ctx, unit, set_code)
            seen += bool(items)
    assert seen >= 40
    nhan_ly = {i.criterion: i for i in await current_status(ctx.db, "06496", "ntm")}
    assert nhan_ly[2].source == "same day, later: wins" and not nhan_ly[2].met
    assert nhan_ly[4].source_kind == "plan"
