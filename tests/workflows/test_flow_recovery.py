"""A stored flow this code cannot read is dropped politely, and nothing is recorded."""

from __future__ import annotations

from bot.context import Ctx
from store.conversation import load_state, save_state
from tests.workflows.conftest import NHAN_LY, Person, count, registered


async def test_an_unreadable_flow_is_dropped_with_a_word_and_nothing_recorded(ctx: Ctx) -> None:
    """Garbage under 'flow' (a bug, a hand edit, an older format gone wrong) ends the flow."""
    official = await registered(ctx, "u1", "xa_official", NHAN_LY)
    chat = f"chat-{official.user}"
    await save_state(
        ctx.db,
        official.channel or Person.default_channel,
        chat,
        {"flow": {"kind": "update"}},
        "now",
    )
    reply = await official.one("2")
    assert reply.intent == "flow_expired"
    assert "flow" not in await load_state(ctx.db, official.channel or Person.default_channel, chat)
    assert await count(ctx, "field_report") == 0
    again = await official.one("/capnhat")  # and a new report starts normally
    assert again.intent == "update_step"
