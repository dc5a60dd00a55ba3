"""The Telegram adapter, replaying recorded updates through PTB with a recording BaseRequest."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from telegram import Update

from bot.answering import apology, slow_down, text_only
from bot.context import Ctx
from bot.flood import FloodGate
from bot.telegram.app import CONCURRENT_UPDATES, set_commands
from bot.telegram.render import TEXT_LIMIT
from handlers.routing import menu
from tests.bot.harness import load_update, running
from vocab.messages import Choice, Incoming, Reply

USER_CHAT = 5012345678
GROUP_CHAT = -1001234567890


async def test_vietnamese_question_lists_missing_criteria(tg_ctx: Ctx) -> None:
    """A Vietnamese question is answered once, in plain text, with the criteria by name."""
    async with running(tg_ctx) as h:
        await h.replay("vi_text")
    [sent] = h.api.sent()
    assert sent["chat_id"] == USER_CHAT
    assert "Nhân Lý" in sent["text"] and "còn thiếu" in sent["text"]
    for name in ("Giao thông", "Điện", "Trường học", "Y tế"):
        assert name in sent["text"]
    assert "parse_mode" not in sent
    assert "reply_parameters" not in sent  # private chats get no quoted reply


async def test_english_user_gets_english(tg_ctx: Ctx) -> None:
    """A user whose client is in English gets the English answer."""
    async with running(tg_ctx) as h:
        await h.replay("english_user")
    [text] = h.api.texts()
    assert "lacks" in text and "còn thiếu" not in text
    assert "Giao thông" in text


async def test_clarifying_buttons_then_press_answers(tg_ctx: Ctx) -> None:
    """An ambiguous name gets one button per unit; pressing one is acknowledged and answered."""
    async with running(tg_ctx) as h:
        await h.replay("ambiguous_question")
        await h.replay("callback_pick")
    first, second = h.api.sent()
    rows = first["reply_markup"]["inline_keyboard"]
    assert len(rows) == 2 and all(len(row) == 1 for row in rows)
    labels = [row[0]["text"] for row in rows]
    assert any("Cao Lộc" in label for label in labels)
    assert any("Lộc Bình" in label for label in labels)
    pressed = load_update("callback_pick")["callback_query"]
    assert pressed["data"] in [row[0]["callback_data"] for row in rows]
    assert h.api.sent("answerCallbackQuery") == [{"callback_query_id": pressed["id"]}]
    assert "Mẫu Sơn" in second["text"] and "Cao Lộc" in second["text"]
    assert "Quy hoạch" in second["text"]


async def test_group_mention_is_answered_with_mention_stripped(tg_ctx: Ctx) -> None:
    """A group message mentioning the bot gets the real answer, as a reply to that message."""
    async with running(tg_ctx) as h:
        await h.replay("group_mention")
    [sent] = h.api.sent()
    assert sent["chat_id"] == GROUP_CHAT
    assert "Tràng Định" in sent["text"] and "13,24" in sent["text"]
    assert sent["reply_parameters"]["message_id"] == 9001


async def test_group_message_without_mention_is_ignored(tg_ctx: Ctx) -> None:
    """A group conversation not addressed to the bot gets no reply and leaves no record."""
    async with running(tg_ctx) as h:
        await h.replay("group_no_mention")
        await h.replay("group_command_other_bot")
    assert h.api.sent() == []
    async with tg_ctx.db.execute("SELECT COUNT(*) FROM processed_update") as cur:
        assert await cur.fetchone() == (0,)


async def test_group_command_and_reply_to_bot_are_answered(tg_ctx: Ctx) -> None:
    """A command for this bot and a reply to the bot's message are both answered in the group."""
    async with running(tg_ctx) as h:
        await h.replay("group_command")
        await h.replay("group_reply_to_bot")
    command, follow_up = h.api.sent()
    assert "Nhân Lý" in command["text"] and command["reply_parameters"]["message_id"] == 9003
    assert follow_up["reply_parameters"]["message_id"] == 9005


async def test_photo_caption_is_the_question(tg_ctx: Ctx) -> None:
    """A photo's caption is answered like text; a photo without one says what photos are for."""
    async with running(tg_ctx) as h:
        await h.replay("photo_caption")
        await h.replay("photo_no_caption")
        await h.replay("sticker")
    answer, note, sticker = h.api.texts()
    assert "Giao thông" in answer
    t = tg_ctx.i18n.get("vi")
    assert "minh chứng" in note and "Giao thông" not in note
    assert sticker == text_only(t)


async def test_redelivered_update_is_answered_once(tg_ctx: Ctx) -> None:
    """The same update delivered twice (or the same button press) produces one answer."""
    async with running(tg_ctx) as h:
        await h.replay("vi_text")
        await h.replay("vi_text")
    assert len(h.api.sent()) == 1


def _question(number: int) -> dict[str, object]:
    """A fresh message from the same user asking the same question."""
    update = load_update("vi_text")
    update["update_id"] += number
    update["message"]["message_id"] += number
    return update


async def test_flood_gets_one_warning_then_silence(tg_ctx: Ctx) -> None:
    """Past 8 messages in 10 s a user gets one 'slow down' and nothing more until it passes."""
    now = [0.0]
    gate = FloodGate(limit=8, window=10.0, clock=lambda: now[0])
    async with running(tg_ctx, flood=gate) as h:
        for number in range(11):
            await h.replay(_question(number))
        now[0] = 10.5
        await h.replay(_question(20))
    texts = h.api.texts()
    warning = slow_down(tg_ctx.i18n.get("vi"))
    assert [text == warning for text in texts] == [False] * 8 + [True] + [False]
    assert "Giao thông" in texts[-1]


async def test_a_flood_behind_a_slow_answer_does_not_hold_up_other_users(tg_ctx: Ctx) -> None:
    """Messages past the flood limit are dropped at once, not queued behind their chat's slow
    answer, so they never fill the concurrent slots: another user is still answered."""
    release = asyncio.Event()

    async def slow_for_one_chat(incoming: Incoming, ctx: Ctx) -> list[Reply]:
        if incoming.chat_id == str(USER_CHAT):
            await release.wait()
        return [Reply(f"answer to {incoming.user_name}")]

    async with running(tg_ctx, handle=slow_for_one_chat) as h:
        for number in range(CONCURRENT_UPDATES + 4):
            await h.app.update_queue.put(Update.de_json(_question(number), h.app.bot))
        await h.app.update_queue.put(Update.de_json(load_update("english_user"), h.app.bot))
        try:
            async with asyncio.timeout(5):
                while not h.api.texts():  # noqa: ASYNC110 (PTB sends from its own tasks)
                    await asyncio.sleep(0.01)
            first = h.api.texts()
        finally:
            release.set()
        async with asyncio.timeout(5):
            while len(h.api.texts()) < 10:  # noqa: ASYNC110 (the flooder: 8 answers, 1 warning)
                await asyncio.sleep(0.01)
    assert first == ["answer to Anna Văn Bình"]
    texts = h.api.texts()
    assert texts.count(slow_down(tg_ctx.i18n.get("vi"))) == 1
    assert len(texts) == 10


async def test_handler_failure_becomes_an_apology(
    tg_ctx: Ctx, caplog: pytest.LogCaptureFixture
) -> None:
    """A crash in handling gives the user a short apology in their language and logs context."""

    async def broken(incoming: Incoming, ctx: Ctx) -> list[Reply]:
        raise RuntimeError("database on fire")

    async with running(tg_ctx, handle=broken) as h:
        with caplog.at_level(logging.ERROR):
            await h.replay("vi_text")
            await h.replay("english_user")
    vi, en = h.api.texts()
    assert vi == apology(tg_ctx.i18n.get("vi"))
    assert en == apology(tg_ctx.i18n.get("en"))
    assert "fire" not in vi + en and "Traceback" not in vi + en
    logged = [r for r in caplog.records if r.exc_info]
    assert "update 584120001" in logged[0].getMessage()
    assert f"chat {USER_CHAT}" in logged[0].getMessage()
    assert "Nhân Lý" in logged[0].getMessage()


async def test_long_reply_is_split_at_lines_with_keyboard_last(tg_ctx: Ctx) -> None:
    """A reply over 4096 characters goes out in parts cut at line ends; buttons on the last."""
    lines = [f"{n}. Xã Hữu Lũng đạt tiêu chí Giao thông, Thủy lợi và Điện" for n in range(300)]
    choice = Choice("Xem tiếp", "more:1")

    async def verbose(incoming: Incoming, ctx: Ctx) -> list[Reply]:
        return [Reply("\n".join(lines), (choice,))]

    async with running(tg_ctx, handle=verbose) as h:
        await h.replay("vi_text")
    parts = h.api.sent()
    assert len(parts) >= 3
    assert all(len(part["text"]) <= TEXT_LIMIT for part in parts)
    assert "\n".join(part["text"] for part in parts).split("\n") == lines
    assert [("reply_markup" in part) for part in parts] == [False] * (len(parts) - 1) + [True]


async def test_image_reply_is_sent_as_photo_with_caption(tg_ctx: Ctx, tmp_path: Path) -> None:
    """A reply with an image file is uploaded as a photo, its text as caption, buttons on it."""
    chart = tmp_path / "chart.png"
    chart.write_bytes(b"\x89PNG\r\n\x1a\nfake")

    async def with_chart(incoming: Incoming, ctx: Ctx) -> list[Reply]:
        return [Reply("Biểu đồ tiêu chí", (Choice("Chi tiết", "d:1"),), image=str(chart))]

    async with running(tg_ctx, handle=with_chart) as h:
        await h.replay("vi_text")
    [photo] = h.api.sent("sendPhoto")
    assert photo["caption"] == "Biểu đồ tiêu chí"
    assert photo["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "d:1"
    assert h.api.sent() == []


async def test_command_menu_in_vietnamese_and_english(tg_ctx: Ctx) -> None:
    """Start-up publishes the same commands as the default and the English menu."""
    async with running(tg_ctx) as h:
        await set_commands(h.app.bot, tg_ctx)
    default, english = h.api.sent("setMyCommands")
    names = ["start", "help", "xa", "huyen", "tieuchi", "tinh", "dangky", "capnhat", "baocao"]
    names += ["choduyet", "lichsu", "nhacnho", "xuat", "bieudo", "huy"]
    assert [word for word, _ in menu()] == names
    assert [c["command"] for c in default["commands"]] == names
    assert [c["command"] for c in english["commands"]] == names
    assert "language_code" not in default and english["language_code"] == "en"
    assert all(c["description"] for c in default["commands"] + english["commands"])
    vi_menu = {c["command"]: c["description"] for c in default["commands"]}
    en_menu = {c["command"]: c["description"] for c in english["commands"]}
    assert vi_menu["tinh"] != en_menu["tinh"]  # the default (Vietnamese) menu is translated


async def test_answers_even_when_recording_the_update_fails(
    tg_ctx: Ctx, caplog: pytest.LogCaptureFixture
) -> None:
    """If the dedup table cannot be written, the question is still answered and it is logged."""
    await tg_ctx.db.execute("DROP TABLE processed_update")
    async with running(tg_ctx) as h:
        with caplog.at_level(logging.ERROR):
            await h.replay("vi_text")
    [text] = h.api.texts()
    assert "Giao thông" in text
    assert any("could not record update 584120001" in r.getMessage() for r in caplog.records)
