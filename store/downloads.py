"""Files published for download by a token that expires (the token itself is never stored)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite

from store.db import first, transaction


@dataclass(frozen=True)
class Download:
    """A published file."""

    filename: str
    media_type: str
    data: bytes


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


async def publish(
    db: aiosqlite.Connection,
    data: bytes,
    filename: str,
    media_type: str,
    now: datetime,
    ttl: timedelta,
) -> str:
    """Store a file and return a new random token for it, valid for ttl; drop expired files."""
    token = secrets.token_urlsafe(24)
    async with transaction(db):
        await db.execute("DELETE FROM download WHERE expires_at <= ?", (_stamp(now),))
        await db.execute(
            "INSERT INTO download (token_hash, filename, media_type, data, created_at,"
            " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
            (_hash(token), filename, media_type, data, _stamp(now), _stamp(now + ttl)),
        )
    return token


async def fetch(db: aiosqlite.Connection, token: str, now: datetime) -> Download | None:
    """Return the file of a valid, unexpired token, or None."""
    row = first(
        await db.execute_fetchall(
            "SELECT filename, media_type, data FROM download"
            " WHERE token_hash = ? AND expires_at > ?",
            (_hash(token), _stamp(now)),
        )
    )
    return None if row is None else Download(str(row[0]), str(row[1]), bytes(row[2]))
