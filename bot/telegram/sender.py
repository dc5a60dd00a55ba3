"""Deliver the courier's messages on Telegram: a Sender over PTB's Bot, errors mapped."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import Application

from bot.context import Ctx
from bot.courier import Courier, courier_settings, limits_of
from bot.delivery import RetryLater, Undeliverable
from bot.pacing import Pacer
from bot.telegram.incoming import CHANNEL
from bot.telegram.pacing import PacedRateLimiter, retry_after_seconds
from bot.telegram.render import send_reply
from vocab.messages import Reply

log = logging.getLogger(__name__)
App = Application[Any, Any, Any, Any, Any, Any]
# Bad requests that mean the chat cannot be written to, whatever we send.
GONE = ("chat not found", "user not found", "peer_id_invalid", "chat_id_invalid")


class TelegramSender:
    """Sends one Reply through PTB's Bot (the application's, so its rate limiter applies)."""

    channel = CHANNEL

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def send(self, chat_id: str, reply: Reply) -> None:
        """Send reply to chat_id; raise Undeliverable, RetryLater or the transient error."""
        try:
            chat = int(chat_id)
        except ValueError:
            raise Undeliverable(f"not a Telegram chat id: {chat_id!r}") from None
        try:
            await send_reply(self.bot, chat, reply)
        except Forbidden as exc:  # blocked by the user, kicked from the group, deactivated
            raise Undeliverable(exc.message) from exc
        except BadRequest as exc:
            if any(gone in exc.message.lower() for gone in GONE):
                raise Undeliverable(exc.message) from exc
            raise
        except RetryAfter as exc:
            raise RetryLater(retry_after_seconds(exc)) from exc


def pacer_of(app: App, ctx: Ctx) -> Pacer:
    """The pacer the application's replies pass through, so the courier shares it."""
    limiter = app.bot.rate_limiter
    if isinstance(limiter, PacedRateLimiter):
        return limiter.pacer
    log.info("the application's rate limiter has no pacer; broadcasts are paced on their own")
    return Pacer(limits_of(ctx))


def telegram_courier(ctx: Ctx, app: App) -> Courier:
    """A courier delivering the outbox's Telegram rows through the application's bot."""
    return Courier(ctx, [TelegramSender(app.bot)], pacer_of(app, ctx), courier_settings(ctx))
