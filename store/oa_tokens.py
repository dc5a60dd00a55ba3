"""The Zalo OA token pair: seeded from settings once, rotated by compare-and-swap.

A refresh token can be used once. Whoever refreshes first leases the refresh (claim_refresh),
spends the stored refresh token, and stores the new pair with one UPDATE that matches the token
it spent (store_refreshed); a second process or task that read the same token finds it gone and
uses the new access token instead of spending the old refresh token again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum

from store.db import Database, first, transaction

_COLUMNS = (
    "app_id, access_token, refresh_token, access_expires_at, seed_hash, refreshing_until,"
    " refreshed_at"
)


class Seeded(Enum):
    """What seeding did with the pair from the settings."""

    STORED = "stored"  # no pair was stored: this one is now
    REPLACED = "replaced"  # a different pair was given (re-authorised): it replaced the stored
    KEPT = "kept"  # the same pair as seeded before: the stored (maybe rotated) pair is kept


@dataclass(frozen=True)
class TokenPair:
    """The OA's current tokens and what is known about them."""

    app_id: str
    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    access_expires_at: datetime
    seed_hash: str | None = None
    refreshing_until: datetime | None = None
    refreshed_at: datetime | None = None


def stamp(moment: datetime) -> str:
    """Format a moment as stored: UTC ISO 8601 with microseconds (sorts as text)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def token_hash(token: str) -> str:
    """A digest of a token that can be stored and compared without keeping the token."""
    return hashlib.sha256(token.encode()).hexdigest()


async def load_pair(db: Database, app_id: str) -> TokenPair | None:
    """Return the stored pair of an app, or None."""
    row = first(await db.fetch_all(f"SELECT {_COLUMNS} FROM oa_token WHERE app_id = ?", (app_id,)))
    if row is None:
        return None
    expires = _moment(row[3])
    assert expires is not None
    return TokenPair(
        str(row[0]), str(row[1]), str(row[2]), expires, row[4], _moment(row[5]), _moment(row[6])
    )


async def seed_pair(
    db: Database,
    app_id: str,
    access_token: str,
    refresh_token: str,
    expires_at: datetime,
    now: datetime,
) -> Seeded:
    """Store the pair given in the settings unless it was seeded before; commit.

    The settings keep the first pair for ever, while the stored one rotates: a pair seen
    before (same refresh token) is ignored, a new one (the OA was authorised again) replaces
    the stored pair.
    """
    digest = token_hash(refresh_token)
    async with transaction(db):
        row = first(
            await db.fetch_all("SELECT seed_hash FROM oa_token WHERE app_id = ?", (app_id,))
        )
        if row is not None and row[0] == digest:
            return Seeded.KEPT
        await db.execute(
            "INSERT INTO oa_token (app_id, access_token, refresh_token, access_expires_at,"
            " seed_hash, refreshing_until, refreshed_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)"
            " ON CONFLICT (app_id) DO UPDATE SET access_token = excluded.access_token,"
            " refresh_token = excluded.refresh_token,"
            " access_expires_at = excluded.access_expires_at, seed_hash = excluded.seed_hash,"
            " refreshing_until = NULL, updated_at = excluded.updated_at",
            (app_id, access_token, refresh_token, stamp(expires_at), digest, stamp(now)),
        )
    return Seeded.STORED if row is None else Seeded.REPLACED


async def claim_refresh(
    db: Database, app_id: str, refresh_token: str, now: datetime, lease: timedelta
) -> bool:
    """Lease the refresh of this refresh token until now + lease; False if it is gone or leased.

    Committed at once, so another process sees the lease before the token is spent.
    """
    claimed = await db.execute(
        "UPDATE oa_token SET refreshing_until = ? WHERE app_id = ? AND refresh_token = ?"
        " AND (refreshing_until IS NULL OR refreshing_until <= ?)",
        (stamp(now + lease), app_id, refresh_token, stamp(now)),
    )
    return claimed == 1


async def release_refresh(db: Database, app_id: str, refresh_token: str) -> None:
    """Give up a lease without a new pair (the refresh failed); commit."""
    async with transaction(db):
        await db.execute(
            "UPDATE oa_token SET refreshing_until = NULL WHERE app_id = ? AND refresh_token = ?",
            (app_id, refresh_token),
        )


async def store_refreshed(
    db: Database,
    app_id: str,
    spent: str,
    access_token: str,
    refresh_token: str,
    expires_at: datetime,
    now: datetime,
) -> bool:
    """Replace the pair whose refresh token was `spent` by the new one, in one transaction.

    Returns False (and changes nothing) if the stored refresh token is no longer `spent`.
    """
    stored = await db.execute(
        "UPDATE oa_token SET access_token = ?, refresh_token = ?, access_expires_at = ?,"
        " refreshing_until = NULL, refreshed_at = ?, updated_at = ?"
        " WHERE app_id = ? AND refresh_token = ?",
        (access_token, refresh_token, stamp(expires_at), stamp(now), stamp(now), app_id, spent),
    )
    return stored == 1
