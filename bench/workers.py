"""Benchmark several workers on PostgreSQL against one: updates per second through the webhook.

    .venv/bin/python bench/workers.py --db postgresql://user@127.0.0.1:5432/postgres

Each round starts 1 or 2 real `ntm-bot run` processes (NTM_WORKERS, one webhook port each) on
a fresh database of that server, with the send pace lifted (NTM_SEND_RATE high), the fake Bot
API in a process of its own, and posts the same questions (users x questions, each user's in
order, users at once) to the workers in turn, as a load balancer would. A webhook answers an
update (turn committed, reply sent) before its 200, so updates/s is answered updates per
second. Rounds alternate 1, 2, 2, 1 workers; the medians are printed, with the CPU the workers
spent per update. Left out: TLS and a real proxy in front, Telegram's network round trips
(the fake answers on loopback), and the 429s (the fake does not limit the rate).
Figures only, exit 0.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.telegram_throughput import TOKEN, FakeProcess  # noqa: E402

SECRET = "bench-workers-hook-secret-0123"
QUESTIONS = (
    "Xã Nhân Lý còn thiếu tiêu chí nào?",
    "bq tc toàn tỉnh",
    "tc 5 có bao nhiêu xã đạt",
    "binh quan tieu chi huyen trang dinh",
)
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds a process has spent (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _admin(server: str, sql: str) -> None:
    conn = await asyncpg.connect(server)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def database_url(server: str, name: str) -> str:
    """The URL of another database on the same server."""
    parts = urlsplit(server)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def start_workers(
    count: int, url: str, api_url: str, folder: Path
) -> list[tuple[subprocess.Popen[bytes], int]]:
    """Start `count` workers of one bot; return them with their webhook ports, once serving."""
    found = []
    for number in range(1, count + 1):
        port = free_port()
        env = {
            **{k: v for k, v in os.environ.items() if "proxy" not in k.lower()},
            "NTM_DATABASE_URL": url,
            "NTM_WORKERS": str(count),
            "NTM_WORKER": str(number),
            "NTM_INVITE_SECRET": "bench-invite-key-0123456789abcdef",
            "NTM_SEND_RATE": "100000",
            "NTM_LOG_LEVEL": "WARNING",
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api_url,
            "TELEGRAM_WEBHOOK_URL": "http://127.0.0.1:9/hook",
            "TELEGRAM_WEBHOOK_PORT": str(port),
            "TELEGRAM_WEBHOOK_SECRET": SECRET,
            "TMPDIR": str(folder),
        }
        log = (folder / f"worker{count}-{number}.log").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        found.append((proc, port))
    for proc, port in found:
        deadline = time.monotonic() + 60
        while True:
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=1).connect()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"worker did not start; see {folder}") from None
                time.sleep(0.05)
    return found


def post_user(ports: list[int], user: int, first_update: int, per_user: int) -> int:
    """Post one user's questions in order, each to the next worker; return the 200s."""
    ok = 0
    for k in range(per_user):
        n = first_update + k
        update = {
            "update_id": n,
            "message": {
                "message_id": n,
                "date": int(time.time()),
                "chat": {"id": user, "type": "private", "first_name": "Bench"},
                "from": {
                    "id": user,
                    "is_bot": False,
                    "first_name": "Bench",
                    "language_code": "vi",
                },
                "text": QUESTIONS[k % len(QUESTIONS)],
            },
        }
        port = ports[(user + k) % len(ports)]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            conn.request(
                "POST",
                "/hook",
                json.dumps(update).encode(),
                {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET},
            )
            ok += conn.getresponse().status == 200
        finally:
            conn.close()
    return ok


def one_round(
    count: int, server: str, api_url: str, folder: Path, users: int, per_user: int, round_no: int
) -> tuple[float, float]:
    """Run one round; return (answered updates per second, worker CPU ms per update)."""
    name = f"ntm_bench_workers_{os.getpid()}_{round_no}"
    asyncio.run(_admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    asyncio.run(_admin(server, f'CREATE DATABASE "{name}"'))
    url = database_url(server, name)
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "db", "upgrade"],
        cwd=ROOT,
        env={**os.environ, "NTM_DATABASE_URL": url, "NTM_LOG_LEVEL": "WARNING"},
        check=True,
        capture_output=True,
    )
    workers = start_workers(count, url, api_url, folder)
    try:
        ports = [port for _, port in workers]
        post_user(ports, 1, 1, per_user)  # warm-up: one user
        cpu = sum(cpu_seconds(proc.pid) for proc, _ in workers)
        began = time.perf_counter()
        first = 10_000 + round_no * 100_000
        with ThreadPoolExecutor(32) as pool:
            done = sum(
                pool.map(
                    lambda u: post_user(ports, u, first + u * per_user, per_user),
                    range(1000, 1000 + users),
                )
            )
        seconds = time.perf_counter() - began
        cpu = sum(cpu_seconds(proc.pid) for proc, _ in workers) - cpu
    finally:
        for proc, _ in workers:
            proc.send_signal(signal.SIGTERM)
        for proc, _ in workers:
            proc.wait(timeout=30)
        asyncio.run(_admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return done / seconds, 1000 * cpu / max(done, 1)


def main(argv: list[str] | None = None) -> int:
    """Alternate rounds of one and two workers; print each round and the medians."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--db", required=True, help="a PostgreSQL server URL to create databases on")
    p.add_argument("--users", type=int, default=150)
    p.add_argument("--per-user", type=int, default=4)
    args = p.parse_args(argv)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    results: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
    with FakeProcess() as fake, tempfile.TemporaryDirectory(prefix="ntm-workers-") as name:
        for round_no, count in enumerate((1, 2, 2, 1)):
            rate, cpu_ms = one_round(
                count, args.db, fake.base_url, Path(name), args.users, args.per_user, round_no
            )
            results[count].append((rate, cpu_ms))
            print(
                f"  round {round_no + 1}: {count} worker(s)  {rate:7.1f} updates/s"
                f"  {cpu_ms:5.2f} ms CPU per update (workers)"
            )
    for count, rounds in results.items():
        rate = statistics.median(r for r, _ in rounds)
        cpu_ms = statistics.median(c for _, c in rounds)
        print(f"{count} worker(s): median {rate:.1f} updates/s, {cpu_ms:.2f} ms CPU per update")
    print("(figures only, exit 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
