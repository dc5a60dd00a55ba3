"""Serve every chat transport whose settings are present (Telegram, Zalo Bot, Zalo OA) in one
process, on one database and one reminder scheduler, until SIGINT or SIGTERM.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import timedelta

from bot.config import Settings
from bot.context import Ctx, open_ctx
from bot.downloads import start_downloads
from bot.logs import setup_logging
from bot.run_lock import AlreadyRunning, run_lock
from bot.scheduler import ReminderScheduler

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Transport:
    """One chat channel this process serves."""

    name: str
    serve: Callable[[Ctx, asyncio.Event], Awaitable[None]]
    failures: tuple[type[Exception], ...]  # failures a one-line log explains (bad token, port)


def transports(settings: Settings) -> list[Transport]:
    """Return the transports whose token (or OA app id) is set, importing only those."""
    found = []
    if settings.telegram_token:
        from bot.telegram import app as telegram

        os.environ.setdefault("PTB_TIMEDELTA", "true")
        found.append(Transport("Telegram", telegram.serve, telegram.FAILURES))
    if settings.zalo_token:
        from bot.zalo import bot_serve as zalo

        found.append(Transport("Zalo", zalo.serve, zalo.FAILURES))
    if settings.zalo_oa_app_id:
        from bot.zalo import oa_serve as zalo_oa

        found.append(Transport("Zalo OA", zalo_oa.serve, zalo_oa.FAILURES))
    return found


def with_webhook_secrets(settings: Settings) -> Settings:
    """Make up a secret for each webhook that has none (it is registered with the channel)."""
    if settings.webhook_url and not settings.webhook_secret:
        settings = replace(settings, webhook_secret=secrets.token_urlsafe(32))
    if settings.zalo_webhook_url and not settings.zalo_webhook_secret:
        settings = replace(settings, zalo_webhook_secret=secrets.token_urlsafe(32))
    return settings


def secrets_of(settings: Settings) -> list[str | None]:
    """Every token and secret known at start-up, to keep them out of the logs (OA tokens that
    rotate later are added as they come, by bot/zalo/oa_tokens.py)."""
    return [
        settings.telegram_token,
        settings.webhook_secret,
        settings.zalo_token,
        settings.zalo_webhook_secret,
        settings.zalo_oa_app_secret,
        settings.zalo_oa_secret_key,
        settings.zalo_oa_access_token,
        settings.zalo_oa_refresh_token,
        settings.invite_secret,
    ]


async def _guarded(transport: Transport, ctx: Ctx, stop: asyncio.Event) -> bool:
    """Serve one transport; if it fails, log why and stop the others. Return whether it was ok."""
    try:
        await transport.serve(ctx, stop)
        return True
    except transport.failures as exc:
        log.error("the %s bot stopped: %s", transport.name, exc)
    except Exception:
        log.exception("the %s bot stopped", transport.name)
    stop.set()
    return False


async def serve_all(settings: Settings, chosen: list[Transport]) -> bool:
    """Open the context once, serve the transports until a signal; say whether all went well."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)
    for signum in signals:
        loop.add_signal_handler(signum, stop.set)
    try:
        async with open_ctx(settings) as ctx:
            timer = ReminderScheduler(ctx, timedelta(hours=settings.reminder_grace_hours))
            await timer.start()
            files = start_downloads(ctx)
            try:
                done = await asyncio.gather(*(_guarded(t, ctx, stop) for t in chosen))
            finally:
                timer.stop()
                if files is not None:
                    files.stop()
                    await files.close_all_connections()
    finally:
        for signum in signals:
            loop.remove_signal_handler(signum)
    return all(done)


def run(settings: Settings) -> int:
    """Serve the configured transports until SIGINT/SIGTERM; return the exit status."""
    settings = with_webhook_secrets(settings)
    setup_logging(settings.log_level, secrets_of(settings))
    chosen = transports(settings)
    if not chosen:
        log.error(
            "no chat channel is configured:"
            " set TELEGRAM_BOT_TOKEN, ZALO_BOT_TOKEN or ZALO_OA_APP_ID"
        )
        return 2
    try:
        with run_lock(settings):
            return 0 if asyncio.run(serve_all(settings, chosen)) else 1
    except AlreadyRunning as exc:
        log.error("%s", exc)
        return 1
    except OSError as exc:
        log.error("the bot stopped: %s", exc)
        return 1
