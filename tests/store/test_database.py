"""The Database contract on both engines: isolation between tasks, transactions, savepoints,
row counts, RETURNING, constraint errors, and waiting for another connection's lock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.context import Ctx
from store.db import Database, IntegrityError, connect
from store.updates import first_time
from tests.backends import POSTGRESQL, new_postgresql


async def _keys(db: Database) -> set[str]:
    return {str(k) for (k,) in await db.fetch_all("SELECT key FROM meta")}


async def test_no_task_reads_another_tasks_uncommitted_writes(ctx: Ctx) -> None:
    """While one task's transaction holds a row it later rolls back, every read by other
    tasks (each kind of call) sees only committed data: the row never shows."""
    db = ctx.db
    inside, finish = asyncio.Event(), asyncio.Event()

    async def writes_then_rolls_back() -> None:
        async with db.transaction():
            await db.execute("INSERT INTO meta (key, value) VALUES ('ghost', '1')")
            inside.set()
            await finish.wait()
            raise RuntimeError("rolled back")

    async def reads() -> tuple[object, ...]:
        await inside.wait()
        return (
            await db.fetch_all("SELECT key FROM meta WHERE key = 'ghost'"),
            await db.fetch_one("SELECT key FROM meta WHERE key = 'ghost'"),
            await db.fetch_value("SELECT count(*) FROM meta WHERE key = 'ghost'"),
        )

    writer = asyncio.create_task(writes_then_rolls_back())
    readers = [asyncio.create_task(reads()) for _ in range(3)]
    await inside.wait()
    for _ in range(20):
        await asyncio.sleep(0)  # let the readers reach the database if they could
    await asyncio.sleep(0.05)
    finish.set()
    with pytest.raises(RuntimeError):
        await writer
    assert await asyncio.gather(*readers) == [([], None, 0)] * 3
    assert "ghost" not in await _keys(db)


async def test_another_tasks_write_cannot_commit_half_a_transaction(ctx: Ctx) -> None:
    """A write from another task during a transaction is not committed with it or lost by
    its rollback: the transaction's row is gone, the other write stays."""
    inside, finish = asyncio.Event(), asyncio.Event()

    async def fails_half_way() -> None:
        async with ctx.db.transaction():
            await ctx.db.execute("INSERT INTO meta VALUES ('half', '1')")
            inside.set()
            await finish.wait()
            raise RuntimeError("crash half-way")

    failing = asyncio.create_task(fails_half_way())
    await inside.wait()
    other = asyncio.create_task(ctx.db.execute("INSERT INTO meta VALUES ('other', '1')"))
    for _ in range(20):
        await asyncio.sleep(0)
    finish.set()
    with pytest.raises(RuntimeError):
        await failing
    assert await other == 1
    keys = await _keys(ctx.db)
    assert "other" in keys and "half" not in keys


async def test_nested_blocks_are_savepoints(ctx: Ctx) -> None:
    """The owner reads its own writes; a failed inner block is undone alone; an exception
    leaving the outer block undoes everything."""
    async with ctx.db.transaction():
        await ctx.db.execute("INSERT INTO meta VALUES ('outer', '1')")
        with pytest.raises(IntegrityError):
            async with ctx.db.transaction():
                await ctx.db.execute("INSERT INTO meta VALUES ('inner', '1')")
                await ctx.db.execute("INSERT INTO meta VALUES ('outer', '2')")
        assert await _keys(ctx.db) >= {"outer"} and "inner" not in await _keys(ctx.db)
        await ctx.db.execute("INSERT INTO meta VALUES ('after', '1')")  # still usable
    with pytest.raises(ValueError):
        async with ctx.db.transaction():
            await ctx.db.execute("INSERT INTO meta VALUES ('gone', '1')")
            async with ctx.db.transaction():
                await ctx.db.execute("INSERT INTO meta VALUES ('gone too', '1')")
            raise ValueError("roll back both")
    keys = await _keys(ctx.db)
    assert {"outer", "after"} <= keys and not {"inner", "gone", "gone too"} & keys


async def test_counts_returning_and_constraint_errors(ctx: Ctx) -> None:
    """execute gives the rows changed; RETURNING gives the new id; a broken constraint is an
    IntegrityError on both engines, and changes nothing."""
    sql = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING"
    assert await ctx.db.execute(sql, ("k", "v")) == 1
    assert await ctx.db.execute(sql, ("k", "w")) == 0
    assert await ctx.db.execute("UPDATE meta SET value = 'x' WHERE key IN ('k', 'none')") == 1
    with pytest.raises(IntegrityError):
        await ctx.db.execute("INSERT INTO meta (key, value) VALUES (?, NULL)", ("x",))
    assert "x" not in await _keys(ctx.db)
    first = await ctx.db.fetch_value(
        "INSERT INTO invite_failure (channel, user_id, reason, at)"
        " VALUES ('t', 'u', 'unknown', 'now') RETURNING id"
    )
    second = await ctx.db.fetch_value(
        "INSERT INTO invite_failure (channel, user_id, reason, at)"
        " VALUES ('t', 'u', 'unknown', 'now') RETURNING id"
    )
    assert isinstance(first, int) and second == first + 1
    with pytest.raises(IntegrityError, match="append-only"):
        await ctx.db.execute("DELETE FROM status")


async def test_an_update_key_seen_concurrently_is_first_time_once(ctx: Ctx) -> None:
    """Twenty tasks record the same key at once: exactly one is told it is new."""
    results = await asyncio.gather(*(first_time(ctx.db, "t", "k1") for _ in range(20)))
    assert sorted(results) == [False] * 19 + [True]


@pytest.fixture(params=["sqlite", POSTGRESQL])
async def two_connections(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[Database, Database]]:
    """Two separate connections (as two processes have) to one new database."""
    if request.param == "sqlite":
        target = str(tmp_path / "two.db")
        async with connect(target) as one, connect(target) as two:
            yield one, two
        return
    async with new_postgresql() as url, connect(url) as one, connect(url) as two:
        yield one, two


async def test_a_write_waits_for_another_connections_transaction(
    two_connections: tuple[Database, Database],
) -> None:
    """Another connection's open transaction makes a write wait, not fail; the event loop
    keeps running meanwhile; the write lands after the other commits."""
    one, two = two_connections
    holding, release = asyncio.Event(), asyncio.Event()

    async def hold() -> None:
        async with one.transaction():
            await one.execute("INSERT INTO meta VALUES ('held', '1')")
            await one.lock("test")
            holding.set()
            await release.wait()

    holder = asyncio.create_task(hold())
    await holding.wait()

    async def write() -> None:
        async with two.transaction():
            await two.lock("test")
            await two.execute("INSERT INTO meta VALUES ('later', '1')")

    writer = asyncio.create_task(write())
    ticks = 0
    while ticks < 10:  # the loop is not blocked by the waiting write
        await asyncio.sleep(0.01)
        ticks += 1
    assert not writer.done()
    release.set()
    await asyncio.wait_for(asyncio.gather(holder, writer), 10)
    assert {"held", "later"} <= await _keys(two)
