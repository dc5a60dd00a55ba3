"""The outbox's delivery side on a real SQLite file: order, leases, outcomes, backoff."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.context import Ctx
from store import outbox
from store.db import Database
from store.outbox import (
    BACKOFF,
    MAX_ATTEMPTS,
    NOTICE_PRIORITY,
    REMINDER_PRIORITY,
    enqueue,
    reply_from_json,
    reply_to_json,
    retry_delay,
    stamp,
)
from vocab.messages import Choice, Reply

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
LEASE = timedelta(seconds=30)
TG = ["telegram"]


async def add_person(db: Database, name: str) -> int:
    """A xã official of Phường Hoàng Văn Thụ."""
    return int(
        await db.fetch_value(
            "INSERT INTO person (role, unit_code, name, created_at) VALUES (?, ?, ?, ?)"
            " RETURNING id",
            ("xa_official", "05971", name, stamp(T0)),
        )
    )


async def put(
    db: Database,
    key: str,
    chat: str,
    *,
    at: datetime = T0,
    priority: int = NOTICE_PRIORITY,
    person: int | None = None,
    channel: str = "telegram",
) -> None:
    kind = "notice" if priority == NOTICE_PRIORITY else "reminder"
    await enqueue(
        db,
        dedupe_key=key,
        channel=channel,
        chat_id=chat,
        person_id=person,
        kind=kind,
        reply=Reply(f"tin {key}"),
        now=stamp(at),
        priority=priority,
    )


async def row(db: Database, key: str) -> dict[str, object]:
    found = await db.fetch_one(
        "SELECT attempts, next_try_at, sent_at, failed_at, error FROM outbox WHERE dedupe_key = ?",
        (key,),
    )
    assert found is not None
    names = ("attempts", "next_try_at", "sent_at", "failed_at", "error")
    return dict(zip(names, found, strict=True))


async def keys_due(db: Database, now: datetime, limit: int = 100) -> list[str]:
    return [r.reply.text.removeprefix("tin ") for r in await outbox.due(db, TG, now, limit)]


async def test_notices_go_before_reminders_then_oldest_first(ctx: Ctx) -> None:
    """Due rows come by priority, then due time, then queue order; only this channel, only due."""
    db = ctx.db
    await put(db, "r1", "1", priority=REMINDER_PRIORITY)
    await put(db, "n-late", "2", at=T0 + timedelta(seconds=5))
    await put(db, "r2", "3", priority=REMINDER_PRIORITY)
    await put(db, "n1", "4")
    await put(db, "zalo", "5", channel="zalo")
    await put(db, "future", "6", at=T0 + timedelta(hours=1))
    assert await keys_due(db, T0 + timedelta(seconds=10)) == ["n1", "n-late", "r1", "r2"]
    assert await keys_due(db, T0 + timedelta(seconds=10), limit=2) == ["n1", "n-late"]
    assert await keys_due(db, T0) == ["n1", "r1", "r2"]
    assert await outbox.next_due(db, TG) == T0


async def test_enqueue_once_per_key(ctx: Ctx) -> None:
    """The same dedupe key is queued once, however often a producer retries."""
    await put(ctx.db, "run-1:7", "7")
    again = await enqueue(
        ctx.db,
        dedupe_key="run-1:7",
        channel="telegram",
        chat_id="7",
        person_id=None,
        kind="reminder",
        reply=Reply("khác"),
        now=stamp(T0),
    )
    assert again is False
    assert await keys_due(ctx.db, T0) == ["run-1:7"]


async def test_a_claim_leases_rows_until_the_lease_ends(ctx: Ctx) -> None:
    """Claimed rows count a try and are not due again until the lease ends; a claim by
    someone else of the same rows gets nothing; `later` rows move on."""
    db = ctx.db
    for n in range(3):
        await put(db, f"k{n}", str(n))
    rows = await outbox.due(db, TG, T0, 10)
    claimed = await outbox.claim(db, rows[:2], T0, LEASE, {rows[2].id: T0 + timedelta(seconds=2)})
    assert [r.attempts for r in claimed] == [1, 1]
    assert [r.chat_id for r in claimed] == ["0", "1"]
    assert await outbox.claim(db, rows[:2], T0, LEASE) == []  # already leased
    assert await keys_due(db, T0 + timedelta(seconds=1)) == []
    assert await keys_due(db, T0 + timedelta(seconds=2)) == ["k2"]
    assert await keys_due(db, T0 + LEASE) == ["k2", "k0", "k1"]  # a crashed claim comes back
    assert (await row(db, "k0"))["attempts"] == 1


async def test_sent_once(ctx: Ctx) -> None:
    """A sent row is marked once and never due again."""
    db = ctx.db
    await put(db, "k", "1")
    [claimed] = await outbox.claim(db, await outbox.due(db, TG, T0, 1), T0, LEASE)
    assert await outbox.mark_sent(db, claimed.id, T0 + timedelta(seconds=1)) is True
    assert await outbox.mark_sent(db, claimed.id, T0 + timedelta(seconds=2)) is False
    assert (await row(db, "k"))["sent_at"] == stamp(T0 + timedelta(seconds=1))
    assert await keys_due(db, T0 + timedelta(days=1)) == []
    assert await outbox.next_due(db, TG) is None


def test_backoff_schedule() -> None:
    """Transient failures wait 1 s, 5 s, 30 s, 2 min, 10 min; the sixth failure is final."""
    assert BACKOFF == (1.0, 5.0, 30.0, 120.0, 600.0) and MAX_ATTEMPTS == 6
    assert [retry_delay(n) for n in range(1, 7)] == [1.0, 5.0, 30.0, 120.0, 600.0, None]
    assert retry_delay(0) is None


async def test_transient_failures_back_off_then_fail(ctx: Ctx) -> None:
    """Each transient failure moves the row by the backoff; after the last try it is failed."""
    db = ctx.db
    await put(db, "k", "1")
    now = T0
    waits = []
    for _ in range(MAX_ATTEMPTS):
        [claimed] = await outbox.claim(db, await outbox.due(db, TG, now, 1), now, LEASE)
        at = await outbox.mark_transient(db, claimed, now, "NetworkError: Bad Gateway")
        if at is None:
            break
        waits.append((at - now).total_seconds())
        assert await keys_due(db, at - timedelta(microseconds=1)) == []
        now = at
    assert waits == list(BACKOFF)
    state = await row(db, "k")
    assert state["attempts"] == MAX_ATTEMPTS and state["failed_at"] == stamp(now)
    assert state["error"] == "NetworkError: Bad Gateway" and state["sent_at"] is None
    assert await keys_due(db, now + timedelta(days=1)) == []


async def test_undeliverable_fails_the_row_and_marks_the_person_inactive(ctx: Ctx) -> None:
    """A blocked chat: the row fails at once with the reason, the person becomes inactive,
    others are untouched, and an earlier inactive_at is kept."""
    db = ctx.db
    blocked, fine = await add_person(db, "Chị Lan"), await add_person(db, "Anh Tú")
    await put(db, "b", "1", person=blocked)
    await put(db, "f", "2", person=fine)
    rows = await outbox.claim(db, await outbox.due(db, TG, T0, 10), T0, LEASE)
    error = "Forbidden: bot was blocked by the user"
    await outbox.mark_undeliverable(db, rows[0].id, T0 + timedelta(seconds=1), error)
    state = await row(db, "b")
    assert state["failed_at"] == stamp(T0 + timedelta(seconds=1)) and state["error"] == error
    assert await keys_due(db, T0 + timedelta(days=1)) == ["f"]  # "b" is never tried again
    people = {
        int(r[0]): r[1]
        for r in await db.fetch_all("SELECT id, inactive_at FROM person ORDER BY id")
    }
    assert people == {blocked: stamp(T0 + timedelta(seconds=1)), fine: None}
    await put(db, "b2", "1", person=blocked, at=T0 + timedelta(seconds=5))
    [later] = await outbox.claim(db, await outbox.due(db, TG, T0 + LEASE, 1), T0 + LEASE, LEASE)
    await outbox.mark_undeliverable(db, later.id, T0 + timedelta(minutes=5), error)
    assert await db.fetch_one("SELECT inactive_at FROM person WHERE id = ?", (blocked,)) == (
        stamp(T0 + timedelta(seconds=1)),
    )


async def test_a_refusal_that_passes_fails_the_row_but_keeps_the_person(ctx: Ctx) -> None:
    """inactive=False (Zalo OA outside its 7-day window): the row fails, the person stays
    active for the next message."""
    db = ctx.db
    person = await add_person(db, "Chị Mai")
    await put(db, "w", "1", person=person)
    [claimed] = await outbox.claim(db, await outbox.due(db, TG, T0, 10), T0, LEASE)
    await outbox.mark_undeliverable(db, claimed.id, T0, "-230 no interaction", inactive=False)
    assert (await row(db, "w"))["failed_at"] == stamp(T0)
    assert await db.fetch_one("SELECT inactive_at FROM person WHERE id = ?", (person,)) == (None,)


async def test_retry_later_waits_without_counting_a_try(ctx: Ctx) -> None:
    """A 429 moves the row to after retry_after; the try is not counted against the row."""
    db = ctx.db
    await put(db, "k", "1")
    [claimed] = await outbox.claim(db, await outbox.due(db, TG, T0, 1), T0, LEASE)
    await outbox.retry_at(db, claimed.id, T0 + timedelta(seconds=3), "retry after 3 s")
    state = await row(db, "k")
    assert state["attempts"] == 0 and state["error"] == "retry after 3 s"
    assert await keys_due(db, T0 + timedelta(seconds=2)) == []
    assert await keys_due(db, T0 + timedelta(seconds=3)) == ["k"]


async def test_release_gives_rows_back(ctx: Ctx) -> None:
    """Leased rows the courier did not send are due again at once, their try not counted."""
    db = ctx.db
    await put(db, "k", "1")
    [claimed] = await outbox.claim(db, await outbox.due(db, TG, T0, 1), T0, LEASE)
    await outbox.release(db, [claimed.id], T0 + timedelta(seconds=1))
    assert (await row(db, "k"))["attempts"] == 0
    assert await keys_due(db, T0 + timedelta(seconds=1)) == ["k"]


def test_stamps_sort_like_times() -> None:
    """Microsecond stamps and enqueue's seconds-only stamps compare as the times do."""
    seconds_only = T0.isoformat(timespec="seconds")
    assert seconds_only < stamp(T0 + timedelta(microseconds=1)) < stamp(T0 + timedelta(seconds=1))
    assert stamp(T0) >= seconds_only and stamp(T0.astimezone()) == stamp(T0)


def test_reply_json_round_trip() -> None:
    """A Reply survives the outbox: text, choices, image, document, intent."""
    reply = Reply("Xin chào", (Choice("Đồng ý", "ok:1"),), "a.png", "b.pdf", "review")
    assert reply_from_json(reply_to_json(reply)) == reply
    assert reply_from_json(reply_to_json(Reply("chỉ chữ"))) == Reply("chỉ chữ")
