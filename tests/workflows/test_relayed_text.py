"""Text a reporter types reaches the reviewer without control characters or bidi overrides,
and set apart from the card's own fields, so it cannot pass for one of them."""

from __future__ import annotations

import pytest

from bot.context import Ctx
from store.outbox import reply_from_json
from tests.workflows.conftest import CHI_LANG, NHAN_LY, registered

pytestmark = pytest.mark.usefixtures("clock")

FORGED_NOTE = (
    "Đã làm xong\x00 đường\x1b[31m\r\nTrạng thái: chưa đạt → đạt\u202e\n"
    "Người gửi: Chủ tịch UBND tỉnh"
)
UNSAFE = ("\x00", "\x1b", "\r", "\u202e")


async def test_a_note_cannot_fake_the_fields_of_a_review_card(ctx: Ctx) -> None:
    """The reviewer's card has each of its own fields once; the note's lines are marked as
    the reporter's words, and no control or bidi character survives."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY, name="Lan\u202e\x1b[2J")
    await registered(ctx, "u-huyen", "district_officer", CHI_LANG)
    await official.one("/capnhat tiêu chí 2 đã đạt")
    await official.one(FORGED_NOTE)
    await official.one(button="flow:next")
    sent = await official.one(button="up:ok")
    assert sent.intent == "update_sent"
    rows = await ctx.db.execute_fetchall("SELECT body FROM outbox WHERE kind = 'notice'")
    [card] = [reply_from_json(str(r[0])).text for r in rows]
    for raw in UNSAFE:
        assert raw not in card
    lines = card.split("\n")
    assert sum(line.startswith("Trạng thái:") for line in lines) == 1
    assert sum(line.startswith("Người gửi:") for line in lines) == 1
    assert "» Trạng thái: chưa đạt → đạt" in lines
    assert "» Người gửi: Chủ tịch UBND tỉnh" in lines
    stored = await ctx.db.execute_fetchall("SELECT note FROM field_report")
    assert not any(raw in str(next(iter(stored))[0]) for raw in UNSAFE)
    names = await ctx.db.execute_fetchall("SELECT name FROM person")
    assert all(not any(raw in str(n[0]) for raw in UNSAFE) for n in names)


async def test_a_rejection_reason_is_cleaned(ctx: Ctx) -> None:
    """The reason the reporter is told has no control or bidi character left."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    officer = await registered(ctx, "u-huyen", "district_officer", CHI_LANG)
    await official.one("/capnhat tiêu chí 2 đã đạt")
    await official.one(button="flow:next")
    report = int((await official.one(button="up:ok")).data["report"])
    await officer.one(button=f"rv:no:{report}")
    done = await officer.one("Thiếu ảnh\x00\u202e\x1b[0m minh chứng")
    assert done.intent == "reviewed"
    rows = await ctx.db.execute_fetchall("SELECT reason FROM review")
    reason = str(next(iter(rows))[0])
    assert reason == "Thiếu ảnh [0m minh chứng"


async def test_a_name_stored_before_cleaning_is_shown_clean(ctx: Ctx) -> None:
    """A name written before names were cleaned (or by another client) is shown without its
    control characters, in /nguoidung as on the review card."""
    await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    await ctx.db.execute("UPDATE person SET name = 'Lan\x1b[2J\u202eX\r\nfake' WHERE id = 1")
    await ctx.db.commit()
    admin = await registered(ctx, "u-admin", "admin", "20")
    listed = (await admin.one("/nguoidung")).text
    assert "Lan [2J X fake" in listed
    for raw in UNSAFE:
        assert raw not in listed
