"""The history tables refuse every way of changing a row: UPDATE, DELETE, REPLACE, UPSERT."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from store.db import Database, IntegrityError, connect
from store.plan_import import load_bundled
from tests.backends import database_settings

NOW = "2023-11-05T02:00:00+00:00"

# One row of each history table, written the way the bot writes them.
ROWS = (
    "INSERT INTO person (id, role, unit_code, created_at) VALUES (1, 'xa_official', '06496', ?)",
    "INSERT INTO field_report (id, flow_key, person_id, unit_code, set_code, criterion, met,"
    " channel, created_at) VALUES (1, 'flow-1', 1, '06496', 'ntm', 2, 1, 'telegram', ?)",
    "INSERT INTO evidence (id, report_id, kind, channel, ref, name)"
    " VALUES (1, 1, 'photo', 't', 'f', ?)",
    "INSERT INTO status (id, unit_code, set_code, criterion, met, as_of, source_kind, source,"
    " recorded_at) VALUES (999999, '06496', 'ntm', 2, 1, '2023-11-05', 'report', '#1', ?)",
    "INSERT INTO review (report_id, person_id, approved, status_id, reviewed_at)"
    " VALUES (1, 1, 1, 999999, ?)",
    "INSERT INTO period_report (id, kind, period, reporter, version, flow_key, person_id,"
    " channel, created_at) VALUES (1, 'monthly', '2023-11', '06496', 1, 'pflow-1', 1, 't', ?)",
    "INSERT INTO period_attachment (id, report_id, kind, channel, ref, name)"
    " VALUES (1, 1, 'photo', 't', 'f', ?)",
)

# Per table: (UPDATE, DELETE, REPLACE..., UPSERT...) each aimed at the row above.
ATTACKS: dict[str, tuple[str, ...]] = {
    "status": (
        "UPDATE status SET met = 0 WHERE id = 999999",
        "DELETE FROM status WHERE id = 999999",
        "INSERT OR REPLACE INTO status (id, unit_code, set_code, criterion, met, as_of,"
        " source_kind, source, recorded_at) VALUES (999999, '06496', 'ntm', 2, 0, '2023-11-05',"
        " 'report', '#1', 'x')",
        "INSERT INTO status (id, unit_code, set_code, criterion, met, as_of, source_kind, source,"
        " recorded_at) VALUES (999999, '06496', 'ntm', 2, 0, '2023-11-05', 'report', '#1', 'x')"
        " ON CONFLICT (id) DO UPDATE SET met = 0",
    ),
    "field_report": (
        "UPDATE field_report SET met = 0",
        "DELETE FROM field_report",
        "REPLACE INTO field_report (id, flow_key, person_id, unit_code, set_code, criterion, met,"
        " channel, created_at) VALUES (1, 'flow-1', 1, '06496', 'ntm', 2, 0, 'telegram', 'x')",
        "INSERT OR REPLACE INTO field_report (flow_key, person_id, unit_code, set_code,"
        " criterion, met, channel, created_at)"
        " VALUES ('flow-1', 1, '06496', 'ntm', 2, 0, 'telegram', 'x')",
        "INSERT INTO field_report (flow_key, person_id, unit_code, set_code, criterion, met,"
        " channel, created_at) VALUES ('flow-1', 1, '06496', 'ntm', 2, 0, 'telegram', 'x')"
        " ON CONFLICT (flow_key) DO UPDATE SET met = 0",
    ),
    "evidence": (
        "UPDATE evidence SET ref = 'g'",
        "DELETE FROM evidence",
        "INSERT OR REPLACE INTO evidence (id, report_id, kind, channel, ref, name)"
        " VALUES (1, 1, 'photo', 't', 'g', 'x')",
        "INSERT INTO evidence (id, report_id, kind, channel, ref, name)"
        " VALUES (1, 1, 'photo', 't', 'g', 'x') ON CONFLICT (id) DO UPDATE SET ref = 'g'",
    ),
    "review": (
        "UPDATE review SET approved = 0",
        "DELETE FROM review",
        "INSERT OR REPLACE INTO review (report_id, person_id, approved, reason, reviewed_at)"
        " VALUES (1, 1, 0, 'x', 'x')",
        "INSERT INTO review (report_id, person_id, approved, reason, reviewed_at)"
        " VALUES (1, 1, 0, 'x', 'x') ON CONFLICT (report_id) DO UPDATE SET approved = 0",
    ),
    "period_report": (
        "UPDATE period_report SET note = 'x'",
        "DELETE FROM period_report",
        "INSERT OR REPLACE INTO period_report (id, kind, period, reporter, version, flow_key,"
        " person_id, note, channel, created_at)"
        " VALUES (1, 'monthly', '2023-11', '06496', 1, 'pflow-1', 1, 'x', 't', 'x')",
        "INSERT OR REPLACE INTO period_report (kind, period, reporter, version, flow_key,"
        " person_id, note, channel, created_at)"
        " VALUES ('monthly', '2023-11', '06496', 1, 'pflow-2', 1, 'x', 't', 'x')",
        "INSERT INTO period_report (kind, period, reporter, version, flow_key, person_id, note,"
        " channel, created_at) VALUES ('monthly', '2023-11', '06496', 9, 'pflow-1', 1, 'x', 't',"
        " 'x') ON CONFLICT (flow_key) DO UPDATE SET note = 'x'",
    ),
    "period_attachment": (
        "UPDATE period_attachment SET ref = 'g'",
        "DELETE FROM period_attachment",
        "INSERT OR REPLACE INTO period_attachment (id, report_id, kind, channel, ref, name)"
        " VALUES (1, 1, 'photo', 't', 'g', 'x')",
        "INSERT INTO period_attachment (id, report_id, kind, channel, ref, name)"
        " VALUES (1, 1, 'photo', 't', 'g', 'x') ON CONFLICT (id) DO UPDATE SET ref = 'g'",
    ),
}


async def _fill(db: Database) -> None:
    await load_bundled(db)
    for sql in ROWS:
        await db.execute(sql, (NOW,))


@pytest.fixture
async def history(backend: str, tmp_path: Path) -> AsyncIterator[Database]:
    """A loaded database with one row in every history table, on each engine."""
    async with (
        database_settings(backend, str(tmp_path)) as settings,
        connect(settings.database) as db,
    ):
        await _fill(db)
        yield db


async def _rows(db: Database, table: str) -> list[tuple[object, ...]]:
    return await db.fetch_all(f"SELECT * FROM {table} ORDER BY 1")


@pytest.mark.parametrize(
    ("table", "attack"), [(t, a) for t, attacks in ATTACKS.items() for a in attacks]
)
async def test_history_cannot_be_rewritten(history: Database, table: str, attack: str) -> None:
    """Each attack is refused by the database itself and leaves the table as it was
    (PostgreSQL has no REPLACE: there every UPSERT is an UPDATE, and refused as one)."""
    if "REPLACE" in attack and history.dialect.name != "sqlite":
        pytest.skip("SQLite's REPLACE only")
    before = await _rows(history, table)
    with pytest.raises(IntegrityError, match="append-only"):
        await history.execute(attack)
    assert await _rows(history, table) == before


async def test_replace_is_refused_even_from_another_client(tmp_path: Path) -> None:
    """The refusal lives in the schema: a plain sqlite3 connection (the CLI) meets it too."""
    path = tmp_path / "cli.db"
    async with connect(path) as db:
        await _fill(db)
    plain = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            plain.execute(
                "INSERT OR REPLACE INTO review (report_id, person_id, approved, reason,"
                " reviewed_at) VALUES (1, 1, 0, 'flipped', 'x')"
            )
        assert plain.execute("SELECT approved FROM review").fetchall() == [(1,)]
    finally:
        plain.close()
