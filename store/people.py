"""Registered people: one-time invites, roles bound to a unit, identities per channel."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

import aiosqlite

from store.db import fetch_all, first, transaction
from vocab.roles import Role

ROLES = tuple(Role)
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone
CODE_LENGTH = 10
INVITE_DAYS = 7


class Redeemed(StrEnum):
    """What came of a registration code."""

    OK = "ok"
    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"
    REVOKED = "revoked"
    ALREADY = "already"  # this account is already bound to another active person


@dataclass(frozen=True)
class Person:
    """A registered person with their role and unit."""

    id: int
    role: Role
    unit_code: str
    name: str
    revoked: bool = False
    reminders: bool = True
    org: str = ""  # a department's name (role 'department')
    digest: bool = True  # the weekly digest (leaders of a unit and coordinators)


@dataclass(frozen=True)
class Address:
    """Where to write to a person on one channel."""

    person_id: int
    channel: str
    chat_id: str
    language: str


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def normalise_code(code: str) -> str:
    """Upper-case a typed code and drop spaces and dashes."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


_KEYS: weakref.WeakKeyDictionary[aiosqlite.Connection, bytes] = weakref.WeakKeyDictionary()


def use_invite_key(db: aiosqlite.Connection, key: bytes) -> None:
    """Key the invite hashes of this connection (the key is kept outside the database)."""
    _KEYS[db] = key


def hash_code(code: str, key: bytes) -> str:
    """Hash a code for storage as an HMAC under the server's key; the code is never stored."""
    return hmac.new(key, normalise_code(code).encode(), hashlib.sha256).hexdigest()


def legacy_hash(code: str) -> str:
    """The unkeyed SHA-256 that invites made before keyed hashes were stored under."""
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def _key(db: aiosqlite.Connection) -> bytes:
    key = _KEYS.get(db)
    if key is None:
        raise RuntimeError("no invite key for this database: open it with bot.context.open_ctx")
    return key


def new_code() -> str:
    """Make a random code, grouped for reading: 'ABCDE-FGHJK'."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


async def create_invite(
    db: aiosqlite.Connection,
    role: str,
    unit_code: str,
    now: datetime,
    *,
    days: int = INVITE_DAYS,
    person_id: int | None = None,
    org: str = "",
) -> str:
    """Store a new single-use invite (as a hash) and return its code."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    code = new_code()
    async with transaction(db):
        await db.execute(
            "INSERT INTO invite (code_hash, role, unit_code, person_id, created_at, expires_at,"
            " org) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                hash_code(code, _key(db)),
                role,
                unit_code,
                person_id,
                _stamp(now),
                _stamp(now + timedelta(days)),
                org,
            ),
        )
    return code


async def recent_failures(
    db: aiosqlite.Connection, channel: str, user_id: str, since: datetime
) -> int:
    """Count refused codes from one account since a moment."""
    row = first(
        await db.execute_fetchall(
            "SELECT count(*) FROM invite_failure WHERE channel = ? AND user_id = ? AND at >= ?",
            (channel, user_id, _stamp(since)),
        )
    )
    return int(row[0]) if row else 0


async def redeem(
    db: aiosqlite.Connection,
    code: str,
    *,
    channel: str,
    user_id: str,
    chat_id: str,
    language: str,
    name: str,
    now: datetime,
) -> tuple[Redeemed, Person | None]:
    """Bind this account to the invite's role and unit, once; count refusals."""
    async with transaction(db):
        row = first(
            await db.execute_fetchall(
                "SELECT id, role, unit_code, person_id, expires_at, used_at, revoked_at, org"
                " FROM invite WHERE code_hash IN (?, ?)",
                (hash_code(code, _key(db)), legacy_hash(code)),
            )
        )
        outcome = _check(row, now)
        if outcome is Redeemed.OK and row is not None and row[3] is not None:
            bound = await get_person(db, int(row[3]))  # revoked since the invite was made?
            if bound is None or bound.revoked:
                outcome = Redeemed.REVOKED
        current = await person_for(db, channel, user_id)
        if outcome is Redeemed.OK and row is not None:
            if current is not None and current.id != row[3]:
                return Redeemed.ALREADY, current
            person = await _bind(db, row, channel, user_id, chat_id, language, name, now)
            return Redeemed.OK, person
        await db.execute(
            "INSERT INTO invite_failure (channel, user_id, reason, at) VALUES (?, ?, ?, ?)",
            (channel, user_id, outcome.value, _stamp(now)),
        )
        return outcome, None


def _check(row: aiosqlite.Row | None, now: datetime) -> Redeemed:
    if row is None:
        return Redeemed.UNKNOWN
    if row[6] is not None:
        return Redeemed.REVOKED
    if row[5] is not None:
        return Redeemed.USED
    if str(row[4]) <= _stamp(now):
        return Redeemed.EXPIRED
    return Redeemed.OK


async def _bind(
    db: aiosqlite.Connection,
    invite: aiosqlite.Row,
    channel: str,
    user_id: str,
    chat_id: str,
    language: str,
    name: str,
    now: datetime,
) -> Person:
    invite_id, role, unit_code, person_id = invite[0], invite[1], invite[2], invite[3]
    if person_id is None:
        cursor = await db.execute(
            "INSERT INTO person (role, unit_code, name, created_at, org) VALUES (?, ?, ?, ?, ?)",
            (role, unit_code, name, _stamp(now), invite[7]),
        )
        person_id = cursor.lastrowid
    # Bound again: a new row, so its rowid (the newest) settles a tie of bound_at stamps.
    await db.execute(
        "DELETE FROM identity WHERE channel = ? AND user_id = ? AND person_id = ?",
        (channel, user_id, person_id),
    )
    await db.execute(
        "INSERT INTO identity (channel, user_id, person_id, chat_id, language, bound_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (channel, user_id, person_id, chat_id, language, _stamp(now)),
    )
    # The used_at guard makes a race between two redemptions of one code bind only one.
    cursor = await db.execute(
        "UPDATE invite SET used_at = ?, used_by = ? WHERE id = ? AND used_at IS NULL",
        (_stamp(now), person_id, invite_id),
    )
    if cursor.rowcount != 1:
        raise RuntimeError("invite was used concurrently")
    person = await get_person(db, int(person_id))
    assert person is not None
    return person


_PERSON = (
    "SELECT id, role, unit_code, name, revoked_at IS NOT NULL, reminders, org, digest FROM person"
)
DIGEST_ROLES = (Role.DISTRICT_OFFICER, Role.PROVINCE_COORDINATOR)


def _person(row: Sequence[Any]) -> Person:
    return Person(
        int(row[0]),
        Role(row[1]),
        str(row[2]),
        str(row[3]),
        bool(row[4]),
        bool(row[5]),
        str(row[6]),
        bool(row[7]),
    )


async def get_person(db: aiosqlite.Connection, person_id: int) -> Person | None:
    """Return one person by id, revoked or not."""
    row = first(await db.execute_fetchall(_PERSON + " WHERE id = ?", (person_id,)))
    return _person(row) if row else None


async def person_for(db: aiosqlite.Connection, channel: str, user_id: str) -> Person | None:
    """Return the active person bound to an account on a channel, if any."""
    row = first(
        await fetch_all(  # asked on every workflow message: a shared trip
            db,
            _PERSON + " WHERE revoked_at IS NULL AND id IN (SELECT person_id FROM identity"
            " WHERE channel = ? AND user_id = ?) ORDER BY id DESC LIMIT 1",
            (channel, user_id),
        )
    )
    return _person(row) if row else None


async def list_people(
    db: aiosqlite.Connection, unit_codes: list[str] | None = None, *, include_revoked: bool = False
) -> list[tuple[Person, str]]:
    """Return people (optionally within units) with their channels, e.g. 'telegram, zalo_bot'."""
    sql = (
        "SELECT p.id, p.role, p.unit_code, p.name, p.revoked_at IS NOT NULL, p.reminders, p.org,"
        " coalesce((SELECT group_concat(DISTINCT i.channel) FROM identity i"
        " WHERE i.person_id = p.id), '') FROM person p WHERE 1 = 1"
    )
    args: list[str] = []
    if not include_revoked:
        sql += " AND p.revoked_at IS NULL"
    if unit_codes is not None:
        sql += f" AND p.unit_code IN ({', '.join('?' for _ in unit_codes)})"
        args += unit_codes
    rows = await db.execute_fetchall(sql + " ORDER BY p.unit_code, p.role, p.id", args)
    return [(_person(row), str(row[7])) for row in rows]


async def revoke(db: aiosqlite.Connection, person_id: int, by: str, now: datetime) -> bool:
    """Revoke a person's rights (the row and their history stay); False if none to revoke."""
    async with transaction(db):
        cursor = await db.execute(
            "UPDATE person SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
            (_stamp(now), by, person_id),
        )
    return cursor.rowcount == 1


async def addresses(db: aiosqlite.Connection, person_ids: list[int]) -> list[Address]:
    """Return where to write to each active person: their most recently bound account
    (of two bound within the same second, the later one)."""
    if not person_ids:
        return []
    marks = ", ".join("?" for _ in person_ids)
    rows = await db.execute_fetchall(
        "SELECT i.person_id, i.channel, i.chat_id, i.language FROM identity i"
        " JOIN person p ON p.id = i.person_id"
        f" WHERE i.person_id IN ({marks}) AND p.revoked_at IS NULL"
        " ORDER BY i.person_id, i.bound_at DESC, i.rowid DESC",
        person_ids,
    )
    seen: dict[int, Address] = {}
    for person_id, channel, chat_id, language in rows:
        seen.setdefault(int(person_id), Address(int(person_id), channel, chat_id, language))
    return list(seen.values())


async def people_with_role(
    db: aiosqlite.Connection, roles: tuple[Role, ...], unit_codes: tuple[str, ...]
) -> list[Person]:
    """Return active people holding one of the roles in one of the units."""
    rows = await db.execute_fetchall(
        _PERSON + f" WHERE revoked_at IS NULL AND role IN ({', '.join('?' for _ in roles)})"
        f" AND unit_code IN ({', '.join('?' for _ in unit_codes)}) ORDER BY id",
        (*roles, *unit_codes),
    )
    return [_person(row) for row in rows]


async def set_reminders(db: aiosqlite.Connection, person_id: int, on: bool) -> None:
    """Turn a person's reminders on or off."""
    async with transaction(db):
        await db.execute("UPDATE person SET reminders = ? WHERE id = ?", (int(on), person_id))


async def set_digest(db: aiosqlite.Connection, person_id: int, on: bool) -> None:
    """Turn a person's weekly digest on or off."""
    async with transaction(db):
        await db.execute("UPDATE person SET digest = ? WHERE id = ?", (int(on), person_id))


async def digest_targets(
    db: aiosqlite.Connection, unit_codes: tuple[str, ...] = ()
) -> list[Person]:
    """Return active district officers and coordinators who want the weekly digest."""
    sql = _PERSON + " WHERE revoked_at IS NULL AND inactive_at IS NULL AND digest = 1"
    sql += f" AND role IN ({', '.join('?' for _ in DIGEST_ROLES)})"
    args: list[str] = list(DIGEST_ROLES)
    if unit_codes:
        sql += f" AND unit_code IN ({', '.join('?' for _ in unit_codes)})"
        args += unit_codes
    return [_person(row) for row in await db.execute_fetchall(sql + " ORDER BY id", args)]


async def reminder_targets(
    db: aiosqlite.Connection, role: Role, unit_codes: tuple[str, ...] = ()
) -> list[Person]:
    """Return active people of a role who want reminders and have not blocked the bot."""
    sql = _PERSON + " WHERE revoked_at IS NULL AND inactive_at IS NULL AND reminders = 1"
    sql += " AND role = ?"
    args: list[str] = [role]
    if unit_codes:
        sql += f" AND unit_code IN ({', '.join('?' for _ in unit_codes)})"
        args += unit_codes
    return [_person(row) for row in await db.execute_fetchall(sql + " ORDER BY id", args)]
