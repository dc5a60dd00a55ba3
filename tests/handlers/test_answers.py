"""Answers: figures computed from the stored plan match the plan's printed ones."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.context import Ctx
from tests.conftest import ask
from vocab.places import bare_name


async def _printed(ctx: Ctx, set_code: str, what: str) -> dict[str, str]:
    async with ctx.db.execute(
        "SELECT unit_code, text FROM plan_printed WHERE set_code = ? AND what = ?",
        (set_code, what),
    ) as cur:
        return {str(code): str(text) for code, text in await cur.fetchall()}


@pytest.mark.parametrize(("set_code", "words"), [("ntm", ""), ("nang_cao", " nâng cao")])
async def test_every_district_average_matches_the_printed_row(
    ctx: Ctx, set_code: str, words: str
) -> None:
    """Each district's computed average equals appendix 6/7's printed average, 2 decimals."""
    printed = await _printed(ctx, set_code, "average")
    assert len(printed) == 12  # 11 district-level units and the province
    for code, text in printed.items():
        place = ctx.gazetteer.places[code]
        name = "toàn tỉnh" if code == "20" else place.name
        reply = await ask(ctx, f"bình quân tiêu chí{words} {name}")
        assert reply.data["unit"]["code"] == code, (name, reply.text)
        assert reply.data["set"] == set_code
        assert f"{reply.data['average']:.2f}" == text, name
        assert text.replace(".", ",") in reply.text


async def test_province_averages_are_13_38_and_8_99(ctx: Ctx) -> None:
    """The province's averages: 2,422/181 = 13,38 and 764/85 = 8,99."""
    ntm = await ask(ctx, "bq tc toàn tỉnh")
    assert (ntm.data["total"], ntm.data["divisor"]) == (2422, 181)
    assert "13,38" in ntm.text and "2.422" in ntm.text
    nc = await ask(ctx, "bq tc nc toàn tỉnh")
    assert (nc.data["total"], nc.data["divisor"]) == (764, 85)
    assert "8,99" in nc.text


async def test_trang_dinh_average_says_where_it_comes_from(ctx: Ctx) -> None:
    """'binh quan tieu chi huyen trang dinh' gives 13,24 from 278 over 21 xã, plan 2023."""
    reply = await ask(ctx, "binh quan tieu chi huyen trang dinh")
    assert (reply.data["average"], reply.data["total"], reply.data["divisor"]) == (13.24, 278, 21)
    assert "13,24" in reply.text and "Phụ lục 6" in reply.text and "2023" in reply.text


async def test_nhan_ly_lacks_nine_criteria_by_number_and_name(ctx: Ctx) -> None:
    """Nhân Lý lacks 2, 4, 5, 6, 7, 10, 13, 15, 17 (appendix 1), each named."""
    reply = await ask(ctx, "Xã Nhân Lý còn thiếu tiêu chí nào?")
    assert reply.data["lacking"] == [2, 4, 5, 6, 7, 10, 13, 15, 17]
    for line in ("2. Giao thông", "4. Điện", "5. Trường học", "17. Môi trường"):
        assert line in reply.text
    assert "9/19" in reply.text and "Phụ lục 1" in reply.text


async def test_criterion_5_count_with_share_and_baseline(ctx: Ctx) -> None:
    """'tc 5 có bao nhiêu xã đạt' gives 81/181 (44,8%), 10 more than 2022."""
    reply = await ask(ctx, "tc 5 có bao nhiêu xã đạt")
    assert (reply.data["planned"], reply.data["of"], reply.data["added"]) == (81, 181, 10)
    assert "81/181" in reply.text and "44,8%" in reply.text and "71" in reply.text


async def test_column_totals_match_section_i2_targets(ctx: Ctx) -> None:
    """Appendix 6's per-criterion totals equal section I.2's x/181 for all 19 criteria."""
    async with ctx.db.execute(
        "SELECT p.criterion, p.total, sum(c.planned) FROM province_target p"
        " JOIN plan_district_count c ON c.set_code = p.set_code AND c.criterion = p.criterion"
        " GROUP BY p.criterion"
    ) as cur:
        rows = list(await cur.fetchall())
    assert len(rows) == 19
    assert all(total == summed for _, total, summed in rows)


async def test_district_count_uses_the_district_column(ctx: Ctx) -> None:
    """Hữu Lũng plans 23 of its 23 xã to meet criterion 4 (Điện)."""
    reply = await ask(ctx, "huyện Hữu Lũng có mấy xã đạt tiêu chí điện")
    assert (reply.data["planned"], reply.data["of"]) == (23, 23)
    assert "100,0%" in reply.text


async def test_same_name_asks_and_the_choice_answers(ctx: Ctx) -> None:
    """Mẫu Sơn is in Cao Lộc and Lộc Bình: the bot asks; picking Lộc Bình answers for it."""
    question = await ask(ctx, "Mẫu Sơn còn thiếu tiêu chí nào")
    assert [c.data for c in question.choices] == ["pick:06238", "pick:06532"]
    assert "Cao Lộc" in question.choices[0].label
    answer = await ask(ctx, button="pick:06532")
    assert answer.data["unit"]["code"] == "06532"
    assert answer.data["lacking"] == [1, 2, 5, 6, 9, 10, 11, 15, 17, 18]


async def test_follow_up_reuses_the_previous_kind_of_question(ctx: Ctx) -> None:
    """After an average for Tràng Định, 'còn huyện Bắc Sơn thì sao?' gives Bắc Sơn's 15,29."""
    await ask(ctx, "Bình quân tiêu chí huyện Tràng Định?")
    reply = await ask(ctx, "còn huyện Bắc Sơn thì sao?")
    assert reply.data["unit"]["code"] == "185" and "15,29" in reply.text


async def test_a_repeated_question_writes_nothing_and_follow_ups_still_work(ctx: Ctx) -> None:
    """Asking the same again leaves the saved state as it was; a follow-up then still works."""
    times = iter(datetime(2025, 3, 1, 8, m, tzinfo=UTC) for m in range(10))
    ctx.clock = lambda: next(times)

    async def saved() -> tuple[str, str]:
        rows = list(await ctx.db.execute_fetchall("SELECT state, updated_at FROM conversation"))
        assert len(rows) == 1
        return str(rows[0][0]), str(rows[0][1])

    await ask(ctx, "Bình quân tiêu chí huyện Tràng Định?")
    first = await saved()
    changes = ctx.db.total_changes
    again = await ask(ctx, "Bình quân tiêu chí huyện Tràng Định?")
    assert again.data["unit"]["code"] == "180"
    assert await saved() == first and ctx.db.total_changes == changes
    reply = await ask(ctx, "còn huyện Bắc Sơn thì sao?")
    assert reply.data["unit"]["code"] == "185"
    state, updated_at = await saved()
    assert '"185"' in state and updated_at > first[1]


async def test_follow_up_is_per_chat(ctx: Ctx) -> None:
    """Another chat's previous question is not reused."""
    await ask(ctx, "Bình quân tiêu chí huyện Tràng Định?", chat="a")
    reply = await ask(ctx, "còn huyện Bắc Sơn thì sao?", chat="b")
    assert reply.intent == "unknown"


async def test_unknown_name_suggests_the_nearest(ctx: Ctx) -> None:
    """A name that matches nothing gets the nearest units as choices."""
    reply = await ask(ctx, "xã nhan lxyz xyz còn thiếu gì")
    assert "pick:06496" in [c.data for c in reply.choices]


async def test_a_held_down_key_in_a_name_is_repaired(ctx: Ctx) -> None:
    """'nhan lyyy' is Nhân Lý: the repeated letter is a slip; the answer says what it read."""
    reply = await ask(ctx, "xã nhan lyyy còn thiếu gì")
    assert reply.intent == "xa_lacking"
    assert reply.text.startswith("Hiểu là: Xã Nhân Lý (Huyện Chi Lăng).\n")
    assert "Xã Nhân Lý (Huyện Chi Lăng) còn thiếu 9/19" in reply.text


async def test_ranking_lists_all_districts_lowest_first(ctx: Ctx) -> None:
    """'huyện nào thấp nhất' names Bình Gia (10,72) and ranks all 11 units."""
    reply = await ask(ctx, "huyện nào thấp nhất")
    assert reply.data["ranking"][0] == {"code": "181", "average": 10.72}
    assert len(reply.data["ranking"]) == 11


async def test_group_lists_border_communes_in_plan_order(ctx: Ctx) -> None:
    """The 20 border xã come in appendix 4's order."""
    reply = await ask(ctx, "các xã biên giới")
    assert len(reply.data["members"]) == 20 and reply.data["members"][0] == "06238"


async def test_funding_in_vietnamese_number_format(ctx: Ctx) -> None:
    """Funding: 5.103,888 tỷ đồng in all, credit 3.000 (58,8%)."""
    reply = await ask(ctx, "tổng vốn 2023 bao nhiêu")
    assert "5.103,888 tỷ đồng" in reply.text and "3.000 tỷ đồng (58,8%)" in reply.text


async def test_plan_slips_are_shown_not_hidden(ctx: Ctx) -> None:
    """Hoa Thám's count/list mismatch and sub-indicator targets are flagged in the answer."""
    reply = await ask(ctx, "Hoa Thám còn thiếu tiêu chí nào")
    assert "4" in reply.text and "2.3" in reply.text and "Lưu ý" in reply.text


async def test_english_user_gets_english(ctx: Ctx) -> None:
    """A user whose language is English gets English text with English number format."""
    reply = await ask(ctx, "bq tc toàn tỉnh", language="en")
    assert "13.38" in reply.text and "criteria per xã" in reply.text


async def test_district_answer_for_dinh_lap_huyen_plan(ctx: Ctx) -> None:
    """Đình Lập's huyện NTM plan: 2, 5, 8 in 2023, 6/9 by the end of 2023."""
    reply = await ask(ctx, "huyện Đình Lập còn thiếu tiêu chí huyện nông thôn mới nào")
    assert reply.data["targets"] == [2, 5, 8] and reply.data["end_2023"] == [1, 2, 3, 4, 5, 8]


async def test_commands_give_direct_entries_and_menus(ctx: Ctx) -> None:
    """/huyen without argument offers every district; /xa with a name gives the overview."""
    menu = await ask(ctx, "/huyen")
    assert len(menu.choices) == 11
    overview = await ask(ctx, "/xa Nhân Lý")
    assert overview.data["unit"]["code"] == "06496"
    info = await ask(ctx, "/tieuchi 5")
    assert "Trường học" in info.text


async def test_every_reply_fits_one_telegram_message(ctx: Ctx) -> None:
    """Even the longest lists stay within 4096 characters."""
    for text in ("danh sach tieu chi ntm", "các xã biên giới", "xếp hạng các huyện"):
        assert len((await ask(ctx, text)).text) <= 4096


async def test_units_are_named_with_their_district(ctx: Ctx) -> None:
    """Replies name a xã with its district, so same-named xã are never confused."""
    reply = await ask(ctx, "xa hoa tham")
    assert bare_name("Huyện Bình Gia") in reply.text
