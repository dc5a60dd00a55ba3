"""transaction() and the shared trips on one connection: no commit splits a transaction."""

from __future__ import annotations

import asyncio

import pytest

from bot.context import Ctx
from store.db import execute_commit, fetch_all, transaction


async def _keys(ctx: Ctx) -> set[str]:
    return {str(k) for (k,) in await fetch_all(ctx.db, "SELECT key FROM meta", ())}


async def test_a_shared_trip_cannot_commit_half_a_transaction(ctx: Ctx) -> None:
    """Another task's write waits for the transaction, so a rollback leaves nothing half done."""
    inside, finish = asyncio.Event(), asyncio.Event()

    async def fails_half_way() -> None:
        async with transaction(ctx.db):
            await ctx.db.execute("INSERT INTO meta VALUES ('half', '1')")
            inside.set()
            await finish.wait()
            raise RuntimeError("crash half-way")

    failing = asyncio.create_task(fails_half_way())
    await inside.wait()
    other = asyncio.create_task(
        execute_commit(ctx.db, "INSERT INTO meta VALUES ('other', '1')", ())
    )
    for _ in range(20):
        await asyncio.sleep(0)  # let the other write reach the connection if it could
    finish.set()
    with pytest.raises(RuntimeError):
        await failing
    assert await other == 1
    keys = await _keys(ctx)
    assert "other" in keys and "half" not in keys


async def test_inside_a_transaction_its_own_reads_and_nested_blocks_join_it(ctx: Ctx) -> None:
    """The owner's shared-trip reads see its own writes; a nested block commits with the outer."""
    async with transaction(ctx.db):
        await ctx.db.execute("INSERT INTO meta VALUES ('outer', '1')")
        async with transaction(ctx.db):
            await ctx.db.execute("INSERT INTO meta VALUES ('inner', '1')")
        assert {"outer", "inner"} <= await _keys(ctx)
    with pytest.raises(ValueError):
        async with transaction(ctx.db):
            await ctx.db.execute("INSERT INTO meta VALUES ('gone', '1')")
            async with transaction(ctx.db):
                await ctx.db.execute("INSERT INTO meta VALUES ('gone too', '1')")
            raise ValueError("roll back both")
    keys = await _keys(ctx)
    assert {"outer", "inner"} <= keys and not {"gone", "gone too"} & keys
