"""A correction or a filler around a follow-up keeps the question and changes what it names.

Facts: KH 18/KH-UBND Phụ lục 1 (store/data/kh18_2023/phu_luc_1.tsv): Long Đống (Bắc Sơn) met
10/19, lacks 9; Lâm Ca (Đình Lập) met 11/19. Phụ lục 6: Đình Lập's average 17,40.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bot.context import Ctx
from handlers.compound import without_asides
from tests.conftest import ask


@dataclass(frozen=True)
class Turn:
    first: str
    then: str
    intent: str
    has: tuple[str, ...]


TURNS = (
    Turn("Tân Văn thiếu tiêu chí gì", "à nhầm, ý em là xã Long Đống", "xa_lacking", ("9/19",)),
    Turn(
        "Nhân Lý đạt mấy tiêu chí",
        "em gõ nhầm, Lâm Ca chứ không phải Nhân Lý",
        "xa_met",
        ("Lâm Ca", "11/19"),
    ),
    Turn(
        "tiêu chí 5 huyện Chi Lăng mấy xã đạt",
        "không phải, tiêu chí 9 cơ",
        "criterion_count",
        ("Tiêu chí 9", "Chi Lăng"),
    ),
    Turn(
        "tc 2 huyện Bình Gia bao nhiêu xã đạt",
        "ừ vậy còn tiêu chí 3",
        "criterion_count",
        ("Tiêu chí 3", "Huyện Bình Gia"),
    ),
    Turn("bình quân tiêu chí huyện Lộc Bình", "ok, thế còn Văn Quan", "average", ("Văn Quan",)),
    Turn("Lâm Ca còn thiếu tiêu chí gì", "huyện đấy bình quân bao nhiêu", "average", ("17,40",)),
    Turn(
        "Bắc Xa còn thiếu tiêu chí gì",
        "thế bình quân cả huyện là bao nhiêu",
        "average",
        ("17,40",),
    ),
    Turn(
        "tiêu chí 12 huyện Bình Gia có mấy xã đạt",
        "nhầm huyện, Bắc Sơn mới đúng",
        "criterion_count",
        ("Huyện Bắc Sơn",),
    ),
    Turn(
        "tc 4 Văn Quan mấy xã đạt",
        "à quên, ý em hỏi tiêu chí 6",
        "criterion_count",
        ("Tiêu chí 6 (", "Huyện Văn Quan"),
    ),
    # a xã's name alone after a criterion's count: that criterion in that xã (PL1 TT4: Long
    # Đống has not met 2)
    Turn("tc 2 toàn tỉnh mấy xã đạt", "Long Đống", "criterion_count", ("chưa đạt tiêu chí 2",)),
    # terse follow-ups: a criterion after a xã (PL1 TT4: Long Đống has not met 6), a unit
    # ending in 'thì' (Phụ lục 6 / I.2: tiêu chí 9, 2023 plan, province)
    Turn("Long Đống", "tc 6?", "xa_met", ("chưa đạt tiêu chí 6",)),
    Turn(
        "tc 9 huyện Bắc Sơn", "toàn tỉnh thì", "criterion_count", ("Tiêu chí 9", "Tỉnh Lạng Sơn")
    ),
    # which criteria, naming nothing, after a question about one xã: that xã's (PL1 TT6: 11/19)
    Turn("Lâm Ca còn thiếu tiêu chí gì", "thế đạt những tiêu chí nào rồi", "xa_met", ("11/19",)),
    # another group in a follow-up keeps the question (Phụ lục 5: ĐBKK average 12,6 planned)
    Turn(
        "bình quân tiêu chí 20 xã biên giới năm 2023",
        "thế xã đbkk thì sao",
        "average",
        ("12,60",),
    ),
    # 'Lâm Ca huyện' is no 'cả huyện': the xã asked
    Turn(
        "bq tc toàn tỉnh",
        "cán bộ xã Lâm Ca huyện Đình Lập hỏi xã còn thiếu gì",
        "xa_lacking",
        ("8/19",),
    ),
)


@pytest.mark.parametrize("t", TURNS, ids=[t.then for t in TURNS])
async def test_a_correction_or_a_filled_follow_up(ctx: Ctx, t: Turn) -> None:
    await ask(ctx, t.first, chat="c")
    reply = await ask(ctx, t.then, chat="c")
    assert reply.intent == t.intent, reply.text
    assert all(fact in reply.text for fact in t.has), reply.text


async def test_just_started_is_no_correction(ctx: Ctx) -> None:
    """'e mới dùng' typed plain is not 'mới đúng': no follow-up of the last question."""
    await ask(ctx, "Nhân Lý đạt mấy tiêu chí", chat="d")
    reply = await ask(ctx, "e moi dung bot thoi, hoi gi duoc", chat="d")
    assert reply.intent != "xa_met", reply.text


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("không phải, tiêu chí 9 cơ", "tiêu chí 9 cơ"),
        ("à ko phải Tân Văn, Long Đống", "Long Đống"),
        ("năm 2022 chứ không phải 2023", "năm 2022"),
        ("xã nào không phải xã biên giới", "xã nào không phải xã biên giới"),
    ],
)
def test_what_a_correction_denies_is_not_read(said: str, kept: str) -> None:
    assert without_asides(said).replace("ý là", "").strip(" ,") == kept


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("Đào Viên cũ nay là Quốc Việt thiếu mấy tc", "Đào Viên cũ thiếu mấy tc"),
        ("tĩnh bắc giờ thuộc xã khuất xá, hồi 2022 thiếu gì", "tĩnh bắc hồi 2022 thiếu gì"),
        ("Tĩnh Bắc giờ thuộc xã nào", "Tĩnh Bắc giờ thuộc xã nào"),  # the fate is asked
        ("Bắc Xa giờ thuộc xã Kiên Mộc đúng không", "Bắc Xa giờ thuộc xã Kiên Mộc đúng không"),
    ],
)
def test_what_a_unit_is_now_said_before_a_question_is_not_asked(
    ctx: Ctx, said: str, asked: str
) -> None:
    from handlers.compound import without_fates

    assert without_fates(said, ctx.timeline) == asked


async def test_a_question_after_a_unit_s_fate_is_answered(ctx: Ctx) -> None:
    """Phụ lục 4 TT7: Đào Viên (Tràng Định) met 9 by the end of 2022."""
    reply = await ask(ctx, "Đào Viên cũ nay là Quốc Việt hết 2022 đạt bao nhiêu tc")
    assert reply.intent == "xa_met" and "9/19" in reply.text, reply.text
