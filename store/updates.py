"""Processed update keys per channel: answer an update once, even when it is delivered twice."""

from __future__ import annotations

from datetime import UTC, datetime

import aiosqlite

from store.db import execute_commit, transaction


def _stamp(now: datetime | None) -> str:
    """Format a moment as UTC ISO 8601 text (now when None)."""
    return (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")


async def first_time(
    db: aiosqlite.Connection, channel: str, key: str, now: datetime | None = None
) -> bool:
    """Record an update key and commit; return False if it had been recorded before."""
    inserted = await execute_commit(
        db,
        "INSERT OR IGNORE INTO processed_update (channel, update_key, seen_at) VALUES (?, ?, ?)",
        (channel, key, _stamp(now)),
    )
    return inserted == 1


async def forget_before(db: aiosqlite.Connection, channel: str, before: datetime) -> int:
    """Delete a channel's keys recorded before a moment; return how many went."""
    async with transaction(db):
        cursor = await db.execute(
            "DELETE FROM processed_update WHERE channel = ? AND seen_at < ?",
            (channel, _stamp(before)),
        )
        removed = cursor.rowcount
        await cursor.close()
    return removed
