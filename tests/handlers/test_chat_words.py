"""Words of chat, not of figures: what the bot does, an acknowledgement, a programme's span."""

from __future__ import annotations

import pytest

from bot.context import Ctx
from tests.conftest import ask


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("bot này biết làm gì vậy", "help"),
        ("con bot làm được việc gì", "help"),
        ("uk", "greet"),
    ],
)
async def test_chat_words(ctx: Ctx, text: str, intent: str) -> None:
    reply = await ask(ctx, text)
    assert reply.intent == intent, reply.text


async def test_the_programme_span_is_no_year_asked(ctx: Ctx) -> None:
    """'giai đoạn 2021-2025' names the 19-criterion set (QĐ 318), not a year the plan lacks."""
    reply = await ask(ctx, "giai đoạn 2021-2025 bộ tiêu chí xã gồm mấy tiêu chí")
    assert reply.intent == "criterion_info" and "(19)" in reply.text, reply.text


async def test_a_district_s_place_asked_tersely(ctx: Ctx) -> None:
    """'Bình Gia xếp mấy': its place among the districts by average (Phụ lục 6: the lowest)."""
    reply = await ask(ctx, "Bình Gia xếp mấy")
    assert reply.intent == "ranking" and "Huyện Bình Gia" in reply.text, reply.text
