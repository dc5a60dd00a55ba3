"""Processed update keys per channel: answer an update once, even when it is delivered twice."""

from __future__ import annotations

from datetime import UTC, datetime

from store.db import Database


def _stamp(now: datetime | None) -> str:
    """Format a moment as UTC ISO 8601 text (now when None)."""
    return (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")


async def first_time(db: Database, channel: str, key: str, now: datetime | None = None) -> bool:
    """Record an update key; return False if it had been recorded before."""
    inserted = await db.execute(
        "INSERT INTO processed_update (channel, update_key, seen_at) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (channel, key, _stamp(now)),
    )
    return inserted == 1


async def forget_before(db: Database, channel: str, before: datetime) -> int:
    """Delete a channel's keys recorded before a moment; return how many went."""
    return await db.execute(
        "DELETE FROM processed_update WHERE channel = ? AND seen_at < ?",
        (channel, _stamp(before)),
    )


async def keep_replies(db: Database, channel: str, key: str, replies: str) -> None:
    """Keep an update's replies (JSON) with its key until they are sent (in the turn)."""
    await db.execute(
        "UPDATE processed_update SET replies = ? WHERE channel = ? AND update_key = ?",
        (replies, channel, key),
    )


async def unsent_replies(db: Database, channel: str, key: str) -> str | None:
    """Return the replies (JSON) of an update answered but not known to be sent, if any."""
    found = await db.fetch_value(
        "SELECT replies FROM processed_update WHERE channel = ? AND update_key = ?",
        (channel, key),
    )
    return None if found is None else str(found)


async def replies_sent(db: Database, channel: str, key: str) -> None:
    """Forget an update's kept replies: they went out (or were given up)."""
    await db.execute(
        "UPDATE processed_update SET replies = NULL WHERE channel = ? AND update_key = ?"
        " AND replies IS NOT NULL",
        (channel, key),
    )
