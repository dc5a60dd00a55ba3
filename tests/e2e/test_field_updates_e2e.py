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
    """One user's private chat with the bot through the fake server."""

    def __init__(self, api: FakeBotApi, chat: int) -> None:
        self.api = api
        self.chat = chat

    def seen(self) -> int:
        return len(self.api.messages_to(self.chat))

    def next_message(self, before: int) -> dict[str, Any]:
        """Wait for the message after the first `before` ones."""
        return self.api.wait_for_messages(self.chat, before + 1, timeout=20)[before]

    def say(self, text: str) -> dict[str, Any]:
        before = self.seen()
        if text.startswith("/"):
            self.api.push_command(self.chat, text)
        else:
            self.api.push_text(self.chat, text)
        return self.next_message(before)

    def photo(self) -> dict[str, Any]:
        before = self.seen()
        self.api.push_photo(self.chat)
        return self.next_message(before)

    def press(self, message: dict[str, Any], data: str) -> dict[str, Any]:
        buttons = [
            row[0]["callback_data"] for row in message["params"]["reply_markup"]["inline_keyboard"]
        ]
        assert data in buttons, buttons
        before = self.seen()
        self.api.push_callback(self.chat, data, message["result"]["message_id"])
        return self.next_message(before)


def text(message: dict[str, Any]) -> str:
    params = message["params"]
    return str(params.get("text") or params.get("caption") or "")


def test_report_survives_a_crash_and_is_approved(tmp_path: Path, api: FakeBotApi) -> None:
    """A confirmed report with a photo is intact after kill -9; the officer approves it."""
    db = tmp_path / "ntm.db"
    official_code = invite(db, "xa_official", "06496")
    officer_code = invite(db, "district_officer", "187")
    bot = telegram_bot(tmp_path, api)
    try:
        bot.start()
        official, officer = Chat(api, OFFICIAL), Chat(api, OFFICER)
        assert "Chào mừng" in text(official.say(f"/dangky {official_code}"))
        assert "cán bộ huyện" in text(officer.say(f"/dangky {officer_code}"))
        assert "đã được dùng" in text(Chat(api, 303).say(f"/dangky {official_code}"))

        step = official.say("tiêu chí 2 đã đạt")
        assert "Giao thông" in text(step) and "chưa đạt → đạt" in text(step)
        step = official.photo()
        assert "1 tệp" in text(step)
        confirm = official.press(step, "flow:next")
        assert "Gửi báo cáo" in str(confirm["params"]["reply_markup"])
        sent = official.press(confirm, "up:ok")
        assert "#1" in text(sent)
        bot.terminate(signal.SIGKILL)

        bot.start()
        listed = officer.say("/choduyet")
        assert "#1" in text(listed) and "Nhân Lý" in text(listed)
        card = officer.press(listed, "rv:show:1")
        assert card["method"] == "sendPhoto" and "Giao thông" in text(card)
        approved = officer.press(card, "rv:ok:1")
        assert "Đã duyệt #1" in text(approved)
        answer = text(official.say("xã Nhân Lý còn thiếu tiêu chí nào"))
        assert "2. Giao thông" not in answer and "báo cáo #1" in answer
        history = text(official.say("/lichsu"))
        assert "Đã được" in history and "duyệt" in history
    finally:
        bot.kill()
    assert TOKEN not in bot.output()
