"""End to end on Telegram: /xuat arrives as a document (multipart upload) that openpyxl opens,
/bieudo as a photo that decodes; a refused export sends no file."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from tests.e2e.test_field_updates_e2e import TOKEN, Chat, invite, text
from tests.e2e.test_telegram_e2e import telegram_bot
from tests.fakes.bot_api import FakeBotApi

LEADER, OFFICIAL = 401, 402


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    """A fake Bot API server for the bot's token."""
    with FakeBotApi(token=TOKEN) as fake:
        yield fake


def test_export_as_document_and_chart_as_photo(tmp_path: Path, api: FakeBotApi) -> None:
    """A coordinator's /xuat and /bieudo; a xã official's export of another xã is refused."""
    db = tmp_path / "ntm.db"
    leader_code = invite(db, "province_coordinator", "20")
    official_code = invite(db, "xa_official", "06496")
    bot = telegram_bot(tmp_path, api)
    try:
        bot.start()
        leader, official = Chat(api, LEADER), Chat(api, OFFICIAL)
        leader.say(f"/dangky {leader_code}", "Chào mừng")
        official.say(f"/dangky {official_code}", "Chào mừng")

        sent = leader.say("/xuat tình hình huyện Văn Lãng", "Huyện Văn Lãng")
        assert sent["method"] == "sendDocument", sent
        upload = sent["params"]["document"]
        assert upload["filename"].endswith(".xlsx") and upload["size"] > 0
        data = api.file_data(sent["result"]["document"]["file_id"])
        assert len(data) == upload["size"]
        sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
        assert sheet["A1"].value == "Tình hình đạt tiêu chí nông thôn mới của các xã"
        assert sum(1 for _ in sheet.iter_rows(min_row=9)) == 16  # Văn Lãng's xã

        chart = leader.say("vẽ biểu đồ bình quân tiêu chí các huyện", "13,38")
        assert chart["method"] == "sendPhoto", chart
        photo = chart["result"]["photo"][-1]["file_id"]
        image = Image.open(io.BytesIO(api.file_data(photo)))
        image.load()
        assert image.size == (900, 600) and "cao nhất Thành phố Lạng Sơn" in text(chart)

        refused = official.say("/xuat tình hình xã Vân An", "chỉ xuất được")
        assert refused["method"] == "sendMessage"
        assert [m["method"] for m in api.messages_to(OFFICIAL)].count("sendDocument") == 0
    finally:
        bot.kill()
