"""The outbox: messages the bot starts itself, recorded before they are sent, marked after.

Producers call enqueue inside their own transaction. The courier (bot/courier.py) delivers:
due() lists rows to send, claim() leases them (next_try_at moves to the lease's end, attempts
counts the try), and each outcome is recorded at once with its own commit: mark_sent,
mark_undeliverable (the chat is gone: the person is marked inactive, no retry), retry_at (the
channel asked us to wait; not counted as a failed try) or mark_transient (retried after BACKOFF,
failed for good after MAX_ATTEMPTS tries).

Times are stored as UTC ISO 8601 text and compared as text, so every writer must use the same
form: stamp() here; enqueue's `now` may also be a seconds-only stamp ('...:30+00:00' sorts
before '...:30.5+00:00', as it should).
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import aiosqlite

from store.db import in_thread
from vocab.messages import Attachment, Choice, Reply

NOTICE_PRIORITY = 0  # review notices and outcomes go ahead of reminders
REMINDER_PRIORITY = 1
# Seconds before the next try after the 1st, 2nd, ... transient failure; then it is failed.
BACKOFF = (1.0, 5.0, 30.0, 120.0, 600.0)
MAX_ATTEMPTS = len(BACKOFF) + 1


def reply_to_json(reply: Reply) -> str:
    """Serialise what a channel needs to send a Reply."""
    body: dict[str, Any] = {"text": reply.text}
    if reply.choices:
        body["choices"] = [[c.label, c.data] for c in reply.choices]
    if reply.image:
        body["image"] = reply.image
    if reply.document:
        body["document"] = reply.document
    if reply.intent:
        body["intent"] = reply.intent
    if reply.attachment is not None:
        a = reply.attachment
        body["attachment"] = {
            "name": a.filename,
            "kind": a.kind,
            "type": a.media_type,
            "data": base64.b64encode(a.data).decode("ascii"),
        }
    return json.dumps(body, ensure_ascii=False)


def reply_from_json(text: str) -> Reply:
    """Rebuild a Reply saved by reply_to_json."""
    body = json.loads(text)
    attached = body.get("attachment")
    return Reply(
        body["text"],
        tuple(Choice(label, data) for label, data in body.get("choices", ())),
        body.get("image"),
        body.get("document"),
        body.get("intent", ""),
        attachment=None
        if attached is None
        else Attachment(
            base64.b64decode(attached["data"]),
            attached["name"],
            attached["kind"],
            attached["type"],
        ),
    )


async def enqueue(
    db: aiosqlite.Connection,
    *,
    dedupe_key: str,
    channel: str,
    chat_id: str,
    person_id: int | None,
    kind: str,
    reply: Reply,
    now: str,
    priority: int = NOTICE_PRIORITY,
) -> bool:
    """Queue one message (inside the caller's transaction); False if the key was queued before."""
    cursor = await db.execute(
        "INSERT INTO outbox (dedupe_key, channel, chat_id, person_id, kind, priority, body,"
        " created_at, next_try_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (dedupe_key) DO NOTHING",
        (dedupe_key, channel, chat_id, person_id, kind, priority, reply_to_json(reply), now, now),
    )
    return cursor.rowcount == 1


@dataclass(frozen=True)
class Outgoing:
    """One queued message to deliver; attempts counts the tries made, this one included."""

    id: int
    channel: str
    chat_id: str
    person_id: int | None
    kind: str
    priority: int
    reply: Reply
    attempts: int


def stamp(moment: datetime) -> str:
    """Format a moment as the outbox stores it: UTC ISO 8601 with microseconds."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def retry_delay(attempts: int) -> float | None:
    """Seconds to wait after a row's attempts-th try failed transiently; None: give up."""
    if attempts < 1 or attempts >= MAX_ATTEMPTS:
        return None
    return BACKOFF[attempts - 1]


def _placeholders(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


async def due(
    db: aiosqlite.Connection, channels: Sequence[str], now: datetime, limit: int
) -> list[Outgoing]:
    """Rows of these channels due now, notices before reminders, then oldest due first."""
    sql = (
        "SELECT id, channel, chat_id, person_id, kind, priority, body, attempts FROM outbox"
        f" WHERE channel IN ({_placeholders(channels)}) AND sent_at IS NULL"
        " AND failed_at IS NULL AND next_try_at <= ? ORDER BY priority, next_try_at, id LIMIT ?"
    )
    async with db.execute(sql, (*channels, stamp(now), limit)) as cursor:
        rows = await cursor.fetchall()
    return [
        Outgoing(r[0], r[1], r[2], r[3], r[4], r[5], reply_from_json(r[6]), r[7]) for r in rows
    ]


async def claim(
    db: aiosqlite.Connection,
    rows: Sequence[Outgoing],
    now: datetime,
    lease: timedelta,
    later: Mapping[int, datetime] | None = None,
) -> list[Outgoing]:
    """Lease rows for one try each (others' claims win), move `later` ones on; commit.

    A leased row is due again when the lease ends, so rows a crashed process had claimed are
    sent after a restart; the lease must outlast a send. Returns the rows claimed, in order,
    with attempts counting this try.
    """
    claimed: set[int] = set()
    if rows:
        ids = [row.id for row in rows]
        async with db.execute(
            "UPDATE outbox SET next_try_at = ?, attempts = attempts + 1"
            f" WHERE id IN ({_placeholders(ids)}) AND sent_at IS NULL AND failed_at IS NULL"
            " AND next_try_at <= ? RETURNING id",
            (stamp(now + lease), *ids, stamp(now)),
        ) as cursor:
            claimed = {int(row[0]) for row in await cursor.fetchall()}
    for row_id, at in (later or {}).items():
        await db.execute(
            "UPDATE outbox SET next_try_at = ? WHERE id = ? AND sent_at IS NULL"
            " AND failed_at IS NULL AND next_try_at <= ?",
            (stamp(at), row_id, stamp(now)),
        )
    await db.commit()
    return [replace(row, attempts=row.attempts + 1) for row in rows if row.id in claimed]


async def mark_sent(db: aiosqlite.Connection, row_id: int, now: datetime) -> bool:
    """Record that the row was delivered and commit; False if it was marked before.

    The UPDATE and the commit go to the database thread together, in one hand-off: the time
    between the channel accepting a message and this commit is the window in which a crash
    sends it again (bot/courier.py), so nothing else runs in between.
    """

    def mark(conn: sqlite3.Connection) -> bool:
        cursor = conn.execute(
            "UPDATE outbox SET sent_at = ? WHERE id = ? AND sent_at IS NULL",
            (stamp(now), row_id),
        )
        try:
            marked = cursor.rowcount == 1
        finally:
            cursor.close()
        conn.commit()
        return marked

    return await in_thread(db, mark)


async def mark_undeliverable(
    db: aiosqlite.Connection, row_id: int, now: datetime, error: str, *, inactive: bool = True
) -> None:
    """Fail the row for good and (unless inactive is False) mark its person inactive (they
    blocked the bot); commit."""
    await db.execute(
        "UPDATE outbox SET failed_at = ?, error = ? WHERE id = ? AND sent_at IS NULL",
        (stamp(now), error, row_id),
    )
    if inactive:
        await db.execute(
            "UPDATE person SET inactive_at = ? WHERE inactive_at IS NULL"
            " AND id = (SELECT person_id FROM outbox WHERE id = ?)",
            (stamp(now), row_id),
        )
    await db.commit()


async def retry_at(db: aiosqlite.Connection, row_id: int, at: datetime, error: str) -> None:
    """The channel asked us to wait: try again at `at`; this try does not count; commit."""
    await db.execute(
        "UPDATE outbox SET next_try_at = ?, attempts = max(attempts - 1, 0), error = ?"
        " WHERE id = ? AND sent_at IS NULL AND failed_at IS NULL",
        (stamp(at), error, row_id),
    )
    await db.commit()


async def mark_transient(
    db: aiosqlite.Connection, row: Outgoing, now: datetime, error: str
) -> datetime | None:
    """Record a transient failure: retry after the backoff, or fail after the last try; commit.

    Returns when the row will be tried again, or None if it is now failed.
    """
    delay = retry_delay(row.attempts)
    if delay is None:
        await db.execute(
            "UPDATE outbox SET failed_at = ?, error = ? WHERE id = ? AND sent_at IS NULL",
            (stamp(now), error, row.id),
        )
        at = None
    else:
        at = now + timedelta(seconds=delay)
        await db.execute(
            "UPDATE outbox SET next_try_at = ?, error = ? WHERE id = ? AND sent_at IS NULL"
            " AND failed_at IS NULL",
            (stamp(at), error, row.id),
        )
    await db.commit()
    return at


async def release(db: aiosqlite.Connection, ids: Sequence[int], at: datetime) -> None:
    """Give back leased rows that were not tried (due at `at`, the try not counted); commit."""
    if ids:
        await db.execute(
            "UPDATE outbox SET next_try_at = ?, attempts = max(attempts - 1, 0)"
            f" WHERE id IN ({_placeholders(ids)}) AND sent_at IS NULL AND failed_at IS NULL",
            (stamp(at), *ids),
        )
    await db.commit()


async def next_due(db: aiosqlite.Connection, channels: Sequence[str]) -> datetime | None:
    """When the earliest unsent, unfailed row of these channels is due (None: nothing left)."""
    async with db.execute(
        "SELECT min(next_try_at) FROM outbox"
        f" WHERE channel IN ({_placeholders(channels)}) AND sent_at IS NULL"
        " AND failed_at IS NULL",
        tuple(channels),
    ) as cursor:
        row = await cursor.fetchone()
    if row is None or row[0] is None:
        return None
    return datetime.fromisoformat(row[0])
