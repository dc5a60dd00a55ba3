"""The numbered menu last shown in each chat of a channel without buttons."""

from __future__ import annotations

import json

import aiosqlite

from handlers.messages import Choice
from store.db import first, transaction


async def save_menu(
    db: aiosqlite.Connection, channel: str, chat_id: str, choices: tuple[Choice, ...], now: str
) -> None:
    """Remember the choices shown in a chat (replacing the last menu); no choices clears it.

    Through transaction(): the connection is shared, and a bare commit here would commit
    another coroutine's half-done transaction (or lose this write to its rollback).
    """
    async with transaction(db):
        if not choices:
            await db.execute(
                "DELETE FROM chat_menu WHERE channel = ? AND chat_id = ?", (channel, chat_id)
            )
        else:
            body = json.dumps([[c.label, c.data] for c in choices], ensure_ascii=False)
            await db.execute(
                "INSERT INTO chat_menu (channel, chat_id, choices, shown_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (channel, chat_id) DO UPDATE SET choices = excluded.choices,"
                " shown_at = excluded.shown_at",
                (channel, chat_id, body, now),
            )


async def load_menu(db: aiosqlite.Connection, channel: str, chat_id: str) -> tuple[Choice, ...]:
    """Return the choices last shown in a chat, or none."""
    row = first(
        await db.execute_fetchall(
            "SELECT choices FROM chat_menu WHERE channel = ? AND chat_id = ?", (channel, chat_id)
        )
    )
    if row is None:
        return ()
    return tuple(Choice(str(label), str(data)) for label, data in json.loads(row[0]))
