"""The numbered menu last shown in each chat of a channel without buttons."""

from __future__ import annotations

import json
from dataclasses import dataclass

from store.db import Database
from vocab.messages import Choice


@dataclass(frozen=True)
class ShownMenu:
    """The menu last shown in a chat."""

    choices: tuple[Choice, ...]
    shown_at: str  # ISO 8601
    replaced: bool  # pushed by the bot (not a reply) over another, different menu


async def save_menu(
    db: Database,
    channel: str,
    chat_id: str,
    choices: tuple[Choice, ...],
    now: str,
    *,
    pushed: bool = False,
) -> None:
    """Remember the choices shown in a chat (replacing the last menu); no choices clears it."""
    if not choices:
        await db.execute(
            "DELETE FROM chat_menu WHERE channel = ? AND chat_id = ?", (channel, chat_id)
        )
        return
    body = json.dumps([[c.label, c.data] for c in choices], ensure_ascii=False)
    await db.execute(  # replaced: pushed over a menu that differs (same JSON = same)
        "INSERT INTO chat_menu (channel, chat_id, choices, shown_at, replaced)"
        " VALUES (?, ?, ?, ?, 0) ON CONFLICT (channel, chat_id) DO UPDATE SET"
        " replaced = CASE WHEN ? = 1 AND chat_menu.choices <> excluded.choices THEN 1 ELSE 0 END,"
        " choices = excluded.choices, shown_at = excluded.shown_at",
        (channel, chat_id, body, now, int(pushed)),
    )


async def shown_menu(db: Database, channel: str, chat_id: str) -> ShownMenu | None:
    """Return the menu last shown in a chat, or None."""
    row = await db.fetch_one(
        "SELECT choices, shown_at, replaced FROM chat_menu WHERE channel = ? AND chat_id = ?",
        (channel, chat_id),
    )
    if row is None:
        return None
    choices = tuple(Choice(str(label), str(data)) for label, data in json.loads(row[0]))
    return ShownMenu(choices, str(row[1]), bool(row[2]))


async def load_menu(db: Database, channel: str, chat_id: str) -> tuple[Choice, ...]:
    """Return the choices last shown in a chat, or none."""
    menu = await shown_menu(db, channel, chat_id)
    return menu.choices if menu else ()
