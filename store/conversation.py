"""Per-chat conversation state (last question, pending clarification), kept across restarts.

The state carries a version, and a turn saves with compare-and-swap on the version it read:
when another writer (another worker answering the same chat) saved in between, the save
changes nothing and raises StateChanged, and the turn is answered again on the new state.
"""

from __future__ import annotations

import json
from typing import Any

from store.db import Database


class StateChanged(Exception):
    """The chat's state was saved by another writer since this turn read it."""


async def load_versioned(db: Database, channel: str, chat_id: str) -> tuple[dict[str, Any], int]:
    """Return a chat's saved state and its version (an empty state and 0 when none)."""
    row = await db.fetch_one(
        "SELECT state, version FROM conversation WHERE channel = ? AND chat_id = ?",
        (channel, chat_id),
    )
    if row is None:
        return {}, 0
    state = json.loads(row[0])
    return (state if isinstance(state, dict) else {}), int(row[1])


async def load_state(db: Database, channel: str, chat_id: str) -> dict[str, Any]:
    """Return a chat's saved state, or an empty one."""
    state, _ = await load_versioned(db, channel, chat_id)
    return state


async def save_state(
    db: Database,
    channel: str,
    chat_id: str,
    state: dict[str, Any],
    now: str,
    version: int | None = None,
) -> int:
    """Save a chat's state if its version is still `version`; return the new version.

    Raises StateChanged (and changes nothing) when another writer saved since. Without a
    version (tools and tests) the state replaces whatever is there.
    """
    body = json.dumps(state, ensure_ascii=False)
    if version is None:
        current = await db.fetch_value(
            "SELECT version FROM conversation WHERE channel = ? AND chat_id = ?",
            (channel, chat_id),
        )
        version = int(current or 0)
    saved = await db.execute(
        "INSERT INTO conversation (channel, chat_id, state, updated_at, version)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (channel, chat_id) DO UPDATE SET"
        " state = excluded.state, updated_at = excluded.updated_at, version = excluded.version"
        " WHERE conversation.version = ?",
        (channel, chat_id, body, now, version + 1, version),
    )
    if saved != 1:
        raise StateChanged(f"{channel}:{chat_id} is no longer at version {version}")
    return version + 1
