"""Open the SQLite database: WAL, foreign keys, numbered migrations tracked by user_version."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from weakref import WeakKeyDictionary

import aiosqlite
from aiosqlite import Row


class DatabaseTooNew(RuntimeError):
    """The database was written by a newer version of ntm-bot than this one."""


def migrations() -> list[tuple[int, str]]:
    """Return the bundled migrations as (number, sql), in order."""
    folder = Path(__file__).resolve().parent / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


async def migrate(db: aiosqlite.Connection) -> int:
    """Apply the migrations the database lacks; refuse a database newer than the code."""
    steps = migrations()
    latest = steps[-1][0] if steps else 0
    async with db.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    current = int(row[0]) if row else 0
    if current > latest:
        raise DatabaseTooNew(
            f"database schema version {current} is newer than this ntm-bot knows ({latest})"
        )
    for number, sql in steps:
        if number > current:
            await db.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
    return latest


@asynccontextmanager
async def connect(path: str | Path) -> AsyncIterator[aiosqlite.Connection]:
    """Open the database at path, migrated, in WAL mode with foreign keys on."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = await aiosqlite.connect(str(path))
    try:
        await db.execute("PRAGMA journal_mode = WAL")
        await db.execute("PRAGMA foreign_keys = ON")
        await db.execute("PRAGMA busy_timeout = 5000")
        await db.execute("PRAGMA synchronous = NORMAL")
        await migrate(db)
        yield db
    finally:
        await db.close()


def first(rows: Iterable[Row]) -> Row | None:
    """Return the first row of a fetched result, or None."""
    return next(iter(rows), None)


_write_locks: WeakKeyDictionary[aiosqlite.Connection, asyncio.Lock] = WeakKeyDictionary()


@asynccontextmanager
async def transaction(db: aiosqlite.Connection) -> AsyncIterator[aiosqlite.Connection]:
    """Run the block's writes as one transaction: committed at the end, rolled back on error.

    Handlers share one connection, so every writer goes through here: the lock keeps one
    coroutine's commit from committing another's half-done work. Not reentrant.
    """
    lock = _write_locks.setdefault(db, asyncio.Lock())
    async with lock:
        try:
            yield db
        except BaseException:
            await db.rollback()
            raise
        await db.commit()
