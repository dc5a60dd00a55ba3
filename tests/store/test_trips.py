"""Shared trips: run at once when the connection is idle, else shared in the database thread."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, cast

import aiosqlite
import pytest

from store import db as store_db
from store.db import connect, execute_commit, fetch_all, in_trip
from store.updates import first_time

INSERT = "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)"


class _NeverIdle:
    """A `busy` lock the event loop never gets, so that every trip goes to the database thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    def acquire(self, blocking: bool = True) -> bool:
        return self._lock.acquire() if blocking else False

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


@pytest.fixture
async def idle_db(tmp_path: Path) -> AsyncIterator[aiosqlite.Connection]:
    """A migrated database, as the bot opens it."""
    async with connect(tmp_path / "t.db") as opened:
        yield opened


@pytest.fixture
async def db(
    idle_db: aiosqlite.Connection, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[aiosqlite.Connection]:
    """A migrated database whose trips all go to the database thread (it looks always busy)."""
    monkeypatch.setattr(idle_db, "busy", _NeverIdle())
    yield idle_db


@pytest.fixture(params=["thread", "idle"])
async def either_db(
    request: pytest.FixtureRequest, idle_db: aiosqlite.Connection, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[aiosqlite.Connection]:
    """Each way trips run: all in the database thread, or at once on an idle connection."""
    if request.param == "thread":
        monkeypatch.setattr(idle_db, "busy", _NeverIdle())
    yield idle_db


def _count_trips(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record the number of calls in each trip."""
    sizes: list[int] = []
    real = store_db._run_calls

    def counting(db: aiosqlite.Connection, calls: list[Any]) -> list[Any]:
        sizes.append(len(calls))
        return real(db, calls)

    monkeypatch.setattr(store_db, "_run_calls", counting)
    return sizes


async def test_concurrent_calls_share_trips(
    db: aiosqlite.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Forty concurrent writes and reads take far fewer trips, each with its own result."""
    sizes = _count_trips(monkeypatch)
    writes = [execute_commit(db, INSERT, (f"k{i}", str(i))) for i in range(20)]
    reads = [fetch_all(db, "SELECT ?", (i,)) for i in range(20)]
    results = await asyncio.gather(*writes, *reads)
    assert results[:20] == [1] * 20
    assert results[20:] == [[(i,)] for i in range(20)]
    assert sum(sizes) == 40 and len(sizes) < 10
    assert not db.in_transaction


async def test_a_lone_call_goes_at_once(
    db: aiosqlite.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One call after another: one trip each, nothing waits for company."""
    sizes = _count_trips(monkeypatch)
    for i in range(3):
        assert await fetch_all(db, "SELECT ?", (i,)) == [(i,)]
    assert sizes == [1, 1, 1]


async def test_a_failing_call_fails_alone_and_the_others_are_committed(
    either_db: aiosqlite.Connection, tmp_path: Path
) -> None:
    """A bad statement raises for its caller only (shared trip or not); the rest is committed."""
    db = either_db
    bad = execute_commit(db, "INSERT INTO meta (key, value) VALUES (?, NULL)", ("bad",))
    good = [execute_commit(db, INSERT, (f"g{i}", "v")) for i in range(5)]
    results = await asyncio.gather(good[0], bad, *good[1:], return_exceptions=True)
    assert isinstance(results[1], sqlite3.IntegrityError)
    assert [r for i, r in enumerate(results) if i != 1] == [1] * 5
    async with connect(tmp_path / "t.db") as other:
        rows = await other.execute_fetchall("SELECT key FROM meta WHERE key LIKE 'g%'")
        assert len(list(rows)) == 5


async def test_writes_are_committed_before_their_callers_resume(
    either_db: aiosqlite.Connection, tmp_path: Path
) -> None:
    """Another connection sees every write as soon as its caller has its result."""
    db = either_db
    async with connect(tmp_path / "t.db") as other:

        async def write_then_check(i: int) -> int:
            await execute_commit(db, INSERT, (f"c{i}", "v"))
            rows = await other.execute_fetchall("SELECT 1 FROM meta WHERE key = ?", (f"c{i}",))
            return len(list(rows))

        assert await asyncio.gather(*(write_then_check(i) for i in range(10))) == [1] * 10


async def test_a_cancelled_caller_does_not_strand_the_others(db: aiosqlite.Connection) -> None:
    """Cancelling the caller whose trip is in flight still sends the waiting calls."""
    leader = asyncio.create_task(fetch_all(db, "SELECT 1", ()))
    await asyncio.sleep(0)
    followers = [asyncio.create_task(fetch_all(db, "SELECT ?", (i,))) for i in range(5)]
    await asyncio.sleep(0)
    leader.cancel()
    assert await asyncio.gather(*followers) == [[(i,)] for i in range(5)]
    with pytest.raises(asyncio.CancelledError):
        await leader


async def test_any_callable_runs_in_the_database_thread(db: aiosqlite.Connection) -> None:
    """in_trip hands the sqlite3 connection to the call and returns what it returns."""

    def version(conn: sqlite3.Connection) -> tuple[int, bool]:
        here = threading.current_thread() is threading.main_thread()
        return int(conn.execute("PRAGMA user_version").fetchone()[0]), here

    assert await in_trip(db, version, write=False) == (store_db.migrations()[-1][0], False)


def _where(conn: sqlite3.Connection) -> str:
    """Say which thread runs a call."""
    return threading.current_thread().name


async def test_on_an_idle_connection_a_call_runs_in_the_event_loops_thread(
    idle_db: aiosqlite.Connection, tmp_path: Path
) -> None:
    """No hand-off when nothing else uses the connection; writes are still committed at once."""
    assert await in_trip(idle_db, _where, write=False) == threading.current_thread().name
    assert await execute_commit(idle_db, INSERT, ("inline", "v")) == 1
    assert not idle_db.in_transaction
    async with connect(tmp_path / "t.db") as other:
        rows = await other.execute_fetchall("SELECT value FROM meta WHERE key = 'inline'")
        assert list(rows) == [("v",)]


async def test_while_the_database_thread_runs_a_call_a_trip_waits_for_it_there(
    idle_db: aiosqlite.Connection,
) -> None:
    """Never two threads on the connection: a trip made during a direct aiosqlite call goes
    to the database thread, after that call."""
    execute = idle_db._execute  # what aiosqlite's public calls use
    finished: list[float] = []

    def slow(conn: sqlite3.Connection) -> None:
        time.sleep(0.2)
        finished.append(time.monotonic())

    direct = asyncio.create_task(execute(slow, idle_db._conn))  # type: ignore[no-untyped-call]
    await asyncio.sleep(0.05)  # the database thread is now inside slow()

    def stamped(conn: sqlite3.Connection) -> tuple[str, float]:
        return _where(conn), time.monotonic()

    thread, started = cast(tuple[str, float], await in_trip(idle_db, stamped, write=False))
    await direct
    assert thread != threading.current_thread().name
    assert started >= finished[0]


async def test_calls_in_a_row_on_an_idle_connection_let_other_tasks_run(
    idle_db: aiosqlite.Connection,
) -> None:
    """A task making many quick calls still yields to the others between them."""
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0)
    before = ticks
    for i in range(50):
        assert await fetch_all(idle_db, "SELECT ?", (i,)) == [(i,)]
    ticker.cancel()
    assert ticks - before >= 50


async def test_an_update_key_seen_concurrently_is_first_time_once(
    either_db: aiosqlite.Connection, tmp_path: Path
) -> None:
    """The same key recorded by many tasks at once is new for exactly one, and durable."""
    db = either_db
    results = await asyncio.gather(*(first_time(db, "telegram", "m:1:1") for _ in range(10)))
    assert results.count(True) == 1
    async with connect(tmp_path / "t.db") as other:
        assert await first_time(other, "telegram", "m:1:1") is False


async def test_waiting_calls_are_not_stranded_when_their_trip_is_cancelled(
    db: aiosqlite.Connection,
) -> None:
    """Cancelling the trip that carries waiting calls cancels them; the connection goes on."""
    leader = asyncio.create_task(fetch_all(db, "SELECT 1", ()))
    await asyncio.sleep(0)
    followers = [asyncio.create_task(fetch_all(db, "SELECT ?", (i,))) for i in range(3)]
    await leader
    trips = store_db._TRIPS[db]
    assert len(trips.tasks) == 1
    for task in list(trips.tasks):
        task.cancel()
    results = await asyncio.gather(*followers, return_exceptions=True)
    assert all(isinstance(r, asyncio.CancelledError) for r in results)
    assert await fetch_all(db, "SELECT 5", ()) == [(5,)]


async def test_a_write_meeting_another_connections_lock_waits_in_the_database_thread(
    idle_db: aiosqlite.Connection, tmp_path: Path
) -> None:
    """Another connection holding the write lock across its awaits (as the courier's does)
    does not stop the event loop: the write waits in the database thread, then lands once."""
    async with connect(tmp_path / "t.db") as other:
        await other.execute("BEGIN IMMEDIATE")
        await other.execute(INSERT, ("other", "v"))
        write = asyncio.create_task(execute_commit(idle_db, INSERT, ("mine", "v")))
        began = time.monotonic()
        await asyncio.sleep(0.1)  # the loop runs on; the other connection can still commit
        assert time.monotonic() - began < 1.0  # not held for the 5 s busy timeout
        assert not write.done()
        await other.commit()
        assert await write == 1
    rows = await idle_db.execute_fetchall("SELECT key FROM meta WHERE key IN ('mine', 'other')")
    assert sorted(rows) == [("mine",), ("other",)]
    assert not idle_db.in_transaction
