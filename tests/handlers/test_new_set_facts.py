"""What is known of the 2026-2030 set beyond its criteria: the xã groups and the tier above the
standard, said from the bundled facts with their source; what is not known stays unknown."""

from __future__ import annotations

import pytest

from bot.context import Ctx
from store.criteria_sets import facts_2026
from tests.conftest import ask


@pytest.mark.parametrize(
    "text",
    [
        "nhóm 1 nhóm 2 nhóm 3 trong bộ tiêu chí 2026-2030 khác nhau thế nào",
        "bo tieu chi moi chia nhom xa ra sao",
    ],
)
async def test_the_xa_groups_are_defined_from_the_facts(ctx: Ctx, text: str) -> None:
    """Each group's definition as the bundled facts give it, with their source."""
    reply = await ask(ctx, text)
    facts = facts_2026()
    assert reply.intent == "today_new_set", reply.text
    assert all(facts[f"group_{g}"].text in reply.text for g in (1, 2, 3)), reply.text
    assert facts["group_1"].source in reply.text


@pytest.mark.parametrize(
    "text", ["giai đoạn 2026-2030 có xã kiểu mẫu không", "bộ mới còn xã nâng cao ko"]
)
async def test_the_tier_above_the_standard_is_the_pilot(ctx: Ctx, text: str) -> None:
    """No nâng cao or kiểu mẫu set in 2026-2030: the pilot of Phụ lục II, conditions unknown."""
    reply = await ask(ctx, text)
    assert "nông thôn mới hiện đại" in reply.text and "chưa có" in reply.text, reply.text


async def test_a_criterion_of_the_new_set_says_its_indicators_are_not_loaded(ctx: Ctx) -> None:
    """The 47 indicators and their targets are unknown: said so, never made up."""
    reply = await ask(ctx, "tiêu chí 5 bộ mới 2026 gồm chỉ tiêu gì")
    assert "Chưa nạp" in reply.text and "/10" not in reply.text, reply.text
