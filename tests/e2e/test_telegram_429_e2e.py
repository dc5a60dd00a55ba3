"""End to end: a 429 for one chat holds that chat's replies only, and no reply is given up
because of 429s (the real `ntm-bot run` process against the fake Bot API)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.process import BotProcess
from tests.e2e.test_telegram_e2e import ask, telegram_bot
from tests.fakes.bot_api import FakeBotApi

TOKEN = "918273645:AAE2e-SECRET_token-do-not-log"
QUESTION = "Xã Nhân Lý còn thiếu tiêu chí nào?"
HELD_FOR = 6  # the retry_after Telegram gives the one chat


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    """A fake Bot API server for the bot's token."""
    with FakeBotApi(token=TOKEN) as fake:
        yield fake


@pytest.fixture
def running(tmp_path: Path, api: FakeBotApi) -> Iterator[BotProcess]:
    """A started bot process, answered once (the plan is loaded), always killed at the end."""
    process = telegram_bot(tmp_path, api)
    try:
        process.start()
        assert "Giao thông" in ask(api, 400, QUESTION)
        yield process
    finally:
        process.kill()


def _failed_429s(api: FakeBotApi, chat: int) -> int:
    calls = api.calls("sendMessage", include_failed=True)
    return sum(1 for c in calls if c.get("fault") == "429" and c["params"]["chat_id"] == chat)


def test_a_429_holds_only_the_chat_it_names(api: FakeBotApi, running: BotProcess) -> None:
    """Telegram tells chat 401 to wait 6 s: five other chats asking meanwhile are answered
    at once; chat 401 gets its answer after the wait, once."""
    api.inject_429("sendMessage", retry_after=HELD_FOR, chat_id=401)
    api.push_text(401, QUESTION)
    api.wait_for(lambda: _failed_429s(api, 401) == 1, timeout=15, what="the 429 to chat 401")
    held_at = time.monotonic()
    others = range(402, 407)
    for chat in others:
        api.push_text(chat, QUESTION)
    for chat in others:
        assert "Giao thông" in api.wait_for_messages(chat, 1, timeout=15)[0]["params"]["text"]
    took = time.monotonic() - held_at
    assert took < HELD_FOR / 2, f"other chats waited {took:.1f} s for chat 401's 429"
    assert api.messages_to(401) == []  # still held
    assert "Giao thông" in api.wait_for_messages(401, 1, timeout=15)[0]["params"]["text"]
    assert time.monotonic() - held_at >= HELD_FOR - 0.5
    time.sleep(0.5)
    assert len(api.messages_to(401)) == 1


def test_a_reply_is_never_given_up_for_429s(api: FakeBotApi, running: BotProcess) -> None:
    """Six 429s in a row for one reply: it is still sent, after waiting out each one, and the
    waits are logged."""
    api.inject_429("sendMessage", retry_after=1, times=6, chat_id=407)
    api.push_text(407, QUESTION)
    assert "Giao thông" in api.wait_for_messages(407, 1, timeout=30)[0]["params"]["text"]
    assert _failed_429s(api, 407) == 6
    running.terminate()
    output = running.output()
    assert output.count("Telegram asked to wait") >= 6
    assert "Traceback" not in output


def test_a_second_poller_on_the_same_database_refuses_to_start(
    tmp_path: Path, api: FakeBotApi, running: BotProcess
) -> None:
    """A second `ntm-bot run` on the running bot's database says so in one line and exits 1,
    without polling beside the first."""
    polls = api.poll_count
    elsewhere = tmp_path / "second"
    elsewhere.mkdir()
    second = telegram_bot(elsewhere, api, NTM_DB=str(tmp_path / "ntm.db"))
    try:
        with pytest.raises(AssertionError, match="did not start"):
            second.start(timeout=10)
        assert second.proc.wait(timeout=15) == 1
        output = second.output()
        assert "already serving" in output and "Traceback" not in output
        assert TOKEN not in output
    finally:
        second.kill()
    assert "Giao thông" in ask(api, 408, QUESTION)  # the first one still serves
    assert api.poll_count >= polls


def test_stopping_is_not_held_by_a_long_429(api: FakeBotApi, running: BotProcess) -> None:
    """SIGTERM while a reply waits out retry_after=60 stops the bot within seconds; the reply
    given up is logged."""
    api.inject_429("sendMessage", retry_after=60, chat_id=409)
    api.push_text(409, QUESTION)
    api.wait_for(lambda: _failed_429s(api, 409) == 1, timeout=15, what="the 429 to chat 409")
    code, took = running.terminate()
    assert code == 0 and took < 5.0
    assert "gave up a reply (sendMessage, chat 409)" in running.output()
