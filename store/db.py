"""Open the SQLite database: WAL, foreign keys, numbered migrations tracked by user_version."""

from __future__ import annotations

import asyncio
import sqlite3
import weakref
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

import aiosqlite

R = TypeVar("R")


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


def first(rows: Iterable[R]) -> R | None:
    """Return the first row of a fetched result, or None."""
    return next(iter(rows), None)


class _Outcome:
    """What one call gave in a trip: a value, or the exception it raised."""

    __slots__ = ("error", "value")

    def __init__(self, value: object = None, error: BaseException | None = None) -> None:
        self.value = value
        self.error = error

    def unwrap(self) -> object:
        """Return the value, or raise the call's exception."""
        if self.error is not None:
            raise self.error
        return self.value


Call = Callable[[sqlite3.Connection], object]
# Type aliases built once: a subscripted generic in cast() would be rebuilt on every call.
_Runner = Callable[..., Awaitable[list[_Outcome]]]
_Rows = list[tuple[Any, ...]]


def _run_calls(db: aiosqlite.Connection, calls: list[tuple[Call, bool]]) -> list[_Outcome]:
    """Run calls one after the other in the database thread; commit once if any wrote."""
    conn: sqlite3.Connection = db._conn
    outcomes = []
    for call, _ in calls:
        try:
            outcomes.append(_Outcome(call(conn)))
        except Exception as exc:
            outcomes.append(_Outcome(error=exc))
    if any(write for _, write in calls) and conn.in_transaction:
        try:
            conn.commit()
        except Exception as exc:
            for outcome, (_, write) in zip(outcomes, calls, strict=True):
                if write and outcome.error is None:
                    outcome.error, outcome.value = exc, None
    return outcomes


class _Trips:
    """One connection's shared trips: while one is in flight, calls wait to go in the next.

    A transaction (see transaction()) holds the connection the same way a trip does, for the
    whole block: calls from other tasks wait and go in the trip after it, so no trip's commit
    can land in the middle of the transaction. Calls from the transaction's own task run at
    once, inside it, and never commit.
    """

    def __init__(self) -> None:
        self.in_flight = False
        self.waiting: list[tuple[Call, bool, asyncio.Future[object]]] = []
        self.tasks: set[asyncio.Task[None]] = set()
        self.owner: asyncio.Task[Any] | None = None
        self.turns: deque[asyncio.Future[None]] = deque()

    def owned_here(self) -> bool:
        """Say whether the current task holds the connection for a transaction."""
        return self.owner is not None and self.owner is asyncio.current_task()

    @asynccontextmanager
    async def exclusive(self, db: aiosqlite.Connection) -> AsyncIterator[None]:
        """Hold the connection for the block: wait for the trip in flight, keep others out."""
        while self.in_flight:
            turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self.turns.append(turn)
            try:
                await turn
            except asyncio.CancelledError:
                if turn.done() and not turn.cancelled():
                    self._wake_one()  # pass on the turn we were given
                raise
        self.in_flight = True
        self.owner = asyncio.current_task()
        try:
            yield
        finally:
            self.owner = None
            self._next(db)

    def _wake_one(self) -> None:
        while self.turns:
            turn = self.turns.popleft()
            if not turn.done():
                turn.set_result(None)
                return

    async def run(self, db: aiosqlite.Connection, call: Call, write: bool) -> object:
        if self.owned_here():  # inside this task's transaction: run now, commit at its end
            (outcome,) = await self._trip(db, [(call, False)])
            return outcome.unwrap()
        if self.in_flight:
            future: asyncio.Future[object] = asyncio.get_running_loop().create_future()
            self.waiting.append((call, write, future))
            return await future
        self.in_flight = True
        try:
            (outcome,) = await self._trip(db, [(call, write)])
        finally:
            self._next(db)
        return outcome.unwrap()

    def _next(self, db: aiosqlite.Connection) -> None:
        """Send the calls that waited, together, or mark the connection free."""
        if not self.waiting:
            self.in_flight = False
            self._wake_one()
            return
        batch, self.waiting = self.waiting, []
        task = asyncio.get_running_loop().create_task(self._follow(db, batch))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _follow(
        self, db: aiosqlite.Connection, batch: list[tuple[Call, bool, asyncio.Future[object]]]
    ) -> None:
        try:
            outcomes = await self._trip(db, [(call, write) for call, write, _ in batch])
        except Exception as exc:
            outcomes = [_Outcome(error=exc) for _ in batch]
        except BaseException as exc:  # cancelled or stopping: still, no caller waits forever
            for _, _, future in batch:
                if future.done():
                    continue
                if isinstance(exc, asyncio.CancelledError):
                    future.cancel()
                else:
                    future.set_exception(exc)
            raise
        finally:
            self._next(db)
        for (_, _, future), outcome in zip(batch, outcomes, strict=True):
            if not future.done():
                if outcome.error is not None:
                    future.set_exception(outcome.error)
                else:
                    future.set_result(outcome.value)

    @staticmethod
    async def _trip(db: aiosqlite.Connection, calls: list[tuple[Call, bool]]) -> list[_Outcome]:
        run = cast(_Runner, db._execute)
        return await run(_run_calls, db, calls)


_TRIPS: weakref.WeakKeyDictionary[aiosqlite.Connection, _Trips] = weakref.WeakKeyDictionary()


async def in_trip(db: aiosqlite.Connection, call: Call, *, write: bool) -> object:
    """Run call(connection) in the database thread, sharing the trip with concurrent calls.

    aiosqlite sends every call (execute, fetch, cursor close, commit) to its thread on its
    own, and each trip costs thread hand-offs that dominate the answer path. Here a call goes
    at once when the connection is free; calls made while a trip is in flight wait and go
    together in the next one, so under load many answers share each trip. A trip commits
    once, before any of its callers resumes, if one of its calls wrote. Each call gets its own
    result or exception. Runs through aiosqlite's internal runner (Connection._execute, what
    all its public calls use); every answer goes through here, so a change there fails the
    tests at once.
    """
    return await _trips(db).run(db, call, write)


def _trips(db: aiosqlite.Connection) -> _Trips:
    trips = _TRIPS.get(db)
    if trips is None:
        trips = _TRIPS[db] = _Trips()
    return trips


@asynccontextmanager
async def transaction(db: aiosqlite.Connection) -> AsyncIterator[aiosqlite.Connection]:
    """Run the block's writes as one transaction: committed at the end, rolled back on error.

    Handlers share one connection, so the block holds it like a trip (other tasks' calls wait
    and their commits cannot split it). A transaction opened inside another of the same task
    joins it: the outer one commits.
    """
    trips = _trips(db)
    if trips.owned_here():
        yield db
        return
    async with trips.exclusive(db):
        try:
            yield db
        except BaseException:
            await db.rollback()
            raise
        await db.commit()


async def execute_commit(db: aiosqlite.Connection, sql: str, args: Sequence[object]) -> int:
    """Execute one write and commit it, in one (shared) trip; return the row count."""

    def write(conn: sqlite3.Connection) -> int:
        cursor = conn.execute(sql, args)
        try:
            return cursor.rowcount
        finally:
            cursor.close()

    return cast(int, await in_trip(db, write, write=True))


async def fetch_all(
    db: aiosqlite.Connection, sql: str, args: Sequence[object]
) -> list[tuple[Any, ...]]:
    """Return a query's rows, in one (shared) trip."""

    def read(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in conn.execute(sql, args).fetchall()]

    return cast(_Rows, await in_trip(db, read, write=False))
