"""Fixtures for the Zalo OA transport: the fake OA and OAuth server, settings for it, and the
transport serving in this process on a real database."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from bot.answering import Handle
from bot.config import Settings
from bot.context import Ctx, open_ctx, utc_now
from bot.zalo.oa_serve import serve
from tests.e2e.process import free_port
from tests.fakes.zalo_oa import FakeZaloOa


@pytest.fixture
def oa() -> Iterator[FakeZaloOa]:
    """The fake OA, with the webhook URL its dashboard would hold."""
    with FakeZaloOa() as fake:
        yield fake


def oa_settings(tmp_path: Path, oa: FakeZaloOa, access: str | None, refresh: str) -> Settings:
    """Settings for an OA bot on a database in tmp_path, its webhook on a free port."""
    port = free_port()
    oa.webhook_url = f"http://127.0.0.1:{port}/zalo-oa"
    return Settings(
        db_path=str(tmp_path / "ntm.db"),
        zalo_oa_app_id=oa.app_id,
        zalo_oa_app_secret=oa.app_secret,
        zalo_oa_secret_key=oa.secret_key,
        zalo_oa_access_token=access,
        zalo_oa_refresh_token=refresh,
        zalo_oa_api_url=oa.api_url,
        zalo_oa_oauth_url=oa.oauth_url,
        zalo_oa_webhook_url=oa.webhook_url,
        zalo_oa_webhook_port=port,
    )


@pytest.fixture
def settings(tmp_path: Path, oa: FakeZaloOa) -> Settings:
    """Settings with a freshly authorised token pair."""
    return oa_settings(tmp_path, oa, *oa.issue_pair())


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client without proxies (loopback only)."""
    async with httpx.AsyncClient(trust_env=False, timeout=httpx.Timeout(10.0)) as client:
        yield client


async def _listening(url: str, http: httpx.AsyncClient) -> bool:
    try:
        return (await http.get(url)).status_code == 200
    except httpx.HTTPError:
        return False


@asynccontextmanager
async def serving(
    settings: Settings,
    http: httpx.AsyncClient,
    handle: Handle | None = None,
    clock: Callable[[], datetime] = utc_now,
) -> AsyncIterator[Ctx]:
    """Run the OA transport in this loop until the block ends; re-raise what it raised.

    The block starts once the webhook answers (or the transport has stopped).
    """
    async with open_ctx(settings, clock) as ctx:
        stop = asyncio.Event()
        task = asyncio.create_task(serve(ctx, stop, http, handle))
        try:
            deadline = time.monotonic() + 10
            while not task.done() and not await _listening(
                str(settings.zalo_oa_webhook_url), http
            ):
                assert time.monotonic() < deadline, "the OA webhook did not start"
                await asyncio.sleep(0.02)
            yield ctx
        finally:
            stop.set()
            await task
