"""Open the SQLite database: WAL, foreign keys, numbered migrations tracked by user_version."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import cast

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


async def execute_commit(db: aiosqlite.Connection, sql: str, args: Sequence[object]) -> int:
    """Execute one write and commit it in a single trip to the database thread; return rowcount.

    aiosqlite sends every call (execute, cursor close, commit) to its thread on its own, and
    each trip costs two thread hand-offs: the answer path's writes are dominated by them. Done
    in one trip, no other task's statement can come between the write and its commit either.
    Runs through aiosqlite's internal runner (Connection._execute, what all its public calls
    use); every answer goes through here, so a change there fails the tests at once.
    """

    def write() -> int:
        conn: sqlite3.Connection = db._conn
        cursor = conn.execute(sql, args)
        try:
            count = cursor.rowcount
        finally:
            cursor.close()
        conn.commit()
        return count

    run = cast(Callable[[Callable[[], int]], Awaitable[int]], db._execute)
    return await run(write)
