"""The database: migrations, WAL, refusal of a newer schema, a one-time idempotent load."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.db import Database, DatabaseTooNew, connect
from store.dialect import POSTGRESQL, SQLITE
from store.migrate import migrations
from store.plan_import import load_bundled


async def _count(db: Database, sql: str) -> int:
    row = await db.fetch_one(sql)
    assert row is not None
    return int(row[0])


async def test_new_database_is_migrated_in_wal_mode(tmp_path: Path) -> None:
    """A new file gets every migration, WAL journaling and foreign keys."""
    async with connect(tmp_path / "a.db") as db:
        assert await _count(db, "PRAGMA user_version") == migrations(SQLITE)[-1][0]
        assert (await db.fetch_one("PRAGMA journal_mode")) == ("wal",)
        assert await _count(db, "PRAGMA foreign_keys") == 1


async def test_newer_database_is_refused(tmp_path: Path) -> None:
    """A database written by a newer version is not opened."""
    path = tmp_path / "b.db"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    with pytest.raises(DatabaseTooNew):
        async with connect(path):
            pass


async def test_loading_twice_changes_nothing(tmp_path: Path) -> None:
    """The bundled data loads once; a second load is a no-op."""
    async with connect(tmp_path / "c.db") as db:
        assert await load_bundled(db) is True
        before = await _count(db, "SELECT count(*) FROM status")
        assert await load_bundled(db) is False
        assert await _count(db, "SELECT count(*) FROM status") == before


async def test_roster_and_sets(tmp_path: Path) -> None:
    """200 communes (181 xã) in 11 districts; sets of 19, 19, 4 and 9 criteria."""
    async with connect(tmp_path / "d.db") as db:
        await load_bundled(db)
        assert await _count(db, "SELECT count(*) FROM unit WHERE kind = 'xa'") == 181
        assert await _count(db, "SELECT count(*) FROM unit WHERE kind = 'district'") == 11
        assert (
            await _count(
                db,
                "SELECT count(*) FROM unit WHERE parent_code IN "
                "(SELECT code FROM unit WHERE kind = 'district')",
            )
            == 200
        )
        assert {
            str(k): v
            for k, v in await db.fetch_all("SELECT set_code, count(*) FROM criterion GROUP BY 1")
        } == {
            "ntm": 19,
            "nang_cao": 19,
            "kieu_mau": 4,
            "huyen": 9,
        }
        assert {
            str(k): v
            for k, v in await db.fetch_all(
                "SELECT group_code, count(*) FROM unit_group GROUP BY 1"
            )
        } == {
            "ntm_2023": 10,
            "nang_cao_2023": 5,
            "kieu_mau_2023": 2,
            "bien_gioi": 20,
            "dbkk": 10,
        }


async def _flags(db: Database, appendix: int, row_no: str) -> str:
    row = await db.fetch_one(
        "SELECT flags FROM plan_row WHERE appendix = ? AND row_no = ?", (appendix, row_no)
    )
    assert row is not None
    return str(row[0])


async def test_plan_slips_are_flagged_and_source_text_kept(tmp_path: Path) -> None:
    """Hoa Thám, Chiến Thắng ('11.15') and Quốc Khánh keep their text and carry flags."""
    async with connect(tmp_path / "e.db") as db:
        await load_bundled(db)
        hoa_tham = await _flags(db, 5, "2")
        assert "met_count_4_but_lists_5" in hoa_tham and "target_item_unclear:2.3" in hoa_tham
        assert "target_item_unclear:11.15" in await _flags(db, 5, "9")
        assert "target_already_met:10" in await _flags(db, 4, "8")
        assert (await db.fetch_one("SELECT criterion FROM plan_target WHERE item = '11.15'")) == (
            None,
        )  # not guessed as 11 or 15
        row = await db.fetch_one(
            "SELECT source_text FROM plan_row WHERE appendix = 5 AND row_no = '9'"
        )
        assert row is not None and row[0].endswith("\t11.15")


async def test_count_only_rows_mean_all_met_and_are_flagged(tmp_path: Path) -> None:
    """Xuất Lễ's '19' with no list: all 19 met, flagged as count-only."""
    async with connect(tmp_path / "f.db") as db:
        await load_bundled(db)
        assert "met_list_omitted" in await _flags(db, 4, "2")
        assert (
            await _count(db, "SELECT count(*) FROM status WHERE unit_code = '06202' AND met = 1")
            == 19
        )


def test_both_dialects_have_the_same_numbered_migrations() -> None:
    """One sequence: every number has a SQLite and a PostgreSQL version (numbers may skip:
    one kept for a change another branch brings)."""
    sqlite_numbers = [number for number, _ in migrations(SQLITE)]
    assert sqlite_numbers == [number for number, _ in migrations(POSTGRESQL)]
    assert sqlite_numbers == sorted(set(sqlite_numbers)) and sqlite_numbers[0] == 1
