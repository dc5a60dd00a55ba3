"""/xuat and /bieudo in chat (memory transport): files come as attachments, refusals as text."""

from __future__ import annotations

import io

from PIL import Image

from bot.context import Ctx
from store.outbox import reply_from_json
from tests.exports.conftest import Clock, Person, registered, xlsx_rows
from tests.workflows.conftest import CHI_LANG, NHAN_LY, PROVINCE, snapshot
from tests.workflows.test_cadence import send_monthly
from vocab.messages import Reply

VAN_LANG = "182"


def _sheet_rows(reply: Reply) -> list[dict[str, object]]:
    assert reply.attachment is not None and reply.attachment.kind == "document"
    assert reply.attachment.filename.endswith(".xlsx")
    return xlsx_rows(reply.attachment.data)[2]


def _png_size(reply: Reply) -> tuple[int, int]:
    assert reply.attachment is not None and reply.attachment.kind == "photo"
    image = Image.open(io.BytesIO(reply.attachment.data))
    image.load()
    return image.size


async def test_export_in_chat_command_and_phrase(ctx: Ctx, clock: Clock) -> None:
    """A coordinator gets Văn Lãng's status as .xlsx, by command or in words, and the plan as
    .csv; the caption names the unit, period, rows and source."""
    boss = await registered(ctx, "u-c", "province_coordinator", PROVINCE)
    for text in ("/xuat tình hình huyện Văn Lãng", "xuất excel tình hình huyện Văn Lãng"):
        reply = await boss.one(text)
        assert reply.intent == "export", reply.text
        rows = _sheet_rows(reply)
        assert len(rows) == 16 and {r["Huyện"] for r in rows} == {"Huyện Văn Lãng"}
        assert "Huyện Văn Lãng" in reply.text and "16 dòng" in reply.text
    plan = await boss.one("/xuat kế hoạch csv")
    assert plan.attachment is not None and plan.attachment.filename.endswith(".csv")
    text = plan.attachment.data.decode("utf-8-sig")
    assert "182,Huyện Văn Lãng" in text and ",214,16,13.38,13.38" in text


async def test_exports_in_chat_follow_the_rules_and_say_when_empty(ctx: Ctx, clock: Clock) -> None:
    """A xã official: own xã yes, a neighbour no (no file, nothing changed); strangers are
    asked to register; an export with no data says so."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    before = await snapshot(ctx)
    refused = await official.one("/xuat tình hình xã Vân An")
    assert refused.intent == "export_refused" and refused.attachment is None
    assert "Nhân Lý" in refused.text
    assert await snapshot(ctx) == before
    own = await official.one("/xuat")
    assert [r["Mã"] for r in _sheet_rows(own)] == [NHAN_LY]
    department = await registered(ctx, "u-s", "department", PROVINCE)
    told = await department.one("/xuat tình hình xã Nhân Lý")
    assert told.intent == "export_refused" and "kế hoạch" in told.text
    assert (await department.one("/xuat kế hoạch")).attachment is not None
    stranger = await Person(ctx, "u-x").one("/xuat tình hình huyện Chi Lăng")
    assert stranger.attachment is None and stranger.intent == "forbidden"
    empty = await official.one("/xuat báo cáo hiện trường tháng 10")
    assert empty.intent == "export_empty" and empty.attachment is None
    assert "tháng 10/2023" in empty.text


async def test_reports_by_state_in_words_and_a_large_export_says_it_is_coming(
    ctx: Ctx, clock: Clock
) -> None:
    """'đã duyệt' filters the field reports; a year of completeness (over 1,000 rows) first
    queues 'Đang tạo tệp…' for the chat."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    officer = await registered(ctx, "u-d", "district_officer", CHI_LANG)
    ids = []
    for criterion in (2, 4):
        await official.one(f"/capnhat tc {criterion} đã đạt")
        await official.one(button="flow:next")
        ids.append(int((await official.one(button="up:ok")).data["report"]))
    await officer.say(button=f"rv:ok:{ids[1]}")
    approved = await officer.one("xuất excel báo cáo hiện trường đã duyệt tháng 11")
    assert [r["Số BC"] for r in _sheet_rows(approved)] == [ids[1]]
    await send_monthly(official)
    boss = await registered(ctx, "u-c", "province_coordinator", PROVINCE)
    year = await boss.one("/xuat tiến độ báo cáo năm 2023")
    assert year.intent == "export" and year.data["rows"] == 181 * 12
    queued = await ctx.db.fetch_all(
        "SELECT chat_id, body FROM outbox WHERE kind = 'notice' ORDER BY id"
    )
    said = [(str(c), reply_from_json(str(b)).text) for c, b in queued]
    assert ("chat-u-c", "Đang tạo tệp…") in said
    november = await boss.one("gửi file báo cáo tháng 11")
    rows = _sheet_rows(november)
    assert len(rows) == 181 and november.data["kind"] == "completeness"
    assert [r["Mã"] for r in rows if r["Đã báo cáo"] == "có"] == [NHAN_LY]


async def test_charts_in_chat_by_phrase_and_command(ctx: Ctx, clock: Clock) -> None:
    """Anyone may ask for a chart; 'vẽ biểu đồ' is not a unit called 'Biểu Đồ'."""
    anyone = Person(ctx, "u-any")
    averages = await anyone.one("vẽ biểu đồ bình quân tiêu chí các huyện")
    assert averages.intent == "chart" and _png_size(averages) == (900, 600)
    assert "toàn tỉnh 13,38" in averages.text and "Biểu Đồ" not in averages.text
    seventeen = await anyone.one("biểu đồ tiêu chí 17")
    assert _png_size(seventeen) == (900, 600)
    assert seventeen.text.startswith(
        "Tiêu chí 17 (Môi trường và an toàn thực phẩm): hết năm 2022 80 xã,"
        " kế hoạch năm 2023 90/181 xã."
    )
    empty = await anyone.one("biểu đồ tiến độ báo cáo tháng này")
    assert empty.attachment is None and empty.data["empty"] is True
    district = await anyone.one("/bieudo tieu chi huyen chi lang")
    assert "Huyện Chi Lăng" in district.text and district.attachment is not None


async def test_a_chart_of_the_question_before_or_for_a_report(ctx: Ctx, clock: Clock) -> None:
    """'vẽ biểu đồ đi' after a question on tiêu chí 5 charts tiêu chí 5 (Phụ lục 6: 81/181 in
    the 2023 plan); 'bình quân … để đưa vào báo cáo' is the averages chart, not reporting's."""
    anyone = Person(ctx, "u-any")
    await anyone.one("tiêu chí 5 toàn tỉnh bao nhiêu xã đạt")
    five = await anyone.one("vẽ biểu đồ đi")
    assert five.intent == "chart" and five.text.startswith("Tiêu chí 5"), five.text
    averages = await anyone.one("biểu đồ bình quân tiêu chí các huyện để gửi báo cáo tỉnh")
    assert "toàn tỉnh 13,38" in averages.text, averages.text


async def test_unit_names_that_share_the_request_words(ctx: Ctx, clock: Clock) -> None:
    """'Bằng Mạc' and 'Xuất Lễ' hold request words ('bảng', 'xuất'); 'Quyết Thắng tháng 10'
    keeps its name beside a period; 'duyệt' is no xã (the province is meant)."""
    boss = await registered(ctx, "u-c", "province_coordinator", PROVINCE)
    codes = {
        "xuất excel tình hình xã Bằng Mạc": "06493",
        "xuất file kế hoạch xã Xuất Lễ": "06202",
        "xuat bang tien do bao cao xa quyet thang thang 10 2023": "06394",
        "xuất excel báo cáo hiện trường đã duyệt tháng 11": PROVINCE,
    }
    for text, code in codes.items():
        reply = await boss.one(text)
        assert reply.intent.startswith("export"), (text, reply.text)
        assert reply.data["unit"] == code, (text, reply.text)


def test_what_counts_as_a_request_for_a_file_or_a_chart() -> None:
    """Requests in words are recognised; an official saying they sent a file is not one."""
    from handlers.desk import wants

    assert wants("gửi file báo cáo tháng 10") == "export"
    assert wants("Vui lòng gửi file tình hình huyện Văn Lãng") == "export"
    assert wants("xuat excel tinh hinh huyen van lang") == "export"
    assert wants("vẽ biểu đồ bình quân tiêu chí các huyện") == "chart"
    assert wants("tôi đã gửi file minh chứng rồi") is None
    assert wants("xã Nhân Lý còn thiếu tiêu chí nào") is None
    assert wants("/xuat") is None  # commands go their own way
    assert wants("xuất giúp em bảng số liệu huyện Lộc Bình") == "export"
    assert wants("send me an Excel export of the averages") == "export"
    assert wants("draw a chart of the averages") == "chart"
    assert wants("xuất phát từ thực tế, xã còn thiếu gì") is None  # 'xuất' of another word
    assert wants("Đồ thị tc 5 các huyện") == "chart"
    assert wants("ve do thi binh quan") == "chart"
    assert wants("thế mấy xã cũ đó thì sao") is None  # 'đó thì' folds as 'đồ thị' does
    assert wants("cho xin file tình hình huyện Lộc Bình") == "export"
