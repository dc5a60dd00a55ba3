"""End to end on Zalo: reminders and review notices through the real `ntm-bot run` process.

A reminder run started with the real CLI while the bot serves on the fake Zalo Bot API, and one
process serving Telegram and Zalo at once for a district officer bound on both apps; choices
are picked by typing their number, what the bot sent is read from the fakes' records of sends,
and the outbox from the database.
"""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_field_updates_e2e import Chat as TelegramChat
from tests.e2e.test_telegram_e2e import TOKEN as TELEGRAM_TOKEN
from tests.e2e.test_zalo_e2e import TOKEN, zalo_bot
from tests.e2e.zalo_workflows import (
    BANG_HUU,
    CHI_LANG,
    HOANG_DONG,
    NHAN_LY,
    PHOTO,
    VAN_AN,
    ZaloChat,
    all_sent,
    cli,
    invite,
    menu,
    outbox,
    person_id,
    text,
    wait_until,
)
from tests.fakes.bot_api import FakeBotApi
from tests.fakes.zalo_api import FakeZaloApi

NOTICE_WAIT = 60  # seconds: a notice may wait out one courier retry (1 s, 5 s, 30 s) under load
PHOTO_2 = "https://photo-stal-9.zdn.vn/evidence/nhan-ly-luoi-dien.jpg"


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
        bot = zalo_bot(
            tmp_path, zalo, TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN, TELEGRAM_API_URL=telegram.base_url
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
