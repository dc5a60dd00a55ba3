"""Messages asking two things get both answers; one question listing names stays one."""

from __future__ import annotations

import pytest

from bot.context import Ctx
from tests.conftest import ask

TWO_THINGS = [
    # PL1 TT1 Nhân Lý: 10/19 met, 9 lacking.
    ("Nhân Lý đã đạt mấy tiêu chí; còn thiếu tiêu chí nào", ("10/19", "9/19")),
    # Appendix 6 and 7, kế hoạch 2023: Văn Quan 12,25 NTM and 4,75 nâng cao.
    ("bình quân tiêu chí ntm và bình quân nâng cao huyện Văn Quan", ("12,25", "4,75")),
    # Appendix 6 criterion 5: the province 81/181, Văn Lãng 3/16.
    ("toàn tỉnh với Văn Lãng tc 5 có bao nhiêu xã đạt", ("81/181", "3/16")),
    # 1672/NQ-UBTVQH15: Tĩnh Bắc → Tam Gia (12/2024) → Khuất Xá; PL1 TT2: lacks 10/19.
    ("Tĩnh Bắc giờ thuộc xã nào, còn thiếu mấy tiêu chí", ("Khuất Xá", "10/19")),
]


@pytest.mark.parametrize(("text", "each"), TWO_THINGS)
async def test_two_questions_in_one_message_get_both(
    ctx: Ctx, text: str, each: tuple[str, ...]
) -> None:
    """Each part is answered, the unit one names serving the part that names none."""
    reply = await ask(ctx, text)
    assert all(part in reply.text for part in each), reply.text
    lines = [line for line in reply.text.splitlines() if line.strip()]
    assert len(lines) == len(set(lines))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("so sánh bình quân Cao Lộc và Lộc Bình", "compare"),
        ("em ở xã Lâm Ca, xã em còn thiếu tiêu chí nào", "xa_lacking"),
        ("chào bot, cho hỏi bình quân huyện Bắc Sơn", "average"),
        ("em chưa có mã, muốn gửi báo cáo thì làm thế nào", "report_how"),
    ],
)
async def test_one_question_with_context_stays_one(ctx: Ctx, text: str, intent: str) -> None:
    """A comparison, a greeting or a unit given as context is not a second question."""
    reply = await ask(ctx, text)
    assert reply.intent == intent and "\n\n" not in reply.text.split("Nay thuộc")[0], reply.text


@pytest.mark.parametrize(
    ("text", "has"),
    [
        # Appendix 6 (kế hoạch 2023): criterion 2 92/181, 5 81/181; Cao Lộc 17 3/20, 5 4/20.
        ("tiêu chí 2 với tiêu chí 5 cái nào nhiều xã đạt hơn", "Tiêu chí 2 có nhiều hơn"),
        ("so sánh tc17 và tc5 huyện Cao Lộc", "Tiêu chí 5 có nhiều hơn tiêu chí 17 1 xã"),
    ],
)
async def test_two_criteria_compared(ctx: Ctx, text: str, has: str) -> None:
    """Two criteria compared in one unit (the province unless one is named): which more."""
    reply = await ask(ctx, text)
    assert reply.intent == "compare" and has in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "each"),
    [
        # PL1 TT5 Bảo Lâm lacks 12/19; 1672/NQ-UBTVQH15 (langson_2025_old_to_new.csv) its new xã.
        (
            "xã Bảo Lâm cao lộc năm 2023 còn thiếu mấy tc, giờ sáp nhập vào đâu",
            ("12/19", "Đồng Đăng"),
        ),
        # PL1 TT9 Liên Hội 8 met; since 1 July 2025 in Điềm He (langson_2025_old_to_new.csv).
        ("Liên Hội văn quan hết 2022 đạt mấy tiêu chí; bây giờ thuộc xã nào", ("8/19", "Điềm He")),
    ],
)
async def test_the_plan_and_today_in_one_message(
    ctx: Ctx, text: str, each: tuple[str, ...]
) -> None:
    """A 2023 figure and what became of the xã, asked together: both are answered."""
    reply = await ask(ctx, text)
    assert all(part in reply.text for part in each), reply.text


@pytest.mark.parametrize(
    ("text", "has"),
    [
        # PL1 TT6 Lâm Ca lacks 8/19 (since 1 July 2025 in Thái Bình).
        ("Lâm Ca (giờ thuộc xã Thái Bình) còn thiếu mấy tiêu chí", "8/19"),
        ("xa lam ca (nay la xa thai binh) con thieu tc gi", "8/19"),
    ],
)
async def test_an_aside_saying_what_a_unit_is_now_is_not_asked(
    ctx: Ctx, text: str, has: str
) -> None:
    """A bracketed aside that tells what the xã is now is said, not a second question."""
    reply = await ask(ctx, text)
    assert reply.intent == "xa_lacking" and has in reply.text, reply.text
