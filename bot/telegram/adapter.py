"""PTB callbacks: an update in, the router's replies out, once, in order, politely on failure."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, CallbackQuery, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import CallbackContext

from bot.answering import Answerer, Handle
from bot.context import Ctx
from bot.flood import FloodGate
from bot.telegram.incoming import CHANNEL, BotIdentity, Inbound, from_callback, from_message
from bot.telegram.render import send_reply
from vocab.messages import Reply

log = logging.getLogger(__name__)
Context = CallbackContext[Any, Any, Any, Any]


def _context(inbound: Inbound, update_id: int) -> str:
    """Describe an update for a log line: update id, chat id and the start of the text."""
    text = inbound.incoming.button or inbound.incoming.text
    return f"update {update_id} chat {inbound.chat_id} text {text[:80]!r}"


class TelegramAdapter:
    """Answers messages and button presses through the router, once each, politely."""

    def __init__(self, ctx: Ctx, handle: Handle, flood: FloodGate) -> None:
        self.ctx = ctx
        self.handle = handle
        self.flood = flood
        self.answerer = Answerer(ctx, handle, flood, CHANNEL)

    async def on_message(self, update: Update, context: Context) -> None:
        """Answer a new message if it is addressed to the bot."""
        if update.message is None:
            return
        bot: Bot = context.bot
        me = BotIdentity(bot.id, bot.username)
        inbound = from_message(update.message, me)
        if inbound is not None:
            await self.process(bot, inbound, update.update_id)

    async def on_callback(self, update: Update, context: Context) -> None:
        """Acknowledge a button press at once, then answer it like a message."""
        query = update.callback_query
        if query is None:
            return
        context.application.create_task(self._acknowledge(query), update=update)
        inbound = from_callback(query)
        if inbound is not None:
            await self.process(context.bot, inbound, update.update_id)

    async def on_error(self, update: object, context: Context) -> None:
        """Log an error PTB caught outside our own handling, with the update's id."""
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("error while handling update %s", update_id, exc_info=context.error)

    async def process(self, bot: Bot, inbound: Inbound, update_id: int) -> None:
        """Answer an inbound update once, in its chat's order, within the flood limits."""
        async with self.answerer.turn(inbound.incoming, inbound.chat_id) as verdict:
            what = _context(inbound, update_id)
            incoming, kind, key = inbound.incoming, inbound.kind, inbound.key
            replies = await self.answerer.answer(incoming, kind, key, what, verdict)
            await self._send(bot, inbound, replies, update_id)
            if replies:
                await self.answerer.sent(key)

    async def _send(
        self, bot: Bot, inbound: Inbound, replies: list[Reply], update_id: int
    ) -> None:
        """Send replies in order; stop at the first that cannot be delivered."""
        for reply in replies:
            try:
                await send_reply(bot, inbound.chat_id, reply, inbound.reply_to)
            except Forbidden as exc:
                log.info("chat %s cannot be written to: %s", inbound.chat_id, exc)
                return
            except TelegramError as exc:
                log.error("could not send the reply to %s: %s", _context(inbound, update_id), exc)
                return

    @staticmethod
    async def _acknowledge(query: CallbackQuery) -> None:
        """Answer a callback query so the button stops spinning; a stale one is only logged."""
        try:
            await query.answer()
        except TelegramError as exc:
            log.info("could not acknowledge button press %s: %s", query.id, exc)
