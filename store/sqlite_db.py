"""The SQLite Database: one connection, statements run at once on the event loop's thread.

Why not a thread: the statements every answer makes are small indexed look-ups that take
microseconds, and handing each one to a thread and back (what aiosqlite does) costs more than
the statement. So statements run inline, with stdlib sqlite3 and no driver internals. A
statement never waits for another connection's lock inside SQLite (busy_timeout is 0, so the
loop is never stopped): one that meets a lock fails at once, having done nothing, and is tried
again after an asynchronous sleep (up to BUSY_TIMEOUT seconds), while other tasks run.

Isolation between tasks: the connection is shared, so one gate (an asyncio lock) admits one
user at a time. A transaction holds the gate for its whole block, from BEGIN IMMEDIATE (which
takes SQLite's write lock, so other processes wait for it rather than meet it half-way) to its
commit; a statement outside a transaction takes the gate for itself and commits on its own. So
no task ever reads another task's uncommitted writes, and no commit can split a transaction.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from store.db import DatabaseUnwritable, IntegrityError, Row
from store.dialect import SQLITE, Dialect

T = TypeVar("T")
BUSY_TIMEOUT = 5.0  # seconds a statement keeps trying while another connection holds a lock
_FIRST_PAUSE, _LONGEST_PAUSE = 0.001, 0.05


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    return exc.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def split_script(script: str) -> list[str]:
    """Split a script into complete statements (triggers' inner `;` included)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip() and not all(
        part.strip().startswith("--") or not part.strip() for part in pending.splitlines()
    ):
        statements.append(pending.strip())
    return statements


class SqliteDatabase:
    """The Database contract over one sqlite3 connection (see the module's docstring)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._gate = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None  # the task whose transaction is open
        self._depth = 0  # savepoints open inside it

    @property
    def dialect(self) -> Dialect:
        """SQLite's."""
        return SQLITE

    def _in_own_transaction(self) -> bool:
        return self._owner is not None and self._owner is asyncio.current_task()

    async def _retrying(self, step: Callable[[], T]) -> T:
        """Run step, again after a pause while it meets another connection's lock."""
        pause, waited = _FIRST_PAUSE, 0.0
        while True:
            try:
                return step()
            except sqlite3.IntegrityError as exc:
                raise IntegrityError(str(exc)) from exc
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or waited >= BUSY_TIMEOUT:
                    raise
            await asyncio.sleep(pause)
            waited += pause
            pause = min(pause * 2, _LONGEST_PAUSE)

    async def _run(self, step: Callable[[], T]) -> T:
        """Run a step inside this task's transaction, or alone behind the gate."""
        if self._in_own_transaction():
            return await self._retrying(step)
        async with self._gate:
            return await self._retrying(step)

    async def execute(self, sql: str, args: Sequence[object] = ()) -> int:
        """Run one statement; return how many rows it changed."""

        def step() -> int:
            cursor = self._conn.execute(sql, args)
            try:
                return cursor.rowcount
            finally:
                cursor.close()

        return await self._run(step)

    async def execute_many(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        """Run one statement once per row of arguments, all in one transaction."""
        batch = list(rows)
        async with self.transaction():
            await self._run(lambda: self._conn.executemany(sql, batch).close())

    async def execute_script(self, sql: str) -> None:
        """Run several statements without arguments, all in one transaction."""
        async with self.transaction():
            for statement in split_script(sql):
                await self._run(partial(self._run_alone, statement))

    def _run_alone(self, statement: str) -> None:
        self._conn.execute(statement).close()

    async def fetch_all(self, sql: str, args: Sequence[object] = ()) -> list[Row]:
        """Return a query's rows as tuples."""
        return await self._run(lambda: self._conn.execute(sql, args).fetchall())

    async def fetch_one(self, sql: str, args: Sequence[object] = ()) -> Row | None:
        """Return a query's first row, or None."""

        def step() -> Row | None:
            cursor = self._conn.execute(sql, args)
            try:
                row: Row | None = cursor.fetchone()
                return row
            finally:
                cursor.close()

        return await self._run(step)

    async def fetch_value(self, sql: str, args: Sequence[object] = ()) -> Any:
        """Return the first column of a query's first row, or None."""
        row = await self.fetch_one(sql, args)
        return None if row is None else row[0]

    async def stream(
        self, sql: str, args: Sequence[object] = (), batch: int = 1000
    ) -> AsyncIterator[list[Row]]:
        """Yield a query's rows in batches, holding the connection meanwhile (the reading
        task's own calls between batches go through; other tasks wait)."""
        if self._in_own_transaction():
            async for rows in self._batches(sql, args, batch):
                yield rows
            return
        async with self._gate:
            self._owner = asyncio.current_task()
            try:
                async for rows in self._batches(sql, args, batch):
                    yield rows
            finally:
                self._owner = None

    async def _batches(
        self, sql: str, args: Sequence[object], batch: int
    ) -> AsyncIterator[list[Row]]:
        cursor = await self._retrying(lambda: self._conn.execute(sql, args))
        try:
            while rows := cursor.fetchmany(batch):
                yield rows
        finally:
            cursor.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """Hold the connection for the block, from BEGIN IMMEDIATE to COMMIT (or ROLLBACK).

        Inside another transaction of the same task the block is a savepoint: an exception
        leaving it undoes the block's statements only (and goes on to the outer block).
        """
        if self._in_own_transaction():  # nested: a savepoint, undone alone on an exception
            self._depth += 1
            name = f"nested_{self._depth}"
            self._conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                self._conn.execute(f"ROLLBACK TO {name}")
                raise
            finally:
                self._conn.execute(f"RELEASE {name}")
                self._depth -= 1
            return
        async with self._gate:
            await self._retrying(lambda: self._conn.execute("BEGIN IMMEDIATE").close())
            self._owner = asyncio.current_task()
            try:
                yield
            except BaseException:
                self._owner = None
                if self._conn.in_transaction:
                    self._conn.rollback()
                raise
            self._owner = None
            try:
                await self._retrying(self._conn.commit)
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.rollback()
                raise

    async def lock(self, name: str) -> None:
        """Nothing to do: a transaction already holds the database's one write lock."""

    async def close(self) -> None:
        """Close the connection (after the transaction in progress, if any)."""
        async with self._gate:
            self._conn.close()


# SQLite's primary result codes that mean "cannot write here" rather than a bug.
_UNWRITABLE = (sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN)


def _is_unwritable(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _UNWRITABLE


def _probe_write(conn: sqlite3.Connection) -> None:
    """Write the schema version unchanged and roll back: fails now if the file is read-only
    (every command writes, at least the chat's state), instead of deep in the first turn."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.rollback()


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL, waiting for other openers: SQLite may answer 'locked' at once,
    without its busy handler, when several processes open a new file together."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)  # opening happens once, before serving


def open_sqlite(path: str, *, durable: bool = False) -> SqliteDatabase:
    """Open the SQLite file at path (created if missing): WAL, foreign keys on.

    Raises DatabaseUnwritable, naming the file and what to do, if it cannot be written.
    """
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise (DatabaseUnwritable(path, exc) if _is_unwritable(exc) else exc) from exc
    try:
        # Opening happens once, before serving: here waiting for another process is fine.
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        _use_wal(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")
        _probe_write(conn)
        conn.execute("PRAGMA busy_timeout = 0")
    except sqlite3.Error as exc:
        conn.close()
        raise (DatabaseUnwritable(path, exc) if _is_unwritable(exc) else exc) from exc
    return SqliteDatabase(conn)
