"""Conversation state is saved with compare-and-swap: two writers never silently overwrite
each other, and concurrent turns of one chat (two workers) all count."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.config import Settings
from bot.context import Ctx, open_ctx
from handlers.routing import handle
from store.conversation import StateChanged, load_versioned, save_state
from vocab.messages import Incoming

NOW = "2026-11-29T10:00:00+00:00"


async def test_two_concurrent_writers_one_wins_the_other_is_told(ctx: Ctx) -> None:
    """Both read version 0, both save: exactly one save lands, the other raises StateChanged
    and changes nothing; the stored state is the winner's, at version 1."""
    both_read = asyncio.Barrier(2)

    async def writer(name: str) -> str:
        _, version = await load_versioned(ctx.db, "t", "c1")
        await both_read.wait()
        try:
            await save_state(ctx.db, "t", "c1", {"by": name}, NOW, version)
        except StateChanged:
            return "refused"
        return "saved"

    outcomes = await asyncio.gather(writer("a"), writer("b"))
    assert sorted(outcomes) == ["refused", "saved"]
    state, version = await load_versioned(ctx.db, "t", "c1")
    winner = "a" if outcomes[0] == "saved" else "b"
    assert state == {"by": winner} and version == 1
    with pytest.raises(StateChanged):  # a stale version is refused later too
        await save_state(ctx.db, "t", "c1", {"by": "late"}, NOW, 0)
    assert await save_state(ctx.db, "t", "c1", {"by": "next"}, NOW, 1) == 2


QUESTIONS = [
    f"xã {name} còn thiếu tiêu chí nào"
    for name in (
        "Nhân Lý",
        "Hoàng Đồng",
        "Quang Lạc",
        "Tân Thành",
        "Long Đống",
        "Khánh Xuân",
        "Đồng Tiến",
        "Xuất Lễ",
        "Cao Lâu",
        "Bảo Lâm",
    )
]


async def test_concurrent_turns_of_one_chat_on_two_workers_all_count(
    ctx: Ctx, tmp_path: Path
) -> None:
    """Ten questions about ten xã in one chat, answered at once by two contexts on one
    database (two workers on PostgreSQL): every turn saved its state once, none lost (the
    version counts ten), and the chat remembers one of the ten."""
    settings = (
        Settings(database_url=ctx.settings.database_url)
        if ctx.settings.database_url
        else Settings(db_path=ctx.settings.db_path)
    )
    async with open_ctx(settings) as other:
        workers = [ctx, other]
        turns = [
            handle(Incoming("memory", "shared", "u1", f"m{k}", text), workers[k % 2])
            for k, text in enumerate(QUESTIONS)
        ]
        replies = await asyncio.gather(*turns)
    assert all(r[0].intent == "xa_lacking" for r in replies), [r[0].intent for r in replies]
    state, version = await load_versioned(ctx.db, "memory", "shared")
    assert version == len(QUESTIONS)
    assert state
