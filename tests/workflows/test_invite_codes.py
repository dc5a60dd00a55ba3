"""Invite codes are kept as an HMAC under a server key that lives outside the database, so a
stolen database alone cannot be searched for live codes; codes hashed the old way still work;
a binding invite of a person revoked after it was issued is refused."""

from __future__ import annotations

import hashlib
import hmac
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Settings
from bot.context import Ctx, open_ctx
from store.people import create_invite, normalise_code, revoke
from tests.workflows.conftest import NHAN_LY, Person, count, registered

pytestmark = pytest.mark.usefixtures("clock")


async def _stored_hashes(ctx: Ctx) -> list[str]:
    rows = await ctx.db.fetch_all("SELECT code_hash FROM invite ORDER BY id")
    return [str(row[0]) for row in rows]


async def test_codes_are_keyed_by_a_secret_kept_beside_not_in_the_database(
    tmp_path: Path,
) -> None:
    """The key is made on first start in NTM_DB.key (owner-only), kept across starts, and the
    stored hash is the code's HMAC under it: the plain SHA-256 of the code is not stored."""
    settings = Settings(db_path=str(tmp_path / "ntm.db"))
    async with open_ctx(settings) as ctx:
        code = await create_invite(ctx.db, "xa_official", NHAN_LY, ctx.clock())
        [stored] = await _stored_hashes(ctx)
    key_file = tmp_path / "ntm.db.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_bytes().strip()
    plain = hashlib.sha256(normalise_code(code).encode()).hexdigest()
    assert stored != plain
    assert stored == hmac.new(key, normalise_code(code).encode(), hashlib.sha256).hexdigest()
    assert key.decode() not in (tmp_path / "ntm.db").read_bytes().decode("latin-1")
    async with open_ctx(settings) as ctx:  # a restart: the same key, the code still works
        reply = await Person(ctx, "u-xa").one(f"/dangky {code}")
        assert reply.intent == "registered", reply.text
    assert key_file.read_bytes().strip() == key


async def test_the_key_may_come_from_the_environment(tmp_path: Path) -> None:
    """NTM_INVITE_SECRET is used when set; no key file is written."""
    env = {"NTM_DB": str(tmp_path / "env.db"), "NTM_INVITE_SECRET": "s3cret-from-the-vault"}
    settings = Settings.from_env(env)
    async with open_ctx(settings) as ctx:
        code = await create_invite(ctx.db, "xa_official", NHAN_LY, ctx.clock())
        [stored] = await _stored_hashes(ctx)
    mac = hmac.new(b"s3cret-from-the-vault", normalise_code(code).encode(), hashlib.sha256)
    assert stored == mac.hexdigest()
    assert not (tmp_path / "env.db.key").exists()
    assert "s3cret" not in repr(replace(settings))


async def test_a_code_hashed_the_old_way_is_still_accepted(ctx: Ctx) -> None:
    """An invite made before keyed hashes (plain SHA-256) can still be redeemed, once."""
    code = "ABCDE-FGHJK"
    plain = hashlib.sha256(normalise_code(code).encode()).hexdigest()
    await ctx.db.execute(
        "INSERT INTO invite (code_hash, role, unit_code, created_at, expires_at)"
        " VALUES (?, 'xa_official', ?, '2023-11-01T00:00:00+00:00', '2099-01-01T00:00:00+00:00')",
        (plain, NHAN_LY),
    )
    assert (await Person(ctx, "u-old").one(f"/dangky {code}")).intent == "registered"
    assert (await Person(ctx, "u-other").one(f"/dangky {code}")).intent == "register_refused"


async def test_a_binding_invite_of_a_revoked_person_is_refused(ctx: Ctx) -> None:
    """`invite --person ID` issued, then the person revoked: the code binds nobody."""
    await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    rows = await ctx.db.fetch_all("SELECT max(id) FROM person")
    person_id = int(next(iter(rows))[0])
    code = await create_invite(ctx.db, "xa_official", NHAN_LY, ctx.clock(), person_id=person_id)
    assert await revoke(ctx.db, person_id, "test", ctx.clock())
    identities = await count(ctx, "identity")
    reply = await Person(ctx, "z-xa", channel="zalo_bot").one(f"/dangky {code}")
    assert reply.intent == "register_refused", reply.text
    assert "Chào mừng" not in reply.text
    assert await count(ctx, "identity") == identities


@pytest.mark.parametrize("said", ["đăng ký {code}", "mã của em là {code} ạ", "dang ky {low}"])
async def test_a_code_typed_without_the_command_registers(ctx: Ctx, said: str) -> None:
    """A code the bot made, typed beside 'đăng ký' or 'mã', registers as /dangky would."""
    code = await create_invite(ctx.db, "xa_official", NHAN_LY, ctx.clock())
    reply = await Person(ctx, "u-new").one(said.format(code=code, low=code.lower()))
    assert reply.intent == "registered", reply.text


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("có báo cáo nào đang chờ anh duyệt không", "pending"),
        ("xem lịch sử báo cáo xã Nhân Lý", "history"),
        ("danh sách người dùng đã đăng ký", "people"),
    ],
)
async def test_commands_asked_in_words(ctx: Ctx, said: str, intent: str) -> None:
    """An officer's request in words runs the command it names, with its rights."""
    officer = await registered(ctx, "u-prov", "province_coordinator", "20")
    reply = await officer.one(said)
    assert reply.intent == intent, reply.text
    stranger = await Person(ctx, "u-x").one(said)
    assert stranger.intent == "forbidden", stranger.text
