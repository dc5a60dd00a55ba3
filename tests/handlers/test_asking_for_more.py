"""'kể tên ra', 'chi tiết hơn' after an answer ask for what it counted, not a new question.

Facts: KH 18/KH-UBND Phụ lục 4 (store/data/kh18_2023/phu_luc_4.tsv): the border xã of Lộc Bình
are Tú Mịch, Yên Khoái, Mẫu Sơn and Tam Gia; Phụ lục 2: the 5 xã aiming at nâng cao in 2023
are Thượng Cường, Khánh Xuân, Điềm He, Tân Văn and Châu Sơn; Phụ lục 1 TT5: Bảo Lâm (Cao Lộc)
lacks 1, 2, 5, 6, 8, 9, 10, 11, 13, 15, 17, 18.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.context import Ctx
from tests.conftest import ask


@dataclass(frozen=True)
class More:
    first: str
    then: str
    intents: tuple[str, ...]
    has: tuple[str, ...]


MORE = (
    More(
        "huyện Lộc Bình có bao nhiêu xã biên giới",
        "liệt kê giúp em",
        ("group_members", "list"),
        ("Tú Mịch", "Yên Khoái", "Tam Gia"),
    ),
    More(
        "huyện Lộc Bình có bao nhiêu xã biên giới",
        "là những xã nào vậy",
        ("group_members", "list"),
        ("Tú Mịch", "Yên Khoái", "Tam Gia"),
    ),
    More(
        "kế hoạch 2023 bao nhiêu xã phấn đấu lên nâng cao",
        "nêu tên các xã đó",
        ("group_members", "list"),
        ("Thượng Cường", "Khánh Xuân", "Điềm He", "Tân Văn", "Châu Sơn"),
    ),
    More(
        "xã Bảo Lâm còn thiếu bao nhiêu tiêu chí",
        "cụ thể là tiêu chí nào",
        ("xa_lacking",),
        ("12/19", "Giao thông"),
    ),
    More("bình quân tiêu chí huyện Văn Quan", "chi tiết hơn giúp anh", ("district_overview",), ()),
)


@pytest.mark.parametrize("m", MORE, ids=[f"{m.first[:25]}→{m.then}" for m in MORE])
async def test_asking_for_more_lists_what_the_answer_counted(ctx: Ctx, m: More) -> None:
    await ask(ctx, m.first, chat="m")
    reply = await ask(ctx, m.then, chat="m")
    assert reply.intent in m.intents, reply.text
    assert all(fact in reply.text for fact in m.has), reply.text


@pytest.mark.parametrize("then", ["xã nào thấp nhất vậy", "thấp nhất là xã nào?"])
async def test_the_top_xa_after_a_group_figure_is_of_that_group(ctx: Ctx, then: str) -> None:
    """After the border xã's average, 'xã nào thấp nhất' ranks the 20 border xã (Phụ lục 4):
    Mẫu Sơn (Cao Lộc) met 5, the fewest, and no xã outside the group is ranked."""
    await ask(ctx, "bình quân tiêu chí của các xã biên giới", chat="g")
    reply = await ask(ctx, then, chat="g")
    assert reply.intent == "ranking", reply.text
    first = next(line for line in reply.text.splitlines() if line.startswith("1."))
    assert "Mẫu Sơn" in first and "Cao Lộc" in first, reply.text
    assert "Hồng Phong" not in reply.text and "Nhân Lý" not in reply.text, reply.text


async def test_which_xa_alone_is_no_request_for_more(ctx: Ctx) -> None:
    """'xã nào' in a question of its own still asks that question."""
    await ask(ctx, "huyện Lộc Bình có bao nhiêu xã biên giới", chat="w")
    reply = await ask(ctx, "tiêu chí 5 những xã nào đạt ở huyện Lộc Bình", chat="w")
    assert reply.intent != "group_members" and "tiêu chí 5" in reply.text.lower(), reply.text


async def test_how_many_after_a_group_list_counts_the_group(ctx: Ctx) -> None:
    """'có mấy xã?' after the list of the ĐBKK xã (Phụ lục 5: 10 xã) counts them."""
    await ask(ctx, "danh sách các xã đặc biệt khó khăn", chat="c")
    reply = await ask(ctx, "có mấy xã?", chat="c")
    assert "10 xã" in reply.text and "181" not in reply.text, reply.text


async def test_the_top_of_the_10_xa_of_2023(ctx: Ctx) -> None:
    """Phụ lục 1: of the 10 xã aiming at the standard in 2023, Lâm Ca met the most (11/19);
    'đạt chuẩn' in the group's name is no condition that leaves none."""
    reply = await ask(ctx, "10 xã phấn đấu đạt chuẩn 2023 xã nào cao nhất")
    first = next(line for line in reply.text.splitlines() if line.startswith("1."))
    assert reply.intent == "ranking" and "Lâm Ca" in first and "11/19" in first, reply.text


async def test_the_district_with_fewest_after_a_criterion_count(ctx: Ctx) -> None:
    """After tiêu chí 17's count, 'huyện nào ít xã đạt nhất' ranks the districts by that
    criterion (Phụ lục 6: Cao Lộc 3 of 20 xã in the 2023 plan)."""
    await ask(ctx, "tiêu chí 17 cả tỉnh mấy xã đạt", chat="r")
    reply = await ask(ctx, "vậy huyện nào ít xã đạt nhất", chat="r")
    assert reply.intent == "ranking" and "tiêu chí 17" in reply.text, reply.text
    assert "Cao Lộc: 3/20" in reply.text, reply.text
