"""The courier in process: real PTB bot, real SQLite file, HTTP to the fake Bot API server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.context import Ctx, open_ctx
from bot.courier import Courier, CourierSettings
from bot.pacing import Lane
from bot.telegram.app import App, build_application, serve
from bot.telegram.render import TEXT_LIMIT
from bot.telegram.sender import TelegramSender, pacer_of
from bot.text_split import split_text
from store.outbox import BACKOFF, MAX_ATTEMPTS, enqueue, stamp
from tests.backends import database_settings
from tests.fakes.bot_api import FakeBotApi
from tests.outbox_rows import add_people, inactive_chats, outbox_state, queue_run, text_for
from vocab.messages import Reply

TOKEN = "555000111:COURIER-test-token"


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi(token=TOKEN) as fake:
        yield fake


def settings_for(tmp_path: Path, api: FakeBotApi, **changes: Any) -> Settings:
    """Settings of a bot talking to the fake server, on a database file in tmp_path."""
    base = Settings(
        db_path=str(tmp_path / "ntm.db"), telegram_token=TOKEN, telegram_api_url=api.base_url
    )
    return replace(base, **changes)


@pytest.fixture
async def ctx(backend: str, tmp_path: Path, api: FakeBotApi) -> AsyncIterator[Ctx]:
    """A bot's context on each engine (the outbox is in the database)."""
    async with (
        database_settings(
            backend, str(tmp_path), telegram_token=TOKEN, telegram_api_url=api.base_url
        ) as settings,
        open_ctx(settings) as opened,
    ):
        yield opened


@asynccontextmanager
async def courier_on(
    ctx: Ctx, settings: CourierSettings | None = None
) -> AsyncIterator[tuple[App, Courier]]:
    """The application's bot started, with a courier delivering through it."""
    app = build_application(ctx)
    async with app:
        await app.start()
        courier = Courier(ctx, [TelegramSender(app.bot)], pacer_of(app, ctx), settings)
        courier.start()
        try:
            yield app, courier
        finally:
            await courier.close()
            await app.stop()


async def until(check: Callable[[], Awaitable[bool]], what: str, timeout: float = 20.0) -> None:
    """Wait until check() is true (not a timing assertion: a bound on waiting for progress)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def settled(ctx: Ctx, sent: int, failed: int = 0) -> Callable[[], Awaitable[bool]]:
    """A check: every row is sent or failed, in these numbers."""

    async def check() -> bool:
        state = await outbox_state(ctx.db)
        return state == {"sent": sent, "failed": failed, "pending": 0}

    return check


def texts(api: FakeBotApi) -> list[str]:
    return [str(call["params"]["text"]) for call in api.calls("sendMessage")]


async def test_each_recipient_gets_the_message_once_despite_faults(
    ctx: Ctx, api: FakeBotApi
) -> None:
    """429s are waited out, 5xx and dropped connections retried: everyone gets it exactly once,
    and the outbox says how many tries each took."""
    chats = list(range(1001, 1021))
    people = await add_people(ctx.db, chats)
    api.inject_429("sendMessage", retry_after=1, chat_id=1003)
    api.inject_5xx("sendMessage", status=502, chat_id=1005)
    api.inject_drop("sendMessage", chat_id=1007)
    api.inject_429("sendMessage", retry_after=1, chat_id=1009)
    api.inject_5xx("sendMessage", status=500, chat_id=1009)
    await queue_run(ctx.db, "r1", people)
    async with courier_on(ctx) as (_, courier):
        await until(settled(ctx, sent=20), "20 rows sent")
    assert api.sends_per_chat() == dict.fromkeys(chats, 1)
    assert sorted(texts(api)) == sorted(text_for("r1", chat) for chat in chats)
    tries = {
        int(chat): (attempts, error)
        for chat, attempts, error in await ctx.db.fetch_all(
            "SELECT chat_id, attempts, error FROM outbox"
        )
    }
    assert tries[1003] == (1, "retry after 1 s")  # a 429 is not a failed try
    assert tries[1005][0] == 2 and "Bad Gateway" in tries[1005][1]
    assert tries[1007][0] == 2 and "NetworkError" in tries[1007][1]
    assert tries[1009][0] == 2 and "Internal Server Error" in tries[1009][1]
    assert tries[1001] == (1, "")
    assert courier.stats.sent == 20 and courier.stats.waited == 2 and courier.stats.retried == 3


async def test_notices_go_before_reminders(ctx: Ctx, api: FakeBotApi) -> None:
    """Rows queued as reminders first, then notices: the notices are sent first."""
    reminded = await add_people(ctx.db, range(2001, 2006))
    noticed = await add_people(ctx.db, range(2101, 2104))
    await queue_run(ctx.db, "reminder", reminded)
    await queue_run(ctx.db, "notice", noticed, notice=True)
    async with courier_on(ctx, CourierSettings(max_in_flight=1)):
        await until(settled(ctx, sent=8), "8 rows sent")
    order = [int(call["params"]["chat_id"]) for call in api.calls("sendMessage")]
    assert order == [*range(2101, 2104), *range(2001, 2006)]


async def test_a_notice_queued_during_a_reminder_run_goes_next(ctx: Ctx, api: FakeBotApi) -> None:
    """A notice queued (and nudged) while 60 reminders are going out overtakes the reminders
    still waiting: it goes out within the batch already leased, not after the run."""
    reminded = await add_people(ctx.db, range(2201, 2261))
    noticed = await add_people(ctx.db, [2301])
    await queue_run(ctx.db, "reminder", reminded)
    async with courier_on(ctx) as (_, courier):
        await api.wait_for_async(lambda: len(api.calls("sendMessage")) >= 5, what="5 reminders")
        await queue_run(ctx.db, "notice", noticed, notice=True)
        ctx.outbox_nudge.wake()
        await until(settled(ctx, sent=61), "everything sent")
    order = [int(call["params"]["chat_id"]) for call in api.calls("sendMessage")]
    batch = courier.batch  # rows leased at a time: 8 at 30 messages a second
    assert order.index(2301) <= 5 + 2 * batch < 60


async def test_two_messages_to_one_chat_go_in_order_once_each(ctx: Ctx, api: FakeBotApi) -> None:
    """A notice and a reminder for the same person: the reminder waits for the chat's interval
    (moved on in the outbox, no try counted) and both arrive once, notice first."""
    people = await add_people(ctx.db, [9001, 9002])
    await queue_run(ctx.db, "reminder", people)
    await queue_run(ctx.db, "notice", {9001: people[9001]}, notice=True)
    async with courier_on(ctx):
        await until(settled(ctx, sent=3), "3 rows sent")
    first, second = text_for("notice", 9001), text_for("reminder", 9002)
    assert texts(api) == [first, second, text_for("reminder", 9001)]
    assert [r[0] for r in await ctx.db.fetch_all("SELECT attempts FROM outbox")] == [1, 1, 1]


async def test_a_held_chat_does_not_hold_up_the_others(ctx: Ctx, api: FakeBotApi) -> None:
    """A chat the pacer holds (a 429 there) has its row moved past the hold, untried, while
    the rest of the run goes out."""
    people = await add_people(ctx.db, [9101, 9102, 9103])
    await queue_run(ctx.db, "reminder", people)
    app = build_application(ctx)
    pacer_of(app, ctx).hold("9101", 3600)
    async with app:
        await app.start()
        courier = Courier(ctx, [TelegramSender(app.bot)], pacer_of(app, ctx))
        courier.start()
        await until(settled_some(ctx, sent=2), "the others sent")
        await courier.close()
        await app.stop()
    attempts, next_try = await ctx.db.fetch_one(
        "SELECT attempts, next_try_at FROM outbox WHERE chat_id = '9101'"
    )  # type: ignore[misc]
    assert attempts == 0 and datetime.fromisoformat(next_try) > ctx.clock() + timedelta(hours=0.9)
    assert set(api.sends_per_chat()) == {9102, 9103}


def settled_some(ctx: Ctx, sent: int) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return (await outbox_state(ctx.db))["sent"] == sent

    return check


async def test_blocked_and_missing_chats_make_people_inactive(ctx: Ctx, api: FakeBotApi) -> None:
    """A chat that blocked the bot (403) or is gone (400 chat not found) fails at once, marks
    the person inactive, is not retried; everyone else still gets the message."""
    chats = list(range(3001, 3011))
    people = await add_people(ctx.db, chats)
    api.block_chat(3002)
    api.lose_chat(3005)
    await queue_run(ctx.db, "r1", people)
    async with courier_on(ctx) as (_, courier):
        await until(settled(ctx, sent=8, failed=2), "8 sent, 2 failed")
    assert api.sends_per_chat() == {chat: 1 for chat in chats if chat not in (3002, 3005)}
    assert await inactive_chats(ctx.db) == {3002, 3005}
    failed = [
        tuple(r)
        for r in await ctx.db.fetch_all(
            "SELECT chat_id, attempts, error FROM outbox WHERE failed_at IS NOT NULL"
            " ORDER BY chat_id"
        )
    ]
    assert failed == [
        ("3002", 1, "Forbidden: bot was blocked by the user"),
        ("3005", 1, "Chat not found"),
    ]
    tries = api.calls("sendMessage", include_failed=True)
    assert len([c for c in tries if c["params"]["chat_id"] in (3002, 3005)]) == 2
    assert courier.stats.undeliverable == 2


async def test_transient_failures_give_up_after_the_last_try(
    tmp_path: Path, api: FakeBotApi
) -> None:
    """A chat whose sends keep failing is tried MAX_ATTEMPTS times on the backoff schedule (an
    injected clock moves time on), then failed with the error; the person stays active."""
    now = [datetime(2026, 3, 2, 1, 0, tzinfo=UTC)]
    settings = settings_for(tmp_path, api, chat_interval=0.0)
    async with open_ctx(settings, clock=lambda: now[0]) as ctx:
        people = await add_people(ctx.db, [4001])
        api.inject_5xx("sendMessage", status=503, times=MAX_ATTEMPTS + 1)
        await queue_run(ctx.db, "r1", people, now=now[0])
        # A lease unlike any backoff, so a leased row never looks like one waiting to retry.
        lease = timedelta(hours=1)
        async with courier_on(ctx, CourierSettings(poll=3600, lease=lease)) as (_, courier):
            for tried, delay in enumerate(BACKOFF, start=1):
                retry = now[0] + timedelta(seconds=delay)
                await until(partial(waiting, ctx, tried, retry), f"try {tried} to fail")
                now[0] = retry
                ctx.outbox_nudge.wake()
            await until(settled(ctx, sent=0, failed=1), "the row to fail")
        assert await ctx.db.fetch_one("SELECT attempts, error FROM outbox") == (
            MAX_ATTEMPTS,
            "NetworkError: Service Unavailable",
        )
        assert await inactive_chats(ctx.db) == set()
        assert courier.stats.failed == 1 and courier.stats.retried == MAX_ATTEMPTS - 1
    assert len(api.calls("sendMessage", include_failed=True)) == MAX_ATTEMPTS
    assert api.sends_per_chat() == {}


async def waiting(ctx: Ctx, attempts: int, retry: datetime) -> bool:
    """Whether the only row failed its attempts-th try and waits until retry."""
    row = await ctx.db.fetch_one("SELECT attempts, next_try_at FROM outbox")
    return row == (attempts, stamp(retry))


async def test_a_nudge_wakes_the_courier_at_once(ctx: Ctx, api: FakeBotApi) -> None:
    """With polling an hour apart, a row queued by a handler goes out because of the nudge."""
    people = await add_people(ctx.db, [5001])
    async with courier_on(ctx, CourierSettings(poll=3600)) as (_, courier):
        await until(partial(looked, courier), "the courier to look and find nothing")
        await enqueue(
            ctx.db,
            dedupe_key="review:1",
            channel="telegram",
            chat_id="5001",
            person_id=people[5001],
            kind="notice",
            reply=Reply("Có báo cáo mới cần duyệt."),
            now=stamp(ctx.clock()),
        )
        ctx.outbox_nudge.wake()
        await api.wait_for_messages_async(5001, 1)
        await until(settled(ctx, sent=1), "the row marked sent")
    assert texts(api) == ["Có báo cáo mới cần duyệt."]


async def looked(courier: Courier) -> bool:
    return courier.stats.looks >= 1


async def test_a_reply_goes_ahead_of_a_broadcast(tmp_path: Path, api: FakeBotApi) -> None:
    """A question asked during a broadcast is answered long before the broadcast ends: replies
    and broadcasts share the application's pacer, replies first."""
    async with open_ctx(settings_for(tmp_path, api)) as ctx:
        chats = list(range(6001, 6061))
        await queue_run(ctx.db, "r1", await add_people(ctx.db, chats))
        app = build_application(ctx)
        stop = asyncio.Event()
        serving = asyncio.create_task(serve(ctx, stop, app))
        await api.wait_for_async(lambda: len(api.calls("sendMessage")) >= 5, what="5 sends")
        api.push_text(777, "Xã Nhân Lý còn thiếu tiêu chí nào?")
        [answer] = await api.wait_for_messages_async(777, 1)
        await until(settled(ctx, sent=60), "the broadcast to finish")
        stop.set()
        await serving
    assert "Nhân Lý" in answer["params"]["text"]
    order = [call["params"]["chat_id"] for call in api.calls("sendMessage")]
    assert order.index(777) < 30  # 60 broadcast messages at 30/s: it did not wait its turn
    pacer = pacer_of(app, ctx)
    assert pacer.booked[Lane.BULK] == 60 and pacer.booked[Lane.REPLY] >= 1


async def test_a_long_message_is_paced_part_by_part(ctx: Ctx, api: FakeBotApi) -> None:
    """A message split in parts is booked once per part in the pacer: the first by the courier,
    the next by the rate limiter (one second later: it is another message in the same chat)."""
    people = await add_people(ctx.db, [7001])
    long_text = "\n".join(f"Dòng {n}: tiêu chí giao thông đã đạt." for n in range(150))
    await enqueue(
        ctx.db,
        dedupe_key="long",
        channel="telegram",
        chat_id="7001",
        person_id=people[7001],
        kind="notice",
        reply=Reply(long_text),
        now=stamp(ctx.clock()),
    )
    async with courier_on(ctx) as (app, _):
        await until(settled(ctx, sent=1), "the row sent")
    parts = len(split_text(long_text, TEXT_LIMIT))
    assert parts == 2 and len(api.messages_to(7001)) == parts
    assert pacer_of(app, ctx).booked == {Lane.BULK: parts, Lane.REPLY: 0}


async def test_a_chat_id_telegram_cannot_have_is_undeliverable(ctx: Ctx, api: FakeBotApi) -> None:
    """A row whose chat id is not a number fails at once without a request."""
    await enqueue(
        ctx.db,
        dedupe_key="odd",
        channel="telegram",
        chat_id="zalo-user-9",
        person_id=None,
        kind="notice",
        reply=Reply("x"),
        now=stamp(ctx.clock()),
    )
    async with courier_on(ctx):
        await until(settled(ctx, sent=0, failed=1), "the row to fail")
    assert api.calls("sendMessage", include_failed=True) == []


async def test_stopping_marks_every_send_that_went_out(ctx: Ctx, api: FakeBotApi) -> None:
    """Closing the courier mid-broadcast finishes the sends in flight and records them: what
    the server received is exactly what the outbox marks sent; the rest is still pending
    and goes out, once, when a courier runs again."""
    chats = list(range(8001, 8041))
    await queue_run(ctx.db, "r1", await add_people(ctx.db, chats))
    async with courier_on(ctx):
        await api.wait_for_async(lambda: len(api.calls("sendMessage")) >= 10, what="10 sends")
    received = {int(chat) for chat in api.sends_per_chat()}
    marked = {
        int(r[0])
        for r in await ctx.db.fetch_all("SELECT chat_id FROM outbox WHERE sent_at IS NOT NULL")
    }
    assert marked == received and 10 <= len(received) < 40
    assert await ctx.db.fetch_one("SELECT sum(attempts) FROM outbox WHERE sent_at IS NULL") == (
        0,
    )  # leased but unsent rows were given back
    async with courier_on(ctx):
        await until(settled(ctx, sent=40), "the rest")
    assert api.sends_per_chat() == dict.fromkeys(chats, 1)


def test_lease_outlasts_a_send() -> None:
    """The default lease is longer than a send can take (PTB's timeouts are 5 s each)."""
    assert CourierSettings().lease >= timedelta(seconds=30)
