"""The Zalo transport in this process against the fake Zalo Bot API, on a real database:
long polling and webhook, numbered menus, duplicates, faults and failures."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
import pytest

from bot.answering import apology, text_only
from bot.config import Settings
from bot.context import Ctx
from bot.zalo.bot_api import ZaloBotApi, ZaloError
from handlers.routing import handle
from tests.fakes.zalo_api import FakeZaloApi
from tests.zalo.conftest import serving, webhook_settings
from vocab.messages import Incoming, Reply

MAU_SON = "Mẫu Sơn còn thiếu tiêu chí nào?"


async def ask(zalo: FakeZaloApi, chat: str, text: str) -> str:
    """Send a message and return the bot's next message to that chat."""
    before = len(zalo.messages_to(chat))
    zalo.push_text(chat, text)
    sent = await zalo.wait_for_messages_async(chat, before + 1)
    return str(sent[before]["params"]["text"])


async def test_polling_answers_menus_and_duplicates(
    settings: Settings, api: ZaloBotApi, zalo: FakeZaloApi
) -> None:
    """A question gets figures, '2' picks from the menu, a repeated message_id is answered once,
    and only one getUpdates is open at a time."""
    async with serving(settings, api, zalo):
        answer = await ask(zalo, "u1", "xã Nhân Lý còn thiếu tiêu chí nào")
        assert "9/19" in answer and "Giao thông" in answer
        menu = await ask(zalo, "u2", MAU_SON)
        assert "  1. Xã Mẫu Sơn (Huyện Cao Lộc)" in menu.splitlines()
        assert "  2. Xã Mẫu Sơn (Huyện Lộc Bình)" in menu.splitlines()
        picked = await ask(zalo, "u2", "2")
        assert "Lộc Bình" in picked and "Cao Lộc" not in picked and "/19" in picked

        first = zalo.push_text("u3", "binh quan tieu chi huyen Trang Dinh")
        zalo.push_duplicate(first)
        zalo.push_text("u3", "tc 5 có bao nhiêu xã đạt")
        texts = [m["params"]["text"] for m in await zalo.wait_for_messages_async("u3", 2)]
        assert "13,24" in texts[0] and "Trường học" in texts[1]
    assert len(zalo.messages_to("u3")) == 2  # the duplicate came before the second question
    assert zalo.max_concurrent_polls == 1
    assert zalo.calls("deleteWebhook")  # polling needs no webhook


async def test_replies_get_through_send_faults_once(
    settings: Settings, api: ZaloBotApi, zalo: FakeZaloApi
) -> None:
    """A 429, a 502 and a dropped connection on sendMessage delay the answer, never lose it."""
    zalo.inject_429("sendMessage")
    zalo.inject_5xx("sendMessage", status=502)
    zalo.inject_drop("sendMessage")
    async with serving(settings, api, zalo):
        assert "13,24" in await ask(zalo, "u1", "bq tc huyện Tràng Định")
        assert "Trường học" in await ask(zalo, "u1", "tc 5 có bao nhiêu xã đạt")
    failed = [c["fault"] for c in zalo.calls("sendMessage", include_failed=True) if not c["ok"]]
    assert sorted(failed) == ["429", "5xx", "drop"]
    assert len(zalo.messages_to("u1")) == 2


async def test_polling_outlives_failures_at_start_and_on_get_updates(
    settings: Settings, api: ZaloBotApi, zalo: FakeZaloApi
) -> None:
    """A 5xx on getMe or deleteWebhook at start-up is retried; one on getUpdates is waited out
    and the next poll brings the message."""
    zalo.inject_5xx("getMe", status=502)
    zalo.inject_drop("deleteWebhook")
    zalo.inject_5xx("getUpdates", status=503)
    async with serving(settings, api, zalo):
        assert "Giao thông" in await ask(zalo, "u1", "Xã Nhân Lý còn thiếu tiêu chí nào?")
    assert [c["fault"] for c in zalo.calls("getUpdates", include_failed=True)] == ["5xx"]


async def test_photos_stickers_failures_and_blocked_chats(
    settings: Settings, api: ZaloBotApi, zalo: FakeZaloApi
) -> None:
    """A photo reaches the router as Incoming.photo with its caption; a photo alone is thanked,
    a sticker told "text only", a crash becomes an apology, a blocked chat stops nobody."""
    seen: list[Incoming] = []

    async def spy(incoming: Incoming, ctx: Ctx) -> list[Reply]:
        seen.append(incoming)
        if incoming.text == "lỗi":
            raise RuntimeError("boom")
        return await handle(incoming, ctx)

    async with serving(settings, api, zalo, spy) as ctx:
        t = ctx.i18n.get("vi")
        zalo.push_photo("u1", "https://photo.zalo.me/bang.jpg", caption="bq tc huyện Tràng Định")
        [captioned] = await zalo.wait_for_messages_async("u1", 1)
        assert "13,24" in captioned["params"]["text"]
        assert seen[-1].photo == "https://photo.zalo.me/bang.jpg"
        zalo.push_photo("u1", "https://photo.zalo.me/khac.jpg")
        zalo.push_sticker("u1")
        zalo.push_text("u1", "lỗi")
        sent = await zalo.wait_for_messages_async("u1", 4)
        photo_note, *notices = [m["params"]["text"] for m in sent[1:]]
        assert "minh chứng" in photo_note  # a photo is only used as a report's evidence
        assert notices == [text_only(t), apology(t)]
        zalo.block_chat("u2")
        zalo.push_text("u2", "bq tc toàn tỉnh")
        assert "13,38" in await ask(zalo, "u3", "bq tc toàn tỉnh")
        # u2 and u3 are answered concurrently: u3's answer may go out first.
        await zalo.wait_for_async(lambda: bool(sends_to(zalo, "u2")), what="the send to u2")
    [blocked] = sends_to(zalo, "u2")
    assert not blocked["ok"] and blocked["error"].startswith("Forbidden")


def sends_to(zalo: FakeZaloApi, chat: str) -> list[dict[str, Any]]:
    """Every sendMessage to a chat, failed ones too."""
    calls = zalo.calls("sendMessage", include_failed=True)
    return [c for c in calls if c["params"].get("chat_id") == chat]


async def test_a_wrong_token_stops_serving(settings: Settings, zalo: FakeZaloApi) -> None:
    """getMe refused with 401 ends serve() with that error at once."""
    async with httpx.AsyncClient(trust_env=False) as http:
        wrong = ZaloBotApi("1122334455:wrong", zalo.base_url, http)
        with pytest.raises(ZaloError, match="401"):
            async with serving(settings, wrong, zalo):
                pass


async def _post(url: str, body: bytes, secret: str | None = "hook-secret-0123") -> int:
    """POST a raw body to the bot's webhook (from this loop, which also serves it)."""
    headers = {"X-Bot-Api-Secret-Token": secret} if secret else {}
    async with httpx.AsyncClient(trust_env=False, timeout=10) as http:
        return (await http.post(url, content=body, headers=headers)).status_code


async def test_webhook_checks_the_secret_and_takes_both_forms(
    settings: Settings, api: ZaloBotApi, zalo: FakeZaloApi
) -> None:
    """The webhook is registered with its secret; wrapped and bare events are answered once;
    a wrong or missing secret gets 403 and no answer; bad bodies and unknown events are
    refused or skipped."""
    hooked = webhook_settings(settings)
    url = str(hooked.zalo_webhook_url)
    async with serving(hooked, api, zalo):
        assert zalo.webhook is not None
        assert (zalo.webhook["url"], zalo.webhook["secret_token"]) == (url, "hook-secret-0123")
        first = zalo.push_text("w1", "xã Nhân Lý còn thiếu tiêu chí nào")
        assert await zalo.deliver_webhook_async(first) == 200
        # answered before its 200 (a worker killed meanwhile leaves it to be sent again)
        assert len(zalo.messages_to("w1")) == 1
        assert await zalo.deliver_webhook_async(first, wrapped=False) == 200  # a redelivery
        forged = zalo.push_text("w1", "bq tc toàn tỉnh")
        assert await zalo.deliver_webhook_async(forged, secret="hook-secret-0124") == 403
        assert await zalo.deliver_webhook_async(forged, secret="") == 403
        unknown = {"event_name": "user.reacted", "message": {"message_id": "x"}}
        assert await zalo.deliver_webhook_async(unknown) == 200
        assert await _post(url, b'"not an object"') == 200  # read, then skipped
        assert await _post(url, b"{") == 400
        assert await _post(url.replace("/hook", "/other"), b"{}") == 404
        async with httpx.AsyncClient(trust_env=False) as http:
            assert (await http.get(url)).status_code == 405
        last = zalo.push_text("w1", "tc 5 có bao nhiêu xã đạt", chat_type="PRIVATE")
        assert await zalo.deliver_webhook_async(last, wrapped=False) == 200
        sent = await zalo.wait_for_messages_async("w1", 2)
    assert "Giao thông" in sent[0]["params"]["text"] and "Trường học" in sent[1]["params"]["text"]
    assert len(zalo.messages_to("w1")) == 2
    assert zalo.poll_count == 0


async def test_a_webhook_needs_its_secret(
    settings: Settings, api: ZaloBotApi, zalo: FakeZaloApi
) -> None:
    """Without ZALO_WEBHOOK_SECRET serve() refuses to open an unprotected webhook."""
    hooked = dataclasses.replace(webhook_settings(settings), zalo_webhook_secret=None)
    with pytest.raises(ValueError, match="ZALO_WEBHOOK_SECRET"):
        async with serving(hooked, api, zalo):
            pass
    assert zalo.webhook is None
