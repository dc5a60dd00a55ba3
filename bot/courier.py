"""The courier: delivers the outbox's due rows through each channel's Sender, paced, once.

One loop per process and set of channels. Each round it lists due rows (notices before
reminders), leases a small batch of them in SQLite (one commit), then for each row in order
books a broadcast slot in the shared Pacer and starts the send; up to max_in_flight sends run
at once, never two to the same chat. Each outcome is committed as soon as it is known:

- sent: marked sent at once (one UPDATE and commit per message);
- Undeliverable: failed for good, the person marked inactive (unless the channel says the
  refusal passes);
- RetryLater(s): the chat is held in the pacer and the row is due again after s seconds;
- anything else: retried after store.outbox.BACKOFF, failed after MAX_ATTEMPTS tries.

Exactly once, and where it is not. A row is leased (committed) before its send, and marked
sent by its own UPDATE and commit (synchronous=FULL) as soon as the send returns:

- a crash before the request leaves: the row is sent after its lease ends (30 s by default);
- a crash after the mark's commit: nothing is repeated;
- the window: a crash after Telegram accepted the message and before the mark's commit
  completed sends it again after the restart. Its width is the success answer's trip back plus
  PTB reading it plus the UPDATE and commit (one statement committed on its own, nothing in
  between: store.outbox.mark_sent; on SQLite it runs at once in the loop's thread).
  bench/broadcast.py measures it as a crash meets it, from the
  server accepting the message to the commit: at 30 messages a second a mean of 3.5-7 ms and a
  p99 near 50 ms (a commit that meets a WAL checkpoint or a slow fsync), so a kill at a random
  moment repeats about 0.1-0.2 messages. A database that stays unavailable for all of
  MARK_RETRIES widens it the same way (logged);
- a lost answer (timeout, dropped connection) is a transient failure and is retried; if
  Telegram had in fact delivered it, it arrives twice. The Bot API has no idempotency key;
- a Reply split into several messages is one row: if a later part fails, all are resent.

A clean stop (close) stops leasing, gives back leased rows not yet started and waits up to
`drain` seconds for the sends in flight to be marked, so it opens no window.

The courier uses its own connection to the database file, so its commits never land in the
middle of a handler's transaction on ctx.db (and it only ever sees committed rows).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import sqlite3
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from typing import TypeVar

from bot import workers
from bot.context import Ctx
from bot.delivery import RetryLater, Sender, Undeliverable
from bot.pacing import Lane, Limits, Pacer, bulk_send
from store import outbox
from store.db import Database, connect, is_postgresql
from store.outbox import Outgoing

log = logging.getLogger(__name__)
T = TypeVar("T")
MARK_RETRIES = (0.05, 0.2, 1.0)  # seconds between tries to record an outcome in the database
BUSY_CHAT_DEFER = 0.1  # seconds a row waits at least when its chat has a send in flight


def limits_of(ctx: Ctx) -> Limits:
    """The send limits as configured (NTM_SEND_RATE, NTM_CHAT_INTERVAL, NTM_GROUP_RATE), this
    worker's share of them when several serve the bot (bot/workers.py)."""
    return Limits(*workers.share(ctx.settings))


def courier_settings(ctx: Ctx) -> CourierSettings:
    """The courier's settings as configured (NTM_OUTBOX_LEASE)."""
    return CourierSettings(lease=timedelta(seconds=ctx.settings.outbox_lease))


@dataclass(frozen=True)
class CourierSettings:
    """How the courier works; the defaults suit Telegram's 30 messages a second."""

    lease: timedelta = timedelta(seconds=30)  # must outlast a send (pacing wait + HTTP)
    max_in_flight: int = 32
    batch_seconds: float = 0.25  # lease about this many seconds' worth of sends at a time
    poll: float = 1.0  # look at the outbox at least this often when nobody wakes us
    drain: float = 3.0  # on stop, seconds allowed for sends in flight to finish


@dataclass
class CourierStats:
    """What the courier did since it started."""

    looks: int = 0  # rounds: times the courier looked for due rows
    sent: int = 0
    undeliverable: int = 0
    failed: int = 0
    retried: int = 0
    waited: int = 0
    claims: int = 0
    mark_seconds: deque[float] = field(default_factory=lambda: deque(maxlen=100_000))
    # (chat, time.perf_counter() when its mark was committed): with the time the channel
    # accepted the message, the window a crash meets (bench/broadcast.py)
    marked_at: deque[tuple[str, float]] = field(default_factory=lambda: deque(maxlen=100_000))


class Courier:
    """Delivers due outbox rows of its senders' channels until stopped."""

    def __init__(
        self,
        ctx: Ctx,
        senders: Iterable[Sender],
        pacer: Pacer,
        settings: CourierSettings | None = None,
        db: Database | None = None,
    ) -> None:
        self.ctx = ctx
        self.senders = {sender.channel: sender for sender in senders}
        self.channels = sorted(self.senders)
        self.pacer = pacer
        self.settings = settings or CourierSettings()
        self.stats = CourierStats()
        self._db = db
        self.batch = max(1, math.ceil(pacer.limits.per_second * self.settings.batch_seconds))
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._sends: set[asyncio.Task[None]] = set()
        self._busy: set[str] = set()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> asyncio.Task[None]:
        """Run the courier in a task of its own."""
        self._task = asyncio.create_task(self.run(), name="courier")
        self._task.add_done_callback(_report_failure)
        return self._task

    async def close(self) -> None:
        """Stop taking rows, let sends in flight finish (up to drain seconds), then cancel."""
        self._stopping.set()
        self._wake.set()
        task = self._task
        if task is None:
            return
        try:
            await asyncio.wait_for(asyncio.shield(task), self.settings.drain)
        except TimeoutError:
            log.warning("the courier did not stop within %.1f s; cancelling", self.settings.drain)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        except Exception:
            pass  # reported when the task ended

    async def run(self) -> None:
        """Deliver due rows until close() (or cancellation)."""
        self.ctx.outbox_nudge.listen(self._wake)
        try:
            async with self._database() as db:
                try:
                    while not self._stopping.is_set():
                        await self._step(db)
                finally:
                    await self._finish()
        finally:
            self.ctx.outbox_nudge.forget(self._wake)

    @asynccontextmanager
    async def _database(self) -> AsyncIterator[Database]:
        """The courier's own durable SQLite connection (ctx.db on PostgreSQL or in memory).

        A mark survives power loss too, not only a crash (bench/broadcast.py: the cost at 300
        marks a second is within the noise); PostgreSQL's commits are durable already.
        """
        target = self.ctx.settings.database
        if self._db is not None:
            yield self._db
        elif target == ":memory:" or is_postgresql(target):
            yield self.ctx.db
        else:
            async with connect(target, durable=True) as db:
                yield db

    async def _step(self, db: Database) -> None:
        """One round, or a wait when there was nothing to do or the database was unavailable.

        Nothing is rolled back on an error: sends share the connection, and every write of the
        courier is a statement that may be repeated and is committed at once.
        """
        try:
            if not await self._round(db):
                await self._idle(db)
        except sqlite3.Error as exc:
            log.error("the outbox is unavailable (%s); trying again shortly", exc)
            await self._wait(self.settings.poll)
        except Exception:
            log.exception("the courier failed a round; trying again shortly")
            await self._wait(self.settings.poll)

    async def _round(self, db: Database) -> bool:
        """Lease a batch of due rows and start their sends; False when there was nothing."""
        free = self.settings.max_in_flight - len(self._sends)
        if free <= 0:
            await self._wait(self.settings.poll)
            return True
        want = min(free, self.batch)
        now = self.ctx.clock()
        rows = await outbox.due(db, self.channels, now, 2 * want + len(self._busy))
        self.stats.looks += 1
        take: list[Outgoing] = []
        later = {}
        chats = set(self._busy)
        for row in rows:
            if len(take) == want:
                break
            wait = self.pacer.ready_in(row.chat_id)
            if row.chat_id in chats:  # one send per chat at a time, in order
                wait = max(wait, self.pacer.limits.chat_interval, BUSY_CHAT_DEFER)
            elif wait <= self.pacer.limits.interval:
                take.append(row)
                chats.add(row.chat_id)
                continue
            later[row.id] = now + timedelta(seconds=wait)
        if not take and not later:
            return False
        claimed = await outbox.claim(db, take, now, self.settings.lease, later)
        self.stats.claims += 1
        await self._dispatch(db, claimed)
        return True

    async def _dispatch(self, db: Database, rows: list[Outgoing]) -> None:
        """Book a slot for each leased row in turn and start its send; give back the rest.

        A row whose chat became busy since it was leased (a reply there got a 429) is given
        back for when the chat is ready, so it does not hold up the rows behind it.
        """
        pending = list(rows)
        try:
            while pending and not self._stopping.is_set():
                row = pending[0]
                wait = self.pacer.ready_in(row.chat_id)
                if wait > self.pacer.limits.interval:
                    at = self.ctx.clock() + timedelta(seconds=wait)
                    await self._record(partial(outbox.release, db, [row.id], at))
                    pending.pop(0)
                    continue
                await self.pacer.acquire(row.chat_id, Lane.BULK)
                pending.pop(0)
                self._busy.add(row.chat_id)
                task = asyncio.create_task(self._deliver(db, row))
                self._sends.add(task)
                task.add_done_callback(self._sends.discard)
        finally:
            if pending:
                ids = [r.id for r in pending]
                await self._record(lambda: outbox.release(db, ids, self.ctx.clock()))

    async def _deliver(self, db: Database, row: Outgoing) -> None:
        """Send one row and record the outcome at once."""
        sender = self.senders[row.channel]
        try:
            try:
                with bulk_send():
                    await sender.send(row.chat_id, row.reply)
            except Undeliverable as exc:
                self.stats.undeliverable += 1
                log.info("outbox %s: chat %s is gone: %s", row.id, row.chat_id, exc)
                error, inactive = str(exc), exc.inactive
                await self._record(
                    lambda: outbox.mark_undeliverable(
                        db, row.id, self.ctx.clock(), error, inactive=inactive
                    )
                )
            except RetryLater as exc:
                self.stats.waited += 1
                self.pacer.hold(row.chat_id, exc.seconds)
                at = self.ctx.clock() + timedelta(seconds=exc.seconds)
                log.info("outbox %s: %s (chat %s)", row.id, exc, row.chat_id)
                error = str(exc)
                await self._record(lambda: outbox.retry_at(db, row.id, at, error))
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"
                await self._transient(db, row, error)
            else:
                began = time.perf_counter()
                await self._record(lambda: outbox.mark_sent(db, row.id, self.ctx.clock()), row)
                done = time.perf_counter()
                self.stats.mark_seconds.append(done - began)
                self.stats.marked_at.append((row.chat_id, done))
                self.stats.sent += 1
        finally:
            self._busy.discard(row.chat_id)
            self._wake.set()

    async def _transient(self, db: Database, row: Outgoing, error: str) -> None:
        """Schedule the next try of a row that failed for a passing reason, or fail it."""
        at = await self._record(lambda: outbox.mark_transient(db, row, self.ctx.clock(), error))
        if at is None:
            self.stats.failed += 1
            log.warning("outbox %s failed after %d tries: %s", row.id, row.attempts, error)
        else:
            self.stats.retried += 1
            log.info("outbox %s: try %d failed (%s); next at %s", row.id, row.attempts, error, at)

    async def _record(
        self, step: Callable[[], Awaitable[T]], sent: Outgoing | None = None
    ) -> T | None:
        """Run one outcome's database write, trying again while the database is busy."""
        for delay in (*MARK_RETRIES, None):
            try:
                return await step()
            except sqlite3.Error as exc:
                if delay is None:
                    what = f"outbox {sent.id} was sent but it" if sent else "an outcome"
                    log.error("%s could not be recorded: %s", what, exc)
                    return None
                await asyncio.sleep(delay)
        return None

    async def _idle(self, db: Database) -> None:
        """Wait for a wake-up, a row falling due or the polling interval."""
        timeout = self.settings.poll
        when = await outbox.next_due(db, self.channels)
        if when is not None:
            timeout = min(timeout, max(0.0, (when - self.ctx.clock()).total_seconds()))
        await self._wait(timeout)

    async def _wait(self, timeout: float) -> None:
        """Sleep until woken (nudge, a send done, stop) or timeout."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout)
        self._wake.clear()

    async def _finish(self) -> None:
        """Wait for sends in flight; if cancelled meanwhile, cancel them (rows stay leased)."""
        sends = set(self._sends)
        if not sends:
            return
        try:
            await asyncio.gather(*sends, return_exceptions=True)
        except asyncio.CancelledError:
            for task in sends:
                task.cancel()
            await asyncio.gather(*sends, return_exceptions=True)
            raise


def _report_failure(task: asyncio.Task[None]) -> None:
    """Log the error that ended the courier (it cannot deliver until the next start)."""
    if not task.cancelled() and task.exception() is not None:
        log.error("the courier stopped: %s", task.exception(), exc_info=task.exception())
