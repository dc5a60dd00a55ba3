"""End to end on Zalo Bot: an export arrives as a download link and a chart as a picture URL,
both served by the bot's token-protected download route; a wrong token gets 404."""

from __future__ import annotations

import io
import re
import urllib.error
import urllib.request
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from tests.e2e.process import free_port
from tests.e2e.test_zalo_e2e import zalo_bot
from tests.e2e.test_zalo_oa_e2e import ask as oa_ask
from tests.e2e.test_zalo_oa_e2e import oa_bot
from tests.e2e.test_zalo_oa_e2e import text as oa_text
from tests.e2e.zalo_workflows import ZaloChat, invite, text
from tests.fakes.zalo_api import FakeZaloApi
from tests.fakes.zalo_oa import FakeZaloOa

LINK = re.compile(r"http://127\.0\.0\.1:\d+/files/[A-Za-z0-9_-]+/\S+")


def download(url: str) -> bytes:
    """GET a URL from the bot's download route."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return bytes(response.read())


def test_export_link_and_chart_picture_on_zalo(tmp_path: Path, zalo: FakeZaloApi) -> None:
    """/xuat gives a link to the .xlsx, /bieudo a sendPhoto by URL; both download."""
    db = tmp_path / "ntm.db"
    code = invite(db, "--role", "province_coordinator", "--unit", "20")
    port = free_port()
    bot = zalo_bot(
        tmp_path, zalo, NTM_FILES_URL=f"http://127.0.0.1:{port}/files", NTM_FILES_PORT=str(port)
    )
    try:
        bot.start()
        leader = ZaloChat(zalo, "z-leader", "Trần Văn Lãnh")
        leader.say(f"/dangky {code}", "Chào mừng")

        exported = leader.say("xuất excel tình hình huyện Văn Lãng", "Tải")
        [url] = LINK.findall(exported)
        assert url.endswith(".xlsx") and "Huyện Văn Lãng" in exported
        sheet = openpyxl.load_workbook(io.BytesIO(download(url))).worksheets[0]
        assert sum(1 for _ in sheet.iter_rows(min_row=9)) == 16

        chart = leader.send("/bieudo bình quân", "13,38")
        assert chart["method"] == "sendPhoto"
        picture = Image.open(io.BytesIO(download(chart["params"]["photo"])))
        picture.load()
        assert picture.size == (900, 600) and "cao nhất" in text(chart)

        forged = url.replace("/files/", "/files/x")
        with pytest.raises(urllib.error.HTTPError) as refused:
            download(forged)
        refused.value.close()
        assert refused.value.code == 404
    finally:
        bot.kill()


def test_chart_and_export_through_the_official_account(tmp_path: Path) -> None:
    """On the OA a chart is a media message by URL, an export a link; both download."""
    with FakeZaloOa() as oa:
        db = tmp_path / "ntm.db"
        code = invite(db, "--role", "province_coordinator", "--unit", "20")
        access, refresh = oa.issue_pair()
        files = free_port()
        bot = oa_bot(tmp_path, oa, access, refresh)
        bot.env.update(NTM_FILES_URL=f"http://127.0.0.1:{files}/files", NTM_FILES_PORT=str(files))
        try:
            bot.start()
            assert "Chào mừng" in oa_text(oa_ask(oa, "oa-leader", f"/dangky {code}"))
            before = len(oa.messages_to("oa-leader"))
            oa.send_text("oa-leader", "vẽ biểu đồ bình quân tiêu chí các huyện")
            media, caption = oa.wait_for_messages("oa-leader", before + 2, timeout=20)[before:]
            url = media["message"]["attachment"]["payload"]["elements"][0]["url"]
            picture = Image.open(io.BytesIO(download(url)))
            picture.load()
            assert picture.size == (900, 600) and "13,38" in oa_text(caption)
            exported = oa_text(oa_ask(oa, "oa-leader", "/xuat kế hoạch"))
            [link] = LINK.findall(exported)
            sheet = openpyxl.load_workbook(io.BytesIO(download(link))).worksheets[0]
            assert sheet["A1"].value.startswith("Kế hoạch năm 2023")
        finally:
            bot.kill()
