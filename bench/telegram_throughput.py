"""Benchmark Telegram throughput: our bot against a PTB echo bot at PTB's defaults, one fake.

Run from the repository root (either form):

    .venv/bin/python -m bench.telegram_throughput
    .venv/bin/python bench/telegram_throughput.py --messages 3000 --rounds 5

The baseline is the plainest python-telegram-bot bot: an echo MessageHandler on an Application
built with nothing but the token and the fake's URL, so every setting is PTB's own default (one
update at a time, PTB's connection pool, no rate limiter). Ours is `build_application` exactly as
`ntm-bot run` builds it (bot/telegram/app.py: its concurrency, pool and PacedRateLimiter), with
one change: the send pace is lifted (NTM_SEND_RATE set very high), as the fake has no 30/s limit.
Both long-poll the same loopback FakeBotApi, which runs in a process of its own, as Telegram's
servers are not in the bot's: it pushes the questions, keeps the time and counts the answers.
Round after round, the bots take turns, and who goes first alternates between rounds; the figures
swing from run to run, so the medians of the rounds are the result. Each phase prints the CPU
both processes spent and the bot's CPU per answered update (the bot's process is the bottleneck
when its CPU is close to the wall time).
Figures only: the exit code is 0 whatever the numbers are. Stops by itself (< 3 minutes).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters  # noqa: E402

from bot.answering import apology, slow_down  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.context import open_ctx  # noqa: E402
from bot.telegram.app import (  # noqa: E402
    CONCURRENT_UPDATES,
    CONNECTION_POOL,
    build_application,
    serve,
)
from tests.fakes import loopback_http  # noqa: E402
from tests.fakes.bot_api import FakeBotApi  # noqa: E402

TOKEN = "424242:BENCH-token"
QUESTIONS = (
    "Xã Nhân Lý còn thiếu tiêu chí nào?",
    "bq tc huyện Tràng Định",
    "tc 5 có bao nhiêu xã đạt",
    "Bình quân tiêu chí huyện Cao Lộc?",
    "xa yen trach con thieu tieu chi gi",
    "Mẫu Sơn còn thiếu tiêu chí nào?",
    "/xa Nhân Lý",
    "Huyện Lộc Bình có bao nhiêu xã đạt tiêu chí giao thông?",
    "Tiêu chí 17 là gì?",
    "Xin chào",
)
PER_USER = 5  # messages per user: below the flood limit (8 in 10 s), so none is throttled
# The fake's listen backlog (socketserver's default is 5) overflows at 64 concurrent sends and
# resets connections; Telegram's does not, so the benchmark widens it for both bots alike.
LISTEN_BACKLOG = 512
App = Application[Any, Any, Any, Any, Any, Any]
SEND_RATE = 1_000_000  # NTM_SEND_RATE for the benchmark: the pace lifted, the pacer still in


class CountingBotApi(FakeBotApi):
    """The fake Bot API with a wide listen backlog, counting delivered messages cheaply."""

    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.answered = 0

    def start(self) -> CountingBotApi:
        """Start serving with a listen backlog wide enough for 64 concurrent senders."""
        loopback_http.LoopbackServer.request_queue_size = LISTEN_BACKLOG  # the fake's process only
        super().start()
        return self

    def _record(self, method: str, params: dict[str, Any], *, ok: bool, **extra: Any) -> None:
        """Record the call as the fake does, and count delivered messages."""
        super()._record(method, params, ok=ok, **extra)
        if ok and method == "sendMessage":
            self.answered += 1

    def push_and_wait(self, n: int, first_chat: int, timeout: float) -> tuple[int, float, float]:
        """Queue n questions from n/PER_USER users; once all are answered, return how many
        were, the seconds that took and the CPU seconds the fake's process spent meanwhile."""
        before = self.answered
        began, cpu = time.perf_counter(), time.process_time()
        for i in range(n):
            self.push_text(first_chat + i // PER_USER, QUESTIONS[i % len(QUESTIONS)])
        with contextlib.suppress(AssertionError):  # timed out: report what was answered
            self.wait_for(lambda: self.answered - before >= n, timeout, what="answers")
        return self.answered - before, time.perf_counter() - began, time.process_time() - cpu

    def texts(self) -> list[str]:
        """Every delivered message's text."""
        return [str(call["params"]["text"]) for call in self.calls("sendMessage")]


def serve_fake(conn: Connection) -> None:
    """Child process: serve a CountingBotApi and carry out the parent's commands."""
    with CountingBotApi(TOKEN) as api:
        conn.send((api.base_url, api.file_base_url))
        while True:
            command, *args = conn.recv()
            if command == "stop":
                return
            if command == "poll_count":
                conn.send(api.poll_count)
            elif command == "push_and_wait":
                conn.send(api.push_and_wait(*args))
            elif command == "texts":
                conn.send(api.texts())


class FakeProcess:
    """The fake Bot API in a process of its own, as Telegram's servers are not in the bot's.

    In the bot's process the fake's HTTP threads would take turns with the bot on one GIL,
    and the figures would measure that contention as much as either bot.
    """

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=serve_fake, args=(child,), daemon=True)
        self.base_url = self.file_base_url = ""

    def __enter__(self) -> FakeProcess:
        self._process.start()
        self.base_url, self.file_base_url = self._conn.recv()
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.send(("stop",))
        self._process.join(timeout=10)

    async def ask(self, *command: Any) -> Any:
        """Send one command to the fake's process and await its answer off the event loop."""

        def exchange() -> Any:
            self._conn.send(command)
            return self._conn.recv()

        return await asyncio.to_thread(exchange)


class RetryCounter(logging.Handler):
    """Counts the network retries the rate limiter logs."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        """Count one retry."""
        self.count += 1


@dataclass(frozen=True)
class Phase:
    """What one bot managed."""

    name: str
    sent: int
    answered: int
    seconds: float
    bot_cpu: float  # CPU seconds of the bots' process during the phase
    fake_cpu: float  # CPU seconds of the fake's process during the phase
    retries: int = 0

    @property
    def cpu_ms(self) -> float:
        """The bot's CPU milliseconds per answered update."""
        return 1000 * self.bot_cpu / self.answered if self.answered else 0.0

    @property
    def rate(self) -> float:
        """Answered updates per second."""
        return self.answered / self.seconds if self.seconds else 0.0


def echo_application(api: FakeProcess) -> App:
    """The plainest PTB bot, every setting PTB's default: it answers a text with the same text."""

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.message and update.message.text:
            await update.message.reply_text(update.message.text)

    app: App = (
        ApplicationBuilder().token(TOKEN).base_url(api.base_url).base_file_url(api.file_base_url)
    ).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    return app


async def push_and_wait(
    name: str, api: FakeProcess, n: int, first_chat: int, timeout: float
) -> Phase:
    """Have the fake queue n questions and time until n answers reached it."""
    retries = RetryCounter()
    retry_log = logging.getLogger("bot.retrying")
    retry_log.setLevel(logging.WARNING)
    retry_log.propagate = False
    retry_log.addHandler(retries)
    cpu = time.process_time()
    answered, seconds, fake_cpu = await api.ask("push_and_wait", n, first_chat, timeout)
    bot_cpu = time.process_time() - cpu
    retry_log.removeHandler(retries)
    return Phase(name, n, answered, seconds, bot_cpu, fake_cpu, retries.count)


async def until_polling(api: FakeProcess, polls_before: int) -> None:
    """Wait until the bot under test has started long polling."""
    while await api.ask("poll_count") <= polls_before:  # noqa: ASYNC110 (state in another process)
        await asyncio.sleep(0.01)


ECHO_CHATS, OUR_CHATS, ROUND_CHATS = 10_000_000, 50_000_000, 1_000_000  # new users every round


async def run_echo(api: FakeProcess, n: int, timeout: float, round_no: int = 0) -> Phase:
    """Measure the echo bot at PTB's defaults (polling too: PTB's default interval and timeout)."""
    app = echo_application(api)
    async with app:
        await app.start()
        assert app.updater is not None
        polls = await api.ask("poll_count")
        await app.updater.start_polling()
        await until_polling(api, polls)
        name = "echo bot (PTB defaults, same text back)"
        first_chat = ECHO_CHATS + round_no * ROUND_CHATS
        phase = await push_and_wait(name, api, n, first_chat, timeout)
        await app.updater.stop()
        await app.stop()
    return phase


def our_settings(api: FakeProcess, database: Path, send_rate: int) -> Settings:
    """Production settings, pointed at the fake, with the send pace lifted to send_rate/s."""
    return Settings(
        db_path=str(database),
        telegram_token=TOKEN,
        telegram_api_url=api.base_url,
        send_rate=send_rate,
    )


async def run_ours(
    api: FakeProcess,
    n: int,
    timeout: float,
    folder: Path,
    round_no: int = 0,
    send_rate: int = SEND_RATE,
) -> Phase:
    """Measure our bot as `ntm-bot run` builds it: router, SQLite, dedup, flood gate, pacer."""
    database = folder / f"bench-{round_no}.db"  # a new database and new users every round
    async with open_ctx(our_settings(api, database, send_rate)) as ctx:
        app = build_application(ctx)
        stop = asyncio.Event()
        polls = await api.ask("poll_count")
        serving = asyncio.create_task(serve(ctx, stop, app))
        await until_polling(api, polls)
        name = "ntm-bot (production build, pace lifted)"
        first_chat = OUR_CHATS + round_no * ROUND_CHATS
        phase = await push_and_wait(name, api, n, first_chat, timeout)
        stop.set()
        await serving
        t = ctx.i18n.get("vi")
        texts = await api.ask("texts")
    warned, failed = texts.count(slow_down(t)), texts.count(apology(t))
    print(f"  ntm-bot checks: {warned} flood warnings, {failed} apologies (both should be 0)")
    return phase


def print_phase(phase: Phase) -> None:
    """Print one phase's rate and both processes' CPU."""
    print(
        f"  {phase.name:52} {phase.answered:5}/{phase.sent} answered"
        f" in {phase.seconds:6.2f} s = {phase.rate:8.1f} updates/s"
        f" ({phase.retries} network retries)"
    )
    print(
        f"  {'':52} CPU: bot process {phase.bot_cpu:5.2f} s = {phase.cpu_ms:.2f} ms/update,"
        f" fake's process {phase.fake_cpu:5.2f} s"
    )


async def one_round(
    api: FakeProcess, n: int, timeout: float, folder: Path, round_no: int
) -> tuple[Phase, Phase]:
    """Measure both bots once; the echo bot goes first in even rounds, ours in odd ones."""
    if round_no % 2 == 0:
        echo = await run_echo(api, n, timeout, round_no)
        ours = await run_ours(api, n, timeout, folder, round_no)
    else:
        ours = await run_ours(api, n, timeout, folder, round_no)
        echo = await run_echo(api, n, timeout, round_no)
    return echo, ours


def median_of(phases: list[Phase]) -> tuple[float, float]:
    """The medians of the phases' rates and CPU milliseconds per update."""
    return (
        statistics.median(phase.rate for phase in phases),
        statistics.median(phase.cpu_ms for phase in phases),
    )


async def main_async(n: int, timeout: float, rounds: int) -> None:
    """Run both bots round after round on one fake server (in its own process); print figures."""
    echoes: list[Phase] = []
    ours: list[Phase] = []
    with FakeProcess() as api, tempfile.TemporaryDirectory() as folder:
        print(
            f"Telegram throughput: {n} Vietnamese questions per bot and round,"
            f" {n // PER_USER} users, long polling against FakeBotApi at {api.base_url}"
            " (in its own process)"
        )
        print("echo bot: PTB's defaults (ApplicationBuilder().token().base_url(), nothing else)")
        print(
            "ntm-bot: build_application as `ntm-bot run` builds it"
            f" (concurrent_updates={CONCURRENT_UPDATES}, connection_pool_size={CONNECTION_POOL},"
            f" PacedRateLimiter), NTM_SEND_RATE={SEND_RATE}"
        )
        for round_no in range(rounds):
            echo, our = await one_round(api, n, timeout, Path(folder), round_no)
            echoes.append(echo)
            ours.append(our)
            first = "echo" if round_no % 2 == 0 else "ntm-bot"
            print(f"round {round_no + 1} of {rounds} ({first} first):")
            print_phase(echo)
            print_phase(our)
            print(f"  ratio ours/echo: {our.rate / echo.rate:.2f}")
    echo_rate, echo_cpu = median_of(echoes)
    our_rate, our_cpu = median_of(ours)
    ratio = our_rate / echo_rate if echo_rate else float("nan")
    ratios = ", ".join(f"{o.rate / e.rate:.2f}" for e, o in zip(echoes, ours, strict=True))
    print(
        f"median of {rounds} rounds: echo {echo_rate:.1f}, ours {our_rate:.1f} updates/s;"
        f" ratio ours/echo: {ratio:.2f} (rounds {ratios});"
        f" bot CPU per update: echo {echo_cpu:.2f} ms, ours {our_cpu:.2f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, default=3000, help="questions per bot")
    parser.add_argument("--timeout", type=float, default=50.0, help="seconds allowed per bot")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of both bots, alternating")
    args = parser.parse_args(argv)
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    logging.basicConfig(level=logging.ERROR)
    asyncio.run(main_async(args.messages, args.timeout, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
