"""A target word beside an average: the province's target (I.1: 13-14 criteria a xã), or a
district's average planned for 2023 (Phụ lục 6: Lộc Bình 226 criteria over 19 xã = 11,89)."""

from __future__ import annotations

import pytest

from bot.context import Ctx
from tests.conftest import ask


@pytest.mark.parametrize(
    ("text", "intent", "has"),
    [
        ("mục tiêu bình quân tiêu chí mỗi xã năm 2023", "targets", "13-14"),
        ("bq tiêu chí huyện Lộc Bình năm 2023 phấn đấu là mấy", "average", "11,89"),
    ],
)
async def test_a_target_beside_an_average(ctx: Ctx, text: str, intent: str, has: str) -> None:
    reply = await ask(ctx, text)
    assert reply.intent == intent and has in reply.text, reply.text
