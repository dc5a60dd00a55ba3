"""Per-chat conversation state (last question, pending clarification), kept across restarts."""

from __future__ import annotations

import json
from typing import Any

from store.db import Database


async def load_state(db: Database, channel: str, chat_id: str) -> dict[str, Any]:
    """Return a chat's saved state, or an empty one."""
    row = await db.fetch_one(
        "SELECT state FROM conversation WHERE channel = ? AND chat_id = ?", (channel, chat_id)
    )
    if row is None:
        return {}
    state = json.loads(row[0])
    return state if isinstance(state, dict) else {}


async def save_state(
    db: Database, channel: str, chat_id: str, state: dict[str, Any], now: str
) -> None:
    """Save a chat's state, replacing the previous one."""
    await db.execute(
        "INSERT INTO conversation (channel, chat_id, state, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (channel, chat_id) DO UPDATE SET state = excluded.state,"
        " updated_at = excluded.updated_at",
        (channel, chat_id, json.dumps(state, ensure_ascii=False), now),
    )
