"""What the Zalo Bot workflow tests share: one user's chat through the fake Zalo Bot API
(choices picked by typing their number), the real CLI an administrator runs on the same
database, and the outbox read from it."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.e2e.process import ROOT
from tests.fakes.zalo_api import FakeZaloApi

NHAN_LY, VAN_AN, BANG_HUU, HOANG_DONG = "06496", "06469", "06487", "05986"
CHI_LANG = "187"
PHOTO = "https://photo-stal-9.zdn.vn/evidence/nhan-ly-duong-truc-xa.jpg"


def cli(db: Path, *args: str) -> str:
    """Run `ntm-bot ARGS` on the database (as an administrator would); return its output."""
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"NTM_DB": str(db), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def invite(db: Path, *args: str) -> str:
    """Make an invite with the real CLI; return the code it prints last."""
    return cli(db, "invite", *args).strip().splitlines()[-1]


def person_id(db: Path, words: str) -> int:
    """The id `ntm-bot users list` shows for the registered person described with words."""
    listed = cli(db, "users", "list")
    found = re.search(rf"^#(\d+) .*{re.escape(words)}", listed, re.MULTILINE)
    assert found is not None, listed
    return int(found.group(1))


def outbox(db: Path) -> list[tuple[str, str, str, bool]]:
    """(channel, chat, kind, sent) of every outbox row, oldest first."""
    with sqlite3.connect(db, timeout=10) as conn:
        rows = conn.execute(
            "SELECT channel, chat_id, kind, sent_at IS NOT NULL FROM outbox ORDER BY id"
        ).fetchall()
    return [(str(a), str(b), str(c), bool(d)) for a, b, c, d in rows]


def wait_until(check: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """Wait for progress (a bound on waiting, not a timing assertion)."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def all_sent(db: Path) -> bool:
    """Say whether every outbox row has been delivered."""
    return all(sent for *_, sent in outbox(db))


class ZaloChat:
    """One user's private chat with the bot through the fake Zalo Bot API.

    Notices from the outbox may arrive at any time, so each step waits for the first new
    message that contains what the step expects.
    """

    def __init__(self, zalo: FakeZaloApi, chat: str, name: str = "Người dùng") -> None:
        self.zalo = zalo
        self.chat = chat
        self.name = name

    def seen(self) -> int:
        return len(self.zalo.messages_to(self.chat))

    def texts(self) -> list[str]:
        return self.zalo.texts_to(self.chat)

    def expect(self, before: int, words: str, wait: float = 20) -> dict[str, Any]:
        """Wait for a message after the first `before` ones that contains words."""

        def found() -> dict[str, Any] | None:
            for message in self.zalo.messages_to(self.chat)[before:]:
                if words in text(message):
                    return message
            return None

        self.zalo.wait_for(lambda: found() is not None, wait, what=f"{words!r} in {self.chat}")
        message = found()
        assert message is not None
        return message

    def send(self, words: str, expect: str) -> dict[str, Any]:
        """Send a text (a number picks from the last menu); return the reply's message."""
        before = self.seen()
        self.zalo.push_text(self.chat, words, display_name=self.name)
        return self.expect(before, expect)

    def say(self, words: str, expect: str) -> str:
        """Send a text; return the reply's text."""
        return text(self.send(words, expect))

    def photo(self, url: str, expect: str, caption: str | None = None) -> str:
        before = self.seen()
        self.zalo.push_photo(self.chat, url, caption)
        return text(self.expect(before, expect))

    def sticker(self, expect: str) -> str:
        before = self.seen()
        self.zalo.push_sticker(self.chat)
        return text(self.expect(before, expect))


def text(message: dict[str, Any]) -> str:
    params = message["params"]
    return str(params.get("text") or params.get("caption") or "")


def menu(reply: str) -> list[str]:
    """The labels of the numbered menu at the end of a reply, in order."""
    return [m.group(2) for m in re.finditer(r"^  (\d+)\. (.+)$", reply, re.MULTILINE)]
