"""Readings the fresh tables asked for, each a table of our own phrasings shown failing without
it: criteria aimed at, several criteria, short names not found, how to report, follow-ups that
change one thing, initials and abbreviations, counts of a set's xã, Telex/VNI in question words,
a criterion's number, neighbours, the district of the xã asked before. Expected figures are the
plan's as transcribed (store/data), the appendix named beside each row."""

from __future__ import annotations

import pytest

from bot.context import Ctx
from tests.conftest import ask


@pytest.mark.parametrize(
    "aim",
    ["phấn đấu những tiêu chí nào", "nam 2023 phan dau tc gi", "xã đó năm nay phấn đấu tc j"],
)
async def test_the_criteria_aimed_at_after_a_xa_are_that_xas(ctx: Ctx, aim: str) -> None:
    """'phấn đấu tc nào' after a xã: the criteria it aims at in 2023 (PL1 TT6 Lâm Ca: 2, 6, 8,
    9, 11, 13, 15, 17), not the province's targets; with no xã asked before, it asks which."""
    await ask(ctx, "Lâm Ca", chat="aim")
    reply = await ask(ctx, aim, chat="aim")
    assert reply.intent == "xa_lacking" and "2, 6, 8, 9, 11, 13, 15, 17" in reply.text
    alone = await ask(ctx, aim, chat="alone")
    assert alone.intent == "xa_lacking" and "2, 6, 8" not in alone.text


@pytest.mark.parametrize(
    ("text", "intent", "each"),
    [
        # Appendix 6, kế hoạch năm 2023: criterion 2 92/181, criterion 5 81/181, 17 90/181.
        ("tiêu chí 2, 5 có bao nhiêu xã đạt", "criterion_count", ("92/181", "81/181")),
        ("tc2 va tc5 toan tinh bao nhieu xa dat", "criterion_count", ("92/181", "81/181")),
        ("tiêu chí 5 hoặc 17 mấy xã đạt", "criterion_count", ("81/181", "90/181")),
        ("tiêu chí 17 với 18 là gì", "criterion_info", ("Môi trường", "Hệ thống chính trị")),
        # PL1 TT1 Nhân Lý lacks 2, 4, 5, 6, 7, 10, 13, 15, 17 and meets 1 and 3.
        ("Nhân Lý đạt tc 4 và 5 chưa", "xa_met", ("chưa đạt tiêu chí 4", "chưa đạt tiêu chí 5")),
        ("nhan ly tc 1 va tc 3 dat chua", "xa_met", ("tiêu chí 1", "tiêu chí 3")),
    ],
)
async def test_several_criteria_in_one_message_are_each_answered(
    ctx: Ctx, text: str, intent: str, each: tuple[str, ...]
) -> None:
    """Criteria joined by 'và', 'với', 'hoặc' or a comma are each answered, lines said once."""
    reply = await ask(ctx, text)
    assert reply.intent == intent and all(part in reply.text for part in each), reply.text
    lines = [line for line in reply.text.splitlines() if line.strip()]
    assert len(lines) == len(set(lines))


@pytest.mark.parametrize(
    "text", ["tiêu chí 5 năm 2023 bao nhiêu xã đạt", "top 5 xã đạt tiêu chí 17", "tc 5 có 10 xã"]
)
async def test_a_number_beside_a_criterion_is_not_always_another(ctx: Ctx, text: str) -> None:
    """A year, a limit or a count next to a criterion is not a second criterion."""
    reply = await ask(ctx, text)
    assert "\n\n" not in reply.text.split("Nay thuộc")[0], reply.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bình quân huyện Abc", "Abc"),
        ("huyen qqq bq bao nhieu", "Qqq"),
        ("xã Kpa thiếu gì", "Kpa"),
    ],
)
async def test_a_short_name_not_found_is_said_not_ranked(ctx: Ctx, text: str, name: str) -> None:
    """However short, a name after 'huyện' or 'xã' that is not found is said so, not ranked."""
    reply = await ask(ctx, text)
    assert f'"{name}"' in reply.text and "19,00" not in reply.text, reply.text


@pytest.mark.parametrize("text", ["bình quân huyện ta", "huyện đứng thứ 2", "huyện nào bq thấp"])
async def test_words_after_huyen_that_are_no_name(ctx: Ctx, text: str) -> None:
    """'huyện ta' (ours), 'huyện đứng thứ 2', 'huyện nào' are not names not found."""
    reply = await ask(ctx, text)
    assert "Không tìm thấy" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # Section I.2: criterion 1 adds 98 xã (65 -> 163), 12 adds 20; 3 adds 2, 7 adds 3.
        ("tiêu chí tăng nhiều nhất", "1. 1. Quy hoạch: +98 xã"),
        ("năm 2023 tc nào tăng thêm nhiều xã nhất", "1. 1. Quy hoạch: +98 xã"),
        ("top 2 tiêu chí tăng nhiều nhất", "2. 12. Lao động: +20 xã"),
        ("tiêu chí nào tăng ít nhất", "1. 3. Thủy lợi và phòng, chống thiên tai: +2 xã"),
    ],
)
async def test_criteria_ranked_by_the_xa_added_in_2023(ctx: Ctx, text: str, first: str) -> None:
    """Criteria ranked by the xã section I.2 adds; those it states no addition for are named."""
    reply = await ask(ctx, text)
    assert reply.intent == "ranking" and first in reply.text, reply.text
    assert "8, 14, 19" in reply.text and "mục I.2" in reply.text


async def test_criteria_by_increase_in_a_district_say_the_plan_has_none(ctx: Ctx) -> None:
    """KH 18 states additions per criterion for the province only: a district gets that said."""
    reply = await ask(ctx, "huyện Cao Lộc tiêu chí nào tăng nhiều nhất")
    assert "chỉ nêu" in reply.text and "+" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # Appendix 7 (nâng cao, kế hoạch 2023): 4 Điện 82/181 most, 5 Giáo dục 20/181 fewest.
        ("tiêu chí nâng cao nào nhiều xã đạt nhất", "1. 4. Điện: 82/181"),
        ("tc nc nao it xa dat nhat", "1. 5. Giáo dục: 20/181"),
    ],
)
async def test_which_criterion_of_a_named_set(ctx: Ctx, text: str, first: str) -> None:
    """'tiêu chí nâng cao nào …': the set's name between the criterion word and 'nào'."""
    reply = await ask(ctx, text)
    assert reply.intent == "ranking" and first in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "làm sao để cập nhật tiêu chí cho xã",
        "cho e hỏi muốn nộp bc thì làm thế nào ạ",
        "xã em đạt tc 5 rồi thì báo lên bằng cách nào",
        "gui bao cao thang nhu the nao",
        "how can I send an update",
        "đăng ký dùng bot phải làm gì",
    ],
)
async def test_how_to_report_in_any_words(ctx: Ctx, text: str) -> None:
    """A how-word beside a reporting word, whatever joins them, asks how to report."""
    reply = await ask(ctx, text)
    assert reply.intent == "report_how" and "/capnhat" in reply.text, reply.text


@pytest.mark.parametrize("text", ["xã Nhân Lý thế nào", "tiêu chí 5 ra sao"])
async def test_a_how_word_alone_is_no_report_question(ctx: Ctx, text: str) -> None:
    """'thế nào' about a xã or a criterion is not how to report."""
    reply = await ask(ctx, text)
    assert reply.intent != "report_how", reply.text


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # PL1 TT1 Nhân Lý 10/19; PL1 TT2 Tĩnh Bắc 9/19; PL4 TT6 Đội Cấn 17/19.
        ("xã Nhân Lý đạt chuẩn chưa", "Chưa đạt chuẩn: Xã Nhân Lý (Huyện Chi Lăng) mới đạt 10/19"),
        ("Tĩnh Bắc đã đạt chuẩn nông thôn mới chưa", "Chưa đạt chuẩn: Xã Tĩnh Bắc"),
        ("xa doi can da dat chuan ntm chua", "mới đạt 17/19"),
    ],
)
async def test_has_a_xa_met_the_standard_is_answered_yes_or_no(
    ctx: Ctx, text: str, verdict: str
) -> None:
    """'đạt chuẩn chưa' leads with the answer, then what the xã lacks and aims at."""
    reply = await ask(ctx, text)
    assert reply.text.startswith("Chưa đạt chuẩn") and verdict in reply.text, reply.text
    assert "còn thiếu" in reply.text and "Kế hoạch năm 2023" in reply.text


async def test_a_xa_with_every_criterion_says_so(ctx: Ctx) -> None:
    """PL4 TT20 Trùng Khánh met all 19 at the end of 2022: no 'chưa'."""
    reply = await ask(ctx, "Trùng Khánh đạt chuẩn chưa")
    assert "19/19" in reply.text and "Chưa" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("then", "has"),
    [
        # Appendix 6: Hữu Lũng 14,13 (kế hoạch 2023); PL1 TT3 Đồng Tiến is a xã of Hữu Lũng.
        ("huyện đó bình quân mấy tiêu chí", "14,13"),
        ("huyen minh bq bao nhieu", "14,13"),
        ("thế còn huyện nhà thì sao", "Hữu Lũng"),
        ("my district's average?", "14,13"),
    ],
)
async def test_the_district_of_the_xa_asked_before(ctx: Ctx, then: str, has: str) -> None:
    """'huyện đó', 'huyện mình', 'huyện nhà' after a xã: that xã's district, not all ranked."""
    await ask(ctx, "xã Đồng Tiến huyện Hữu Lũng còn thiếu gì", chat="up")
    reply = await ask(ctx, then, chat="up")
    assert has in reply.text and "19,00" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("first", "then", "has", "lacks"),
    [
        # Appendix 6 criterion 5 (kế hoạch 2023): Cao Lộc 4/20, Văn Quan 4/24 → the count again.
        ("tiêu chí 5 có bao nhiêu xã đạt", "cao loc?", "4/20", "81/181"),
        ("tc 5 toàn tỉnh mấy xã đạt", "Văn Quan thì", "Văn Quan", "81/181"),
        # Section I.2 criterion 2: 92/181 planned for 2023, 10 added, so 82 at the end of 2022.
        ("tiêu chí 2 toàn tỉnh bao nhiêu xã đạt", "cuoi nam 2022?", "Hết năm 2022: 82", "Bạn"),
        # PL1 TT6 Lâm Ca lacks 8, then PL1 TT1 Nhân Lý lacks 9: the same question.
        ("Lâm Ca thiếu tc gì", "Nhân Lý?", "9/19", "8/19"),
        # Appendix 6 ranking by average, from the lowest: Bình Gia 10,72 first.
        ("huyện nào bình quân cao nhất", "bottom 1", "10,72", "19,00"),
    ],
)
async def test_a_short_follow_up_changes_one_thing(
    ctx: Ctx, first: str, then: str, has: str, lacks: str
) -> None:
    """A unit, a period or an order alone after a question asks that question again with it."""
    await ask(ctx, first, chat="e")
    reply = await ask(ctx, then, chat="e")
    assert has in reply.text and lacks not in reply.text, reply.text


async def test_a_short_name_of_another_kind_starts_over(ctx: Ctx) -> None:
    """A xã's name alone after a district's average is that xã's overview, not an average."""
    await ask(ctx, "bình quân huyện Đình Lập", chat="k")
    reply = await ask(ctx, "Lâm Ca", chat="k")
    assert reply.intent == "xa_overview" and "11/19" in reply.text, reply.text
    alone = await ask(ctx, "Chi Lăng?", chat="new")
    assert alone.intent == "district_overview", alone.text


@pytest.mark.parametrize(
    ("text", "has"),
    [
        # Appendix 6 (kế hoạch 2023): Văn Quan 12,25, Hữu Lũng 14,13, Đình Lập 17,40.
        ("bình quân tc VQ", "12,25"),
        ("h.HL bq bao nhiêu", "14,13"),
        ("so sánh bq ĐL và HL", "17,40"),
    ],
)
async def test_districts_by_their_initials(ctx: Ctx, text: str, has: str) -> None:
    """Initials without a vowel name a district, said back ('Hiểu là: …')."""
    reply = await ask(ctx, text)
    assert has in reply.text and "Hiểu là" in reply.text, reply.text


async def test_initials_of_two_districts_are_asked_back(ctx: Ctx) -> None:
    """'CL' is Cao Lộc or Chi Lăng: the bot asks which, then answers the one picked."""
    await ask(ctx, "bq huyện CL", chat="cl")
    picked = await ask(ctx, "Chi Lăng", chat="cl")
    assert "14,61" in picked.text, picked.text


@pytest.mark.parametrize(
    ("text", "has"),
    [
        # Appendix 7 total ÷ average: Bắc Sơn 10 NTM xã at the end of 2022, 11/17 planned 2023.
        ("Bắc Sơn có mấy xã ntm", "10 xã đạt chuẩn NTM"),
        ("so xa nong thon moi huyen bac son", "11/17"),
        # Section I.1: 17 advanced xã at the end of 2022, 22 with the 2023 plan.
        ("tỉnh có bao nhiêu xã nâng cao", "17 xã"),
    ],
)
async def test_a_count_of_xa_of_a_set_counts_those_meeting_it(
    ctx: Ctx, text: str, has: str
) -> None:
    """'mấy xã ntm' counts the xã meeting NTM, not every xã of the unit."""
    reply = await ask(ctx, text)
    assert reply.intent == "count" and has in reply.text, reply.text


async def test_top_n_with_a_lowest_word_ranks_from_the_lowest(ctx: Ctx) -> None:
    """'top 2 … ít … nhất': the two lowest (PL5 Hoa Thám and Trấn Ninh, 5/19 at end 2022)."""
    reply = await ask(ctx, "top 2 xã đặc biệt khó khăn ít tiêu chí nhất")
    assert "Hoa Thám" in reply.text and "Trấn Ninh" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "has"),
    [
        # PL1 TT2 Tĩnh Bắc lacks 10/19; PL1 TT10 Hồng Phong (Bình Gia) lacks 12/19.
        ("Tixnh Bawsc cofn thieeus nhuwngx tieeu chis naof", "10/19"),
        ("Ho72ng Phong Bi2nh Gia co2n thie61u gi2", "12/19"),
    ],
)
async def test_telex_and_vni_left_in_question_words(ctx: Ctx, text: str, has: str) -> None:
    """Typing-method leftovers are undone in the question's words, not only in names."""
    reply = await ask(ctx, text)
    assert reply.intent == "xa_lacking" and has in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "number"),
    [("điện là tc thứ mấy vậy", "Tiêu chí 4 "), ("y te thuoc tc nao", "Tiêu chí 15 ")],
)
async def test_which_number_a_named_criterion_has(ctx: Ctx, text: str, number: str) -> None:
    """A criterion named in words, asked which number it is (QĐ 318: 4 Điện, 15 Y tế)."""
    reply = await ask(ctx, text)
    assert reply.intent == "criterion_info" and reply.text.startswith(number), reply.text


async def test_clean_water_is_the_environment_criterion(ctx: Ctx) -> None:
    """KH 18 mục 9.5 puts rural clean water under criterion 17 (Appendix 6: 90/181 in 2023)."""
    reply = await ask(ctx, "bao nhiêu xã đạt tiêu chí nước sạch")
    assert "Tiêu chí 17" in reply.text and "90/181" in reply.text, reply.text


@pytest.mark.parametrize("then", ["còn xã kế bên thì sao", "cac xa lan can con thieu gi"])
async def test_neighbours_are_not_in_the_plan(ctx: Ctx, then: str) -> None:
    """Which xã border each other is not in KH 18: said so, never the last xã's figures."""
    await ask(ctx, "Tĩnh Bắc còn thiếu gì", chat="n")
    reply = await ask(ctx, then, chat="n")
    assert reply.intent == "no_data" and "10/19" not in reply.text, reply.text


async def test_a_criterion_named_in_a_follow_up_replaces_the_last(ctx: Ctx) -> None:
    """'còn y tế' after criterion 4 of Nhân Lý: criterion 15 (PL1 TT1: not met)."""
    await ask(ctx, "Nhân Lý đạt tc 4 chưa", chat="f")
    reply = await ask(ctx, "còn y tế", chat="f")
    assert "tiêu chí 15" in reply.text and "tiêu chí 4 (" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "has"),
    [
        # Section I.2: criterion 12 adds 20 to 124/181, so 104 at the end of 2022.
        ("tc12 cuối năm 2022", "Hết năm 2022: 104 xã"),
        ("tieu chi 12 het 2022", "Hết năm 2022: 104 xã"),
    ],
)
async def test_a_criterion_with_a_period_asks_its_count(ctx: Ctx, text: str, has: str) -> None:
    """A criterion and a period with no other word: the xã meeting it then, not its definition."""
    reply = await ask(ctx, text)
    assert reply.intent == "criterion_count" and has in reply.text, reply.text


@pytest.mark.parametrize("text", ["xã nào gần đạt chuẩn nhất", "top 2 xã sắp đạt chuẩn nhất"])
async def test_closest_to_the_standard_leaves_out_those_that_met_it(ctx: Ctx, text: str) -> None:
    """'gần đạt chuẩn nhất': not yet 19/19 (PL4 TT6 Đội Cấn 17/19 leads; Trùng Khánh 19/19 out)."""
    reply = await ask(ctx, text)
    assert "Đội Cấn" in reply.text and "Trùng Khánh" not in reply.text, reply.text
