"""'xã em', 'huyện mình' from a registered official are their own unit, whatever came before.

Facts: KH 18/KH-UBND Phụ lục 1 TT6: Lâm Ca (Đình Lập) met 11/19, lacks 8; Phụ lục 6: the
averages of Đình Lập (17,40) and Chi Lăng (14,61) in the 2023 plan.
"""

from __future__ import annotations

import pytest

from bot.context import Ctx
from store.people import create_invite
from tests.conftest import ask

LAM_CA, CHI_LANG = "06640", "187"


async def _registered(ctx: Ctx, role: str, unit: str, user: str) -> None:
    code = await create_invite(ctx.db, role, unit, ctx.clock())
    signed = await ask(ctx, f"/dangky {code}", chat=user, user=user)
    assert signed.intent == "registered", signed.text


@pytest.mark.parametrize(
    ("first", "then", "intent", "has"),
    [
        ("tiêu chí 2 là gì", "vậy xã mình còn thiếu mấy tiêu chí", "xa_lacking", "8/19"),
        ("Nhân Lý thiếu tc gì", "còn xã tôi thì sao", "xa_lacking", "Lâm Ca"),
        ("bình quân tiêu chí toàn tỉnh", "huyện mình thì sao", "average", "17,40"),
    ],
)
async def test_a_xa_official_s_own_unit_after_another_question(
    ctx: Ctx, first: str, then: str, intent: str, has: str
) -> None:
    await _registered(ctx, "xa_official", LAM_CA, "u-lc")
    await ask(ctx, first, chat="u-lc", user="u-lc")
    reply = await ask(ctx, then, chat="u-lc", user="u-lc")
    assert reply.intent == intent and has in reply.text, reply.text


async def test_a_district_officer_s_own_district(ctx: Ctx) -> None:
    await _registered(ctx, "district_officer", CHI_LANG, "u-cl")
    reply = await ask(ctx, "bình quân tiêu chí huyện mình", chat="u-cl", user="u-cl")
    assert reply.intent == "average" and "14,61" in reply.text, reply.text


async def test_anyone_else_s_xa_em_is_the_last_xa(ctx: Ctx) -> None:
    """Not registered: 'xã em' can only be the xã the chat spoke of."""
    await ask(ctx, "Nhân Lý thiếu tc gì", chat="anon", user="anon")
    reply = await ask(ctx, "thế xã em đạt mấy tiêu chí", chat="anon", user="anon")
    assert "Nhân Lý" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "has"),
    [
        ("xa minh dat nhung tieu chi nao roi", "11/19"),  # PL1 TT6: met 1,3,4,5,7,10,…
        ("tc 5 xã e đạt chưa", "Trường học"),  # criterion 5 is among Lâm Ca's met
    ],
)
async def test_own_xa_with_a_criterion_or_which_criteria(ctx: Ctx, text: str, has: str) -> None:
    """Asked of 'xã em', which criteria or one criterion are that xã's, not the province's."""
    await _registered(ctx, "xa_official", LAM_CA, "u-lc2")
    reply = await ask(ctx, text, chat="u-lc2", user="u-lc2")
    assert reply.intent == "xa_met" and "Lâm Ca" in reply.text and has in reply.text, reply.text


async def test_which_criteria_the_xa_pointed_at_has_met(ctx: Ctx) -> None:
    """'xã đó đạt những tiêu chí nào' after Nhân Lý (PL1 TT1: 10/19) is its list, not a ranking."""
    await ask(ctx, "Nhân Lý còn thiếu gì", chat="p")
    reply = await ask(ctx, "xã đó đạt những tiêu chí nào", chat="p")
    assert reply.intent == "xa_met" and "10/19" in reply.text, reply.text


async def test_own_xa_of_today_beside_a_word_like_a_name(ctx: Ctx) -> None:
    """'tính đến giờ' is no 'tỉnh': an official of today's Ba Sơn (Cao Lâu, Xuất Lễ, Mẫu Sơn of
    Cao Lộc) asking about 'xã em' gets its predecessors' history, not the province."""
    await _registered(ctx, "xa_official", "06196@2025-07-01", "u-bs")
    reply = await ask(ctx, "tiêu chí xã em tính tới nay ra sao", chat="u-bs", user="u-bs")
    assert reply.intent == "today_history" and "Cao Lâu" in reply.text, reply.text


async def test_which_old_communes_formed_my_commune(ctx: Ctx) -> None:
    """English, 'my commune' of an official of today's Khuất Xá (Tam Gia and Khuất Xá)."""
    await _registered(ctx, "xa_official", "06565@2025-07-01", "u-kx")
    reply = await ask(ctx, "what old communes formed my commune", chat="u-kx", user="u-kx")
    assert reply.intent == "today_made_of" and "Tam Gia" in reply.text, reply.text
