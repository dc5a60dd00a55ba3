"""Serve the bot on the Zalo Bot Platform: long polling, or a webhook when one is configured."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from datetime import timedelta

import httpx

from bot.answering import Handle
from bot.config import Settings
from bot.context import Ctx
from bot.courier import Courier, courier_settings, limits_of
from bot.flood import FloodGate
from bot.pacing import Pacer
from bot.zalo.bot_adapter import ZaloAdapter, ZaloSender
from bot.zalo.bot_api import ZaloBotApi, ZaloError
from bot.zalo.bot_incoming import CHANNEL
from bot.zalo.common import stop_webhook
from bot.zalo.webhook import start_webhook
from store.updates import forget_before

log = logging.getLogger(__name__)
FAILURES = (ZaloError, OSError)  # how serving can fail for reasons the log line explains
BACKOFF = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)
KEEP_UPDATE_KEYS = timedelta(days=7)
POLL_GRACE = 5.0  # seconds past its timeout an open long poll may take at shutdown
FATAL = (401, 403, 404)  # a wrong token or API address: polling again will not help


def describe(settings: Settings, name: str, api: ZaloBotApi) -> str:
    """Say in one line what this process serves, without the token."""
    where = f"(API {api.base_url}***)"
    if settings.zalo_webhook_url:
        at = f"{settings.zalo_webhook_listen}:{settings.zalo_webhook_port}"
        return f"serving Zalo bot {name!r} by webhook {settings.zalo_webhook_url} on {at} {where}"
    return f"serving Zalo bot {name!r} by long polling {where}"


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    """Sleep, waking early when stop is set."""
    with suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


async def poll(api: ZaloBotApi, adapter: ZaloAdapter, stop: asyncio.Event, timeout: int) -> None:
    """Fetch events with one getUpdates call at a time and hand each to the adapter."""
    failures = 0
    while not stop.is_set():
        try:
            found = await api.get_updates(timeout)
        except ZaloError as exc:
            if exc.code in FATAL:
                raise
            delay = exc.retry_after or BACKOFF[min(failures, len(BACKOFF) - 1)]
            failures += 1
            log.warning("getUpdates failed (%s); polling again in %.0f s", exc, delay)
            await _pause(stop, delay)
            continue
        failures = 0
        for event in found:
            adapter.submit(event)


async def _poll_until(
    api: ZaloBotApi, adapter: ZaloAdapter, stop: asyncio.Event, timeout: int
) -> None:
    """Poll until stop is set or polling fails for good.

    At stop the open long poll is let finish (at most its timeout): Zalo may hand it a message
    at any moment and, without an offset, would not give that message again.
    """
    poller = asyncio.create_task(poll(api, adapter, stop, timeout))
    stopper = asyncio.create_task(stop.wait())
    await asyncio.wait({poller, stopper}, return_when=asyncio.FIRST_COMPLETED)
    stopper.cancel()
    await asyncio.wait({poller}, timeout=timeout + POLL_GRACE)
    if not poller.done():
        poller.cancel()
        await asyncio.wait({poller})
    if not poller.cancelled():
        poller.result()  # raises what ended polling for good


@asynccontextmanager
async def _api(settings: Settings, api: ZaloBotApi | None) -> AsyncIterator[ZaloBotApi]:
    """Use the given client, or open one for the configured token and address."""
    if api is not None:
        yield api
        return
    if not settings.zalo_token:
        raise ValueError("ZALO_BOT_TOKEN is not set")
    async with httpx.AsyncClient(timeout=httpx.Timeout(10.0)) as client:
        yield ZaloBotApi(settings.zalo_token, settings.zalo_api_url, client)


async def serve(
    ctx: Ctx,
    stop: asyncio.Event | None = None,
    api: ZaloBotApi | None = None,
    handle: Handle | None = None,
) -> None:
    """Serve until stop is set (or polling fails for good); events received are answered first."""
    settings = ctx.settings
    stop = asyncio.Event() if stop is None else stop
    if handle is None:
        from handlers.routing import handle as route

        handle = route
    async with _api(settings, api) as zalo:
        me = await zalo.get_me()
        name = str(me.get("account_name") or me.get("id") or "?")
        await forget_before(ctx.db, CHANNEL, ctx.clock() - KEEP_UPDATE_KEYS)
        adapter = ZaloAdapter(ctx, zalo, handle, FloodGate(), name)
        courier = Courier(
            ctx, [ZaloSender(ctx, zalo)], Pacer(limits_of(ctx)), courier_settings(ctx)
        )
        courier.start()
        try:
            if settings.zalo_webhook_url:
                await _serve_webhook(settings, zalo, adapter, stop, name)
            else:
                await zalo.delete_webhook()  # polling works only without a webhook
                log.info(describe(settings, name, zalo))
                await _poll_until(zalo, adapter, stop, settings.zalo_poll_timeout)
        finally:
            await adapter.drain()
            await courier.close()


async def _serve_webhook(
    settings: Settings, api: ZaloBotApi, adapter: ZaloAdapter, stop: asyncio.Event, name: str
) -> None:
    """Listen first, then register the webhook with Zalo; serve until stop is set."""
    url, secret = settings.zalo_webhook_url, settings.zalo_webhook_secret
    if not url or not secret:
        raise ValueError("a Zalo webhook needs ZALO_WEBHOOK_URL and ZALO_WEBHOOK_SECRET")
    server = start_webhook(
        url, settings.zalo_webhook_listen, settings.zalo_webhook_port, secret, adapter.receive
    )
    try:
        await api.set_webhook(url, secret)
        log.info(describe(settings, name, api))
        await stop.wait()
    finally:
        await stop_webhook(server)
