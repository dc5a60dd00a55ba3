"""Numbered menus: rendering, picking by number, and the per-chat menu kept in the database."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.answering import apology, slow_down, text_only
from bot.config import Settings
from bot.context import Ctx, open_ctx
from bot.menu import FRESH, Menus, choose_again, numbered, pick, reply_hint, typed_number
from store.conversation import save_state
from store.db import transaction
from vocab.messages import Choice, Incoming, Reply

CHOICES = (
    Choice("Xã Mẫu Sơn (Huyện Cao Lộc)", "pick:06238"),
    Choice("Xã Mẫu Sơn (Huyện Lộc Bình)", "pick:06532"),
)


def said(text: str, chat: str = "c1") -> Incoming:
    """A typed message in a chat."""
    return Incoming("zalo_bot", chat, "u1", "m1", text)


def test_numbered_lists_choices_from_one_with_the_hint_last() -> None:
    """Choices are numbered from 1 under the text; the hint closes a non-empty menu only."""
    text = numbered("Bạn hỏi xã nào?", CHOICES, "Trả lời 1 hoặc 2.")
    assert text.splitlines() == [
        "Bạn hỏi xã nào?",
        "  1. Xã Mẫu Sơn (Huyện Cao Lộc)",
        "  2. Xã Mẫu Sơn (Huyện Lộc Bình)",
        "Trả lời 1 hoặc 2.",
    ]
    assert numbered("Chào bạn", (), "Trả lời 1 hoặc 2.") == "Chào bạn"


def test_reply_hint_names_the_range(ctx: Ctx) -> None:
    """The hint says which numbers to send, in the user's language."""
    assert "1" in reply_hint(ctx.i18n.get("vi"), 1)
    assert "1" in reply_hint(ctx.i18n.get("vi"), 5) and "5" in reply_hint(ctx.i18n.get("vi"), 5)
    assert reply_hint(ctx.i18n.get("en"), 5) == "Reply with a number from 1 to 5 to choose."


def test_pick_takes_a_bare_number_in_range_only() -> None:
    """'2', ' 2. ' and '2)' pick the second choice; anything else picks nothing."""
    assert pick("2", CHOICES) == CHOICES[1]
    assert pick(" 2. ", CHOICES) == CHOICES[1]
    assert pick("1)", CHOICES) == CHOICES[0]
    for text in ("0", "3", "", "hai", "2 xã", "２", "-1", "1.5"):
        assert pick(text, CHOICES) is None, text
    assert typed_number("12345") is None


async def test_a_number_maps_to_the_last_menu_and_survives_a_restart(tmp_path: Path) -> None:
    """After a reply with choices, '2' becomes the second choice's button, also after reopening."""
    settings = Settings(db_path=str(tmp_path / "ntm.db"))
    async with open_ctx(settings) as ctx:
        menus = Menus(ctx.db, "zalo_bot", ctx.clock)
        await menus.answered("c1", [Reply("Bạn hỏi xã nào?", CHOICES)])
    async with open_ctx(settings) as ctx:
        menus = Menus(ctx.db, "zalo_bot", ctx.clock)
        picked = await menus.resolve(said("2"))
        assert (picked.button, picked.text) == ("pick:06532", "")
        other_chat = await menus.resolve(said("2", chat="c2"))
        assert (other_chat.button, other_chat.text) == (None, "2")
        other_channel = await Menus(ctx.db, "console", ctx.clock).resolve(said("2"))
        assert other_channel.button is None
        out_of_range = await menus.resolve(said("3"))
        assert (out_of_range.button, out_of_range.text) == (None, "3")


async def test_a_reply_without_choices_clears_the_menu_but_silence_does_not(ctx: Ctx) -> None:
    """No replies (a repeat) keep the menu; an answer without choices clears it."""
    menus = Menus(ctx.db, "zalo_bot", ctx.clock)
    await menus.answered("c1", [Reply("Bạn hỏi xã nào?", CHOICES)])
    await menus.answered("c1", [])
    assert (await menus.resolve(said("1"))).button == "pick:06238"
    await menus.answered("c1", [Reply("Xã Mẫu Sơn còn thiếu…")])
    assert (await menus.resolve(said("1"))).button is None


async def test_a_started_message_replaces_the_menu_only_when_it_has_choices(ctx: Ctx) -> None:
    """A notice without choices leaves the menu; one with choices replaces it."""
    menus = Menus(ctx.db, "zalo_bot", ctx.clock)
    await menus.answered("c1", [Reply("Bạn hỏi xã nào?", CHOICES)])
    await menus.shown("c1", Reply("Nhắc: báo cáo tháng này."))
    assert (await menus.resolve(said("2"))).button == "pick:06532"
    await menus.shown("c1", Reply("Duyệt báo cáo?", (Choice("Duyệt", "review:ok:7"),)))
    assert (await menus.resolve(said("1"))).button == "review:ok:7"
    assert (await menus.resolve(said("2"))).button is None


async def test_saving_a_menu_waits_for_another_writers_transaction(ctx: Ctx) -> None:
    """The connection is shared: a menu saved while a handler's transaction is open must not
    commit that handler's half-done writes (which it then rolls back), nor be rolled back."""
    menus = Menus(ctx.db, "zalo_bot", ctx.clock)
    inside, fail = asyncio.Event(), asyncio.Event()

    async def failing_handler() -> None:
        async with transaction(ctx.db):
            await ctx.db.execute(
                "INSERT INTO person (role, unit_code, name, created_at)"
                " VALUES ('xa_official', '06496', 'Nửa chừng', '2023-11-15T02:00:00+00:00')"
            )
            inside.set()
            await fail.wait()
            raise RuntimeError("the handler failed")

    handler = asyncio.create_task(failing_handler())
    await inside.wait()
    saving = asyncio.create_task(menus.answered("c1", [Reply("Bạn hỏi xã nào?", CHOICES)]))
    try:
        await asyncio.wait({saving}, timeout=1.0)  # room for a save that does not wait
        # SQLite's one connection makes it wait; PostgreSQL saves on another connection.
        assert saving.done() is (ctx.db.dialect.name == "postgresql")
    finally:
        fail.set()
        with pytest.raises(RuntimeError):
            await handler
        await saving
    assert await ctx.db.fetch_all("SELECT name FROM person") == []
    assert (await menus.resolve(said("1"))).button == "pick:06238"


async def test_a_reply_that_could_not_read_the_message_keeps_the_menu(ctx: Ctx) -> None:
    """A sticker, a message sent too fast or a failure gets a reply without choices that does
    not answer anything: the menu stays, so "1" still picks from it (mid-report too)."""
    menus = Menus(ctx.db, "zalo_bot", ctx.clock)
    await menus.answered("c1", [Reply("Gửi minh chứng…", CHOICES)])
    t = ctx.i18n.get("vi")
    for reply in (
        Reply(text_only(t), intent="unsupported"),
        Reply(slow_down(t), intent="flood"),
        Reply(apology(t), intent="error"),
    ):
        await menus.answered("c1", [reply])
        assert (await menus.resolve(said("1"))).button == "pick:06238"


async def test_a_question_in_the_middle_of_a_report_keeps_the_steps_menu(ctx: Ctx) -> None:
    """An answer without choices keeps the menu of a report's open step (the flow is still in
    the chat's state), so "1" still continues the report; once the report is over, or for any
    other menu, such an answer clears it."""
    menus = Menus(ctx.db, "zalo_bot", ctx.clock)
    step = (Choice("Tiếp tục", "flow:next"), Choice("Huỷ", "flow:cancel"))
    now = "2023-11-15T02:00:00+00:00"
    await save_state(ctx.db, "zalo_bot", "c1", {"flow": {"kind": "update"}}, now)
    await menus.answered("c1", [Reply("Gửi minh chứng…", step)])
    await menus.answered("c1", [Reply("Bình quân Huyện Chi Lăng: 14,61 tiêu chí/xã")])
    assert (await menus.resolve(said("1"))).button == "flow:next"

    await menus.answered("c1", [Reply("Bạn hỏi xã nào?", CHOICES)])  # asked mid-report too
    await menus.answered("c1", [Reply("Xã Mẫu Sơn còn thiếu…")])
    assert (await menus.resolve(said("1"))).button is None

    await menus.answered("c1", [Reply("Gửi minh chứng…", step)])
    await save_state(ctx.db, "zalo_bot", "c1", {}, now)  # sent or cancelled
    await menus.answered("c1", [Reply("Đã gửi báo cáo #1.")])
    assert (await menus.resolve(said("1"))).button is None


async def test_a_started_message_leaves_out_its_menu_in_the_middle_of_a_report(
    ctx: Ctx,
) -> None:
    """A reminder with choices that arrives during a report is shown without them and the
    report's step keeps the numbers; outside a report its menu is shown and remembered."""
    menus = Menus(ctx.db, "zalo_bot", ctx.clock)
    step = (Choice("Tiếp tục", "flow:next"), Choice("Huỷ", "flow:cancel"))
    reminder = Reply("Nhắc việc: gửi bằng lệnh /baocao.", (Choice("Gửi báo cáo", "rp:start"),))
    now = "2023-11-15T02:00:00+00:00"
    await save_state(ctx.db, "zalo_bot", "c1", {"flow": {"kind": "update"}}, now)
    await menus.answered("c1", [Reply("Gửi minh chứng…", step)])
    assert await menus.started("c1", reminder) == Reply(reminder.text)
    assert (await menus.resolve(said("1"))).button == "flow:next"

    assert await menus.started("c2", reminder) == reminder
    assert (await menus.resolve(said("1", chat="c2"))).button == "rp:start"


def _clock(start: datetime) -> tuple[list[datetime], Callable[[], datetime]]:
    """A clock the test moves by hand."""
    now = [start]
    return now, lambda: now[0]


CARD_7 = (Choice("Duyệt báo cáo #7", "rv:ok:7"), Choice("Từ chối #7", "rv:no:7"))
CARD_8 = (Choice("Duyệt báo cáo #8", "rv:ok:8"), Choice("Từ chối #8", "rv:no:8"))


async def test_a_number_just_after_a_pushed_card_replaced_another_is_asked_again(
    ctx: Ctx,
) -> None:
    """A reviewer typing "1" for card #7 just as card #8 arrives approves nothing: the new card
    is shown again with a word on why; the next "1" then picks from it."""
    now, clock = _clock(datetime(2026, 11, 29, 9, 0, tzinfo=UTC))
    menus = Menus(ctx.db, "zalo_bot", clock)
    t = ctx.i18n.get("vi")
    await menus.answered("c1", [Reply("Báo cáo #7", CARD_7)])
    now[0] += timedelta(minutes=5)
    await menus.shown("c1", Reply("Báo cáo #8", CARD_8))
    now[0] += timedelta(seconds=3)
    again = await menus.pick_or_ask(said("1"), t)
    assert isinstance(again, Reply)
    assert again.choices == CARD_8 and again.intent == "menu_again"
    assert again.text == choose_again(t, CARD_8).text and "Nothing" not in again.text
    await menus.answered("c1", [again])
    picked = await menus.pick_or_ask(said("1"), t)
    assert isinstance(picked, Incoming) and picked.button == "rv:ok:8"


async def test_a_number_after_a_pushed_menu_is_taken_when_nothing_else_could_be_meant(
    ctx: Ctx,
) -> None:
    """No menu before the pushed one, the same menu pushed again, or a number typed later than
    FRESH: the number picks at once."""
    now, clock = _clock(datetime(2026, 11, 29, 9, 0, tzinfo=UTC))
    menus = Menus(ctx.db, "zalo_bot", clock)
    t = ctx.i18n.get("vi")
    await menus.shown("c1", Reply("Báo cáo #8", CARD_8))
    first = await menus.pick_or_ask(said("1", chat="c1"), t)
    assert isinstance(first, Incoming) and first.button == "rv:ok:8"

    await menus.answered("c2", [Reply("Báo cáo #8", CARD_8)])
    await menus.shown("c2", Reply("Nhắc lại: báo cáo #8", CARD_8))
    same = await menus.pick_or_ask(said("2", chat="c2"), t)
    assert isinstance(same, Incoming) and same.button == "rv:no:8"

    await menus.answered("c3", [Reply("Báo cáo #7", CARD_7)])
    await menus.shown("c3", Reply("Báo cáo #8", CARD_8))
    now[0] += FRESH
    late = await menus.pick_or_ask(said("1", chat="c3"), t)
    assert isinstance(late, Incoming) and late.button == "rv:ok:8"
