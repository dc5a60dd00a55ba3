"""Tests for the fake Telegram Bot API, driven through python-telegram-bot's real Bot."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import httpx
import pytest
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from tests.fakes.bot_api import BOT_USERNAME, FakeBotApi

TOKEN = "123:ABC"
CHAT = 4242
QUESTION = "Xã Nhân Lý còn thiếu tiêu chí nào?"


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi(token=TOKEN) as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=api.base_url, base_file_url=api.file_base_url) as client:
        yield client


def keyboard() -> InlineKeyboardMarkup:
    """A one-button inline keyboard with Vietnamese text."""
    button = InlineKeyboardButton("Xem tiêu chí", callback_data="criteria:nhan-ly")
    return InlineKeyboardMarkup([[button]])


async def test_get_me(bot: Bot, api: FakeBotApi) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123, True, BOT_USERNAME)
    assert me.can_join_groups is True
    assert bot.username == BOT_USERNAME
    assert len(api.calls("getMe")) >= 2  # initialize() + explicit call


async def test_send_message_records_decoded_keyboard(bot: Bot, api: FakeBotApi) -> None:
    first = await bot.send_message(CHAT, "Chào bạn", reply_markup=keyboard())
    second = await bot.send_message(CHAT, "Lần hai")
    assert (first.message_id, second.message_id) == (1, 2)
    assert first.reply_markup == keyboard()
    assert first.from_user is not None and first.from_user.username == BOT_USERNAME
    assert first.chat.id == CHAT
    assert second.reply_markup is None
    calls = api.messages_to(CHAT)
    assert [call["params"]["text"] for call in calls] == ["Chào bạn", "Lần hai"]
    assert calls[0]["params"]["chat_id"] == CHAT
    assert calls[0]["params"]["reply_markup"] == {
        "inline_keyboard": [[{"text": "Xem tiêu chí", "callback_data": "criteria:nhan-ly"}]]
    }
    assert api.messages_to(CHAT + 1) == []


async def test_send_message_validation_and_blocked_chat(bot: Bot, api: FakeBotApi) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(CHAT, "a" * 4097)
    api.block_chat(CHAT)
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(CHAT, "hi")
    assert api.messages_to(CHAT) == []
    assert [call["ok"] for call in api.calls("sendMessage", include_failed=True)] == [False] * 2


async def test_long_poll_returns_pushed_text(bot: Bot, api: FakeBotApi) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await api.wait_for_async(lambda: api.poll_count >= 1, timeout=2)
    started = time.monotonic()
    update_id = api.push_text(CHAT, QUESTION, username="nongdan")
    updates = await poll
    assert time.monotonic() - started < 2
    assert [update.update_id for update in updates] == [update_id]
    message = updates[0].message
    assert message is not None and message.text == QUESTION
    assert message.from_user is not None and message.from_user.language_code == "vi"
    assert message.chat.type == "private" and message.chat.username == "nongdan"


async def test_long_poll_times_out_empty(bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 <= time.monotonic() - started < 3


async def test_offsets_confirm_and_duplicates_redeliver(bot: Bot, api: FakeBotApi) -> None:
    first = api.push_text(CHAT, QUESTION)
    second = api.push_command(CHAT, "/start abc")
    assert second == first + 1
    assert [u.update_id for u in await bot.get_updates(limit=1)] == [first]
    assert [u.update_id for u in await bot.get_updates()] == [first, second]
    batch = await bot.get_updates(offset=second + 1)
    assert batch == ()
    assert await bot.get_updates() == ()  # confirmed updates are gone for good
    api.push_duplicate(first)
    redelivered = await bot.get_updates(offset=second + 1)
    assert [u.update_id for u in redelivered] == [first]
    assert redelivered[0].message is not None and redelivered[0].message.text == QUESTION
    assert await bot.get_updates(offset=first + 1) == ()


async def test_command_entity(bot: Bot, api: FakeBotApi) -> None:
    api.push_command(CHAT, "/start ref_lang_son")
    (update,) = await bot.get_updates()
    assert update.message is not None
    entity = update.message.entities[0]
    assert (entity.type, entity.offset, entity.length) == ("bot_command", 0, 6)


async def test_concurrent_poll_terminates_older_one(bot: Bot, api: FakeBotApi) -> None:
    older = asyncio.create_task(bot.get_updates(timeout=5))
    await api.wait_for_async(lambda: api.poll_count >= 1, timeout=2)
    async with Bot(TOKEN, base_url=api.base_url) as second_instance:
        assert await second_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await older


async def test_callback_answer_and_edit(bot: Bot, api: FakeBotApi) -> None:
    sent = await bot.send_message(CHAT, "Chọn xã", reply_markup=keyboard())
    update_id = api.push_callback(CHAT, "criteria:nhan-ly", sent.message_id)
    (update,) = await bot.get_updates()
    query = update.callback_query
    assert update.update_id == update_id and query is not None
    assert query.data == "criteria:nhan-ly"
    assert query.message is not None and query.message.message_id == sent.message_id
    assert await bot.answer_callback_query(query.id, text="Đang tải")
    assert api.answered_callbacks[0]["text"] == "Đang tải"
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query.id)
    edited = await bot.edit_message_text("Đã chọn", chat_id=CHAT, message_id=sent.message_id)
    assert isinstance(edited, Message) and edited.text == "Đã chọn"
    assert edited.reply_markup is None  # editing without reply_markup drops the keyboard
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("Đã chọn", chat_id=CHAT, message_id=sent.message_id)
    methods = [call["method"] for call in api.messages_to(CHAT)]
    assert methods == ["sendMessage", "editMessageText"]
    with pytest.raises(LookupError):
        api.push_callback(CHAT, "x", 999)


async def test_injected_429_raises_retry_after_then_recovers(
    bot: Bot, api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    api.inject_429("sendMessage", retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(CHAT, "một")
    assert caught.value.retry_after == dtm.timedelta(seconds=3)
    assert (await bot.send_message(CHAT, "một")).message_id == 1
    calls = api.calls("sendMessage", include_failed=True)
    assert [(c["ok"], c.get("fault")) for c in calls] == [(False, "429"), (True, None)]
    assert len(api.messages_to(CHAT)) == 1


async def test_injected_502_and_wildcard(bot: Bot, api: FakeBotApi) -> None:
    api.inject_5xx("sendMessage", status=502)
    api.inject_5xx("*", status=500)
    with pytest.raises(NetworkError, match="Bad Gateway") as caught:
        await bot.send_message(CHAT, "hai")
    assert not isinstance(caught.value, RetryAfter)
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.get_me()
    assert (await bot.send_message(CHAT, "hai")).text == "hai"
    faults = [call.get("fault") for call in api.sent]
    assert faults[-3:] == ["5xx", "5xx", None]
    assert len(api.messages_to(CHAT)) == 1


async def test_injected_drop_is_network_error(bot: Bot, api: FakeBotApi) -> None:
    api.inject_drop("sendMessage")
    with pytest.raises(NetworkError):
        await bot.send_message(CHAT, "ba")
    assert api.messages_to(CHAT) == []
    assert (await bot.send_message(CHAT, "ba")).message_id == 1
    assert [c.get("fault") for c in api.calls("sendMessage", include_failed=True)] == [
        "drop",
        None,
    ]


async def test_faults_for_one_chat_leave_others_alone(bot: Bot, api: FakeBotApi) -> None:
    api.inject_5xx("sendMessage", status=503, chat_id=7)
    api.inject_drop("sendMessage", chat_id=-100)
    assert (await bot.send_message(CHAT, "bốn")).text == "bốn"
    with pytest.raises(NetworkError, match="Service Unavailable"):
        await bot.send_message(7, "bốn")
    with pytest.raises(NetworkError):
        await bot.send_message(-100, "bốn")
    await bot.send_message(7, "bốn")
    await bot.send_message(-100, "bốn")
    assert api.sends_per_chat() == {CHAT: 1, 7: 1, -100: 1}


async def test_stalled_call_is_held_then_lost(bot: Bot, api: FakeBotApi) -> None:
    api.inject_stall("sendMessage")
    api.inject_stall("sendMessage")
    sending = asyncio.create_task(bot.send_message(CHAT, "năm"))
    await api.wait_for_async(lambda: api.stalled == 1, what="one held call")
    assert api.messages_to(CHAT) == [] and not sending.done()
    api.release_stalled()  # also drops the second, unused stall
    with pytest.raises(NetworkError):
        await sending
    assert api.stalled == 0 and api.messages_to(CHAT) == []
    assert (await bot.send_message(CHAT, "năm")).text == "năm"
    faults = [c.get("fault") for c in api.calls("sendMessage", include_failed=True)]
    assert faults == ["stall", None]


async def test_lost_chat_is_not_found(bot: Bot, api: FakeBotApi) -> None:
    api.lose_chat(CHAT)
    with pytest.raises(BadRequest, match=r"[Cc]hat not found"):
        await bot.send_message(CHAT, "sáu")
    assert api.sends_per_chat() == {}


def test_inject_unknown_method_is_rejected(api: FakeBotApi) -> None:
    with pytest.raises(ValueError, match="sendMesage"):
        api.inject_429("sendMesage")


async def test_wrong_token_and_unknown_method(bot: Bot, api: FakeBotApi) -> None:
    with pytest.raises(InvalidToken, match="rejected"):
        async with Bot("999:WRONG", base_url=api.base_url):
            pass
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy")


async def test_json_form_and_get_requests(api: FakeBotApi) -> None:
    url = f"{api.base_url}{TOKEN}"
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    async with httpx.AsyncClient(trust_env=False) as client:
        as_json = await client.post(
            f"{url}/sendMessage", json={"chat_id": CHAT, "text": "123", "reply_markup": markup}
        )
        as_form = await client.post(
            f"{url}/SENDMESSAGE", data={"chat_id": str(CHAT), "text": "true"}
        )
        as_get = await client.get(f"{url}/getMe")
        missing = await client.post(f"{url}/sendMessage", data={"text": "x"})
    assert as_json.json()["result"]["reply_markup"] == markup
    assert as_form.json()["result"]["message_id"] == 2
    assert as_get.json()["result"]["username"] == BOT_USERNAME
    assert missing.status_code == 400
    assert [c["params"]["text"] for c in api.messages_to(CHAT)] == ["123", "true"]


async def test_send_photo_and_document_uploads(bot: Bot, api: FakeBotApi) -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    sent = await bot.send_photo(CHAT, photo=data, caption="Bản đồ xã", filename="map.png")
    recorded = api.calls("sendPhoto")[0]["params"]
    assert recorded["photo"] == {
        "filename": "map.png",
        "size": len(data),
        "mime_type": "image/png",
    }
    assert recorded["caption"] == "Bản đồ xã"
    assert sent.caption == "Bản đồ xã" and sent.photo[-1].file_size == len(data)
    photo_file = await bot.get_file(sent.photo[-1].file_id)
    assert bytes(await photo_file.download_as_bytearray()) == data
    doc = await bot.send_document(CHAT, document=b"a,b\n1,2\n", filename="tieu_chi.csv")
    assert doc.document is not None and doc.document.file_name == "tieu_chi.csv"
    assert api.calls("sendDocument")[0]["params"]["document"]["size"] == 8
    assert [c["method"] for c in api.messages_to(CHAT)] == ["sendPhoto", "sendDocument"]


async def test_pushed_photo_is_downloadable(bot: Bot, api: FakeBotApi) -> None:
    api.push_photo(CHAT, caption="Ảnh đường liên thôn", data=b"jpeg-bytes")
    (update,) = await bot.get_updates()
    assert update.message is not None and update.message.caption == "Ảnh đường liên thôn"
    largest = update.message.photo[-1]
    photo_file = await bot.get_file(largest.file_id)
    assert bytes(await photo_file.download_as_bytearray()) == b"jpeg-bytes"


async def test_commands_and_misc_methods(bot: Bot, api: FakeBotApi) -> None:
    assert await bot.set_my_commands([BotCommand("start", "Bắt đầu")], language_code="vi")
    assert await bot.get_my_commands(language_code="vi") == (BotCommand("start", "Bắt đầu"),)
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("bắt_đầu", "Bắt đầu")])
    assert await bot.delete_my_commands(language_code="vi")
    assert await bot.get_my_commands(language_code="vi") == ()
    assert await bot.send_chat_action(CHAT, "typing")
    with pytest.raises(BadRequest, match="action"):
        await bot.send_chat_action(CHAT, "dancing")
    assert await bot.log_out() and await bot.close()


class _Receiver(BaseHTTPRequestHandler):
    """Records webhook POSTs on its server."""

    server: _ReceiverServer

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append((dict(self.headers), json.loads(body)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


class _ReceiverServer(HTTPServer):
    received: list[tuple[dict[str, str], Any]]


@pytest.fixture
def receiver() -> Iterator[_ReceiverServer]:
    server = _ReceiverServer(("127.0.0.1", 0), _Receiver)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


async def test_webhook_conflict_and_delivery(
    bot: Bot, api: FakeBotApi, receiver: _ReceiverServer
) -> None:
    url = f"http://127.0.0.1:{receiver.server_address[1]}/telegram"
    assert await bot.set_webhook(url, secret_token="bi-mat_123")
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    update_id = api.push_text(CHAT, QUESTION)
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count) == (url, 1)
    assert await api.deliver_webhook_async(update_id) == 200
    headers, body = receiver.received[0]
    assert headers["X-Telegram-Bot-Api-Secret-Token"] == "bi-mat_123"
    assert body["update_id"] == update_id and body["message"]["text"] == QUESTION
    assert api.pending_updates == []
    assert await bot.delete_webhook()
    assert await bot.get_updates() == ()


def test_wait_for_messages_times_out_with_dump(api: FakeBotApi) -> None:
    with pytest.raises(AssertionError, match=r"1 message\(s\) to chat 7(.|\n)*pending updates"):
        api.wait_for_messages(7, 1, timeout=0.2)


async def test_wait_for_messages_wakes_on_send(bot: Bot, api: FakeBotApi) -> None:
    waiter = asyncio.create_task(api.wait_for_messages_async(CHAT, 2, timeout=5))
    await bot.send_message(CHAT, "một")
    await bot.send_message(CHAT, "hai")
    assert [m["params"]["text"] for m in await waiter] == ["một", "hai"]


async def test_stop_wakes_blocked_long_poll(bot: Bot, api: FakeBotApi) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await api.wait_for_async(lambda: api.poll_count >= 1, timeout=2)
    started = time.monotonic()
    await asyncio.to_thread(api.stop)
    assert await asyncio.wait_for(poll, timeout=3) == ()
    assert time.monotonic() - started < 2


async def test_ptb_application_polling_round_trip(api: FakeBotApi) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(f"Đã nhận: {update.effective_message.text}")

    app = ApplicationBuilder().token(TOKEN).base_url(api.base_url).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    async with app:
        assert app.updater is not None
        await app.updater.start_polling(timeout=1)
        await app.start()
        first = api.push_text(CHAT, QUESTION)
        await api.wait_for_messages_async(CHAT, 1, timeout=5)
        api.push_duplicate(first)  # redelivered although the bot confirmed it
        replies = await api.wait_for_messages_async(CHAT, 2, timeout=5)
        await app.updater.stop()
        await app.stop()
    assert [r["params"]["text"] for r in replies] == [f"Đã nhận: {QUESTION}"] * 2
    assert api.pending_updates == []
