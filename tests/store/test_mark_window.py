"""Marking a sent outbox row is one statement that commits on its own: when mark_sent returns,
another connection (another process) already sees the mark. The time between the channel
accepting a message and that commit is the window in which a crash repeats it."""

from __future__ import annotations

from bot.context import Ctx
from store.db import connect
from store.outbox import claim, due, mark_sent
from tests.store.test_outbox import LEASE, T0, TG, put


async def test_mark_sent_is_committed_when_it_returns(ctx: Ctx) -> None:
    """Forty rows marked one after the other: after each call another connection counts it;
    a row marked twice is not marked again."""
    for n in range(40):
        await put(ctx.db, f"k{n}", f"chat-{n}")
    rows = await claim(ctx.db, await due(ctx.db, TG, T0, 40), T0, LEASE, {})
    assert len(rows) == 40
    async with connect(ctx.settings.database) as other:
        for done, row in enumerate(rows, start=1):
            assert await mark_sent(ctx.db, row.id, T0)
            sent = "SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL"
            assert await other.fetch_value(sent) == done
        assert not await mark_sent(ctx.db, rows[0].id, T0)
