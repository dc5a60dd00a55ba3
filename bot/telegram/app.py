"""Serve the bot on Telegram with python-telegram-bot: long polling, or a webhook when set."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

from telegram import Bot, BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest
from tornado.httpserver import HTTPServer

from bot.answering import Handle
from bot.config import Settings
from bot.context import Ctx
from bot.courier import limits_of
from bot.flood import FloodGate
from bot.pacing import Pacer
from bot.telegram.adapter import TelegramAdapter
from bot.telegram.incoming import CHANNEL
from bot.telegram.pacing import PacedRateLimiter
from bot.telegram.sender import telegram_courier
from bot.telegram.updates import SkipUnreadable
from bot.telegram.webhook import start_webhook, stop_webhook
from handlers.routing import menu
from store.updates import forget_before
from vocab.i18n import Translator

log = logging.getLogger(__name__)
FAILURES = (TelegramError, OSError)  # how serving can fail for reasons the log line explains
App = Application[Any, Any, Any, Any, Any, Any]
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
# Updates answered at once, and HTTP connections kept to the Bot API. Sixteen answers in flight
# at ~250 ms round trips (Vietnam to Telegram's servers) make ~60 answers/s, twice Telegram's
# 30 messages/s sending limit. More buys nothing and costs CPU: httpcore scans its whole pool and
# queue on every request, so bench/telegram_throughput.py answered ~400 updates/s with 64 in
# flight over PTB's default pool of 256 connections, and ~550/s with 16 over 16.
CONCURRENT_UPDATES = 16
CONNECTION_POOL = 16
POOL_TIMEOUT = 10.0  # seconds a send may wait for a free connection (it has not left yet)
POLL_TIMEOUT = timedelta(seconds=10)
KEEP_UPDATE_KEYS = timedelta(days=7)
DEFAULT_API_URL = "https://api.telegram.org/bot"


def file_url(api_url: str) -> str:
    """Derive the file download base from the API base: '.../bot' -> '.../file/bot'."""
    base = api_url.rstrip("/")
    return base.removesuffix("/bot") + "/file/bot"


def build_application(
    ctx: Ctx,
    *,
    handle: Handle | None = None,
    rate_limiter: BaseRateLimiter[Any] | None = None,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    flood: FloodGate | None = None,
    concurrent_updates: int = CONCURRENT_UPDATES,
    connection_pool: int = CONNECTION_POOL,
) -> App:
    """Build the PTB application answering every message and button press via the router.

    `connection_pool` sizes PTB's own HTTP client; it is unused when `request` is given.
    """
    settings = ctx.settings
    if not settings.telegram_token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    if handle is None:
        from handlers.routing import handle as route

        handle = route
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .concurrent_updates(concurrent_updates)
        .job_queue(None)
        .rate_limiter(rate_limiter or PacedRateLimiter(Pacer(limits_of(ctx))))
    )
    if settings.telegram_api_url:
        url = settings.telegram_api_url
        builder = builder.base_url(url).base_file_url(file_url(url))
    if request is not None:
        builder = builder.request(request)
    else:
        builder = builder.connection_pool_size(connection_pool).pool_timeout(POOL_TIMEOUT)
    builder = builder.get_updates_request(SkipUnreadable(updates_request))
    app: App = builder.build()
    adapter = TelegramAdapter(ctx, handle, flood if flood is not None else FloodGate())
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE, adapter.on_message))
    app.add_handler(CallbackQueryHandler(adapter.on_callback))
    app.add_error_handler(adapter.on_error)
    return app


def command_menu(t: Translator) -> list[BotCommand]:
    """Return the bot's command menu in one language, from the routing table."""
    return [BotCommand(word, t._(summary)) for word, summary in menu()]


async def set_commands(bot: Bot, ctx: Ctx) -> None:
    """Publish the command menu in Vietnamese (the default) and English."""
    for language, code in (("vi", None), ("en", "en")):
        try:
            await bot.set_my_commands(command_menu(ctx.i18n.get(language)), language_code=code)
        except TelegramError as exc:
            log.warning("could not set the %s command menu: %s", language, exc)


def describe(settings: Settings, username: str) -> str:
    """Say in one line what this process serves, without the token."""
    api = f"{settings.telegram_api_url or DEFAULT_API_URL}***"
    if settings.webhook_url:
        where = f"{settings.webhook_listen}:{settings.webhook_port}"
        return f"serving @{username} by webhook {settings.webhook_url} on {where} (API {api})"
    return f"serving @{username} by long polling (API {api})"


async def start_updates(app: App, settings: Settings) -> HTTPServer | None:
    """Start receiving updates: our webhook if one is configured (returned), else polling."""
    if app.updater is None:
        raise RuntimeError("the application has no updater")
    if settings.webhook_url:
        return await start_webhook(app, settings, ALLOWED_UPDATES)
    await app.updater.start_polling(
        poll_interval=0, timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES
    )
    return None


async def serve(ctx: Ctx, stop: asyncio.Event | None = None, app: App | None = None) -> None:
    """Serve until stop is set (or the task is cancelled); fetched updates are answered first.

    The outbox courier runs beside the application, sharing its bot and pacer.
    """
    app = build_application(ctx) if app is None else app
    stop = asyncio.Event() if stop is None else stop
    await forget_before(ctx.db, CHANNEL, ctx.clock() - KEEP_UPDATE_KEYS)
    async with app:
        await set_commands(app.bot, ctx)
        await app.start()
        courier = telegram_courier(ctx, app)
        courier.start()
        hook = None
        try:
            hook = await start_updates(app, ctx.settings)
            log.info(describe(ctx.settings, app.bot.username))
            await stop.wait()
        finally:
            if isinstance(app.bot.rate_limiter, PacedRateLimiter):
                app.bot.rate_limiter.stop_waiting()  # replies held by a 429 do not delay it
            if hook is not None:
                await stop_webhook(hook)
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            await courier.close()
            await app.stop()
