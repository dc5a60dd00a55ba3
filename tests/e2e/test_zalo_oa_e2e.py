"""End to end: the real `ntm-bot run` process as a Zalo OA, against the fake OA on 127.0.0.1."""

from __future__ import annotations

import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.process import BotProcess, free_port
from tests.fakes.zalo_oa import FakeZaloOa

READY = "serving Zalo OA app"
MAU_SON = "Mẫu Sơn còn thiếu tiêu chí nào?"


@pytest.fixture
def oa() -> Iterator[FakeZaloOa]:
    """The fake OA and its OAuth server."""
    with FakeZaloOa() as fake:
        yield fake


def oa_bot(tmp: Path, oa: FakeZaloOa, access: str | None, refresh: str) -> BotProcess:
    """A bot process serving the OA through the fake, its webhook on a free port."""
    port = free_port()
    oa.webhook_url = f"http://127.0.0.1:{port}/zalo-oa"
    env = {
        "ZALO_OA_APP_ID": oa.app_id,
        "ZALO_OA_APP_SECRET": oa.app_secret,
        "ZALO_OA_SECRET_KEY": oa.secret_key,
        "ZALO_OA_REFRESH_TOKEN": refresh,
        "ZALO_OA_API_URL": oa.api_url,
        "ZALO_OA_OAUTH_URL": oa.oauth_url,
        "ZALO_OA_WEBHOOK_URL": oa.webhook_url,
        "ZALO_OA_WEBHOOK_PORT": str(port),
    }
    if access:
        env["ZALO_OA_ACCESS_TOKEN"] = access
    return BotProcess(tmp, READY, **env)


def ask(oa: FakeZaloOa, user: str, question: str) -> dict[str, object]:
    """Send a question and return the bot's next message to that user."""
    before = len(oa.messages_to(user))
    oa.send_text(user, question)
    return oa.wait_for_messages(user, before + 1, timeout=20)[before]


def text(message: dict[str, object]) -> str:
    """The text of a delivered message."""
    body = message["message"]
    assert isinstance(body, dict)
    return str(body.get("text", ""))


def stored_pair(db: Path) -> tuple[str, str]:
    """The token pair in the bot's database."""
    with sqlite3.connect(db, timeout=10) as conn:
        row = conn.execute("SELECT access_token, refresh_token FROM oa_token").fetchone()
    return str(row[0]), str(row[1])


def clean_exit(bot: BotProcess, signum: int = signal.SIGTERM) -> None:
    """Stop the bot with a signal and check it exited cleanly."""
    code, _ = bot.terminate(signum)
    assert code == 0, bot.output()


def test_answers_buttons_duplicates_forgeries_and_token_rotation(
    tmp_path: Path, oa: FakeZaloOa
) -> None:
    """A Vietnamese question gets figures; a clarifying question's button press answers it; a
    redelivered event is answered once; a forged one gets 403; an access token that expires
    mid-run is refreshed once; the new pair survives a restart and the spent refresh token is
    never sent again; no token or secret reaches the output."""
    access, refresh = oa.issue_pair()
    bot = oa_bot(tmp_path, oa, access, refresh)
    try:
        bot.start()
        answer = text(ask(oa, "8401", "xã Nhân Lý còn thiếu tiêu chí nào"))
        assert "Xã Nhân Lý" in answer and "9/19" in answer and "Giao thông" in answer

        menu = ask(oa, "8402", MAU_SON)
        buttons = oa.buttons(menu)
        assert [b["title"] for b in buttons] == [
            "Xã Mẫu Sơn (Huyện Cao Lộc)",
            "Xã Mẫu Sơn (Huyện Lộc Bình)",
        ]
        oa.press("8402", buttons[0])
        picked = text(oa.wait_for_messages("8402", 2, timeout=20)[1])
        assert "Xã Mẫu Sơn (Huyện Cao Lộc)" in picked and "/19" in picked
        assert "Lộc Bình" not in picked

        first = oa.send_text("8403", "binh quan tieu chi huyen Trang Dinh")
        assert oa.redeliver(first) == 200
        forged = oa.text_event("8403", "bq tc toàn tỉnh")
        assert oa.deliver(forged, secret_key="a-guessed-key") == 403
        oa.send_text("8403", "tc 5 có bao nhiêu xã đạt")
        texts = [text(m) for m in oa.wait_for_messages("8403", 2, timeout=20)]
        assert "13,24" in texts[0] and "Trường học" in texts[1]
        assert len(oa.messages_to("8403")) == 2  # nothing for the redelivery or the forgery

        oa.expire_access_token()
        assert "13,38" in text(ask(oa, "8404", "bq tc toàn tỉnh"))
        [rotated] = oa.refreshes
        assert rotated == {"refresh_token": refresh, "ok": True}
        second_pair = (oa.access_token, oa.refresh_token)
        assert stored_pair(tmp_path / "ntm.db") == second_pair

        clean_exit(bot)
        bot.start()  # the same settings: the first pair is not taken again
        assert "Giao thông" in text(ask(oa, "8405", "Xã Nhân Lý còn thiếu tiêu chí nào?"))
        assert len(oa.refreshes) == 1
        assert oa.messages_to("8405")[0]["token"] == second_pair[0]
        oa.expire_access_token()
        assert "Trường học" in text(ask(oa, "8405", "tc 5 có bao nhiêu xã đạt"))
        used = [r["refresh_token"] for r in oa.refreshes]
        assert used == [refresh, second_pair[1]] and all(r["ok"] for r in oa.refreshes)
        assert stored_pair(tmp_path / "ntm.db") == (oa.access_token, oa.refresh_token)

        clean_exit(bot, signal.SIGINT)
        output = bot.output()
        secrets = [access, refresh, *second_pair, oa.access_token, oa.refresh_token]
        secrets += [oa.app_secret, oa.secret_key]
        assert [s for s in secrets if s and s in output] == []
        assert output.count(READY) == 2 and "Traceback" not in output
        assert "refused a Zalo OA webhook call (user_send_text): bad signature" in output
        assert output.count("refreshed the Zalo OA access token") == 2
    finally:
        bot.kill()


def test_a_spent_refresh_token_stops_the_oa_with_a_clear_error(
    tmp_path: Path, oa: FakeZaloOa
) -> None:
    """Started with only a refresh token Zalo no longer accepts, the process exits with status
    1 and says to authorise the app again, without the token."""
    _, refresh = oa.issue_pair()
    bot = oa_bot(tmp_path, oa, None, refresh)
    try:
        bot.start()  # spends the refresh token for a first access token
        clean_exit(bot)
        with sqlite3.connect(tmp_path / "ntm.db", timeout=10) as conn:  # as if the pair was lost
            conn.execute("UPDATE oa_token SET refresh_token = ?, access_token = ''", (refresh,))
        with pytest.raises(AssertionError, match="did not start"):
            bot.start()
        assert bot.proc.wait(timeout=15) == 1
        output = bot.output()
        assert "the Zalo OA bot stopped" in output and "-14014" in output
        assert "authorise the app again" in output
        assert refresh not in output and "Traceback" not in output
    finally:
        bot.kill()
