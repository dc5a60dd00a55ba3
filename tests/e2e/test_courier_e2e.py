"""End to end: the real `ntm-bot run` process delivers the outbox through the fake Bot API.

Rows are queued into the bot's SQLite file by this process with store.outbox.enqueue, before
and while the bot runs; what arrived is read from the fake server's record of sends.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.context import open_ctx
from store.schedules import all_schedules, set_paused
from tests.e2e.test_telegram_e2e import TOKEN, telegram_bot
from tests.fakes.bot_api import FakeBotApi
from tests.outbox_rows import add_people, inactive_chats, outbox_state, queue_run, text_for


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi(token=TOKEN) as fake:
        yield fake


def prepare(db_path: Path, chats: list[int]) -> dict[int, int]:
    """Create the bot's database (plan loaded) with a person bound to each chat, and the
    bundled reminder schedules paused: the bot runs on the real clock, and on the 20th or a
    month's last day after 08:00 it would catch up a run of its own beside the test's."""

    async def go() -> dict[int, int]:
        async with open_ctx(Settings(db_path=str(db_path))) as ctx:
            for schedule in await all_schedules(ctx.db):
                await set_paused(ctx.db, schedule.id, True, ctx.clock())
            return await add_people(ctx.db, chats)

    return asyncio.run(go())


def queue(db_path: Path, run: str, people: dict[int, int], *, notice: bool = False) -> None:
    """Queue one message per person into the database file, as a producer would."""

    async def go() -> None:
        async with open_ctx(Settings(db_path=str(db_path))) as ctx:
            await queue_run(ctx.db, run, people, notice=notice)

    asyncio.run(go())


def state(db_path: Path) -> dict[str, int]:
    async def go() -> dict[str, int]:
        async with open_ctx(Settings(db_path=str(db_path))) as ctx:
            return await outbox_state(ctx.db)

    return asyncio.run(go())


def inactive(db_path: Path) -> set[int]:
    async def go() -> set[int]:
        async with open_ctx(Settings(db_path=str(db_path))) as ctx:
            return await inactive_chats(ctx.db)

    return asyncio.run(go())


def wait_until(check: object, what: str, timeout: float = 30.0) -> None:
    """Wait for progress (a bound on waiting, not a timing assertion)."""
    assert callable(check)
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def delivered(api: FakeBotApi) -> dict[int, int]:
    """How many messages each chat got."""
    return {int(chat): n for chat, n in api.sends_per_chat().items()}


def test_broadcast_arrives_once_each_with_faults_and_a_blocked_chat(
    tmp_path: Path, api: FakeBotApi
) -> None:
    """A reminder run queued before start and notices queued while the bot runs reach every
    recipient exactly once through 429s, 5xx and dropped connections; the chat that blocked
    the bot is marked inactive and the rest still arrive; SIGTERM stops cleanly."""
    db = tmp_path / "ntm.db"
    reminded = list(range(10_001, 10_041))
    noticed = list(range(20_001, 20_011))
    people = prepare(db, reminded + noticed)
    api.inject_429("sendMessage", retry_after=1, chat_id=10_003)
    api.inject_429("sendMessage", retry_after=1, chat_id=10_030)
    api.inject_5xx("sendMessage", status=502, chat_id=10_005)
    api.inject_5xx("sendMessage", status=500, chat_id=20_002)
    api.inject_drop("sendMessage", chat_id=10_007)
    api.block_chat(10_011)
    queue(db, "run-1", {chat: people[chat] for chat in reminded})
    bot = telegram_bot(tmp_path, api)
    try:
        bot.start()
        queue(db, "review-1", {chat: people[chat] for chat in noticed}, notice=True)
        wait_until(lambda: state(db)["pending"] == 0, "every row sent or failed")
        assert state(db) == {"sent": 49, "failed": 1, "pending": 0}
        expected = {chat: 1 for chat in reminded + noticed if chat != 10_011}
        assert delivered(api) == expected
        assert inactive(db) == {10_011}
        sends = api.calls("sendMessage")
        texts = {int(c["params"]["chat_id"]): c["params"]["text"] for c in sends}
        assert texts[10_003] == text_for("run-1", 10_003)
        assert texts[20_002] == text_for("review-1", 20_002)
        code, _ = bot.terminate()
        assert code == 0
        assert "Traceback" not in bot.output()
    finally:
        bot.kill()


def test_killed_mid_broadcast_resumes_with_no_duplicate_and_none_lost(
    tmp_path: Path, api: FakeBotApi
) -> None:
    """SIGKILL in the middle of a broadcast (with sends in flight that never reached Telegram),
    then a restart: the broadcast finishes and every recipient has the message exactly once."""
    db = tmp_path / "ntm.db"
    chats = list(range(30_001, 30_091))
    queue(db, "run-1", prepare(db, chats))
    bot = telegram_bot(tmp_path, api, NTM_OUTBOX_LEASE="1")
    try:
        bot.start()
        wait_until(lambda: len(delivered(api)) >= 20, "20 messages out")
        api.inject_stall("sendMessage", times=1000)  # what is sent from now on hangs
        wait_until(lambda: api.stalled >= 1, "a send in flight")
        # Outside the window: every message Telegram accepted is marked in the outbox.
        wait_until(lambda: state(db)["sent"] == len(delivered(api)), "marks caught up")
        bot.proc.send_signal(signal.SIGKILL)
        assert bot.proc.wait(timeout=10) == -signal.SIGKILL
        before = delivered(api)
        api.release_stalled()  # the hung sends are lost with the process
        assert 20 <= len(before) < len(chats)
        assert state(db)["sent"] == len(before)

        bot.start()
        wait_until(lambda: state(db)["sent"] == len(chats), "the broadcast to finish")
        assert delivered(api) == dict.fromkeys(chats, 1)
        assert state(db) == {"sent": 90, "failed": 0, "pending": 0}
        code, _ = bot.terminate()
        assert code == 0
    finally:
        bot.kill()


def test_the_window_a_crash_before_the_mark_is_committed_repeats_only_those_sends(
    tmp_path: Path, api: FakeBotApi
) -> None:
    """The documented window, forced open: the database is locked so marks cannot commit,
    sends still go out, the process is killed. After a restart exactly the messages sent but
    not marked are sent again; nothing is lost and nothing else is repeated."""
    db = tmp_path / "ntm.db"
    chats = list(range(40_001, 40_061))
    queue(db, "run-1", prepare(db, chats))
    bot = telegram_bot(tmp_path, api, NTM_OUTBOX_LEASE="1")
    lock = sqlite3.connect(db, isolation_level=None)
    try:
        bot.start()
        wait_until(lambda: len(delivered(api)) >= 10, "10 messages out")
        lock.execute("BEGIN IMMEDIATE")  # from now on no mark can commit
        marked = {
            int(r[0]) for r in lock.execute("SELECT chat_id FROM outbox WHERE sent_at IS NOT NULL")
        }
        wait_until(lambda: len(delivered(api)) > len(marked), "a send after the lock")
        bot.proc.send_signal(signal.SIGKILL)
        bot.proc.wait(timeout=10)
        window = set(delivered(api)) - marked
        lock.execute("ROLLBACK")
        assert window and len(marked) + len(window) < len(chats)

        bot.start()
        wait_until(lambda: state(db)["sent"] == len(chats), "the broadcast to finish")
        counts = delivered(api)
        assert {chat for chat, n in counts.items() if n == 2} == window
        assert set(counts) == set(chats) and max(counts.values()) == 2
        bot.terminate()
    finally:
        lock.close()
        bot.kill()
