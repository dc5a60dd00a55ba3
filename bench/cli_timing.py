"""Time `ntm-bot ask` in a fresh process: cold start, and throughput of `ask --json -`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench.langson_mix import CLI_QUESTION, LS_QUESTIONS


def ask_env(db: Path) -> dict[str, str]:
    """Return this process's environment for `ntm-bot ask` on db, without Telegram settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env["NTM_LOG_LEVEL"] = "WARNING"
    env["NTM_DB"] = str(db)
    return env


def cli_throughput(root: Path, tmp: Path, n: int) -> tuple[float, float, float]:
    """Part 4: `ntm-bot ask --json -` over n Lạng Sơn questions; (answers/s, total s, start s)."""
    env = ask_env(tmp / "cli.db")

    def once(lines: Sequence[str]) -> float:
        t0 = time.perf_counter_ns()
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", "ask", "--json", "-"],
            cwd=root,
            env=env,
            input="".join(f"{line}\n" for line in lines),
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = (time.perf_counter_ns() - t0) / 1e9
        answered = done.stdout.count("\n")
        if done.returncode != 0 or answered != len(lines):
            print(f"  ask --json - gave {answered} of {len(lines)} lines ({done.returncode})")
        return elapsed

    once(LS_QUESTIONS[:1])  # creates and loads the database
    start = min(once(LS_QUESTIONS[:1]) for _ in range(3))
    lines = [LS_QUESTIONS[k % len(LS_QUESTIONS)] for k in range(n)]
    total = once(lines)
    return n / total, total, start


def cold_start(root: Path, tmp: Path, runs: int) -> tuple[list[float], list[float]]:
    """Part 3: wall time of `ntm-bot ask` on a fresh database path and on an existing one."""

    def once(db: Path) -> float:
        t0 = time.perf_counter_ns()
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", "ask", CLI_QUESTION],
            cwd=root,
            env=ask_env(db),
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = (time.perf_counter_ns() - t0) / 1e6
        if done.returncode != 0 or not done.stdout.strip():
            print(f"  ntm-bot ask failed ({done.returncode}): {done.stderr.strip()[-300:]}")
        return elapsed

    fresh = [once(tmp / f"cold-{i}" / "ntm.db") for i in range(runs)]
    existing_db = tmp / "cold-0" / "ntm.db"
    existing = [once(existing_db) for _ in range(runs)]
    return fresh, existing
