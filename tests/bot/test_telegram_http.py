"""PTB over our aiohttp request: answers, uploads, and failures mapped as PTB's own request."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.telegram.http import AiohttpRequest
from tests.fakes.bot_api import FakeBotApi

TOKEN = "555000444:AIOHTTP-request-token"


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi(token=TOKEN) as fake:
        yield fake


def bot_on(api: FakeBotApi, request: AiohttpRequest) -> Bot:
    """A PTB bot whose every call goes through request."""
    return Bot(
        TOKEN,
        base_url=api.base_url,
        base_file_url=api.file_base_url,
        request=request,
        get_updates_request=AiohttpRequest(),
    )


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with bot_on(api, AiohttpRequest(4, read_timeout=0.5)) as bot:
        yield bot


async def test_messages_arrive_intact_and_in_parallel(bot: Bot, api: FakeBotApi) -> None:
    """Vietnamese text, a reply markup and many sends at once reach the fake as sent."""
    texts = [f"Xã Nhân Lý đạt {n} tiêu chí & còn thiếu: 'giao thông'?" for n in range(12)]
    sent = await asyncio.gather(*(bot.send_message(7001, text) for text in texts))
    assert [message.text for message in sent] == texts
    assert sorted(call["params"]["text"] for call in api.messages_to(7001)) == sorted(texts)


async def test_an_upload_arrives_byte_for_byte(bot: Bot, api: FakeBotApi) -> None:
    """A document goes as multipart with its name and caption; the fake stores its bytes."""
    data = bytes(range(256)) * 40
    message = await bot.send_document(7002, data, filename="tiến độ.xlsx", caption="Báo cáo")
    assert message.document is not None and message.caption == "Báo cáo"
    assert message.document.file_name == "tiến độ.xlsx"
    assert api.file_data(message.document.file_id) == data


async def test_a_dropped_connection_is_a_network_error(bot: Bot, api: FakeBotApi) -> None:
    """A connection closed without an answer raises NetworkError (not TimedOut); the next
    call goes through."""
    api.inject_drop("sendMessage")
    with pytest.raises(NetworkError) as raised:
        await bot.send_message(7003, "một")
    assert not isinstance(raised.value, TimedOut)
    await bot.send_message(7003, "hai")
    assert [call["params"]["text"] for call in api.messages_to(7003)] == ["hai"]


async def test_an_unanswered_call_times_out(bot: Bot, api: FakeBotApi) -> None:
    """A call held unanswered past the read timeout raises TimedOut, soon."""
    api.inject_stall("sendMessage")
    loop = asyncio.get_running_loop()
    began = loop.time()
    try:
        with pytest.raises(TimedOut):
            await bot.send_message(7004, "ba")
    finally:
        api.release_stalled()
    assert loop.time() - began < 3.0
    assert api.messages_to(7004) == []


async def test_a_request_must_be_initialized_first() -> None:
    """Using the request before initialize (or after shutdown) is a clear error."""
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:9/bot/getMe", "POST")
    await request.initialize()
    await request.shutdown()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:9/bot/getMe", "POST")


def test_the_environment_proxy_is_looked_up_once_per_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """HTTPS_PROXY/HTTP_PROXY apply as httpx applies them, NO_PROXY exempts a server, and the
    answer is kept per server (the environment is not read on every request)."""
    for name in ("http_proxy", "https_proxy", "no_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "api.local")
    request = AiohttpRequest()
    assert request._proxy("https://api.telegram.org/botT/getMe") == "http://proxy.example:3128"
    assert request._proxy("https://api.local/botT/getMe") is None
    assert request._proxy("http://api.telegram.org/botT/getMe") is None  # no HTTP_PROXY
    monkeypatch.setenv("NO_PROXY", "api.telegram.org")
    assert request._proxy("https://api.telegram.org/botT/sendMessage") == (
        "http://proxy.example:3128"
    )
    assert AiohttpRequest()._proxy("https://api.telegram.org/botT/getMe") is None
