"""Fixtures for the Zalo transport: the fake Zalo Bot API, a client of it, the bot serving it."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from bot.answering import Handle
from bot.config import Settings
from bot.context import Ctx, open_ctx
from bot.zalo.bot_api import ZaloBotApi
from bot.zalo.bot_serve import serve
from tests.fakes.zalo_api import FakeZaloApi

TOKEN = "1122334455:zalo-Secret_token-do-not-log"


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def zalo() -> Iterator[FakeZaloApi]:
    """The fake Zalo Bot API for TOKEN."""
    with FakeZaloApi(TOKEN) as fake:
        yield fake


@pytest.fixture
async def api(zalo: FakeZaloApi) -> AsyncIterator[ZaloBotApi]:
    """Our client of the fake (no proxies: loopback only)."""
    async with httpx.AsyncClient(trust_env=False, timeout=httpx.Timeout(10, read=45)) as http:
        yield ZaloBotApi(TOKEN, zalo.base_url, http)


@pytest.fixture
def settings(tmp_path: Path, zalo: FakeZaloApi) -> Settings:
    """Settings for a Zalo bot on a fresh database."""
    return Settings(
        db_path=str(tmp_path / "ntm.db"),
        zalo_token=TOKEN,
        zalo_api_url=zalo.base_url,
        zalo_poll_timeout=1,  # a stopping bot lets its open poll finish
    )


@asynccontextmanager
async def serving(
    settings: Settings, api: ZaloBotApi, zalo: FakeZaloApi, handle: Handle | None = None
) -> AsyncIterator[Ctx]:
    """Run the Zalo transport in this loop until the block ends; re-raise what it raised.

    The block starts once the bot polls (or has set its webhook), or has stopped.
    """
    polls = zalo.poll_count
    if settings.zalo_webhook_url:
        ready: Callable[[], bool] = lambda: zalo.webhook is not None  # noqa: E731
    else:
        ready = lambda: zalo.poll_count > polls  # noqa: E731
    zalo.hold_polls(True)
    async with open_ctx(settings) as ctx:
        stop = asyncio.Event()
        task = asyncio.create_task(serve(ctx, stop, api, handle))
        try:
            deadline = time.monotonic() + 10
            while not (task.done() or ready()):
                assert time.monotonic() < deadline, f"the bot did not start\n{zalo.dump()}"
                await asyncio.sleep(0.01)
            yield ctx
        finally:
            stop.set()
            zalo.hold_polls(False)  # the bot lets its open poll finish: end it now
            await task


def webhook_settings(settings: Settings, secret: str = "hook-secret-0123") -> Settings:
    """The same settings serving a webhook on a free loopback port."""
    port = free_port()
    return replace(
        settings,
        zalo_webhook_url=f"http://127.0.0.1:{port}/zalo/hook",
        zalo_webhook_secret=secret,
        zalo_webhook_port=port,
    )
