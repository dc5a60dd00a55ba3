"""Zalo OA events in, the router's replies out as customer-service messages: once, in each
chat's order, politely on failure. Also the OA's Sender of bot-started messages (the outbox).
"""

from __future__ import annotations

import logging
from typing import Any

from bot.answering import Handle
from bot.context import Ctx
from bot.delivery import RetryLater, Undeliverable
from bot.downloads import public
from bot.flood import FloodGate
from bot.zalo.common import Inbound, ZaloEvents
from bot.zalo.oa_api import OaApi, OaError, OAuthError, send_with_retries
from bot.zalo.oa_incoming import CHANNEL
from bot.zalo.oa_incoming import parse as parse_event
from bot.zalo.oa_render import Plan, plan
from bot.zalo.oa_tokens import NoToken
from store.menus import save_menu
from vocab.i18n import Translator
from vocab.messages import Choice, Reply

log = logging.getLogger(__name__)
SEND_FAILURES = (OaError, OAuthError, NoToken)
RATE_WAIT = 60.0  # seconds a bot-started message waits after a rate limit that names no time
QUOTA_WAIT = 3600.0  # seconds it waits when the OA's (or the user's) message quota is used up
GONE = frozenset({-213, -227, -244})  # unfollowed; banned or away 45 days; refuses such messages
REFUSED = frozenset({-230, -232, -201, -210})  # outside the 7-day window; a message Zalo rejects
QUOTA = frozenset({-211, -218})  # the OA's quota, or this user's, is used up


async def remember(
    ctx: Ctx, chat_id: str, menu: tuple[Choice, ...], *, pushed: bool = False
) -> None:
    """Keep the numbered menu just shown in a chat (none: forget the old one); `pushed` when
    it came with a message the bot started."""
    now = ctx.clock().isoformat(timespec="seconds")
    await save_menu(ctx.db, CHANNEL, chat_id, menu, now, pushed=pushed)


class ZaloOaAdapter(ZaloEvents[Plan]):
    """Answers OA events through the router (see ZaloEvents): each reply is planned as
    customer-service messages first, and the menu remembered is the one the last plan numbers
    (choices that fit as buttons are not numbered)."""

    def __init__(self, ctx: Ctx, api: OaApi, handle: Handle, flood: FloodGate) -> None:
        super().__init__(ctx, handle, flood, CHANNEL, "Zalo OA")
        self.api = api

    def parse(self, body: Any) -> Inbound | None:
        """Map an OA event to an Inbound, or None when it is not for us (logged)."""
        return parse_event(body, self.ctx.settings.locale)

    def describe(self, inbound: Inbound) -> str:
        """Describe an event for a log line: user, message id and the start of the text."""
        incoming = inbound.incoming
        what = incoming.text[:80] if incoming.button is None else f"button {incoming.button[:80]}"
        return f"message {incoming.message_id} user {incoming.chat_id} {what!r}"

    async def prepare(self, chat_id: str, replies: list[Reply], t: Translator) -> list[Plan]:
        """Plan each reply's messages; remember the numbered menu of the last."""
        plans = [plan(await public(self.ctx, reply, t), t) for reply in replies]
        if plans:
            await remember(self.ctx, chat_id, plans[-1].menu)
        return plans

    async def deliver(self, chat_id: str, item: Plan, t: Translator, what: str) -> bool:
        """Send one reply's messages, retrying lost answers and short rate limits."""
        for message in item.messages:
            try:
                await send_with_retries(self.api, chat_id, message)
            except SEND_FAILURES as exc:
                if isinstance(exc, OaError) and exc.code in GONE:
                    log.info("user %s cannot be written to: %s", chat_id, exc)
                else:
                    log.error("could not send the reply to %s: %s", what, exc)
                return False
        return True


class ZaloOaSender:
    """Sends bot-started messages through the OA; a numbered menu is remembered for replies.

    These are customer-service messages too: Zalo delivers them only within 7 days of the
    user's last message (free within 48 hours); outside, the message is given up (Undeliverable
    without marking the person inactive), since only paid template messages (ZNS) reach such
    users, which this bot does not send.
    """

    channel = CHANNEL

    def __init__(self, ctx: Ctx, api: OaApi) -> None:
        self.ctx = ctx
        self.api = api
        self.t = ctx.i18n.get(None)

    async def send(self, chat_id: str, reply: Reply) -> None:
        """Deliver reply, or raise Undeliverable, RetryLater or another (transient) error."""
        planned = plan(await public(self.ctx, reply, self.t), self.t)
        if reply.choices:
            await remember(self.ctx, chat_id, planned.menu, pushed=True)
        for message in planned.messages:
            try:
                await self.api.send(chat_id, message)
            except OaError as exc:
                if exc.rate_limited:
                    raise RetryLater(exc.retry_after or RATE_WAIT) from exc
                if exc.code in QUOTA:
                    raise RetryLater(QUOTA_WAIT) from exc
                if exc.code in GONE:
                    raise Undeliverable(str(exc)) from exc
                if exc.code in REFUSED:
                    raise Undeliverable(str(exc), inactive=False) from exc
                raise
