"""End to end: a real reminder schedule run by `ntm-bot reminders run-now` reaches the bot
process's courier, once per official who still owes the month's report, through faults."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from tests.e2e.process import ROOT
from tests.e2e.test_courier_e2e import api, delivered, prepare, state, wait_until
from tests.e2e.test_telegram_e2e import telegram_bot
from tests.fakes.bot_api import FakeBotApi

__all__ = ["api"]  # the fake Bot API fixture


def run_now(db: Path, name: str) -> str:
    """Run a reminder schedule now with the real CLI, on the bot's database."""
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "reminders", "run-now", name],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"NTM_DB": str(db), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_run_now_reminds_each_official_once_through_faults_and_a_crash(
    tmp_path: Path, api: FakeBotApi
) -> None:
    """60 officials owe the report; 429s, 5xx and a kill -9 mid-broadcast; each gets one
    reminder naming their unit and the month, with a button that starts the report."""
    db = tmp_path / "ntm.db"
    chats = list(range(50_001, 50_061))
    prepare(db, chats)
    api.inject_429("sendMessage", retry_after=1, chat_id=50_004)
    api.inject_5xx("sendMessage", status=502, chat_id=50_009)
    bot = telegram_bot(tmp_path, api, NTM_OUTBOX_LEASE="1", NTM_SEND_RATE="20")
    try:
        bot.start()
        assert "60 reminders queued" in run_now(db, "xa_ngay_20")
        wait_until(lambda: len(delivered(api)) >= 15, "15 reminders out")
        api.inject_stall("sendMessage", times=1000)
        wait_until(lambda: api.stalled >= 1, "a send in flight")
        wait_until(lambda: state(db)["sent"] == len(delivered(api)), "marks caught up")
        bot.proc.send_signal(signal.SIGKILL)
        bot.proc.wait(timeout=10)
        api.release_stalled()
        assert len(delivered(api)) < len(chats)

        bot.start()
        wait_until(lambda: state(db)["sent"] == len(chats), "the broadcast to finish", 60)
        assert delivered(api) == dict.fromkeys(chats, 1)
        sample = api.messages_to(50_004)[0]["params"]
        assert "Phường Hoàng Văn Thụ" in sample["text"] and "/baocao" in sample["text"]
        assert sample["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "rp:start"
        bot.terminate()
    finally:
        bot.kill()
