"""Marking a sent outbox row leaves no gap in which the event loop runs other work between the
UPDATE and its commit: that gap is part of the window in which a crash repeats a message."""

from __future__ import annotations

import asyncio
from typing import Any, cast

from bot.context import Ctx
from store.outbox import claim, due, mark_sent
from tests.store.test_outbox import LEASE, T0, TG, put


async def test_mark_sent_is_one_hand_off(ctx: Ctx) -> None:
    """While 40 rows are marked one after the other, a task running on every turn of the loop,
    looking between the database thread's calls, never finds the UPDATE done but not yet
    committed: the two go in one call."""
    for n in range(40):
        await put(ctx.db, f"k{n}", f"chat-{n}")
    rows = await claim(ctx.db, await due(ctx.db, TG, T0, 40), T0, LEASE, {})
    seen: list[bool] = []
    marking = True

    busy = cast(Any, ctx.db).busy  # held by the database thread while it runs a call

    async def watch() -> None:
        """Between the thread's calls (never during one), look for an open transaction."""
        while marking:
            if busy.acquire(blocking=False):
                try:
                    seen.append(ctx.db.in_transaction)
                finally:
                    busy.release()
            await asyncio.sleep(0)

    watcher = asyncio.create_task(watch())
    try:
        for row in rows:
            assert await mark_sent(ctx.db, row.id, T0)
    finally:
        marking = False
        await watcher
    assert len(seen) >= len(rows)  # the watcher did run in between
    assert not any(seen)
