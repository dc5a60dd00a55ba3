"""One serving process per database and per bot: a second `ntm-bot run` refuses to start.

Two processes polling one token make Telegram answer both with Conflict, and two serving one
database send every reminder twice. `ntm-bot run` holds an exclusive lock (flock) on a file
beside the database and on one per channel token in the temporary directory (named by a hash
of the token, never the token) for as long as it runs; the system drops the locks when the
process ends, however it ends.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO

from bot.config import Settings


class AlreadyRunning(RuntimeError):
    """Another process already serves this database or bot."""


def lock_paths(settings: Settings) -> list[tuple[Path, str]]:
    """The lock files of a configuration, each with what it protects (for the message)."""
    found = []
    if settings.db_path != ":memory:" and not settings.database_url:
        found.append((Path(f"{settings.db_path}.lock"), f"the database {settings.db_path}"))
    # Several workers (bot/workers.py) each hold their own number's locks: two processes
    # started as the same worker still refuse each other.
    slot = f"-worker{settings.worker}" if settings.workers > 1 else ""
    tokens = (
        ("Telegram bot", settings.telegram_token),
        ("Zalo bot", settings.zalo_token),
        ("Zalo OA", settings.zalo_oa_app_id),
    )
    for what, token in tokens:
        if token:
            digest = hashlib.sha256(token.encode()).hexdigest()[:20]
            path = Path(tempfile.gettempdir()) / f"ntm-bot-{digest}{slot}.lock"
            found.append((path, f"this {what}"))
    return found


def _take(path: Path, what: str) -> IO[str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "?"
        handle.close()
        raise AlreadyRunning(
            f"another ntm-bot (pid {holder}) is already serving {what}; stop it first"
            f" (lock file {path})"
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


@contextmanager
def run_lock(settings: Settings) -> Iterator[None]:
    """Hold this configuration's locks for the block; AlreadyRunning if one is taken."""
    with ExitStack() as held:
        for path, what in lock_paths(settings):
            held.enter_context(_take(path, what))
        yield
