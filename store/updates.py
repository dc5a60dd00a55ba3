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
