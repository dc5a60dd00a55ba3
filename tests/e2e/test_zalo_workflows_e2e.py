"""End to end on Zalo: the officials' workflows through the real `ntm-bot run` process.

The same conversations as on Telegram (tests/e2e/test_field_updates_e2e.py), on the fake Zalo
Bot API: Zalo Bot has no buttons, so every choice is picked by typing its number. Invites and
reminder runs come from the real CLI in subprocesses on the same database while the bot runs;
what the bot sent is read from the fakes' records of sends, and the outbox from the database.
"""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.process import ROOT, BotProcess
from tests.e2e.test_field_updates_e2e import Chat as TelegramChat
from tests.e2e.test_telegram_e2e import TOKEN as TELEGRAM_TOKEN
from tests.e2e.test_zalo_e2e import READY, TOKEN, zalo_bot
from tests.fakes.bot_api import FakeBotApi
from tests.fakes.zalo_api import FakeZaloApi

NHAN_LY, VAN_AN, BANG_HUU, HOANG_DONG = "06496", "06469", "06487", "05986"
CHI_LANG = "187"
PHOTO = "https://photo-stal-9.zdn.vn/evidence/nhan-ly-duong-truc-xa.jpg"
NOTE = "Đường trục xã đã bê tông hóa 100%"
NOTICE_WAIT = 60  # seconds: a notice may wait out one courier retry (1 s, 5 s, 30 s) under load
PHOTO_2 = "https://photo-stal-9.zdn.vn/evidence/nhan-ly-luoi-dien.jpg"


@pytest.fixture
def zalo() -> Iterator[FakeZaloApi]:
    """A fake Zalo Bot API for the bot's token."""
    with FakeZaloApi(TOKEN) as fake:
        yield fake


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


def test_registration_by_invite_code_on_zalo(tmp_path: Path, zalo: FakeZaloApi) -> None:
    """/dangky with a wrong code is refused politely and binds nothing; the right code
    registers the Zalo account under its display name; a used code is refused."""
    db = tmp_path / "ntm.db"
    code = invite(db, "--role", "xa_official", "--unit", NHAN_LY)
    bot = zalo_bot(tmp_path, zalo)
    try:
        bot.start()
        official = ZaloChat(zalo, "z-mai", "Lý Thị Mai")
        assert "/dangky" in official.say("/dangky", "mã")
        refused = official.say("/dangky ABCDE-FGHJK", "không hợp lệ")
        assert "Xin kiểm tra lại" in refused
        assert "Chỉ cán bộ đã đăng ký" in official.say("/capnhat", "đăng ký")
        assert "0 people" in cli(db, "users", "list")
        welcome = official.say(f"/dangky {code.lower()}", "Chào mừng")
        assert "Lý Thị Mai — cán bộ xã, Xã Nhân Lý (Huyện Chi Lăng)" in welcome
        assert "/capnhat" in welcome
        assert "Lý Thị Mai" in official.say("/dangky", "Bạn đã đăng ký là")
        assert "đã được dùng" in ZaloChat(zalo, "z-other").say(f"/dangky {code}", "mã")
        assert "#1 Lý Thị Mai, commune official of Xã Nhân Lý" in cli(db, "users", "list")
        assert "[zalo_bot]" in cli(db, "users", "list")
    finally:
        bot.kill()
    assert TOKEN not in bot.output() and code not in bot.output()


def test_field_update_with_a_photo_reviewed_on_zalo(tmp_path: Path, zalo: FakeZaloApi) -> None:
    """/capnhat answered by numbers, a photo with a note, confirmed; kill -9 with the officer's
    notice in flight; after the restart the district officer (on Zalo) gets the card once, with
    the photo by URL, opens it again from /choduyet by typing 1 and approves it by typing 1;
    the reporter is told; answers and /lichsu change."""
    db = tmp_path / "ntm.db"
    official_code = invite(db, "--role", "xa_official", "--unit", NHAN_LY)
    officer_code = invite(db, "--role", "district_officer", "--unit", CHI_LANG)
    bot = zalo_bot(tmp_path, zalo, NTM_OUTBOX_LEASE="1")  # a row leased at the crash
    try:
        bot.start()
        official = ZaloChat(zalo, "z-mai", "Lý Thị Mai")
        officer = ZaloChat(zalo, "z-hung", "Hoàng Văn Hùng")
        # Eight messages from one user within 10 s is the flood limit (as on Telegram, where
        # button presses count too); the official's walk below uses exactly eight.
        official.say(f"/dangky {official_code}", "Chào mừng")
        officer.say(f"/dangky {officer_code}", "cán bộ huyện")
        assert "2. Giao thông" in officer.say("xã Nhân Lý còn thiếu tiêu chí nào", "còn thiếu")

        step = official.say("/capnhat", "Báo cáo cho Xã Nhân Lý")
        assert menu(step)[0] == "tiêu chí xã nông thôn mới" and menu(step)[-1] == "Huỷ"
        assert "Trả lời bằng một số từ 1 đến 4 để chọn." in step
        step = official.say("1", "Tiêu chí nào")
        assert menu(step)[1] == "2. Giao thông" and len(menu(step)) == 20
        step = official.say("2", "Hiện tại: chưa đạt")
        assert menu(step) == ["Đã đạt", "Chưa đạt", "Huỷ"]
        step = official.say("1", "chưa đạt → đạt")
        assert menu(step) == ["Tiếp tục", "Huỷ"]
        assert menu(official.photo(PHOTO, "1 tệp", NOTE)) == ["Tiếp tục", "Huỷ"]
        confirm = official.say("1", "Xin kiểm tra")
        assert "Minh chứng: 1 tệp" in confirm and "bê tông hóa" in confirm
        assert menu(confirm) == ["Gửi báo cáo", "Huỷ"]
        zalo.inject_stall("sendPhoto")  # the card will be in flight when the bot is killed
        official.say("1", "Đã gửi báo cáo #1")
        assert not [t for t in official.texts() if "bấm" in t.lower()]  # nothing to press here
        zalo.wait_for(lambda: zalo.stalled == 1, 20, what="the card in flight")
        bot.terminate(signal.SIGKILL)
        zalo.release_stalled()  # that send is lost with the process: nothing delivered
        # The killed bot's open long poll would take (and lose) a message; Zalo has no offset.
        zalo.wait_for(lambda: zalo.open_polls == 0, 20, what="the dead poll to end")

        bot.start()
        card = officer.expect(0, "Báo cáo #1")  # the leased notice, sent after the restart
        assert card["method"] == "sendPhoto" and card["params"]["photo"] == PHOTO
        caption = text(card)
        assert "Giao thông" in caption and "Lý Thị Mai" in caption and "bê tông hóa" in caption
        assert menu(caption) == ["Duyệt #1", "Từ chối #1"]
        assert [m["method"] for m in zalo.messages_to("z-hung")].count("sendPhoto") == 1
        listed = officer.say("/choduyet", "Báo cáo đang chờ duyệt (1)")
        assert "#1 Xã Nhân Lý" in listed and menu(listed) == ["Xem #1"]
        shown = officer.send("1", "Báo cáo #1")  # the card again, as the reply
        assert shown["method"] == "sendPhoto" and shown["params"]["photo"] == PHOTO
        assert menu(text(shown)) == ["Duyệt #1", "Từ chối #1"]
        approved = officer.say("1", "Đã duyệt #1")
        assert "Giao thông" in approved and "nay là đạt" in approved

        outcome = text(official.expect(0, "Đã được"))
        assert "Báo cáo #1" in outcome and "duyệt" in outcome
        answer = official.say("xã Nhân Lý còn thiếu tiêu chí nào", "còn thiếu")
        assert "2. Giao thông" not in answer and "báo cáo #1" in answer
        history = official.say("/lichsu", "Lịch sử báo cáo")
        assert "Đã được" in history and "Hoàng Văn Hùng" in history
        wait_until(lambda: all_sent(db), "the outbox delivered")
        assert [(chat, kind) for _, chat, kind, _ in outbox(db)] == [
            ("z-hung", "notice"),
            ("z-mai", "notice"),
        ]
    finally:
        bot.kill()
    assert TOKEN not in bot.output()


def test_a_report_step_is_still_picked_by_number_after_a_sticker_or_a_question(
    tmp_path: Path, zalo: FakeZaloApi
) -> None:
    """In the middle of a report, a sticker (not read) and a command question (answered) get
    replies without a menu, yet "1" still picks the report's open step (it does not become the
    note); after the report is sent a "1" picks nothing."""
    db = tmp_path / "ntm.db"
    code = invite(db, "--role", "xa_official", "--unit", NHAN_LY)
    bot = zalo_bot(tmp_path, zalo)
    try:
        bot.start()
        official = ZaloChat(zalo, "z-mai", "Lý Thị Mai")
        official.say(f"/dangky {code}", "Chào mừng")
        assert menu(official.say("tiêu chí 2 đã đạt", "chưa đạt → đạt")) == ["Tiếp tục", "Huỷ"]
        assert menu(official.sticker("chỉ đọc được tin nhắn chữ")) == []
        assert menu(official.say("/huyen Chi Lăng", "14,61 tiêu chí NTM/xã")) == []
        confirm = official.say("1", "Xin kiểm tra")
        assert "Ghi chú: —" in confirm and menu(confirm) == ["Gửi báo cáo", "Huỷ"]
        assert "Huyện Chi Lăng" in official.say("/huyen Chi Lăng", "14,61 tiêu chí NTM/xã")
        official.say("1", "Đã gửi báo cáo #1")
        official.say("1", "chưa hiểu")  # no menu now: an ordinary (unclear) message
        assert outbox(db) == []  # no reviewer is registered
    finally:
        bot.kill()


def test_a_reminder_run_reaches_each_official_who_owes_once(
    tmp_path: Path, zalo: FakeZaloApi
) -> None:
    """`ntm-bot reminders run-now xa_ngay_20`, run while the bot serves, reminds each xã
    official who has not sent this month's report exactly once, and neither the one who sent
    it (/baocao through its numbered menus) nor the one who turned reminders off; "1" under
    the reminder starts the report, except for an official in the middle of a field report,
    whose reminder comes without a menu so that "1" still continues that report."""
    db = tmp_path / "ntm.db"
    units = {"z-mai": NHAN_LY, "z-lan": VAN_AN, "z-tuan": BANG_HUU, "z-hoa": HOANG_DONG}
    codes = {
        chat: invite(db, "--role", "xa_official", "--unit", unit) for chat, unit in units.items()
    }
    # Only the run started by hand may send here, whatever today's date: the xã schedules'
    # own times are paused (run-now runs a schedule paused or not).
    for name in ("xa_ngay_20", "xa_han_chot"):
        assert "paused" in cli(db, "reminders", "pause", name)
    bot = zalo_bot(tmp_path, zalo)
    try:
        bot.start()
        chats = {chat: ZaloChat(zalo, chat) for chat in units}
        for chat, code in codes.items():
            chats[chat].say(f"/dangky {code}", "Chào mừng")
        assert "Đã tắt nhắc việc" in chats["z-lan"].say("/nhacnho tat", "nhắc việc")

        hoa = chats["z-hoa"]
        step = hoa.say("/baocao", "Chỉ tiêu 1/3")
        assert "Báo cáo của Xã Hoàng Đồng" in step
        assert menu(step) == ["đã hoàn thành", "đang thực hiện", "chưa triển khai", "Huỷ"]
        assert menu(hoa.say("1", "Chỉ tiêu 2/3"))[:3] == menu(step)[:3]
        hoa.say("2", "Chỉ tiêu 3/3")
        assert menu(hoa.say("3", "Xin viết nội dung")) == ["Tiếp tục", "Huỷ"]
        confirm = hoa.say("1", "Xin kiểm tra")
        assert "đã hoàn thành" in confirm and "đang thực hiện" in confirm
        assert "chưa triển khai" in confirm and menu(confirm) == ["Gửi báo cáo", "Huỷ"]
        assert "lần 1" in hoa.say("1", "Đã ghi nhận báo cáo của Xã Hoàng Đồng")

        tuan = chats["z-tuan"]  # in the middle of a field report when the reminder comes
        assert menu(tuan.say("tiêu chí 2 đã đạt", "→ đạt")) == ["Tiếp tục", "Huỷ"]

        seen = {chat: c.seen() for chat, c in chats.items()}
        ran = cli(db, "reminders", "run-now", "xa_ngay_20")
        assert "xa_ngay_20: 2 reminders queued" in ran
        reminder = text(chats["z-mai"].expect(seen["z-mai"], "Nhắc việc"))
        assert "Xã Nhân Lý" in reminder and "/baocao" in reminder
        assert menu(reminder) == ["Gửi báo cáo"]
        reminder = text(tuan.expect(seen["z-tuan"], "Nhắc việc"))
        assert "Xã Bằng Hữu" in reminder and "/baocao" in reminder
        assert menu(reminder) == []  # its "1" stays the report's: continue
        wait_until(lambda: all_sent(db), "the reminders delivered")
        assert sorted(outbox(db)) == [
            ("zalo_bot", "z-mai", "reminder", True),
            ("zalo_bot", "z-tuan", "reminder", True),
        ]
        assert {chat: c.seen() - seen[chat] for chat, c in chats.items()} == {
            "z-mai": 1,
            "z-lan": 0,
            "z-tuan": 1,
            "z-hoa": 0,
        }
        started = chats["z-mai"].say("1", "Báo cáo của Xã Nhân Lý")
        assert "Chỉ tiêu 1/9" in started
        assert "tiêu chí 2 (Giao thông)" in tuan.say("1", "Xin kiểm tra")
    finally:
        bot.kill()


def test_one_person_on_telegram_and_zalo_is_told_on_the_app_bound_last(
    tmp_path: Path, zalo: FakeZaloApi
) -> None:
    """One process serves both apps. A district officer registered on Telegram and then bound
    on Zalo too (`ntm-bot invite --person ID`) gets a report's notice on Zalo only, once; bound
    on Telegram again, the next notice comes there only, with the Zalo photo by its URL. They
    approve one report on each app; each reporter is told once."""
    db = tmp_path / "ntm.db"
    officer_code = invite(db, "--role", "district_officer", "--unit", CHI_LANG)
    mai_code = invite(db, "--role", "xa_official", "--unit", NHAN_LY)
    lan_code = invite(db, "--role", "xa_official", "--unit", NHAN_LY)
    with FakeBotApi(token=TELEGRAM_TOKEN) as telegram:
        bot = BotProcess(
            tmp_path,
            READY,
            ZALO_BOT_TOKEN=TOKEN,
            ZALO_API_URL=zalo.base_url,
            ZALO_POLL_TIMEOUT="1",
            TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN,
            TELEGRAM_API_URL=telegram.base_url,
        )
        try:
            bot.start()
            on_telegram = TelegramChat(telegram, 401)
            on_zalo = ZaloChat(zalo, "z-hung", "Hoàng Văn Hùng")
            on_telegram.say(f"/dangky {officer_code}", "cán bộ huyện")
            officer = person_id(db, "district officer of Huyện Chi Lăng")
            bound = on_zalo.say(f"/dangky {invite(db, '--person', str(officer))}", "Chào mừng")
            assert "cán bộ huyện, Huyện Chi Lăng" in bound
            assert f"#{officer} " in cli(db, "users", "list")

            mai = ZaloChat(zalo, "z-mai", "Lý Thị Mai")
            mai.say(f"/dangky {mai_code}", "Chào mừng")
            mai.say("tiêu chí 2 đã đạt", "chưa đạt → đạt")
            mai.photo(PHOTO, "1 tệp")
            mai.say("1", "Xin kiểm tra")
            mai.say("1", "Đã gửi báo cáo #1")
            card = on_zalo.expect(0, "Báo cáo #1")
            assert card["method"] == "sendPhoto" and card["params"]["photo"] == PHOTO
            wait_until(lambda: all_sent(db), "the first notice delivered")
            assert len(telegram.messages_to(401)) == 1  # only the welcome

            before = on_telegram.seen()
            again = invite(db, "--person", str(officer))
            on_telegram.say(f"/dangky {again}", "Chào mừng")
            lan = ZaloChat(zalo, "z-lan", "Nông Thị Lan")
            lan.say(f"/dangky {lan_code}", "Chào mừng")
            lan.say("tiêu chí 4 đã đạt", "chưa đạt → đạt")
            lan.photo(PHOTO_2, "1 tệp")
            lan.say("1", "Xin kiểm tra")
            lan.say("1", "Đã gửi báo cáo #2")
            second = on_telegram.expect(before, "Báo cáo #2")
            assert second["method"] == "sendPhoto" and second["params"]["photo"] == PHOTO_2
            assert "Điện" in text(second) and "ứng dụng khác" not in text(second)
            wait_until(lambda: all_sent(db), "the second notice delivered")

            on_telegram.press(second, "rv:ok:2", "Đã duyệt #2")
            assert "Đã duyệt #1" in on_zalo.say("1", "Đã duyệt #1")  # the card's menu on Zalo
            # notices go through the courier, which may have to retry a send on a loaded machine
            assert "Báo cáo #1" in text(mai.expect(0, "Đã được", NOTICE_WAIT))
            assert "Báo cáo #2" in text(lan.expect(0, "Đã được", NOTICE_WAIT))
            wait_until(lambda: all_sent(db), "the outcomes delivered")
            assert outbox(db) == [
                ("zalo_bot", "z-hung", "notice", True),
                ("telegram", "401", "notice", True),
                ("zalo_bot", "z-lan", "notice", True),
                ("zalo_bot", "z-mai", "notice", True),
            ]
            officer_saw = on_zalo.texts() + telegram_texts(telegram, 401)
            assert sum("Báo cáo #1:" in t for t in officer_saw) == 1  # the card, once
            assert sum("Báo cáo #2:" in t for t in officer_saw) == 1
            code, _ = bot.terminate()
            assert code == 0
            output = bot.output()
            assert TOKEN not in output and TELEGRAM_TOKEN not in output
            assert "Traceback" not in output
        finally:
            bot.kill()


def telegram_texts(api: FakeBotApi, chat: int) -> list[str]:
    """The text or caption of every message sent to a Telegram chat."""
    return [text(message) for message in api.messages_to(chat)]
