"""Serve the bot as a Zalo Official Account: signed webhook events in, customer-service messages
out, the access token kept fresh, and the outbox delivered through the OA.

The webhook URL is registered in the Zalo app's dashboard (developers.zalo.me), not by an API
call, so it must already point at ZALO_OA_WEBHOOK_URL.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from datetime import timedelta
from functools import partial

import httpx

from bot.answering import Handle
from bot.config import Settings
from bot.context import Ctx
from bot.courier import Courier, courier_settings, limits_of
from bot.flood import FloodGate
from bot.pacing import Pacer
from bot.zalo.common import stop_webhook
from bot.zalo.oa_adapter import ZaloOaAdapter, ZaloOaSender
from bot.zalo.oa_api import OaApi, OaError, OAuthError, refresh_grant
from bot.zalo.oa_incoming import CHANNEL
from bot.zalo.oa_tokens import NoToken, TokenKeeper
from bot.zalo.oa_webhook import Signature, start_webhook
from store.updates import forget_before

log = logging.getLogger(__name__)
KEEP_UPDATE_KEYS = timedelta(days=7)  # answered events are remembered this long
REQUIRED = {
    "ZALO_OA_APP_ID": "zalo_oa_app_id",
    "ZALO_OA_APP_SECRET": "zalo_oa_app_secret",
    "ZALO_OA_SECRET_KEY": "zalo_oa_secret_key",
    "ZALO_OA_WEBHOOK_URL": "zalo_oa_webhook_url",
}


class OaSettingsError(ValueError):
    """The OA cannot be served with these settings."""


FAILURES = (OaSettingsError, NoToken, OAuthError, OaError, OSError)


def check_settings(settings: Settings) -> None:
    """Refuse settings the OA cannot be served with, naming what is missing or wrong."""
    missing = [name for name, field in REQUIRED.items() if not getattr(settings, field)]
    if missing:
        raise OaSettingsError(f"a Zalo OA needs {', '.join(missing)}")
    if not 0 < settings.zalo_oa_max_age < KEEP_UPDATE_KEYS.total_seconds():
        # Older events are refused; newer ones are recognised if repeated. A longer window
        # would let an event be replayed after its key was forgotten.
        raise OaSettingsError("ZALO_OA_MAX_AGE must be between 0 and 7 days (in seconds)")


def describe(settings: Settings) -> str:
    """Say in one line what this process serves, without secrets."""
    at = f"{settings.zalo_oa_webhook_listen}:{settings.zalo_oa_webhook_port}"
    return (
        f"serving Zalo OA app {settings.zalo_oa_app_id} by webhook"
        f" {settings.zalo_oa_webhook_url} on {at} (API {settings.zalo_oa_api_url})"
    )


@asynccontextmanager
async def _client(client: httpx.AsyncClient | None) -> AsyncIterator[httpx.AsyncClient]:
    """Use the given HTTP client, or open one."""
    if client is not None:
        yield client
        return
    async with httpx.AsyncClient(timeout=httpx.Timeout(10.0)) as opened:
        yield opened


async def serve(
    ctx: Ctx,
    stop: asyncio.Event | None = None,
    client: httpx.AsyncClient | None = None,
    handle: Handle | None = None,
) -> None:
    """Serve until stop is set; events received are answered before returning."""
    settings = ctx.settings
    check_settings(settings)
    app_id, app_secret = str(settings.zalo_oa_app_id), str(settings.zalo_oa_app_secret)
    stop = asyncio.Event() if stop is None else stop
    if handle is None:
        from handlers.routing import handle as route

        handle = route
    async with _client(client) as http:
        refresh = partial(refresh_grant, http, settings.zalo_oa_oauth_url, app_id, app_secret)
        keeper = TokenKeeper(ctx.db, app_id, refresh, ctx.clock)
        await keeper.start(settings.zalo_oa_access_token, settings.zalo_oa_refresh_token)
        api = OaApi(settings.zalo_oa_api_url, http, keeper)
        await forget_before(ctx.db, CHANNEL, ctx.clock() - KEEP_UPDATE_KEYS)
        adapter = ZaloOaAdapter(ctx, api, handle, FloodGate())
        signature = Signature(
            app_id, str(settings.zalo_oa_secret_key), settings.zalo_oa_max_age, ctx.clock
        )
        server = start_webhook(
            str(settings.zalo_oa_webhook_url),
            settings.zalo_oa_webhook_listen,
            settings.zalo_oa_webhook_port,
            signature,
            adapter.receive,
            settings.trusted_proxies,
        )
        courier = Courier(
            ctx, [ZaloOaSender(ctx, api)], Pacer(limits_of(ctx)), courier_settings(ctx)
        )
        courier.start()
        fresh = asyncio.create_task(keeper.keep_fresh(stop), name="zalo-oa-tokens")
        try:
            log.info(describe(settings))
            await stop.wait()
        finally:
            await stop_webhook(server)
            await adapter.drain()
            await courier.close()
            fresh.cancel()
            with suppress(asyncio.CancelledError):
                await fresh
