"""The outbox: messages the bot starts itself, recorded before they are sent."""

from __future__ import annotations

import json
from typing import Any

import aiosqlite

from handlers.messages import Choice, Reply

NOTICE_PRIORITY = 0  # review notices and outcomes go ahead of reminders
REMINDER_PRIORITY = 1


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
    return json.dumps(body, ensure_ascii=False)


def reply_from_json(text: str) -> Reply:
    """Rebuild a Reply saved by reply_to_json."""
    body = json.loads(text)
    return Reply(
        body["text"],
        tuple(Choice(label, data) for label, data in body.get("choices", ())),
        body.get("image"),
        body.get("document"),
        body.get("intent", ""),
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
