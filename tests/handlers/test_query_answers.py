"""Answers of the typed query, checked against the figures the plan prints (KH 18, store/data).

Each expected figure below is quoted from the plan: appendix 6's averages row (19.00 13.24 13.38
10.72 15.29 12.25 11.80 11.89 17.40 14.61 14.13 | 13.38), its criterion rows, appendix 4 and 5's
"Bình quân tiêu chí/xã" rows, section I.1 (95/181, 10 more), section I.2 and section III.
"""

from __future__ import annotations

import pytest

from bot.context import Ctx
from tests.conftest import ask


async def test_district_beside_a_criterion_is_the_district(ctx: Ctx) -> None:
    """'tc 9 Bắc Sơn': appendix 6 row 9, Bắc Sơn column 13 of 17 xã; not thị trấn Bắc Sơn."""
    reply = await ask(ctx, "tc 9 Bắc Sơn")
    assert reply.data["unit"]["code"] == "185" and "13/17" in reply.text


async def test_district_alone_gets_an_overview(ctx: Ctx) -> None:
    """'tình hình Chi Lăng': average 14,61 (appendix 6), 12,25 nâng cao (appendix 7)."""
    reply = await ask(ctx, "tình hình Chi Lăng")
    assert reply.intent == "district_overview"
    assert "14,61" in reply.text and "12,25" in reply.text
    # NTM xã: 8 at the end of 2022 (appendix 7: 98 ÷ 12.25), 9 with Nhân Lý (appendix 1)
    assert "8 xã hết năm 2022" in reply.text and "9/18" in reply.text


async def test_huyen_command_with_an_argument_gives_the_overview(ctx: Ctx) -> None:
    """`/huyen Lộc Bình` is no longer ignored: 11,89 criteria per xã (appendix 6)."""
    reply = await ask(ctx, "/huyen Lộc Bình")
    assert reply.intent == "district_overview" and "11,89" in reply.text


async def test_comparison_of_two_districts(ctx: Ctx) -> None:
    """Bình Gia 10,72 and Bắc Sơn 15,29 (appendix 6): Bắc Sơn ahead by 4,57."""
    reply = await ask(ctx, "Bình Gia và Bắc Sơn huyện nào hơn")
    assert "10,72" in reply.text and "15,29" in reply.text and "4,57" in reply.text


async def test_ranking_leaves_out_the_city(ctx: Ctx) -> None:
    """'trừ thành phố' drops Thành phố Lạng Sơn (19,00); the lowest is Bình Gia, 10,72."""
    reply = await ask(ctx, "trừ thành phố, huyện nào thấp nhất")
    codes = [r["code"] for r in reply.data["ranking"]]
    assert "178" not in codes and codes[0] == "181" and len(codes) == 10


async def test_ranking_with_a_limit_on_a_criterion(ctx: Ctx) -> None:
    """Appendix 6 row 13: Thành phố 3, Bình Gia 3, Cao Lộc 4 are the three lowest."""
    reply = await ask(ctx, "3 huyện có ít xã đạt tiêu chí 13 nhất")
    assert [r["count"] for r in reply.data["ranking"]] == [3, 3, 4]


async def test_position_in_the_ranking(ctx: Ctx) -> None:
    """Văn Quan's 12,25 is the 8th of appendix 6's 11 averages, highest first."""
    reply = await ask(ctx, "Văn Quan xếp thứ mấy")
    assert reply.data["position_of"] == "184" and "8/11" in reply.text


async def test_count_of_ntm_communes(ctx: Ctx) -> None:
    """Section I.1: 10 more xã, 95/181 in 2023; so 85 at the end of 2022."""
    reply = await ask(ctx, "toàn tỉnh mấy xã đạt chuẩn rồi")
    assert (reply.data["end_2022"], reply.data["plan_2023"]) == (85, 95)
    assert "95/181" in reply.text


async def test_count_of_advanced_communes(ctx: Ctx) -> None:
    """Section I.1: 5 more nâng cao xã, 22 in all; so 17 at the end of 2022."""
    reply = await ask(ctx, "mấy xã đạt nâng cao")
    assert (reply.data["end_2022"], reply.data["plan_2023"]) == (17, 22)


async def test_count_of_communes_in_a_district(ctx: Ctx) -> None:
    """Lộc Bình has 19 xã in the 2023 unit list."""
    reply = await ask(ctx, "Lộc Bình có bao nhiêu xã")
    assert reply.data["xa"] == 19


async def test_group_averages_match_the_printed_rows(ctx: Ctx) -> None:
    """Appendix 4 prints 13.05 and 16.65; appendix 5 prints 8.8 and 12.6."""
    border = await ask(ctx, "bình quân tiêu chí của 20 xã biên giới")
    assert "13,05" in border.text and "16,65" in border.text
    dbkk = await ask(ctx, "bq tc xa dbkk")
    assert "8,80" in dbkk.text and "12,60" in dbkk.text


async def test_a_criterion_target_gives_the_section_i2_figures(ctx: Ctx) -> None:
    """Section I.2, criterion 2: over 350 km, 58%, 96,1%, 75%, 92/181 xã."""
    reply = await ask(ctx, "phấn đấu cứng hóa bao nhiêu km đường")
    for printed in ("350km", "58%", "96,1%", "75%", "92/181"):
        assert printed in reply.text


async def test_rural_income_target(ctx: Ctx) -> None:
    """Section I.2, criterion 10: 28,6 triệu đồng/người."""
    reply = await ask(ctx, "thu nhập bình quân khu vực nông thôn")
    assert "28,6 triệu đồng/người" in reply.text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mục tiêu năm 2024", "year"),
        ("bình quân tiêu chí huyện Bắc Sơn năm 2025", "year"),
        ("dân số xã Nhân Lý", "population"),
        ("thu nhập của xã Nhân Lý", "income_unit"),
        ("vốn cho huyện Cao Lộc bao nhiêu", "funding_unit"),
    ],
)
async def test_what_the_plan_does_not_say(ctx: Ctx, text: str, topic: str) -> None:
    """A year, population, a xã's income or district funding: 'KH 18 không có', no figure."""
    reply = await ask(ctx, text)
    assert reply.data["no_data"] == topic and reply.text.startswith("KH 18 không có")
    assert "13,38" not in reply.text and "14,13" not in reply.text  # no neighbouring figure


async def test_income_question_never_gets_the_district_average(ctx: Ctx) -> None:
    """'thu nhập của xã' used to answer with the district's average; now it says no figure."""
    reply = await ask(ctx, "thu nhập xã Nhân Lý bao nhiêu")
    assert "28,6" in reply.text and "14,61" not in reply.text


async def test_accents_tell_tien_do_from_tien(ctx: Ctx) -> None:
    """'tiến độ' asks how a xã is doing; 'tiền' asks about money (no per-xã funding)."""
    progress = await ask(ctx, "tiến độ xã Nhân Lý", chat="a")
    money = await ask(ctx, "tiền xã Nhân Lý", chat="b")
    assert progress.intent == "xa_overview" and money.intent == "no_data"


async def test_thi_tran_named_with_its_marker_is_not_in_the_plan(ctx: Ctx) -> None:
    """'thị trấn Bắc Sơn' is a town: the NTM plan covers xã only."""
    reply = await ask(ctx, "thị trấn Bắc Sơn")
    assert "thị trấn" in reply.text and "chỉ tính các xã" in reply.text


async def test_clarification_answered_in_words(ctx: Ctx) -> None:
    """After 'Hồng Phong …' asks which, 'ở Bình Gia' picks Bình Gia's (appendix 1: 7 met)."""
    asked = await ask(ctx, "Hồng Phong còn thiếu gì")
    assert len(asked.choices) == 2
    picked = await ask(ctx, "ở Bình Gia")
    assert picked.data["unit"]["code"] == "06079" and "12/19" in picked.text


async def test_clarification_by_the_district_alone(ctx: Ctx) -> None:
    """'thụy hùng' then 'văn lãng' picks Thụy Hùng of Văn Lãng."""
    await ask(ctx, "thụy hùng")
    picked = await ask(ctx, "văn lãng")
    assert picked.data["unit"]["code"] == "06136"


async def test_follow_ups_point_back(ctx: Ctx) -> None:
    """'xã đó' keeps the xã, 'tiêu chí ấy' keeps the criterion, 'còn nâng cao?' the rest."""
    await ask(ctx, "Nhân Lý còn thiếu gì")
    met = await ask(ctx, "thế còn xã đó đạt mấy")
    assert met.data["unit"]["code"] == "06496" and met.data["count"] == 10
    await ask(ctx, "tiêu chí 5 có mấy xã đạt")
    there = await ask(ctx, "tiêu chí ấy ở Cao Lộc")
    assert there.data["unit"]["code"] == "183" and "4/20" in there.text
    advanced = await ask(ctx, "còn nâng cao?")
    assert advanced.data["set"] == "nang_cao" and "1/20" in advanced.text


async def test_long_message_with_greeting_and_context(ctx: Ctx) -> None:
    """The question is found inside greetings and thanks."""
    reply = await ask(
        ctx,
        "Chào anh, em là cán bộ xã Nhân Lý, cho em hỏi xã em còn thiếu tiêu chí nào ạ, cảm ơn",
    )
    assert reply.data["lacking"] == [2, 4, 5, 6, 7, 10, 13, 15, 17]


async def test_english_questions(ctx: Ctx) -> None:
    """English: a count (81/181, appendix 6) and a ranking (Bình Gia 10.72 lowest)."""
    count = await ask(ctx, "how many communes meet criterion 5", language="en")
    assert "81/181" in count.text
    low = await ask(ctx, "which district is lowest", language="en")
    assert low.data["ranking"][0]["code"] == "181" and "10.72" in low.text


async def test_how_to_report_points_to_the_commands(ctx: Ctx) -> None:
    """An unregistered asker is told to register first, then /capnhat and /baocao."""
    reply = await ask(ctx, "làm sao để báo cáo")
    assert "/dangky" in reply.text and "/capnhat" in reply.text and "/baocao" in reply.text


async def test_repaired_name_says_what_was_understood(ctx: Ctx) -> None:
    """A name matched loosely opens the answer with 'Hiểu là: …'."""
    reply = await ask(ctx, "nhan lyy con thieu tc gi")
    assert reply.text.startswith("Hiểu là: Xã Nhân Lý") and reply.data["unit"]["code"] == "06496"


async def test_a_compared_name_that_fits_two_is_asked_not_guessed(ctx: Ctx) -> None:
    """'Mẫu Sơn' is two xã: the comparison asks for the district instead of picking one."""
    reply = await ask(ctx, "so sánh Mẫu Sơn với Nhân Lý")
    assert reply.intent == "compare" and sorted(reply.data["candidates"]) == ["06238", "06532"]
    qualified = await ask(ctx, "so sánh Hồng Phong Bình Gia và Tân Thành Cao Lộc")
    values = {row["code"]: row["value"] for row in qualified.data["compare"]}
    assert values == {"06079": 7, "06250": None}  # appendix 1: 7 met; Tân Thành not listed


async def test_two_xa_without_figures_are_never_shown_as_zero(ctx: Ctx) -> None:
    """Bằng Mạc and Bằng Hữu are in no appendix: no figure, no difference."""
    reply = await ask(ctx, "bang mac va bang huu")
    assert [row["value"] for row in reply.data["compare"]] == [None, None]
    assert ": 0" not in reply.text


async def test_a_follow_up_naming_a_covered_year_gets_the_figure(ctx: Ctx) -> None:
    """'… năm 2025' has no figure; 'thế còn năm nay' then gets Bắc Sơn's 15,29 (appendix 6)."""
    first = await ask(ctx, "bình quân tiêu chí Bắc Sơn năm 2025")
    assert first.data["no_data"] == "year"
    then = await ask(ctx, "thế còn năm nay")
    assert then.data["unit"]["code"] == "185" and "15,29" in then.text


async def test_about_the_plan_names_it_and_its_signer(ctx: Ctx) -> None:
    """KH 18's number, date and signer as printed (lines 246 and 232-238 of the seed)."""
    reply = await ask(ctx, "ai ký kế hoạch 18, ban hành ngày nào")
    assert "18/KH-UBND" in reply.text and "18/01/2023" in reply.text
    assert "Lương Trọng Quỳnh" in reply.text


async def test_a_name_given_after_an_unknown_one_answers_the_question(ctx: Ctx) -> None:
    """'huyện ABC' is not found (never the province's figure); 'Tràng Định' then answers."""
    unknown = await ask(ctx, "bình quân tiêu chí huyện ABC")
    assert unknown.data["unknown"] == "abc" and "13,38" not in unknown.text
    then = await ask(ctx, "Tràng Định")
    assert then.data["unit"]["code"] == "180" and "13,24" in then.text


async def test_refinements_and_comparisons_point_back(ctx: Ctx) -> None:
    """'ở Lộc Bình' narrows the border list (4 xã); 'so với Bắc Sơn' compares 10,72 with 15,29."""
    await ask(ctx, "các xã biên giới")
    narrowed = await ask(ctx, "ở Lộc Bình")
    assert len(narrowed.data["members"]) == 4
    await ask(ctx, "bình quân tiêu chí Bình Gia")
    compared = await ask(ctx, "so với Bắc Sơn")
    assert "10,72" in compared.text and "15,29" in compared.text


async def test_a_count_of_xa_after_a_xa_question_counts_the_province(ctx: Ctx) -> None:
    """'còn mấy xã chưa đạt chuẩn' after Nhân Lý: 96 of 181 (181 - 85), never 'Nhân Lý: 0/0'."""
    await ask(ctx, "Nhân Lý còn thiếu gì")
    reply = await ask(ctx, "còn mấy xã chưa đạt chuẩn")
    assert reply.data["unit"] == "20" and "96/181" in reply.text and "0/0" not in reply.text


async def test_follow_ups_after_a_command_and_an_unsaid_criterion(ctx: Ctx) -> None:
    """After /tieuchi 5, 'có bao nhiêu xã đạt' is criterion 5 (81/181, appendix 6); alone it
    asks which criterion instead of counting every xã."""
    alone = await ask(ctx, "có bao nhiêu xã đạt", chat="a")
    assert "tiêu chí nào" in alone.text and "181 xã" not in alone.text
    await ask(ctx, "/tieuchi 5", chat="b")
    count = await ask(ctx, "có bao nhiêu xã đạt", chat="b")
    assert "81/181" in count.text
    await ask(ctx, "/xa Nhân Lý", chat="c")
    other = await ask(ctx, "còn Tĩnh Bắc thì sao", chat="c")
    assert other.data["unit"]["code"] == "06574"


async def test_the_question_at_the_end_of_a_long_message_is_found(ctx: Ctx) -> None:
    """About 700 characters of greeting, then the question: Nhân Lý lacks 9 (appendix 1)."""
    polite = "Kính gửi các anh chị trong ban chỉ đạo, em xin phép hỏi một chút ạ. " * 9
    reply = await ask(ctx, polite + "Xã Nhân Lý còn thiếu tiêu chí nào ạ?")
    assert len(polite) > 500 and reply.data["lacking"] == [2, 4, 5, 6, 7, 10, 13, 15, 17]


async def test_a_group_and_a_criterion_list_the_groups_xa(ctx: Ctx) -> None:
    """'xã biên giới nào chưa đạt tiêu chí 2' lists border xã from appendix 4's rows."""
    reply = await ask(ctx, "xã biên giới nào chưa đạt tiêu chí 2")
    assert reply.data["criterion"] == 2 and reply.data["met"] is False
    assert "06238" in reply.data["xa"]  # Mẫu Sơn (Cao Lộc) lists 3, 4, 7, 14, 16 as met
    average = await ask(ctx, "bình quân tiêu chí của 10 xã phấn đấu đạt chuẩn")
    assert average.data["group"] == "ntm_2023"
