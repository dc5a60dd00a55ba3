"""End to end on Telegram: registration, a report with a photo, a crash before review, review."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.process import ROOT
from tests.e2e.test_telegram_e2e import telegram_bot
from tests.fakes.bot_api import FakeBotApi

OFFICIAL, OFFICER = 301, 302
TOKEN = "918273645:AAE2e-SECRET_token-do-not-log"


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    """A fake Bot API server for the bot's token."""
    with FakeBotApi(token=TOKEN) as fake:
        yield fake


def invite(db: Path, role: str, unit: str) -> str:
    """Make an invite with the real CLI; return the code it prints last."""
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "invite", "--role", role, "--unit", unit],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"NTM_DB": str(db), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


class Chat:
    """One user's private chat with the bot through the fake server.

    Notices from the outbox may arrive at any time, so each step waits for the first new
    message that contains what the step expects.
    """

    def __init__(self, api: FakeBotApi, chat: int) -> None:
        self.api = api
        self.chat = chat

    def seen(self) -> int:
        return len(self.api.messages_to(self.chat))

    def expect(self, before: int, words: str) -> dict[str, Any]:
        """Wait for a message after the first `before` ones that contains words."""

        def found() -> dict[str, Any] | None:
            for message in self.api.messages_to(self.chat)[before:]:
                if words in text(message):
                    return message
            return None

        self.api.wait_for(lambda: found() is not None, 20, what=f"{words!r} in chat {self.chat}")
        message = found()
        assert message is not None
        return message

    def say(self, words: str, expect: str) -> dict[str, Any]:
        before = self.seen()
        if words.startswith("/"):
            self.api.push_command(self.chat, words)
        else:
            self.api.push_text(self.chat, words)
        return self.expect(before, expect)

    def photo(self, expect: str) -> dict[str, Any]:
        before = self.seen()
        self.api.push_photo(self.chat)
        return self.expect(before, expect)

    def press(self, message: dict[str, Any], data: str, expect: str) -> dict[str, Any]:
        rows = message["params"]["reply_markup"]["inline_keyboard"]
        assert data in [row[0]["callback_data"] for row in rows], rows
        before = self.seen()
        self.api.push_callback(self.chat, data, message["result"]["message_id"])
        return self.expect(before, expect)


def text(message: dict[str, Any]) -> str:
    params = message["params"]
    return str(params.get("text") or params.get("caption") or "")


def test_report_survives_a_crash_and_is_approved(tmp_path: Path, api: FakeBotApi) -> None:
    """A confirmed report with a photo is intact after kill -9; the officer approves it."""
    db = tmp_path / "ntm.db"
    official_code = invite(db, "xa_official", "06496")
    officer_code = invite(db, "district_officer", "187")
    bot = telegram_bot(tmp_path, api, NTM_OUTBOX_LEASE="1")  # a row leased at the crash
    try:
        bot.start()
        official, officer = Chat(api, OFFICIAL), Chat(api, OFFICER)
        official.say(f"/dangky {official_code}", "Chào mừng")
        officer.say(f"/dangky {officer_code}", "cán bộ huyện")
        Chat(api, 303).say(f"/dangky {official_code}", "đã được dùng")

        step = official.say("tiêu chí 2 đã đạt", "chưa đạt → đạt")
        assert "Giao thông" in text(step)
        step = official.photo("1 tệp")
        confirm = official.press(step, "flow:next", "Xin kiểm tra")
        official.press(confirm, "up:ok", "Đã gửi báo cáo #1")
        bot.terminate(signal.SIGKILL)

        bot.start()
        listed = officer.say("/choduyet", "Báo cáo đang chờ duyệt")
        assert "#1" in text(listed) and "Nhân Lý" in text(listed)
        card = officer.expect(0, "Báo cáo #1")  # the notice, sent once, before or after the crash
        assert card["method"] == "sendPhoto" and "Giao thông" in text(card)
        cards = [m for m in api.messages_to(OFFICER) if m["method"] == "sendPhoto"]
        assert len(cards) == 1
        officer.press(card, "rv:ok:1", "Đã duyệt #1")
        outcome = official.expect(0, "Đã được")
        assert "Báo cáo #1" in text(outcome) and "duyệt" in text(outcome)
        answer = text(official.say("xã Nhân Lý còn thiếu tiêu chí nào", "còn thiếu"))
        assert "2. Giao thông" not in answer and "báo cáo #1" in answer
        history = text(official.say("/lichsu", "Lịch sử báo cáo"))
        assert "Đã được" in history and "duyệt" in history

        before = officer.seen()
        step = official.say("/capnhat tc 4 đã đạt", "Điện")
        confirm = official.press(step, "flow:next", "Xin kiểm tra")
        official.press(confirm, "up:ok", "Đã gửi báo cáo #2")
        card = officer.expect(before, "Báo cáo #2")
        ask_reason = officer.press(card, "rv:no:2", "Vì sao")
        assert "#2" in text(ask_reason)
        officer.say("Chưa có biên bản nghiệm thu", "Đã từ chối #2")
        rejected = official.expect(0, "Bị ")
        assert "Chưa có biên bản nghiệm thu" in text(rejected)
        still = text(official.say("xã Nhân Lý còn thiếu tiêu chí nào", "còn thiếu"))
        assert "4. Điện" in still
    finally:
        bot.kill()
    assert TOKEN not in bot.output()
