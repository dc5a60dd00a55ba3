"""End to end: `ntm-bot reminders run-now tong_hop_tuan` queues the weekly digest, and the bot
process's courier delivers it to the coordinator as one photo (chart) with the digest text."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from tests.e2e.test_desk_e2e import api
from tests.e2e.test_field_updates_e2e import Chat, invite, text
from tests.e2e.test_reminders_e2e import run_now
from tests.e2e.test_telegram_e2e import telegram_bot
from tests.fakes.bot_api import FakeBotApi

__all__ = ["api"]  # the fake Bot API fixture
LEADER = 501


def _one_monthly_report(db: Path) -> None:
    """The new Nhân Lý's report for this month, as /baocao would store it (setup, not under
    test): since July 2025 a month counts the xã of that day (61), not the plan's 181."""
    now = datetime.now(UTC)
    with sqlite3.connect(db, timeout=10) as conn:
        conn.execute(
            "INSERT INTO period_report (kind, period, reporter, version, flow_key, person_id,"
            " channel, created_at)"
            " VALUES ('monthly', ?, '06496@2025-07-01', 1, 'e2e', 1, 'telegram', ?)",
            (f"{now:%Y-%m}", now.isoformat(timespec="seconds")),
        )


def test_run_now_delivers_the_digest_with_its_chart(tmp_path: Path, api: FakeBotApi) -> None:
    """The coordinator gets one sendPhoto: a PNG that decodes, the province's figures."""
    db = tmp_path / "ntm.db"
    code = invite(db, "province_coordinator", "20")
    bot = telegram_bot(tmp_path, api)
    try:
        bot.start()
        Chat(api, LEADER).say(f"/dangky {code}", "Chào mừng")
        _one_monthly_report(db)
        assert "1 reminders queued" in run_now(db, "tong_hop_tuan")
        digest = Chat(api, LEADER).expect(1, "Tổng hợp tuần")
        assert digest["method"] == "sendPhoto"
        assert "Tỉnh Lạng Sơn" in text(digest) and "1/61 xã" in text(digest)
        photo = api.file_data(digest["result"]["photo"][-1]["file_id"])
        picture = Image.open(io.BytesIO(photo))
        picture.load()
        assert picture.size == (900, 600)
    finally:
        bot.kill()
