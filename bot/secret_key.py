"""The server's invite key: from NTM_INVITE_SECRET, or a file made on first start.

Invite codes are stored as an HMAC under this key (store.people), so the database alone, say
a stolen copy, cannot be searched for live codes. The file (NTM_SECRET_FILE, by default the
database's path plus '.key') is created once, readable by its owner only, and never written
into the database; losing it only invalidates the invites not yet used.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from bot.config import Settings


def key_file(settings: Settings) -> Path | None:
    """Where the key is kept, or None when it comes from the environment or is in memory."""
    if settings.invite_secret:
        return None
    if settings.secret_file:
        return Path(settings.secret_file)
    if settings.db_path == ":memory:":
        return None
    return Path(f"{settings.db_path}.key")


def invite_key(settings: Settings) -> bytes:
    """Return the invite key, creating its file on first start (safe when racing)."""
    if settings.invite_secret:
        return settings.invite_secret.encode()
    path = key_file(settings)
    if path is None:
        return secrets.token_hex(32).encode()  # an in-memory database lives no longer
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(secrets.token_hex(32) + "\n")
        try:
            os.link(draft, path)  # atomic: of processes starting at once, one key wins
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    key = path.read_bytes().strip()
    if not key:
        raise ValueError(f"the invite key file {path} is empty")
    return key
