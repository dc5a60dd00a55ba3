"""Commands as people type them: mistyped, spaced, glued to their number, Vietnamese names;
short chat words and complaints get a reply that fits, never 'not understood'."""

from __future__ import annotations

import pytest

from bot.context import Ctx
from tests.conftest import ask


@pytest.mark.parametrize(
    ("text", "meant"),
    [("/baocoa", "/baocao"), ("/cap nhat", "/capnhat"), ("/lichsuxa", "/lichsu")],
)
async def test_a_mistyped_command_is_named_back(ctx: Ctx, text: str, meant: str) -> None:
    """The help, led by the command the typed one most likely is; nothing is started."""
    reply = await ask(ctx, text)
    assert reply.intent == "help" and reply.text.startswith(f"Có phải bạn muốn gõ {meant}?")


@pytest.mark.parametrize(
    ("text", "has"),
    [("/tieuchi5", "Trường học"), ("/huongdan", "/xa"), ("/xa@ntm_bot Lâm Ca", "11/19")],
)
async def test_glued_numbers_aliases_and_bot_names(ctx: Ctx, text: str, has: str) -> None:
    """'/tieuchi5' is /tieuchi 5 (QĐ 318: 5 Trường học); '/huongdan' the help."""
    reply = await ask(ctx, text)
    assert has in reply.text and "Có phải" not in reply.text, reply.text


@pytest.mark.parametrize("text", ["ok nhé", "okay bot", "thx", "dạ rõ ạ", "hehe"])
async def test_short_chat_words_are_acknowledged(ctx: Ctx, text: str) -> None:
    """A thanks or an okay gets a short friendly answer, not 'I did not understand'."""
    reply = await ask(ctx, text)
    assert reply.intent == "greet", reply.text


@pytest.mark.parametrize("text", ["bot trả lời không đúng", "số liệu cũ rồi bot ơi"])
async def test_a_complaint_says_where_the_figures_come_from(ctx: Ctx, text: str) -> None:
    """A complaint about the answers says which plan every figure comes from."""
    reply = await ask(ctx, text)
    assert reply.intent == "about" and "18/KH-UBND" in reply.text, reply.text
