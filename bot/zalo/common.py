"""What Zalo Bot and the Zalo OA share: an event to answer once, the way events are answered,
attachments by public URL, and stopping a webhook server.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, Generic, TypeVar
from urllib.parse import unquote, urlsplit

from tornado.httpserver import HTTPServer

from bot.answering import Answerer, EventTasks, Handle, Kind
from bot.context import Ctx
from bot.flood import FloodGate
from bot.menu import Menus, answer_picking
from vocab.i18n import Translator
from vocab.messages import Incoming, Reply

log = logging.getLogger(__name__)
Item = TypeVar("Item")  # what a product sends for one reply (the reply itself, or its plan)


@dataclass(frozen=True)
class Inbound:
    """One event addressed to the bot, with its key for answering it once."""

    incoming: Incoming
    key: str
    kind: Kind


class ZaloEvents(ABC, Generic[Item]):
    """Answers a Zalo product's events through the router, each in its own task: once, in each
    chat's order, politely on failure. A product says how it reads an event and describes it
    for a log line, how replies become the items it sends (their numbered menu remembered) and
    how it sends one."""

    def __init__(
        self, ctx: Ctx, handle: Handle, flood: FloodGate, channel: str, label: str
    ) -> None:
        self.ctx = ctx
        self.answerer = Answerer(ctx, handle, flood, channel)
        self.menus = Menus(ctx.db, channel, ctx.clock)
        self.running = EventTasks(label)

    @abstractmethod
    def parse(self, body: Any) -> Inbound | None:
        """Map a body to an event addressed to the bot, or None (logged) when it is not one."""

    @abstractmethod
    def describe(self, inbound: Inbound) -> str:
        """Describe an event for a log line: ids and the start of the text."""

    @abstractmethod
    async def prepare(self, chat_id: str, replies: list[Reply], t: Translator) -> Sequence[Item]:
        """Turn the replies to a user's message into the items to send; remember their menu."""

    @abstractmethod
    async def deliver(self, chat_id: str, item: Item, t: Translator, what: str) -> bool:
        """Send one item, retrying lost answers and short rate limits; False (logged) if it
        failed."""

    def submit(self, body: Any) -> None:
        """Start answering an event; bodies that are not events for us are logged and skipped."""
        inbound = self.parse(body)
        if inbound is not None:
            self.running.start(self.process(inbound))

    async def receive(self, body: Any) -> None:
        """Answer an event before returning: a webhook acknowledges it only then, so an event
        a killed worker had not answered is sent again by the channel (if it resends)."""
        inbound = self.parse(body)
        if inbound is not None:
            await self.running.run(self.process(inbound))

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for the events being answered (at most timeout seconds), then cancel the rest."""
        await self.running.drain(timeout)

    async def process(self, inbound: Inbound) -> None:
        """Answer one event once, after the earlier events of its chat: the replies are kept
        before they are sent and noted as sent after (a redelivery does not send them twice)."""
        chat_id = inbound.incoming.chat_id
        what = self.describe(inbound)
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
                items = await self.prepare(chat_id, replies, t)
            except Exception:
                log.exception("could not answer %s", what)
                return
            for item in items:
                if not await self.deliver(chat_id, item, t, what):
                    break
            if items:
                await self.answerer.sent(inbound.key)


def public_url(value: str | None) -> str | None:
    """Return value if Zalo can fetch it (an http(s) URL), else None."""
    if value and urlsplit(value).scheme in ("https", "http") and urlsplit(value).netloc:
        return value
    return None


def _name(value: str) -> str:
    """A short name for a file path, URL or file id."""
    return PurePath(unquote(urlsplit(value).path) or value).name or value


def attachment_notes(reply: Reply, t: Translator, photo: str | None) -> list[str]:
    """Describe the attachments Zalo cannot carry (a local picture, any document)."""
    notes = []
    if reply.image and photo is None:
        notes.append(t._("(Picture not sent on Zalo: {name})").format(name=_name(reply.image)))
    if reply.document:
        notes.append(t._("(Document not sent on Zalo: {name})").format(name=_name(reply.document)))
    return notes


async def stop_webhook(server: HTTPServer) -> None:
    """Stop accepting calls and close open connections."""
    server.stop()
    await server.close_all_connections()
