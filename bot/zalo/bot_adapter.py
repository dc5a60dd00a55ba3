"""Zalo Bot events in, the router's replies out: once, in each chat's order, politely on failure.

Also the Sender of bot-started messages on Zalo (reminders, notices), for the outbox.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.answering import Answerer, EventTasks, Handle
from bot.context import Ctx
from bot.delivery import RetryLater, Undeliverable
from bot.downloads import public
from bot.flood import FloodGate
from bot.menu import Menus, answer_picking
from bot.zalo.bot_api import QUOTA, ZaloBotApi, ZaloError, call_with_retries
from bot.zalo.bot_incoming import CHANNEL, parse
from bot.zalo.bot_render import plan
from bot.zalo.common import Inbound
from vocab.i18n import Translator
from vocab.messages import Reply

log = logging.getLogger(__name__)
QUOTA_WAIT = 60.0  # seconds a bot-started message waits after a 429 that names no time
GONE = (400, 403)  # Zalo refuses this chat or this message for good


def _context(inbound: Inbound) -> str:
    """Describe an event for a log line: chat, message id and the start of the text."""
    incoming = inbound.incoming
    return f"message {incoming.message_id} chat {incoming.chat_id} text {incoming.text[:80]!r}"


class ZaloAdapter:
    """Answers Zalo Bot events through the router; each event is answered in its own task."""

    def __init__(
        self, ctx: Ctx, api: ZaloBotApi, handle: Handle, flood: FloodGate, bot_name: str = ""
    ) -> None:
        self.ctx = ctx
        self.api = api
        self.bot_name = bot_name
        self.answerer = Answerer(ctx, handle, flood, CHANNEL)
        self.menus = Menus(ctx.db, CHANNEL, ctx.clock)
        self.running = EventTasks("Zalo")

    def submit(self, body: Any) -> None:
        """Start answering an event (wrapped or bare); unknown events are logged and skipped."""
        inbound = parse(body, self.bot_name, self.ctx.settings.locale)
        if inbound is None:
            return
        self.running.start(self.process(inbound))

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for the events being answered (at most timeout seconds), then cancel the rest."""
        await self.running.drain(timeout)

    async def process(self, inbound: Inbound) -> None:
        """Answer one event once, after the earlier events of its chat; never raises."""
        chat_id = inbound.incoming.chat_id
        what = _context(inbound)
        async with self.answerer.turn(inbound.incoming, chat_id) as verdict:
            t = self.ctx.i18n.get(inbound.incoming.language)
            try:
                replies = await answer_picking(
                    self.menus,
                    self.answerer,
                    inbound.incoming,
                    t,
                    inbound.kind,
                    inbound.key,
                    what,
                    verdict,
                )
                if replies:
                    replies = await self.menus.answered(chat_id, replies)
            except Exception:
                log.exception("could not answer %s", what)
                return
            for reply in replies:
                if not await self._send(chat_id, reply, t, what):
                    return

    async def _send(self, chat_id: str, reply: Reply, t: Translator, what: str) -> bool:
        """Send one reply, retrying lost answers and short rate limits; False if it failed."""
        reply = await public(self.ctx, reply, t)
        for send in plan(reply, t):
            try:
                await call_with_retries(self.api, send.method, {"chat_id": chat_id, **send.body})
            except ZaloError as exc:
                if exc.code == 403:
                    log.info("chat %s cannot be written to: %s", chat_id, exc)
                else:
                    log.error("could not send the reply to %s: %s", what, exc)
                return False
        return True


class ZaloSender:
    """Sends bot-started messages on Zalo; the numbered menu of one is remembered for replies."""

    channel = CHANNEL

    def __init__(self, ctx: Ctx, api: ZaloBotApi) -> None:
        self.ctx = ctx
        self.api = api
        self.menus = Menus(ctx.db, CHANNEL, ctx.clock)
        self.t = ctx.i18n.get(None)

    async def send(self, chat_id: str, reply: Reply) -> None:
        """Deliver reply, or raise Undeliverable, RetryLater or ZaloError (transient)."""
        reply = await public(self.ctx, await self.menus.started(chat_id, reply), self.t)
        for send in plan(reply, self.t):
            try:
                await self.api.call(send.method, {"chat_id": chat_id, **send.body})
            except ZaloError as exc:
                if exc.code == QUOTA:
                    raise RetryLater(exc.retry_after or QUOTA_WAIT) from exc
                if exc.code in GONE:
                    raise Undeliverable(str(exc)) from exc
                raise
