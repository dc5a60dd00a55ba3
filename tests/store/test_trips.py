"""Shared trips to the database thread: fewer trips, each caller its own result, commit first."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from store import db as store_db
from store.db import connect, execute_commit, fetch_all, in_trip
from store.updates import first_time

INSERT = "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)"


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[aiosqlite.Connection]:
    """A migrated database."""
    async with connect(tmp_path / "t.db") as opened:
        yield opened


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
    db: aiosqlite.Connection, tmp_path: Path
) -> None:
    """In a shared trip a bad statement raises for its caller only; the rest is committed."""
    bad = execute_commit(db, "INSERT INTO meta (key, value) VALUES (?, NULL)", ("bad",))
    good = [execute_commit(db, INSERT, (f"g{i}", "v")) for i in range(5)]
    results = await asyncio.gather(good[0], bad, *good[1:], return_exceptions=True)
    assert isinstance(results[1], sqlite3.IntegrityError)
    assert [r for i, r in enumerate(results) if i != 1] == [1] * 5
    async with connect(tmp_path / "t.db") as other:
        rows = await other.execute_fetchall("SELECT key FROM meta WHERE key LIKE 'g%'")
        assert len(list(rows)) == 5


async def test_writes_are_committed_before_their_callers_resume(
    db: aiosqlite.Connection, tmp_path: Path
) -> None:
    """Another connection sees every write as soon as its caller has its result."""
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

    def version(conn: sqlite3.Connection) -> int:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])

    assert await in_trip(db, version, write=False) == store_db.migrations()[-1][0]


async def test_an_update_key_seen_concurrently_is_first_time_once(
    db: aiosqlite.Connection, tmp_path: Path
) -> None:
    """The same key recorded by many tasks at once is new for exactly one, and durable."""
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
