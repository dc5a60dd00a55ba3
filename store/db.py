"""Open the SQLite database: WAL, foreign keys, numbered migrations tracked by user_version."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import weakref
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any, TypeVar, cast

import aiosqlite

R = TypeVar("R")
BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another connection's lock


class DatabaseTooNew(RuntimeError):
    """The database was written by a newer version of ntm-bot than this one."""


class DatabaseUnwritable(RuntimeError):
    """The database (or the folder SQLite keeps its -wal and -shm files in) cannot be written."""

    def __init__(self, path: str | Path, cause: Exception) -> None:
        super().__init__(
            f"cannot write the database {path} ({cause}): give this user write access to the"
            " file and its folder (SQLite keeps -wal and -shm files beside it), or set NTM_DB"
            " to a writable path"
        )


# SQLite's primary result codes that mean "cannot write here" rather than a bug.
_UNWRITABLE = (sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN)


def _is_unwritable(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _UNWRITABLE


def migrations() -> list[tuple[int, str]]:
    """Return the bundled migrations as (number, sql), in order."""
    folder = Path(__file__).resolve().parent / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def statements(sql: str) -> list[str]:
    """Split a migration script into its statements (a trigger's BEGIN ... END stays whole)."""
    found, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            found.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(
        part.strip().startswith("--") for part in buffer.strip().splitlines()
    ):
        found.append(buffer.strip())
    return found


def _migrate(conn: sqlite3.Connection, steps: list[tuple[int, str]]) -> int:
    """Apply the missing migrations in one write transaction taken before reading the version,
    so processes opening a new database at once apply each migration exactly once."""
    latest = steps[-1][0] if steps else 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if current > latest:
            raise DatabaseTooNew(
                f"database schema version {current} is newer than this ntm-bot knows ({latest})"
            )
        for number, sql in steps:
            if number > current:
                for statement in statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return latest


async def migrate(db: aiosqlite.Connection) -> int:
    """Apply the migrations the database lacks; refuse a database newer than the code."""
    steps = migrations()
    run = cast(Callable[..., Awaitable[int]], db._execute)
    return await run(_migrate, db._conn, steps)


class _Connection(aiosqlite.Connection):
    """aiosqlite's connection, whose thread holds `busy` while it runs a call.

    The shared trips below take `busy` too, to run in the event loop's own thread when the
    connection is idle: no thread ever uses the sqlite3 connection while another does.
    """

    def __init__(self, path: str) -> None:
        super().__init__(partial(sqlite3.connect, path, check_same_thread=False), 64)
        self.busy = threading.Lock()
        self.waits_for_locks = True  # busy_timeout is BUSY_TIMEOUT_MS (else 0); hold `busy`

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        execute = cast(Callable[..., Awaitable[Any]], super()._execute)
        return await execute(self._holding, fn, *args, **kwargs)

    def _holding(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with self.busy:
            if self._connection is not None:
                self.wait_for_locks(True)
            return fn(*args, **kwargs)

    def wait_for_locks(self, wait: bool) -> None:
        """Make statements wait for other connections' locks (BUSY_TIMEOUT_MS) or not at all.

        Called with `busy` held; the pragma is sent only when the choice changes.
        """
        if wait != self.waits_for_locks:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS if wait else 0}")
            self.waits_for_locks = wait


async def _probe_write(db: aiosqlite.Connection) -> None:
    """Write the schema version unchanged and roll back: fails now if the file is read-only
    (every command writes, at least the chat's state), instead of deep in the first turn."""
    async with db.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    await db.execute("BEGIN IMMEDIATE")
    try:
        await db.execute(f"PRAGMA user_version = {int(row[0]) if row else 0}")
    finally:
        await db.rollback()


@asynccontextmanager
async def connect(path: str | Path) -> AsyncIterator[aiosqlite.Connection]:
    """Open the database at path, migrated, in WAL mode with foreign keys on."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        db = await _Connection(str(path))
    except sqlite3.Error as exc:
        if _is_unwritable(exc):
            raise DatabaseUnwritable(path, exc) from exc
        raise
    try:
        try:
            await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # first: others write
            await db.execute("PRAGMA journal_mode = WAL")
            await db.execute("PRAGMA foreign_keys = ON")
            await db.execute("PRAGMA synchronous = NORMAL")
            await _probe_write(db)
            await migrate(db)
        except sqlite3.Error as exc:
            if _is_unwritable(exc):
                raise DatabaseUnwritable(path, exc) from exc
            raise
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


class _Busy(Exception):
    """A call met another connection's lock, where waiting for it was not allowed."""


def _is_busy(exc: Exception) -> bool:
    codes = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return isinstance(exc, sqlite3.OperationalError) and exc.sqlite_errorcode in codes


def _run_calls(  # noqa: C901 (one branch per way a shared trip can end; see the docstring)
    db: aiosqlite.Connection, calls: list[tuple[Call, bool]], *, wait: bool = True
) -> list[_Outcome]:
    """Run calls one after the other; commit once if any wrote.

    With wait=False, a call or commit that meets a lock rolls everything back and raises
    _Busy: nothing was committed, so the whole trip can run again elsewhere.
    """
    conn: sqlite3.Connection = db._conn
    outcomes = []
    try:
        for call, _ in calls:
            try:
                outcomes.append(_Outcome(call(conn)))
            except Exception as exc:
                if not wait and _is_busy(exc):
                    raise _Busy from exc
                outcomes.append(_Outcome(error=exc))
        if any(write for _, write in calls) and conn.in_transaction:
            try:
                conn.commit()
            except Exception as exc:
                if not wait and _is_busy(exc):
                    raise _Busy from exc
                for outcome, (_, write) in zip(outcomes, calls, strict=True):
                    if write and outcome.error is None:
                        outcome.error, outcome.value = exc, None
    except _Busy:
        if conn.in_transaction:
            conn.rollback()
        raise
    return outcomes


def _run_here(db: _Connection, calls: list[tuple[Call, bool]]) -> list[_Outcome] | None:
    """Run a trip in the event loop's thread, never waiting for a lock: None if it met one.

    Another connection (the courier's, another process's) may hold the write lock across its
    own awaits; waiting for it here would stop the loop it needs to finish. Call with `busy`.
    """
    db.wait_for_locks(False)
    try:
        return _run_calls(db, calls, wait=False)
    except _Busy:
        return None


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
            # in the database thread: a lock met here must not roll back the transaction
            (outcome,) = await self._trip(db, [(call, False)], here=False)
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
    async def _trip(
        db: aiosqlite.Connection, calls: list[tuple[Call, bool]], *, here: bool = True
    ) -> list[_Outcome]:
        if here and isinstance(db, _Connection) and db.busy.acquire(blocking=False):
            try:  # the connection is idle: run here, sparing two thread hand-offs
                outcomes = _run_here(db, calls)
            finally:
                db.busy.release()
            if outcomes is not None:
                await asyncio.sleep(0)  # let other tasks run between calls, as a trip does
                return outcomes
        run = cast(_Runner, db._execute)
        return await run(_run_calls, db, calls)


_TRIPS: weakref.WeakKeyDictionary[aiosqlite.Connection, _Trips] = weakref.WeakKeyDictionary()


async def in_trip(db: aiosqlite.Connection, call: Call, *, write: bool) -> object:
    """Run call(connection), in a trip shared with concurrent calls; return its result.

    Only the calls every answer makes come here (update keys, conversation state, status):
    small indexed statements. aiosqlite sends every call to its thread on its own, and the
    thread hand-offs cost more than the statements. So when the connection is idle (no trip
    in flight, no transaction open, aiosqlite's thread not running a call) a trip runs at once
    in the event loop's own thread, then yields to the loop once. Otherwise it goes to
    aiosqlite's thread, and calls made meanwhile wait and go together in the next trip. A trip
    commits once, before any of its callers resumes, if one of its calls wrote; each call gets
    its own result or exception. A trip that meets another connection's lock in the loop's
    thread is rolled back at once and goes to aiosqlite's thread, which waits for the lock.
    Runs through aiosqlite's internal runner (Connection._execute, what all its public calls
    use); every answer goes through here, so a change there fails the tests at once.
    """
    return await _trips(db).run(db, call, write)


async def in_thread(db: aiosqlite.Connection, call: Callable[[sqlite3.Connection], R]) -> R:
    """Run call(connection) in aiosqlite's thread in one hand-off (not one per statement)."""
    run = cast(Callable[..., Awaitable[R]], db._execute)
    return await run(call, db._conn)


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
