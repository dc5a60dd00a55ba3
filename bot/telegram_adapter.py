"""PTB callbacks: an update in, the router's replies out, once, in order, politely on failure."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from telegram import Bot, CallbackQuery, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import CallbackContext

from bot.context import Ctx
from bot.i18n import Translator
from bot.telegram_flood import FloodGate, Verdict
from bot.telegram_incoming import CHANNEL, BotIdentity, Inbound, Kind, from_callback, from_message
from bot.telegram_render import send_reply
from handlers.messages import Incoming, Reply
from store.updates import first_time

log = logging.getLogger(__name__)
Handle = Callable[[Incoming, Ctx], Awaitable[list[Reply]]]
Context = CallbackContext[Any, Any, Any, Any]


def apology(t: Translator) -> str:
    """Say sorry for a failure, without details."""
    return t._("Sorry, something went wrong; please try again.")


def slow_down(t: Translator) -> str:
    """Ask a user who sends too fast to wait."""
    return t._("You are sending messages too quickly. Please wait a few seconds, then ask again.")


def text_only(t: Translator) -> str:
    """Explain that only text (and captions) can be read."""
    return t._("For now I can only read text messages. Please type your question.")


class ChatLocks:
    """One lock per chat, so a chat's updates are answered in order while chats run in parallel."""

    def __init__(self) -> None:
        self._locks: dict[int, asyncio.Lock] = {}
        self._holders: dict[int, int] = {}

    @asynccontextmanager
    async def hold(self, chat_id: int) -> AsyncIterator[None]:
        """Wait for the chat's turn (queued in call order) and hold it for the block."""
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        self._holders[chat_id] = self._holders.get(chat_id, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._holders[chat_id] -= 1
            if not self._holders[chat_id]:
                del self._holders[chat_id], self._locks[chat_id]

    def busy(self) -> int:
        """Return how many chats are being answered or waiting."""
        return len(self._locks)


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
        self.locks = ChatLocks()

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
        async with self.locks.hold(inbound.chat_id):
            if not await self._first_time(inbound, update_id):
                log.info("skipped a repeated %s", _context(inbound, update_id))
                return
            verdict = self.flood.check(inbound.incoming.user_id)
            if verdict is Verdict.DROP:
                return
            t = self.ctx.i18n.get(inbound.incoming.language)
            if verdict is Verdict.WARN:
                replies = [Reply(slow_down(t), intent="flood")]
            else:
                replies = await self._replies(inbound, update_id, t)
            await self._send(bot, inbound, replies, update_id)

    async def _first_time(self, inbound: Inbound, update_id: int) -> bool:
        """Record the update; if the database fails, answer anyway (better twice than never)."""
        try:
            return await first_time(self.ctx.db, CHANNEL, inbound.key, self.ctx.clock())
        except Exception:
            log.exception("could not record %s", _context(inbound, update_id))
            return True

    async def _replies(self, inbound: Inbound, update_id: int, t: Translator) -> list[Reply]:
        """Ask the router for replies; any failure becomes a short apology."""
        if inbound.kind is Kind.OTHER:
            return [Reply(text_only(t), intent="unsupported")]
        try:
            return list(await self.handle(inbound.incoming, self.ctx))
        except Exception:
            log.exception("handler failed on %s", _context(inbound, update_id))
            return [Reply(apology(t), intent="error")]

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
