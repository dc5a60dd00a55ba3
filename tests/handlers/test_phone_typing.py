"""Words a phone closed up or left typing keys in are read as the words they stand for."""

from __future__ import annotations

import pytest

from bot.context import Ctx
from handlers.parse import respelled
from tests.conftest import ask

# (as typed, what every reader after the parser sees)
RESPELLED = (
    ("tieu chi2 la gi", "tieu chi 2 la gi"),  # a number glued on, not VNI's 'chí'
    ("tc12cao loc", "tc 12 cao loc"),
    ("bìnhquân tc huyện bắcsơn", "bình quân tc huyện bắc sơn"),
    ("longdong bacson con thieu tc nao", "long dong bac son con thieu tc nao"),
    ("tamgia giờ thuộc xã nào", "tam gia giờ thuộc xã nào"),
    ("thieeus tc nafo", "thieu tc nao"),  # Telex keys left in question words
    ("TC9 TOAFN TINHR", "tc 9 toan tinh"),
    # slips in a name are name repair's: 'Tixnh' beside 'Bawsc' is no 'tỉnh'
    ("Tixnh Bawsc cofn thieeu gif", "tixnh bawsc con thieu gi"),
)
# Left as typed: known words, a slip in a name (name repair's), English, a short unknown word.
UNCHANGED = (
    "Xã Nhân Lý còn thiếu tiêu chí nào?",
    "average criteria of each commune today",
    "tc 5 huyện Hữu Lũng",
    "hk bt gi",
)


@pytest.mark.parametrize(("typed", "read"), RESPELLED)
def test_closed_up_words_and_typing_keys_are_undone(ctx: Ctx, typed: str, read: str) -> None:
    names = ctx.timeline.name_words
    assert respelled(typed, ctx.gazetteer, names).casefold() == read


@pytest.mark.parametrize("typed", UNCHANGED)
def test_other_words_stay_as_typed(ctx: Ctx, typed: str) -> None:
    assert respelled(typed, ctx.gazetteer, ctx.timeline.name_words) == typed


async def test_a_closed_up_question_is_answered(ctx: Ctx) -> None:
    """KH 18 Phụ lục 1 TT4: Long Đống (Bắc Sơn) met 10/19, lacks 2, 5, 6, 9, 11, 12, 13, 15, 17."""
    reply = await ask(ctx, "longdong bacson con thieu tc nao")
    assert reply.intent == "xa_lacking", reply.text
    assert "Long Đống" in reply.text and "9/19" in reply.text, reply.text


async def test_a_glued_criterion_number_is_the_criterion(ctx: Ctx) -> None:
    """Criterion 2 of the 19 is Giao thông (store/data/criteria.csv)."""
    reply = await ask(ctx, "tieu chi2 la gi")
    assert reply.intent == "criterion_info" and "Giao thông" in reply.text, reply.text
