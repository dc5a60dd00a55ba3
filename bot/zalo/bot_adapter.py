"""Zalo Bot events in, the router's replies out: once, in each chat's order, politely on failure.

Also the Sender of bot-started messages on Zalo (reminders, notices), for the outbox.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.answering import Handle
from bot.context import Ctx
from bot.delivery import RetryLater, Undeliverable
from bot.downloads import public
from bot.flood import FloodGate
from bot.menu import Menus
from bot.zalo.bot_api import QUOTA, ZaloBotApi, ZaloError, call_with_retries
from bot.zalo.bot_incoming import CHANNEL
from bot.zalo.bot_incoming import parse as parse_event
from bot.zalo.bot_render import plan
from bot.zalo.common import Inbound, ZaloEvents
from vocab.i18n import Translator
from vocab.messages import Reply

log = logging.getLogger(__name__)
QUOTA_WAIT = 60.0  # seconds a bot-started message waits after a 429 that names no time
GONE = (400, 403)  # Zalo refuses this chat or this message for good


class ZaloAdapter(ZaloEvents[Reply]):
    """Answers Zalo Bot events through the router (see ZaloEvents): each reply is sent as the
    calls it plans, its numbered menu remembered as the shared menus do."""

    def __init__(
        self, ctx: Ctx, api: ZaloBotApi, handle: Handle, flood: FloodGate, bot_name: str = ""
    ) -> None:
        super().__init__(ctx, handle, flood, CHANNEL, "Zalo")
        self.api = api
        self.bot_name = bot_name

    def parse(self, body: Any) -> Inbound | None:
        """Map a Zalo Bot event (wrapped or bare) to an Inbound, or None when not for us."""
        return parse_event(body, self.bot_name, self.ctx.settings.locale)

    def describe(self, inbound: Inbound) -> str:
        """Describe an event for a log line: chat, message id and the start of the text."""
        incoming = inbound.incoming
        return f"message {incoming.message_id} chat {incoming.chat_id} text {incoming.text[:80]!r}"

    async def prepare(self, chat_id: str, replies: list[Reply], t: Translator) -> list[Reply]:
        """Remember the menu of the last reply; return the replies as they are to be shown."""
        return await self.menus.answered(chat_id, replies)

    async def deliver(self, chat_id: str, item: Reply, t: Translator, what: str) -> bool:
        """Send one reply, retrying lost answers and short rate limits; False if it failed."""
        reply = await public(self.ctx, item, t)
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
