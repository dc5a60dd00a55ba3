"""End to end: the real `ntm-bot run` process against the fake Zalo Bot API on 127.0.0.1."""

from __future__ import annotations

import json
import re
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.text_split import units
from store.units import IN_PLAN
from tests.e2e.process import BotProcess, free_port
from tests.e2e.test_telegram_e2e import READY as TELEGRAM_READY
from tests.e2e.test_telegram_e2e import TOKEN as TELEGRAM_TOKEN
from tests.fakes.bot_api import FakeBotApi
from tests.fakes.loopback_http import post
from tests.fakes.zalo_api import FakeZaloApi
from tests.fakes.zalo_api_state import SECRET_HEADER

TOKEN = "8877665544:ZALO-secret_token-do-not-log"
HOOK_SECRET = "zalo-e2e-hook-secret_71c3"
READY = "serving Zalo bot"
MAU_SON = "Mẫu Sơn còn thiếu tiêu chí nào?"
LIST_LINE = re.compile(r"\d+\. Xã [^()]+ \((Huyện|Thành phố) [^()]+\)")


def zalo_bot(tmp: Path, zalo: FakeZaloApi, **env: str) -> BotProcess:
    """A bot process serving Zalo through the fake (no Telegram token)."""
    return BotProcess(
        tmp,
        READY,
        ZALO_BOT_TOKEN=TOKEN,
        ZALO_API_URL=zalo.base_url,
        ZALO_POLL_TIMEOUT="1",  # a stopping bot lets its open poll finish
        **env,
    )


@pytest.fixture
def bot(tmp_path: Path, zalo: FakeZaloApi) -> Iterator[BotProcess]:
    """A Zalo bot process, always killed at the end."""
    process = zalo_bot(tmp_path, zalo)
    try:
        yield process
    finally:
        process.kill()


def ask(zalo: FakeZaloApi, chat: str, question: str) -> str:
    """Send a question and return the bot's next message to that chat."""
    before = len(zalo.messages_to(chat))
    zalo.push_text(chat, question)
    return str(zalo.wait_for_messages(chat, before + 1, timeout=20)[before]["params"]["text"])


def clean_exit(bot: BotProcess, signum: int = signal.SIGTERM) -> None:
    """Stop the bot with a signal and check it exited cleanly."""
    code, _ = bot.terminate(signum)
    assert code == 0, bot.output()


def widen_border_group(db: Path) -> int:
    """Put every xã into the border group (national-size lists); return how many there are."""
    with sqlite3.connect(db, timeout=10) as conn:
        conn.execute(
            "INSERT OR IGNORE INTO unit_group (group_code, unit_code, position, source)"
            " SELECT 'bien_gioi', code, 100 + rowid, 'e2e' FROM unit u"
            f" WHERE kind = 'xa' AND {IN_PLAN}"  # the 2023 plan's xã
        )
        (count,) = conn.execute(
            "SELECT count(*) FROM unit_group WHERE group_code = 'bien_gioi'"
        ).fetchone()
    return int(count)


def test_questions_menus_duplicates_faults_restart_and_long_text(
    zalo: FakeZaloApi, bot: BotProcess, tmp_path: Path
) -> None:
    """Questions get figures; '1' picks from a numbered menu, also after a restart; a repeated
    message is answered once; send faults lose nothing; a long list comes in parts of at most
    2000 characters cut at line ends; the token never appears in the output."""
    bot.start()
    answer = ask(zalo, "u1", "xã Nhân Lý còn thiếu tiêu chí nào")
    assert "Xã Nhân Lý" in answer and "9/19" in answer and "Giao thông" in answer
    assert "13,24" in ask(zalo, "u1", "binh quan tieu chi huyen Trang Dinh")

    menu = ask(zalo, "u2", MAU_SON).splitlines()
    assert "  1. Xã Mẫu Sơn (Huyện Cao Lộc)" in menu and "  2. Xã Mẫu Sơn (Huyện Lộc Bình)" in menu
    picked = ask(zalo, "u2", "1")
    assert "Xã Mẫu Sơn (Huyện Cao Lộc)" in picked and "/19" in picked and "Lộc Bình" not in picked

    first = zalo.push_text("u3", "tc 5 có bao nhiêu xã đạt")
    zalo.push_duplicate(first)
    zalo.push_text("u3", "bq tc toàn tỉnh")
    texts = [m["params"]["text"] for m in zalo.wait_for_messages("u3", 2, timeout=20)]
    assert "Trường học" in texts[0] and "13,38" in texts[1]
    assert len(zalo.messages_to("u3")) == 2  # the duplicate came before the last, got nothing

    zalo.inject_429("sendMessage")
    zalo.inject_5xx("sendMessage", status=502)
    zalo.inject_drop("sendMessage")
    assert "Trường học" in ask(zalo, "u4", "tc 5 có bao nhiêu xã đạt")
    assert "Giao thông" in ask(zalo, "u5", "Xã Nhân Lý còn thiếu tiêu chí nào?")
    failed = [c["fault"] for c in zalo.calls("sendMessage", include_failed=True) if not c["ok"]]
    assert sorted(failed) == ["429", "5xx", "drop"]
    assert len(zalo.messages_to("u4")) == len(zalo.messages_to("u5")) == 1

    assert "  2. Xã Mẫu Sơn (Huyện Lộc Bình)" in ask(zalo, "u6", MAU_SON).splitlines()
    clean_exit(bot)
    # Plan tables are read into memory at start-up, so the long list is made while stopped.
    assert widen_border_group(tmp_path / "ntm.db") == 181
    bot.start()
    picked = ask(zalo, "u6", "2")
    assert "Xã Mẫu Sơn (Huyện Lộc Bình)" in picked and "Cao Lộc" not in picked

    zalo.push_text("u7", "các xã biên giới")
    zalo.push_text("u7", "bq tc toàn tỉnh")  # answered after every part of the list
    zalo.wait_for(lambda: "13,38" in "".join(zalo.texts_to("u7")), 20, what="the last answer")
    *parts, last = zalo.texts_to("u7")
    assert "13,38" in last
    assert len(parts) >= 2 and all(units(p) <= 2000 for p in parts)
    header, *rows = "\n".join(parts).splitlines()
    assert "xã biên giới" in header and header.endswith("181 xã")
    *numbered, source = rows  # the whole list arrives (the domain cuts nothing), then its source
    assert source.startswith("Nguồn: KH 18/KH-UBND")
    cut_apart = [row for row in numbered if not LIST_LINE.fullmatch(row)]
    assert cut_apart == [] and len(numbered) == 181  # no line cut apart, none lost
    assert [int(row.split(".")[0]) for row in numbered] == list(range(1, len(numbered) + 1))

    clean_exit(bot, signal.SIGINT)
    output = bot.output()
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert output.count(READY) == 2 and "Traceback" not in output
    assert zalo.max_concurrent_polls == 1


def test_webhook_answers_zalo_and_refuses_a_wrong_secret(
    tmp_path: Path, zalo: FakeZaloApi
) -> None:
    """In webhook mode the right secret (wrapped or bare event) is answered; a wrong or missing
    secret gets 403 and no answer; neither the token nor the secret reaches the output."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/zalo"
    bot = zalo_bot(
        tmp_path,
        zalo,
        ZALO_WEBHOOK_URL=url,
        ZALO_WEBHOOK_PORT=str(port),
        ZALO_WEBHOOK_SECRET=HOOK_SECRET,
    )
    try:
        bot.start()
        webhook = zalo.webhook
        assert webhook is not None and (webhook["url"], webhook["secret_token"]) == (
            url,
            HOOK_SECRET,
        )
        wrapped = zalo.push_text("w1", "xã Nhân Lý còn thiếu tiêu chí nào")
        assert zalo.deliver_webhook(wrapped) == 200
        assert "Giao thông" in zalo.wait_for_messages("w1", 1, timeout=20)[0]["params"]["text"]

        forged = zalo.push_text("w1", "bq tc toàn tỉnh")
        assert zalo.deliver_webhook(forged, secret="zalo-e2e-hook-secret_71c4") == 403
        assert zalo.deliver_webhook(forged, secret="") == 403
        body = json.dumps(zalo.event(forged)).encode()
        headers = {"Content-Type": "application/json", SECRET_HEADER: HOOK_SECRET[:-1]}
        assert post(url, body, headers, timeout=10) == 403

        bare = zalo.push_text("w1", "binh quan tieu chi huyen Trang Dinh")
        assert zalo.deliver_webhook(bare, wrapped=False) == 200
        sent = zalo.wait_for_messages("w1", 2, timeout=20)
        assert "13,24" in sent[1]["params"]["text"]
        assert len(sent) == 2  # nothing for the forgeries, which came before

        clean_exit(bot)
        output = bot.output()
        assert f"webhook {url}" in output
        assert TOKEN not in output and HOOK_SECRET not in output and "Traceback" not in output
        assert zalo.poll_count == 0
    finally:
        bot.kill()


def test_one_process_serves_telegram_and_zalo(tmp_path: Path, zalo: FakeZaloApi) -> None:
    """With both tokens, one process on one database answers on both channels."""
    with FakeBotApi(token=TELEGRAM_TOKEN) as telegram:
        bot = zalo_bot(
            tmp_path, zalo, TELEGRAM_BOT_TOKEN=TELEGRAM_TOKEN, TELEGRAM_API_URL=telegram.base_url
        )
        try:
            bot.start()
            telegram.push_text(501, "bq tc huyện Tràng Định")
            assert "13,24" in ask(zalo, "z1", "bq tc huyện Tràng Định")
            [reply] = telegram.wait_for_messages(501, 1, timeout=20)
            assert "13,24" in reply["params"]["text"]
            clean_exit(bot)
            output = bot.output()
            assert TELEGRAM_READY in output and READY in output
            assert TOKEN not in output and TELEGRAM_TOKEN not in output
        finally:
            bot.kill()


def test_a_wrong_zalo_token_exits_with_a_clear_error(tmp_path: Path, zalo: FakeZaloApi) -> None:
    """A token Zalo refuses stops the process with status 1 and one log line, no token."""
    wrong = "8877665544:WRONG-zalo-token"
    bot = BotProcess(tmp_path, READY, ZALO_BOT_TOKEN=wrong, ZALO_API_URL=zalo.base_url)
    try:
        with pytest.raises(AssertionError, match="did not start"):
            bot.start()
        assert bot.proc.wait(timeout=15) == 1
        output = bot.output()
        assert "the Zalo bot stopped" in output and "401" in output
        assert wrong not in output and "WRONG-zalo" not in output and "Traceback" not in output
    finally:
        bot.kill()
