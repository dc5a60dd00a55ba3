"""The Zalo Sender for bot-started messages: delivery, its menu, and how failures are told."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.context import open_ctx
from bot.delivery import RetryLater, Sender, Undeliverable
from bot.zalo.bot_adapter import QUOTA_WAIT, ZaloSender
from bot.zalo.bot_api import ZaloBotApi, ZaloError
from tests.fakes.zalo_api import FakeZaloApi
from tests.zalo.conftest import serving
from vocab.messages import Choice, Reply

TRANG_DINH = Choice("Bình quân tiêu chí Huyện Tràng Định", "ask:average:180")


async def test_a_started_message_is_sent_and_its_menu_answers_a_number(
    settings: Settings, api: ZaloBotApi, zalo: FakeZaloApi
) -> None:
    """The Sender sends the text with a numbered menu; the user's '1' then picks that choice,
    through the bot serving the same database."""
    async with open_ctx(settings) as ctx:
        sender: Sender = ZaloSender(ctx, api)
        assert sender.channel == "zalo_bot"
        await sender.send("u1", Reply("Nhắc việc: xem số liệu tháng này.", (TRANG_DINH,)))
    [notice] = zalo.texts_to("u1")
    assert notice.splitlines()[1:] == [f"  1. {TRANG_DINH.label}", "Trả lời 1 để chọn."]
    async with serving(settings, api, zalo):
        zalo.push_text("u1", "1")
        answer = (await zalo.wait_for_messages_async("u1", 2))[1]["params"]["text"]
    assert "Tràng Định" in answer and "13,24" in answer


async def test_failures_are_told_apart(
    settings: Settings, api: ZaloBotApi, zalo: FakeZaloApi
) -> None:
    """A blocked chat or a refused message is Undeliverable, a 429 RetryLater, a 5xx or a lost
    answer an ordinary (transient) ZaloError; nothing is retried by the Sender itself."""
    async with open_ctx(settings) as ctx:
        sender = ZaloSender(ctx, api)
        zalo.block_chat("gone")
        with pytest.raises(Undeliverable, match="403"):
            await sender.send("gone", Reply("Nhắc việc"))
        with pytest.raises(Undeliverable, match="400"):
            await sender.send("", Reply("Nhắc việc"))
        zalo.inject_429("sendMessage")
        with pytest.raises(RetryLater) as later:
            await sender.send("u1", Reply("Nhắc việc"))
        assert later.value.seconds == QUOTA_WAIT
        zalo.inject_5xx("sendMessage", status=500)
        with pytest.raises(ZaloError) as down:
            await sender.send("u1", Reply("Nhắc việc"))
        assert down.value.transient
        zalo.inject_drop("sendMessage")
        with pytest.raises(ZaloError) as lost:
            await sender.send("u1", Reply("Nhắc việc"))
        assert lost.value.transient
        await sender.send("u1", Reply("Nhắc việc"))
    assert zalo.texts_to("u1") == ["Nhắc việc"]
    assert len(zalo.calls("sendMessage", include_failed=True)) == 6


async def test_a_number_typed_as_a_new_menu_arrives_is_asked_again(
    settings: Settings, api: ZaloBotApi, zalo: FakeZaloApi
) -> None:
    """A user answering an earlier menu just as a started message brings another gets that
    menu again with a word on why, and nothing is picked; their next '1' picks from it."""
    async with serving(settings, api, zalo):
        zalo.push_text("u1", "Mẫu Sơn còn thiếu tiêu chí nào?")
        [question] = await zalo.wait_for_messages_async("u1", 1)
        assert "Cao Lộc" in question["params"]["text"]
        async with open_ctx(settings) as ctx:
            await ZaloSender(ctx, api).send("u1", Reply("Nhắc việc: xem số liệu.", (TRANG_DINH,)))
        zalo.push_text("u1", "1")
        again = (await zalo.wait_for_messages_async("u1", 3))[2]["params"]["text"]
        zalo.push_text("u1", "1")
        answer = (await zalo.wait_for_messages_async("u1", 4))[3]["params"]["text"]
    assert again.startswith("Vừa có tin nhắn mới đến") and TRANG_DINH.label in again
    assert "Mẫu Sơn" not in again
    assert "Tràng Định" in answer and "13,24" in answer
