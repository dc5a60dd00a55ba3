"""Benchmark a broadcast: the courier delivers one message to each of N recipients.

Run from the repository root (either form):

    .venv/bin/python -m bench.broadcast
    .venv/bin/python bench/broadcast.py --recipients 5000 --rate 300

The bot's application (PTB, paced rate limiter) and its courier run in this process, on a fresh
SQLite file, with the overall limit raised to --rate messages a second; the loopback FakeBotApi
runs in a child process, so the two do not share one interpreter lock (as with Telegram). A
share of the recipients (--faults, chosen with a fixed seed) get one 429 with
retry_after=--retry-after on their first send. The clock starts when the run's rows are
committed and the courier nudged, and stops at the last delivery. Printed: delivered,
duplicates, lost, elapsed and ideal time (recipients / rate), the ratio achieved / limit, the
busiest second (as the pacer let requests go, and as they reached the server), and the
exactly-once window (from a send returning to its mark committed). Figures only: the exit
code is 0 whatever the numbers are.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import logging
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.context import open_ctx  # noqa: E402
from bot.courier import (  # noqa: E402
    Courier,
    CourierSettings,
    limits_of,
)
from bot.pacing import Lane, Pacer  # noqa: E402
from bot.telegram.app import build_application, start_updates  # noqa: E402
from bot.telegram.pacing import PacedRateLimiter  # noqa: E402
from bot.telegram.sender import TelegramSender  # noqa: E402
from store.db import connect  # noqa: E402
from tests.fakes import loopback_http  # noqa: E402
from tests.fakes.bot_api import FakeBotApi  # noqa: E402
from tests.outbox_rows import add_people, outbox_state, queue_run  # noqa: E402

TOKEN = "424243:BROADCAST-bench-token"
FIRST_CHAT = 5_000_000_001
LISTEN_BACKLOG = 512  # as in bench/telegram_throughput.py: the fake's default of 5 is too small


class TimingBotApi(FakeBotApi):
    """The fake Bot API with a wide backlog, noting when each sendMessage arrived."""

    def __init__(self, token: str, expect: int) -> None:
        super().__init__(token)
        self.arrivals: list[float] = []  # every sendMessage request, failed ones too
        self.accepted: dict[int, float] = {}  # chat -> when its message was accepted
        self.last_delivery = 0.0
        self.delivered = 0
        self.expect = expect
        self.counted = threading.Event()

    def start(self) -> TimingBotApi:
        """Start serving with a listen backlog wide enough for many concurrent senders."""
        loopback_http.LoopbackServer.request_queue_size = LISTEN_BACKLOG  # this process only
        super().start()
        return self

    def _record(self, method: str, params: dict[str, Any], *, ok: bool, **extra: Any) -> None:
        """Record the call as the fake does, and note its time."""
        super()._record(method, params, ok=ok, **extra)
        if method == "sendMessage":
            now = time.perf_counter()
            self.arrivals.append(now)
            if ok:
                self.accepted[int(params["chat_id"])] = now  # before the answer leaves
                self.delivered += 1
                self.last_delivery = now
                if self.delivered >= self.expect:
                    self.counted.set()


class TimingPacer(Pacer):
    """The pacer, noting when it let each request go (the client side of the busiest second)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.booked_at: list[float] = []

    def book(self, chat: str, lane: Lane, now: float | None = None) -> None:
        """Book as the pacer does, and note the time."""
        now = self.clock() if now is None else now  # the time the pacer decided on
        super().book(chat, lane, now)
        self.booked_at.append(now)


@dataclass(frozen=True)
class ServerReport:
    """What the fake server saw (perf_counter times are system-wide on Linux)."""

    sends_per_chat: dict[int, int]
    arrivals: list[float]
    last_delivery: float
    accepted: dict[int, float]


def serve_fake(conn: Connection, faulty: list[int], retry_after: int, expect: int) -> None:
    """Child process: run the fake Bot API, inject the 429s, report when asked."""
    with TimingBotApi(TOKEN, expect) as api:
        for chat in faulty:
            api.inject_429("sendMessage", retry_after=retry_after, chat_id=chat)
        conn.send(api.base_url)
        conn.recv()  # the broadcast started
        api.counted.wait()
        conn.send("delivered")
        conn.recv()  # report, please (perhaps before everything was delivered)
        counts = {int(chat): n for chat, n in api.sends_per_chat().items()}
        conn.send(ServerReport(counts, list(api.arrivals), api.last_delivery, dict(api.accepted)))


def busiest_second(times: list[float]) -> int:
    """The most requests in any one-second window."""
    ordered = sorted(times)
    return max(
        (bisect.bisect_left(ordered, t + 1.0) - i for i, t in enumerate(ordered)), default=0
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


async def broadcast(args: argparse.Namespace, folder: Path) -> None:
    """Queue one run for every recipient and time its delivery."""
    n, rate = args.recipients, args.rate
    chats = list(range(FIRST_CHAT, FIRST_CHAT + n))
    faulty = random.Random(20260302).sample(chats, round(n * args.faults))
    conn, child_conn = multiprocessing.get_context("spawn").Pipe()
    server = multiprocessing.get_context("spawn").Process(
        target=serve_fake, args=(child_conn, faulty, args.retry_after, n), daemon=True
    )
    server.start()
    try:
        base_url = await asyncio.to_thread(conn.recv)
        settings = Settings(
            db_path=str(folder / "bench.db"),
            telegram_token=TOKEN,
            telegram_api_url=base_url,
            send_rate=rate,
        )
        async with open_ctx(settings) as ctx:
            people = await add_people(ctx.db, chats)
            pacer = TimingPacer(limits_of(ctx))
            app = build_application(ctx, rate_limiter=PacedRateLimiter(pacer))
            async with app, connect(settings.db_path) as courier_db:
                # As bot.telegram.sender.telegram_courier (its own connection, synchronous=FULL
                # by default), with the chosen durability of marks.
                await courier_db.execute(f"PRAGMA synchronous = {args.synchronous}")
                await app.start()
                await start_updates(app, settings)
                sender = TelegramSender(app.bot)
                courier = Courier(ctx, [sender], pacer, CourierSettings(), db=courier_db)
                courier.start()
                await asyncio.sleep(0.5)  # the courier has looked once and found nothing
                conn.send("go")
                began = time.perf_counter()
                await queue_run(ctx.db, "bench", people)
                ctx.outbox_nudge.wake()
                queued = time.perf_counter()
                if await asyncio.to_thread(conn.poll, args.timeout):
                    conn.recv()  # "delivered"
                else:
                    print(f"  not all delivered within {args.timeout:g} s")
                await asyncio.sleep(0.5)  # let late duplicates, if any, arrive
                await courier.close()
                if app.updater is not None:
                    await app.updater.stop()
                await app.stop()
            rows = await outbox_state(ctx.db)
        conn.send("report")
        seen: ServerReport = await asyncio.to_thread(conn.recv)
        report(args, seen, courier, pacer, len(faulty), queued - began, queued, rows)
    finally:
        server.kill()
        server.join()


def report(
    args: argparse.Namespace,
    seen: ServerReport,
    courier: Courier,
    pacer: TimingPacer,
    faulty: int,
    enqueue_seconds: float,
    start: float,
    rows: dict[str, int],
) -> None:
    """Print the figures."""
    n, rate = args.recipients, args.rate
    counts = seen.sends_per_chat
    duplicates = sum(count - 1 for count in counts.values())
    lost = n - len(counts)
    elapsed = seen.last_delivery - start
    achieved = len(counts) / elapsed
    ideal = n / rate
    marks = list(courier.stats.mark_seconds)
    requests = len(seen.arrivals)
    print(
        f"Broadcast: {n} recipients, overall limit {rate}/s, {faulty} of them"
        f" ({args.faults:.0%}) get one 429 with retry_after={args.retry_after}"
    )
    print(f"  courier: {courier.pacer.limits.describe()}; {courier.settings}")
    print(f"  queued {n} rows in one transaction in {enqueue_seconds:.2f} s (not timed below)")
    print(f"  delivered {len(counts)}, duplicates {duplicates}, lost {lost}")
    print(f"  outbox: {rows}")
    print(
        f"  elapsed {elapsed:.2f} s, ideal {ideal:.2f} s (recipients / limit);"
        f" achieved {achieved:.1f}/s = {achieved / rate:.3f} of the limit"
    )
    print(
        f"  requests {requests} (sends + 429s); busiest second: {busiest_second(pacer.booked_at)}"
        f" let go by the pacer, {busiest_second(seen.arrivals)} arrived at the server"
        f" (limit {rate}; arrivals bunch up by network and scheduling jitter)"
    )
    if marks:
        median, p99 = 1000 * statistics.median(marks), 1000 * percentile(marks, 0.99)
        print(
            f"  exactly-once window, send returned -> mark committed (one commit per send,"
            f" synchronous={args.synchronous}):"
            f" median {median:.2f} ms, p99 {p99:.2f} ms, max {1000 * max(marks):.2f} ms"
            f" over {len(marks)} sends"
        )
    windows = [
        at - seen.accepted[int(chat)]
        for chat, at in courier.stats.marked_at
        if int(chat) in seen.accepted
    ]
    if windows:
        mean = statistics.fmean(windows)
        print(
            f"  crash window, server accepted -> mark committed (what kill -9 meets):"
            f" mean {1000 * mean:.2f} ms, median {1000 * statistics.median(windows):.2f} ms,"
            f" p99 {1000 * percentile(windows, 0.99):.2f} ms; a kill -9 at a random moment"
            f" repeats a message with probability mean x rate = {mean * rate:.3f}"
        )
    print(
        f"  courier stats: sent {courier.stats.sent}, waited out {courier.stats.waited} 429s,"
        f" retried {courier.stats.retried}, failed {courier.stats.failed},"
        f" {courier.stats.claims} claims"
    )


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--recipients", type=int, default=5000)
    parser.add_argument("--rate", type=int, default=300, help="overall limit, messages/s")
    parser.add_argument("--faults", type=float, default=0.05, help="share of recipients hit")
    parser.add_argument("--retry-after", type=int, default=1, help="seconds in each 429")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed")
    parser.add_argument(
        "--synchronous",
        choices=("NORMAL", "FULL"),
        default="FULL",
        help="SQLite durability of the courier's commits (FULL: each mark survives power loss)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(broadcast(args, Path(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
