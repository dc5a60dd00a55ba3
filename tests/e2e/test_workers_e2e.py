"""Two `ntm-bot run` workers on one PostgreSQL database behind one webhook: the fake Bot API
posts each update to one worker or the other, as a load balancer would."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time
import urllib.error
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from store.db import connect
from tests.backends import new_postgresql
from tests.e2e.process import ROOT, BotProcess, free_port
from tests.e2e.test_field_updates_e2e import Chat, text
from tests.e2e.test_telegram_e2e import READY, TOKEN, texts_to
from tests.fakes.bot_api import FakeBotApi
from tests.outbox_rows import add_people, queue_run

SECRET = "workers-hook-secret_7c1d"
INVITE_KEY = "workers-invite-key-0123456789abcdef"
XA = ("Nhân Lý", "Hoàng Đồng", "Quảng Lạc", "Xuất Lễ")  # one question about each, per chat
CHATS = 12


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    """A fake Bot API server for the bot's token."""
    with FakeBotApi(token=TOKEN) as fake:
        yield fake


def workers(tmp: Path, api: FakeBotApi, url: str, **env: str) -> list[tuple[BotProcess, str]]:
    """Two worker processes of one bot on one database, each with its own webhook port; the
    public URL (registered with Telegram) is the same for both."""
    public = "http://127.0.0.1:9/hook"  # the load balancer's address: never called here
    found = []
    for number in (1, 2):
        port = free_port()
        folder = tmp / f"worker{number}"
        folder.mkdir()
        process = BotProcess(
            folder,
            READY,
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_URL=api.base_url,
            TELEGRAM_WEBHOOK_URL=public,
            TELEGRAM_WEBHOOK_PORT=str(port),
            TELEGRAM_WEBHOOK_SECRET=SECRET,
            NTM_DATABASE_URL=url,
            NTM_WORKERS="2",
            NTM_WORKER=str(number),
            NTM_INVITE_SECRET=INVITE_KEY,
            NTM_LOG_LEVEL="INFO",
            **env,
        )
        found.append((process, f"http://127.0.0.1:{port}/hook"))
    return found


def deliver(api: FakeBotApi, update_id: int, url: str) -> int:
    """POST one update to one worker; 0 when the worker is gone (no answer at all)."""
    try:
        return api.deliver_webhook(update_id, url=url, timeout=30)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0


def _question(chat: int, k: int) -> str:
    return f"xã {XA[k]} còn thiếu tiêu chí nào"


async def test_two_workers_answer_each_update_once_in_order_and_lose_nothing(
    tmp_path: Path, api: FakeBotApi
) -> None:
    """Chats x 4 questions posted to the workers alternately (each chat's in order, chats at
    once): every question answered once, in order per chat. A choice asked on one worker is
    picked on the other. Then one worker is killed (-9) in the middle of a burst: every update
    it did not acknowledge is posted to the other, and every one is answered."""
    async with new_postgresql() as url:
        pair = workers(tmp_path, api, url)
        try:
            for process, _ in pair:
                process.start(timeout=60)
            hooks = [hook for _, hook in pair]

            def one_chat(chat: int) -> list[int]:
                statuses = []
                for k in range(len(XA)):
                    update_id = api.push_text(chat, _question(chat, k))
                    statuses.append(deliver(api, update_id, hooks[(chat + k) % 2]))
                return statuses

            with ThreadPoolExecutor(CHATS) as pool:
                statuses = list(pool.map(one_chat, range(7001, 7001 + CHATS)))
            assert statuses == [[200] * len(XA)] * CHATS
            for chat in range(7001, 7001 + CHATS):
                texts = texts_to(api, chat)
                assert len(texts) == len(XA), texts
                for k, text in enumerate(texts):  # in order: answer k names xã k
                    assert f"Xã {XA[k]}" in text, (k, text)

            # A choice asked on worker 1, picked on worker 2: the state is shared.
            asked = api.push_text(7100, "Mẫu Sơn còn thiếu tiêu chí nào")
            assert deliver(api, asked, hooks[0]) == 200
            menu = api.messages_to(7100)[-1]
            rows = menu["params"]["reply_markup"]["inline_keyboard"]
            loc_binh = next(r[0]["callback_data"] for r in rows if "Lộc Bình" in r[0]["text"])
            press = api.push_callback(7100, loc_binh, int(menu["result"]["message_id"]))
            assert deliver(api, press, hooks[1]) == 200
            assert "Lộc Bình" in texts_to(api, 7100)[-1]

            # Kill -9 worker 1 in the middle of a burst posted to it.
            burst = [api.push_text(7200 + n, _question(0, n % len(XA))) for n in range(30)]
            with ThreadPoolExecutor(10) as pool:
                posted = [pool.submit(deliver, api, u, hooks[0]) for u in burst]
                await asyncio.sleep(0.15)
                pair[0][0].proc.send_signal(signal.SIGKILL)
                first = [f.result() for f in posted]
            retried = [u for u, status in zip(burst, first, strict=True) if status != 200]
            assert 0 < len(retried) < len(burst)  # killed in the middle of the burst
            for update_id in retried:  # Telegram sends again what got no 200
                assert deliver(api, update_id, hooks[1]) == 200
            for n in range(30):
                answers = api.wait_for_messages(7200 + n, 1, timeout=30)
                assert f"Xã {XA[n % len(XA)]}" in answers[0]["params"]["text"]
        finally:
            for process, _ in pair:
                process.kill()


class AlternatingChat(Chat):
    """A user's chat whose every update goes to the next worker in turn."""

    def __init__(self, api: FakeBotApi, chat: int, hooks: list[str]) -> None:
        super().__init__(api, chat)
        self.hooks = hooks
        self.sent = 0

    def _deliver(self, update_id: int) -> None:
        hook = self.hooks[self.sent % len(self.hooks)]
        self.sent += 1
        assert deliver(self.api, update_id, hook) == 200

    def say(self, words: str, expect: str) -> dict[str, Any]:
        before = self.seen()
        push = self.api.push_command if words.startswith("/") else self.api.push_text
        self._deliver(push(self.chat, words))
        return self.expect(before, expect)

    def press(self, message: dict[str, Any], data: str, expect: str) -> dict[str, Any]:
        before = self.seen()
        self._deliver(self.api.push_callback(self.chat, data, message["result"]["message_id"]))
        return self.expect(before, expect)


def invite_on(url: str, role: str, unit: str) -> str:
    """Make an invite with the real CLI on the shared database; return its code."""
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "invite", "--role", role, "--unit", unit],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            "NTM_DATABASE_URL": url,
            "NTM_INVITE_SECRET": INVITE_KEY,
            "PATH": "/usr/bin:/bin",
        },
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


async def test_a_report_alternating_between_workers_and_its_notice_once(
    tmp_path: Path, api: FakeBotApi
) -> None:
    """Registration, a field report (/capnhat) and its review, each message to the other
    worker than the last: the conversation completes, the officer's review card (an outbox
    row both workers' couriers see) arrives once, and the approval changes the answer."""
    async with new_postgresql() as url:
        pair = workers(tmp_path, api, url)
        try:
            for process, _ in pair:
                process.start(timeout=60)
            official_code = invite_on(url, "xa_official", "06496")
            officer_code = invite_on(url, "district_officer", "187")
            hooks = [hook for _, hook in pair]
            official = AlternatingChat(api, 401, hooks)
            officer = AlternatingChat(api, 402, hooks[::-1])
            official.say(f"/dangky {official_code}", "Chào mừng")
            officer.say(f"/dangky {officer_code}", "cán bộ huyện")
            step = official.say("/capnhat tiêu chí 2 đã đạt", "chưa đạt → đạt")
            confirm = official.press(step, "flow:next", "Xin kiểm tra")
            official.press(confirm, "up:ok", "Đã gửi báo cáo #1")
            card = officer.expect(0, "Báo cáo #1")
            officer.press(card, "rv:ok:1", "Đã duyệt #1")
            official.expect(0, "Đã được")
            answer = text(official.say("xã Nhân Lý còn thiếu tiêu chí nào", "còn thiếu"))
            assert "2. Giao thông" not in answer
            await asyncio.sleep(1.5)  # both couriers looked again: a second card would be out
            cards = [m for m in api.messages_to(402) if "Báo cáo #1" in text(m)]
            assert len(cards) == 1
        finally:
            for process, _ in pair:
                process.kill()


BROADCAST = 30
RATE = 10  # NTM_SEND_RATE for the two workers together


async def test_a_broadcast_with_two_workers_is_sent_once_within_the_total_rate(
    tmp_path: Path, api: FakeBotApi
) -> None:
    """Thirty reminders queued while both workers run: each recipient gets exactly one, and in
    no second do the two together send more than NTM_SEND_RATE."""
    async with new_postgresql() as url:
        pair = workers(tmp_path, api, url, NTM_SEND_RATE=str(RATE), NTM_CHAT_INTERVAL="0")
        try:
            for process, _ in pair:
                process.start(timeout=60)
            chats = range(8001, 8001 + BROADCAST)
            async with connect(url) as db:
                await queue_run(db, "r1", await add_people(db, chats))
            seen: list[float] = []
            deadline = time.monotonic() + 30
            while len(seen) < BROADCAST and time.monotonic() < deadline:
                count = sum(len(api.messages_to(chat)) for chat in chats)
                seen += [time.monotonic()] * (count - len(seen))
                await asyncio.sleep(0.02)
            await asyncio.sleep(1.5)  # time for a second copy, were there one
            assert {chat: len(api.messages_to(chat)) for chat in chats} == dict.fromkeys(chats, 1)
            busiest = max(sum(1 for t in seen if s <= t < s + 0.95) for s in seen)
            assert busiest <= RATE, seen
            assert seen[-1] - seen[0] >= (BROADCAST / RATE - 1) * 0.9
        finally:
            for process, _ in pair:
                process.kill()
