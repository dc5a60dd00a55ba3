"""Test helpers: people bound to Telegram chats, and outbox rows queued for them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from store.db import Database
from store.outbox import NOTICE_PRIORITY, REMINDER_PRIORITY, enqueue, stamp
from vocab.messages import Reply

UNIT = "05971"  # Phường Hoàng Văn Thụ


async def add_people(db: Database, chats: Iterable[int]) -> dict[int, int]:
    """A xã official bound on Telegram for each chat; return {chat: person id}; commit."""
    now = stamp(datetime.now(UTC))
    people = {}
    for chat in chats:
        person = int(
            await db.fetch_value(
                "INSERT INTO person (role, unit_code, name, created_at) VALUES (?, ?, ?, ?)"
                " RETURNING id",
                ("xa_official", UNIT, f"Cán bộ {chat}", now),
            )
        )
        people[chat] = person
        await db.execute(
            "INSERT INTO identity (channel, user_id, person_id, chat_id, bound_at)"
            " VALUES ('telegram', ?, ?, ?, ?)",
            (str(chat), person, str(chat), now),
        )
    return people


def text_for(run: str, chat: int) -> str:
    """The message a run sends to a chat."""
    return f"Nhắc việc {run}: xin cập nhật tiêu chí của xã (người nhận {chat})."


async def queue_run(
    db: Database,
    run: str,
    people: dict[int, int],
    *,
    notice: bool = False,
    now: datetime | None = None,
) -> None:
    """Queue one message of a run per person (a reminder run, or notices); commit once."""
    at = stamp(now or datetime.now(UTC))
    for chat, person in people.items():
        await enqueue(
            db,
            dedupe_key=f"{run}:{person}",
            channel="telegram",
            chat_id=str(chat),
            person_id=person,
            kind="notice" if notice else "reminder",
            reply=Reply(text_for(run, chat)),
            now=at,
            priority=NOTICE_PRIORITY if notice else REMINDER_PRIORITY,
        )


async def outbox_state(db: Database) -> dict[str, int]:
    """How many rows are sent, failed and pending."""
    row = await db.fetch_one(
        "SELECT count(sent_at), count(failed_at),"
        " sum(CASE WHEN sent_at IS NULL AND failed_at IS NULL THEN 1 ELSE 0 END) FROM outbox"
    )
    assert row is not None
    return {"sent": row[0], "failed": row[1], "pending": row[2] or 0}


async def inactive_chats(db: Database) -> set[int]:
    """Chats of the people marked inactive."""
    return {
        int(r[0])
        for r in await db.fetch_all(
            "SELECT i.chat_id FROM person p JOIN identity i ON i.person_id = p.id"
            " WHERE p.inactive_at IS NOT NULL"
        )
    }
