"""The Telegram webhook looks at the secret before the body, caps the body, and says 400
(not 500) to a body with the right secret that is not an update."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace

import pytest

from bot.context import Ctx
from bot.telegram.app import build_application, start_updates
from bot.telegram.webhook import stop_webhook
from tests.bot.harness import RecordingRequest, load_update
from tests.e2e.process import free_port
from vocab.messages import Incoming, Reply

SECRET = "hook-secret_for-tests"
HUGE = 90 * 1024 * 1024


@dataclass
class Hook:
    """The webhook of a running application, and what reached the router."""

    port: int
    seen: list[str]
    hold: asyncio.Event  # the router answers once this is set (set unless a test clears it)


@pytest.fixture
async def hook(tg_ctx: Ctx) -> AsyncIterator[Hook]:
    """An application serving the webhook on 127.0.0.1, its router recording the texts."""
    port = free_port()
    settings = replace(
        tg_ctx.settings,
        webhook_url=f"http://127.0.0.1:{port}/hook",
        webhook_listen="127.0.0.1",
        webhook_port=port,
        webhook_secret=SECRET,
    )
    seen: list[str] = []
    hold = asyncio.Event()
    hold.set()

    async def route(incoming: Incoming, ctx: Ctx) -> list[Reply]:
        seen.append(incoming.text)
        await hold.wait()
        return []

    app = build_application(tg_ctx, handle=route, request=RecordingRequest())
    async with app:
        await app.start()
        server = await start_updates(app, settings)
        assert server is not None
        try:
            yield Hook(port, seen, hold)
        finally:
            await stop_webhook(server)
            await app.stop()


async def _post_head(port: int, headers: dict[str, str], body: bytes = b"") -> int:
    """Send a POST's headers (and body, if given); return the status, within 3 s."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        writer.write(f"POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\n{head}\r\n".encode() + body)
        await writer.drain()
        line = await asyncio.wait_for(reader.readline(), timeout=3)
        return int(line.split()[1])
    finally:
        writer.close()


def _headers(length: int, secret: str | None = SECRET) -> dict[str, str]:
    found = {"Content-Type": "application/json", "Content-Length": str(length)}
    if secret is not None:
        found["X-Telegram-Bot-Api-Secret-Token"] = secret
    return found


async def test_a_call_without_the_secret_is_refused_before_its_body(hook: Hook) -> None:
    """A 90 MiB POST without (or with a wrong) secret is answered 403 from its headers alone:
    the body is never sent, and the answer does not wait for it."""
    assert await _post_head(hook.port, _headers(HUGE, secret=None)) == 403
    assert await _post_head(hook.port, _headers(HUGE, secret="wrong")) == 403


async def test_a_body_over_the_cap_is_refused_unread(hook: Hook) -> None:
    """Even with the right secret, a body declared larger than the cap gets 413 at once."""
    assert await _post_head(hook.port, _headers(HUGE)) == 413


async def test_a_malformed_body_with_the_secret_is_a_bad_request(hook: Hook) -> None:
    """Non-UTF-8 bytes, broken JSON and JSON that is no update get 400, and reach nobody."""
    for body in (b"\xff\xfe{}", b'{"update_id": 1, "message": ', b"[1, 2]", b'{"x": 1}'):
        assert await _post_head(hook.port, _headers(len(body)), body) == 400, body
    good = json.dumps(load_update("vi_text")).encode()
    assert await _post_head(hook.port, _headers(len(good)), good) == 200
    for _ in range(50):
        if hook.seen:
            break
        await asyncio.sleep(0.05)
    assert len(hook.seen) == 1


async def test_an_update_is_answered_before_its_200(hook: Hook, tg_ctx: Ctx) -> None:
    """The 200 comes after the turn: while the router is still answering no 200 is sent (a
    worker killed then leaves Telegram to send the update again); after it, the update's key
    is committed."""
    update = load_update("vi_text")
    body = json.dumps(update).encode()
    hook.hold.clear()
    posting = asyncio.create_task(_post_head(hook.port, _headers(len(body)), body))
    for _ in range(50):
        if hook.seen:
            break
        await asyncio.sleep(0.02)
    assert hook.seen == [update["message"]["text"]]
    try:
        await asyncio.sleep(0.3)
        assert not posting.done()  # being answered: not acknowledged yet
    finally:
        hook.hold.set()
    assert await posting == 200
    keys = await tg_ctx.db.fetch_all("SELECT update_key FROM processed_update")
    assert len(keys) == 1
