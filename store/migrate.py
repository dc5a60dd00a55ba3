"""Numbered migrations for both engines: apply what the database lacks, refuse a newer one.

One sequence of numbers (001, 002, ...), each written for SQLite (migrations/NNN_name.sql) and
for PostgreSQL (migrations/postgresql/NNN_name.sql). All pending migrations run in one
transaction that first takes the database's migration lock, so processes starting at once
migrate once: SQLite's BEGIN IMMEDIATE holds the file's write lock (the version is its
`PRAGMA user_version`); PostgreSQL takes an advisory lock (the version is in `schema_version`).
"""

from __future__ import annotations

from store.db import Database, DatabaseTooNew
from store.dialect import Dialect

MIGRATION_LOCK = "ntm-bot schema"


def migrations(dialect: Dialect) -> list[tuple[int, str]]:
    """Return a dialect's migrations as (number, sql), in order."""
    found = []
    for entry in dialect.migrations_dir.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


async def schema_version(db: Database) -> int:
    """Return the number of the last migration applied (0 for a new database)."""
    if db.dialect.name == "sqlite":
        return int(await db.fetch_value("PRAGMA user_version"))
    await db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    return int(await db.fetch_value("SELECT coalesce(max(version), 0) FROM schema_version"))


async def _record(db: Database, number: int) -> None:
    if db.dialect.name == "sqlite":
        await db.execute(f"PRAGMA user_version = {int(number)}")
    else:
        await db.execute("DELETE FROM schema_version")
        await db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))


async def migrate(db: Database, *, upto: int | None = None) -> int:
    """Apply the migrations the database lacks (up to `upto`); refuse one newer than the code.

    Returns the schema version the database has afterwards.
    """
    steps = migrations(db.dialect)
    latest = steps[-1][0] if steps else 0
    async with db.transaction():
        await db.lock(MIGRATION_LOCK)
        current = await schema_version(db)
        if current > latest:
            raise DatabaseTooNew(
                f"database schema version {current} is newer than this ntm-bot knows ({latest})"
            )
        for number, sql in steps:
            if current < number <= (upto if upto is not None else latest):
                await db.execute_script(sql)
                await _record(db, number)
                current = number
    return current
