"""A follow-up to an answer about today's units is about what that answer spoke of.

Facts from store/data/langson_2025_old_to_new.csv and langson_units_2025-07_new.csv
(1672/NQ-UBTVQH15) and KH 18/KH-UBND Phụ lục 1 (store/data/kh18_2023/phu_luc_1.tsv).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.context import Ctx
from tests.conftest import ask


@dataclass(frozen=True)
class Chat:
    first: str  # the question about today (or the plan) asked first
    then: str  # the follow-up
    intent: str  # the follow-up's reply intent; "" when it must be no today_* intent
    has: tuple[str, ...] = ()
    lacks: tuple[str, ...] = ()


CHATS = (
    # Lâm Ca (06640) → Xã Thái Bình (06616), formed from TT NT Thái Bình, Thái Bình, Lâm Ca
    Chat(
        "Lâm Ca nay thuộc đơn vị nào",
        "xã đó được ghép từ những xã nào",
        "today_made_of",
        ("Xã Thái Bình", "Lâm Ca", "Thị trấn NT Thái Bình"),
    ),
    # the new Thái Bình's predecessors; Lâm Ca met 11 (PL1 TT6)
    Chat(
        "Thái Bình mới gồm mấy đơn vị cũ",
        "thế các xã cũ ấy đạt mấy tiêu chí",
        "today_history",
        ("Lâm Ca", "11/19"),
    ),
    # the 61 xã of today, no phường among them
    Chat(
        "hiện nay có bao nhiêu xã",
        "liệt kê ra giúp",
        "today_list",
        ("61", "Xã Thái Bình"),
        ("Phường",),
    ),
    # the 4 phường: Đông Kinh, Lương Văn Tri, Tam Thanh, Kỳ Lừa
    Chat(
        "bây giờ tỉnh có mấy phường",
        "là những phường nào",
        "today_list",
        ("Phường Đông Kinh", "Phường Lương Văn Tri", "Phường Tam Thanh", "Phường Kỳ Lừa"),
        ("Xã ",),
    ),
    # Hoàng Việt (06157, Văn Lãng) → Na Sầm (06124)
    Chat("Thanh Long Văn Lãng giờ thuộc xã nào", "còn Hoàng Việt", "today_became", ("Na Sầm",)),
    # today's Đông Kinh: Vĩnh Trại, Đông Kinh, Mai Pha, Yên Trạch
    Chat(
        "Phường Tam Thanh hiện nay gồm những đơn vị nào",
        "thế còn Đông Kinh",
        "today_made_of",
        ("Mai Pha", "Yên Trạch", "Vĩnh Trại"),
    ),
    # today's Nhân Lý: Bắc Thủy, Mai Sao, Nhân Lý, Lâm Sơn; the criteria asked before
    Chat("Nhân Lý còn thiếu tiêu chí nào", "ý là Nhân Lý mới cơ", "today_history", ("Bắc Thủy",)),
    # the 2026-2030 set kept by a follow-up naming another criterion (criteria_2026_2030.csv)
    Chat(
        "tiêu chí 4 theo bộ mới là gì",
        "thế tiêu chí 9",
        "today_new_set",
        ("Xây dựng hệ thống chính trị và hành chính công",),
    ),
    # a question of its own after an answer about today is not a follow-up
    Chat("Tĩnh Bắc giờ thuộc xã nào", "tc 5 có bao nhiêu xã đạt", ""),
    Chat("Khuất Xá mới gồm những xã nào", "còn xã Tân Thành thiếu tiêu chí nào", ""),
    Chat("Khuất Xá mới gồm những xã nào", "còn Văn Quan cũ thì sao", ""),
    Chat("hiện nay có bao nhiêu phường", "bình quân tiêu chí huyện Lộc Bình", ""),
    Chat("tiêu chí 4 theo bộ mới là gì", "tc 7 có bao nhiêu xã đạt", ""),
)


@pytest.mark.parametrize("c", CHATS, ids=[f"{c.first[:20]}→{c.then[:25]}" for c in CHATS])
async def test_a_follow_up_to_an_answer_about_today(ctx: Ctx, c: Chat) -> None:
    """The follow-up is answered about the unit (or the kind of unit) the last answer spoke of;
    a question of its own is not."""
    first = await ask(ctx, c.first, chat="f")
    assert first.intent.startswith("today_") or c.intent == "today_history", first.text
    reply = await ask(ctx, c.then, chat="f")
    if c.intent:
        assert reply.intent == c.intent, reply.text
    else:
        assert not reply.intent.startswith("today_"), reply.text
    assert all(fact in reply.text for fact in c.has), reply.text
    assert not any(fact in reply.text for fact in c.lacks), reply.text


async def test_a_new_name_alone_asks_what_it_is_made_of(ctx: Ctx) -> None:
    """With nothing asked before, 'Nhân Lý mới' asks what today's Nhân Lý was formed from."""
    reply = await ask(ctx, "Nhân Lý mới")
    assert reply.intent == "today_made_of" and "Mai Sao" in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "bây giờ toàn tỉnh có bao nhiêu xã đạt chuẩn nông thôn mới",
        "ti le xa dat chuan ntm hien nay",
    ],
)
async def test_a_figure_of_many_units_asked_now_says_today_has_none_yet(
    ctx: Ctx, text: str
) -> None:
    """Asked 'now', the plan's count (85 xã at the end of 2022, KH 18 mục I.1) is followed by
    how many of today's 61 xã have status of their own (none stored in this test)."""
    reply = await ask(ctx, text)
    assert reply.intent in ("count", "share"), reply.text
    assert "85" in reply.text and "0/61" in reply.text, reply.text


async def test_a_figure_not_asked_now_has_no_line_on_today(ctx: Ctx) -> None:
    """Without a word of now the plan's answer stands alone."""
    reply = await ask(ctx, "toàn tỉnh có bao nhiêu xã đạt chuẩn nông thôn mới")
    assert "85" in reply.text and "/61" not in reply.text, reply.text


async def test_a_former_district_asked_what_it_became(ctx: Ctx) -> None:
    """Văn Quan district's xã are today in other units (langson_2025_old_to_new.csv)."""
    reply = await ask(ctx, "huyện Văn Quan cũ giờ tách thành mấy xã")
    assert reply.intent == "today_became" and "không còn cấp huyện" in reply.text, reply.text
