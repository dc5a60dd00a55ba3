"""End to end on Zalo: registration and field reports through the real `ntm-bot run` process.

The same conversations as on Telegram (tests/e2e/test_field_updates_e2e.py), on the fake Zalo
Bot API: Zalo Bot has no buttons, so every choice is picked by typing its number. Invites come
from the real CLI in subprocesses on the same database while the bot runs; what the bot sent is
read from the fake's records of sends, and the outbox from the database.
"""

from __future__ import annotations

import signal
from pathlib import Path

from tests.e2e.test_zalo_e2e import TOKEN, zalo_bot
from tests.e2e.zalo_workflows import (
    CHI_LANG,
    NHAN_LY,
    PHOTO,
    ZaloChat,
    all_sent,
    cli,
    invite,
    menu,
    outbox,
    text,
    wait_until,
)
from tests.fakes.zalo_api import FakeZaloApi

NOTE = "Đường trục xã đã bê tông hóa 100%"


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
