"""The real `python -m bot.cli run` as a child process, for end-to-end tests of any channel."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHANNEL_VARIABLES = ("TELEGRAM_", "ZALO_")


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class BotProcess:
    """One `python -m bot.cli run` child process with its output in files.

    The environment is this one without proxies or channel settings, plus ``env``; ``ready``
    is the log text that says the bot serves.
    """

    def __init__(self, tmp: Path, ready: str, **env: str) -> None:
        self.tmp = tmp
        self.ready = ready
        inherited = {
            k: v
            for k, v in os.environ.items()
            if "proxy" not in k.lower() and not k.startswith(CHANNEL_VARIABLES)
        }
        self.env = {
            **inherited,
            "NO_PROXY": "127.0.0.1,localhost",
            "NTM_DB": str(tmp / "ntm.db"),
            "NTM_LOG_LEVEL": "DEBUG",
            "PYTHONUNBUFFERED": "1",
            "TMPDIR": str(tmp),  # the per-token run locks (bot/run_lock.py) stay per test
            # the bot runs on the real clock: on the 20th or a month's last day after 08:00 it
            # would catch up the day's reminder run beside what a test sends; a one-second
            # grace catches up nothing
            "NTM_REMINDER_GRACE_HOURS": "0.0003",
            **env,
        }
        self.runs: list[tuple[subprocess.Popen[bytes], Path, Path]] = []

    @property
    def proc(self) -> subprocess.Popen[bytes]:
        """The current (latest) process."""
        return self.runs[-1][0]

    def start(self, timeout: float = 20.0) -> None:
        """Start the bot and wait for its 'serving' line."""
        n = len(self.runs)
        out, err = self.tmp / f"stdout{n}.log", self.tmp / f"stderr{n}.log"
        with out.open("wb") as stdout, err.open("wb") as stderr:
            proc = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run"],
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=stdout,
                stderr=stderr,
            )
        self.runs.append((proc, out, err))
        deadline = time.monotonic() + timeout
        while self.ready not in err.read_text(encoding="utf-8", errors="replace"):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"bot did not start (rc={proc.poll()}):\n{self.output()}")
            time.sleep(0.05)

    def terminate(self, signum: int = signal.SIGTERM) -> tuple[int, float]:
        """Send SIGTERM (or another signal); return the exit code and how long stopping took."""
        began = time.monotonic()
        self.proc.send_signal(signum)
        code = self.proc.wait(timeout=15)
        return code, time.monotonic() - began

    def output(self) -> str:
        """Everything every run printed, stdout and stderr."""
        texts = []
        for _, out, err in self.runs:
            for path in (out, err):
                if path.exists():
                    texts.append(path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(texts)

    def kill(self) -> None:
        """Kill any run still alive (test clean-up)."""
        for proc, _, _ in self.runs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=5)
