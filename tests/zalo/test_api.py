"""The Zalo Bot API client against the fake: results, 408 as nothing yet, errors, retries."""

from __future__ import annotations

import httpx
import pytest

from bot.zalo.bot_api import ZaloBotApi, ZaloError, ZaloNetworkError, api_base, call_with_retries
from tests.fakes.zalo_api import FakeZaloApi
from tests.zalo.conftest import TOKEN

NO_WAIT = (0.0, 0.0, 0.0)


def test_api_base_accepts_the_host_alone_or_with_bot() -> None:
    """ZALO_API_URL may name the host or the '/bot' prefix; both give the same base."""
    assert api_base("https://bot-api.zaloplatforms.com") == "https://bot-api.zaloplatforms.com/bot"
    assert api_base("https://bot-api.zapps.me/bot/") == "https://bot-api.zapps.me/bot"


async def test_get_me_and_get_updates(api: ZaloBotApi, zalo: FakeZaloApi) -> None:
    """getMe gives the account; getUpdates one event, or nothing after a 408."""
    assert (await api.get_me())["account_name"] == zalo.bot["account_name"]
    message_id = zalo.push_text("c1", "Xin chào")
    [event] = await api.get_updates(timeout=0)
    assert event["message"]["message_id"] == message_id
    assert await api.get_updates(timeout=0) == []
    assert zalo.poll_count == 2


async def test_refusals_become_zalo_errors_without_the_token(
    zalo: FakeZaloApi, api: ZaloBotApi
) -> None:
    """A wrong token is 401, a blocked chat 403, a 429 transient; no message holds the token."""
    async with httpx.AsyncClient(trust_env=False) as http:
        wrong = ZaloBotApi("1122334455:wrong", zalo.base_url, http)
        with pytest.raises(ZaloError) as refused:
            await wrong.get_me()
    assert refused.value.code == 401 and not refused.value.transient
    zalo.block_chat("c1")
    with pytest.raises(ZaloError) as blocked:
        await api.call("sendMessage", {"chat_id": "c1", "text": "Chào"})
    assert blocked.value.code == 403 and TOKEN not in str(blocked.value)
    zalo.inject_429("sendMessage")
    with pytest.raises(ZaloError) as limited:
        await api.call("sendMessage", {"chat_id": "c2", "text": "Chào"})
    assert limited.value.code == 429 and limited.value.transient
    assert limited.value.retry_after is None  # Zalo names no retry time


async def test_a_dropped_connection_is_a_network_error(zalo: FakeZaloApi, api: ZaloBotApi) -> None:
    """A connection closed without an answer is a transient ZaloNetworkError."""
    zalo.inject_drop("sendMessage")
    with pytest.raises(ZaloNetworkError) as lost:
        await api.call("sendMessage", {"chat_id": "c1", "text": "Chào"})
    assert lost.value.code == 0 and lost.value.transient and TOKEN not in str(lost.value)


async def test_retries_get_a_reply_through_faults(zalo: FakeZaloApi, api: ZaloBotApi) -> None:
    """429, 5xx and a drop are retried; the message is delivered exactly once."""
    zalo.inject_429("sendMessage")
    zalo.inject_5xx("sendMessage", status=502)
    zalo.inject_drop("sendMessage")
    await call_with_retries(api, "sendMessage", {"chat_id": "c1", "text": "Chào"}, NO_WAIT)
    assert zalo.texts_to("c1") == ["Chào"]
    assert len(zalo.calls("sendMessage", include_failed=True)) == 4


async def test_retries_give_up_on_refusals_and_after_the_last_try(
    zalo: FakeZaloApi, api: ZaloBotApi
) -> None:
    """A 400 is not retried; a fault that persists raises after the last retry."""
    with pytest.raises(ZaloError) as bad:
        await call_with_retries(api, "sendMessage", {"chat_id": "c1", "text": ""}, NO_WAIT)
    assert bad.value.code == 400
    assert len(zalo.calls("sendMessage", include_failed=True)) == 1
    zalo.inject_5xx("sendMessage", times=4)
    with pytest.raises(ZaloError) as down:
        await call_with_retries(api, "sendMessage", {"chat_id": "c1", "text": "x"}, NO_WAIT)
    assert down.value.code == 502
    assert zalo.texts_to("c1") == []
