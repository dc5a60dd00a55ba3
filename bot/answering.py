"""What every chat transport does with one message: answer it once, in order, politely."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Hashable
from contextlib import asynccontextmanager
from enum import Enum
from typing import Any

from bot.context import Ctx
from bot.flood import FloodGate, Verdict
from handlers.routing import chat_lock
from store.outbox import reply_from_json, reply_to_json
from store.updates import first_time, keep_replies, replies_sent, unsent_replies
from vocab.i18n import Translator
from vocab.messages import Incoming, Reply

log = logging.getLogger(__name__)
# Intents of the replies to a message that was not read: too fast, not text, a failure.
NOT_READ = frozenset({"flood", "unsupported", "error"})
Handle = Callable[[Incoming, Ctx], Awaitable[list[Reply]]]


class Kind(Enum):
    """What a user sent."""

    TEXT = "text"
    BUTTON = "button"
    MEDIA = "media"
    OTHER = "other"


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
    """One lock per chat: a chat's messages are answered in order, chats in parallel."""

    def __init__(self) -> None:
        self._locks: dict[Hashable, asyncio.Lock] = {}
        self._holders: dict[Hashable, int] = {}

    @asynccontextmanager
    async def hold(self, chat_id: Hashable) -> AsyncIterator[None]:
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


class Answerer:
    """Turns one message into replies: once per key, within the flood limits, never raising."""

    def __init__(self, ctx: Ctx, handle: Handle, flood: FloodGate, channel: str) -> None:
        self.ctx = ctx
        self.handle = handle
        self.flood = flood
        self.channel = channel
        self.locks = ChatLocks()

    @asynccontextmanager
    async def turn(self, incoming: Incoming, chat_id: Hashable) -> AsyncIterator[Verdict]:
        """Count a message against its sender's flood limit, then hold its chat's turn for the
        block; yields the verdict to pass to answer().

        A message past the limit (DROP) does not wait for the turn: it would queue behind a
        slow answer in its chat and, under Telegram, hold one of the concurrent slots meanwhile.
        """
        verdict = self.flood.check(incoming.user_id)
        if verdict is Verdict.DROP:
            yield verdict
            return
        async with self.locks.hold(chat_id):
            yield verdict

    async def answer(
        self, incoming: Incoming, kind: Kind, key: str, what: str, verdict: Verdict
    ) -> list[Reply]:
        """Return the replies to send; none for a repeated key or a message over the limit.

        `verdict` is what turn() said; `what` describes the message for log lines (ids and the
        start of the text).
        """
        if verdict is Verdict.DROP:
            return []
        t = self.ctx.i18n.get(incoming.language)
        try:
            return await self._once(incoming, kind, key, what, verdict, t)
        except Exception:  # the database failed: say sorry rather than nothing
            log.exception("could not answer %s", what)
            return [Reply(apology(t), intent="error")]

    async def _once(
        self, incoming: Incoming, kind: Kind, key: str, what: str, verdict: Verdict, t: Translator
    ) -> list[Reply]:
        """The turn in one transaction: the chat's lock, the update's key, the domain's writes,
        the chat's new state and the replies (kept until sent()) commit together. A handler
        that fails has its writes undone (a savepoint); the key is kept, so the apology is the
        message's one answer. An update answered before whose replies are not known to be sent
        (a crash between the commit and the send) gets those replies again."""
        db = self.ctx.db
        async with db.transaction():
            await db.lock(chat_lock(incoming))
            if not await self._first_time(key, what):
                pending = await unsent_replies(db, self.channel, key)
                if pending is None:
                    log.info("skipped a repeated %s", what)
                    return []
                log.warning("sending again the answer to %s (not known to be sent)", what)
                return [reply_from_json(body) for body in json.loads(pending)]
            replies = await self._replies(incoming, kind, what, verdict, t)
            await self._keep(key, replies, what)
            return replies

    async def _keep(self, key: str, replies: list[Reply], what: str) -> None:
        """Keep the replies with the key (a savepoint); if that fails, send them anyway."""
        body = json.dumps([reply_to_json(reply) for reply in replies], ensure_ascii=False)
        try:
            async with self.ctx.db.transaction():
                await keep_replies(self.ctx.db, self.channel, key, body)
        except Exception:
            log.exception("could not keep the replies to %s", what)

    async def _replies(
        self, incoming: Incoming, kind: Kind, what: str, verdict: Verdict, t: Translator
    ) -> list[Reply]:
        if verdict is Verdict.WARN:
            return [Reply(slow_down(t), intent="flood")]
        if kind is Kind.OTHER:
            return [Reply(text_only(t), intent="unsupported")]
        try:
            async with self.ctx.db.transaction():
                return list(await self.handle(incoming, self.ctx))
        except Exception:
            log.exception("handler failed on %s", what)
            return [Reply(apology(t), intent="error")]

    async def sent(self, key: str) -> None:
        """Say the replies of an update went out (or were given up): a redelivery of it will
        not send them again. Until then they are kept with its key (a crash in between)."""
        try:
            await replies_sent(self.ctx.db, self.channel, key)
        except Exception:
            log.exception("could not note the replies to %s as sent", key)

    async def _first_time(self, key: str, what: str) -> bool:
        """Record the key (a savepoint); if that fails, answer anyway (better twice than never)."""
        try:
            async with self.ctx.db.transaction():
                return await first_time(self.ctx.db, self.channel, key, self.ctx.clock())
        except Exception:
            log.exception("could not record %s", what)
            return True


class EventTasks:
    """Events answered each in its own task (webhook and poll transports); drained at stop."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tasks: set[asyncio.Task[None]] = set()

    def start(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Answer an event in a task of its own, kept until it ends."""
        task = asyncio.create_task(work)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def run(self, work: Coroutine[Any, Any, None]) -> None:
        """Answer an event in a task of its own and wait for it (a webhook acknowledges after:
        the task goes on should the request go away, and stopping waits for it)."""
        await asyncio.shield(self.start(work))

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for the events being answered (at most timeout seconds), then cancel the rest."""
        if not self.tasks:
            return
        _, late = await asyncio.wait(set(self.tasks), timeout=timeout)
        for task in late:
            task.cancel()
        if late:
            log.warning("stopped answering %d %s message(s) at shutdown", len(late), self.label)
            await asyncio.wait(late)
