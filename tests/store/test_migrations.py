"""Upgrades from every earlier schema, the refusal of a newer one, and processes starting at
once on a new database (one migration, one load), on both engines."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from store.db import Database, DatabaseTooNew, connect
from store.dialect import SQLITE
from store.migrate import migrations, schema_version
from store.plan_import import load_bundled
from tests.backends import SQLITE as SQLITE_BACKEND
from tests.backends import new_database

ROOT = Path(__file__).resolve().parents[2]
LATEST = migrations(SQLITE)[-1][0]


async def _schema(db: Database) -> list[tuple[object, ...]]:
    """The schema as the engine describes it: tables, columns, indexes and triggers."""
    if db.dialect.name == "sqlite":
        return await db.fetch_all(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        )
    columns = await db.fetch_all(
        "SELECT table_name, column_name, data_type, is_nullable, column_default"
        " FROM information_schema.columns WHERE table_schema = 'public'"
        " ORDER BY table_name, column_name"
    )
    others = await db.fetch_all(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
        " UNION ALL SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal"
        " ORDER BY 1"
    )
    return columns + others


@pytest.mark.parametrize("start", [0, *[number for number, _ in migrations(SQLITE)][:-1]])
async def test_upgrade_from_every_earlier_version(
    backend: str, tmp_path: Path, start: int
) -> None:
    """A database left at any earlier version upgrades to the same schema a new one gets,
    keeps its rows, and then takes the bundled data."""
    async with (
        new_database(backend, tmp_path / "new") as fresh_target,
        connect(fresh_target) as fresh,
    ):
        expected = await _schema(fresh)
    async with new_database(backend, tmp_path) as target:
        async with connect(target, upto=start) as old:
            assert await schema_version(old) == start
            if start >= 1:
                await old.execute("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")
        async with connect(target) as db:
            assert await schema_version(db) == LATEST
            assert await _schema(db) == expected
            if start >= 1:
                assert await db.fetch_value("SELECT value FROM meta WHERE key = 'kept'") == "yes"
            assert await load_bundled(db) is True
            assert await db.fetch_value("SELECT count(*) FROM unit WHERE kind = 'xa'") == 181


async def test_a_newer_schema_is_refused(backend: str, tmp_path: Path) -> None:
    """A database a newer ntm-bot wrote is not opened (and not changed)."""
    async with new_database(backend, tmp_path) as target:
        async with connect(target) as db:
            if db.dialect.name == "sqlite":
                await db.execute(f"PRAGMA user_version = {LATEST + 1}")
            else:
                await db.execute("UPDATE schema_version SET version = ?", (LATEST + 1,))
        with pytest.raises(DatabaseTooNew, match=f"{LATEST + 1}"):
            async with connect(target):
                pass


async def test_processes_starting_at_once_migrate_and_load_once(
    backend: str, tmp_path: Path
) -> None:
    """Four `ntm-bot db upgrade` started together on a new database: all succeed, exactly one
    loads the bundled data, and the data is there once."""
    async with new_database(backend, tmp_path) as target:
        key = "NTM_DB" if backend == SQLITE_BACKEND else "NTM_DATABASE_URL"
        env = {**os.environ, key: target, "NTM_LOG_LEVEL": "WARNING"}
        env.pop("NTM_DATABASE_URL" if backend == SQLITE_BACKEND else "NTM_DB", None)
        procs = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot.cli",
                "db",
                "upgrade",
                cwd=ROOT,
                env=env,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            for _ in range(4)
        ]
        outputs = [
            (out.decode(), err.decode())
            for out, err in await asyncio.wait_for(
                asyncio.gather(*(proc.communicate() for proc in procs)), 60
            )
        ]
        assert [proc.returncode for proc in procs] == [0] * 4, outputs
        said = [out for out, _ in outputs]
        assert sum("loaded now" in out for out in said) == 1, said
        assert all(f"version {LATEST}" in out for out in said)
        async with connect(target) as db:
            assert await db.fetch_value("SELECT count(*) FROM unit WHERE kind = 'xa'") == 181
            assert await db.fetch_value("SELECT count(*) FROM meta") == 1
