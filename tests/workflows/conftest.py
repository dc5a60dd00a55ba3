"""People talking to the bot through the memory transport (the router, no network)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar

import pytest

from bot.context import Ctx
from handlers.routing import handle
from store.people import create_invite
from vocab.messages import Incoming, Reply

NHAN_LY = "06496"  # Xã Nhân Lý, Huyện Chi Lăng (plan appendix 1: lacks 2, 4, 5, ...)
CHI_LANG = "187"
VAN_AN = "06469"  # another xã of Chi Lăng
HOANG_DONG = "05986"  # Xã Hoàng Đồng, Thành phố Lạng Sơn
CITY = "178"
PROVINCE = "20"


@dataclass
class Person:
    """One user of the memory transport, with their own private chat."""

    ctx: Ctx
    user: str
    name: str = ""
    sent: int = field(default=0)
    channel: str = ""  # "" takes default_channel: every transport in tests/workflows
    default_channel: ClassVar[str] = "memory"

    async def say(
        self,
        text: str = "",
        *,
        button: str | None = None,
        photo: str | None = None,
        document: str | None = None,
        group: bool = False,
    ) -> list[Reply]:
        """Send one message or button press; return every reply."""
        self.sent += 1
        incoming = Incoming(
            self.channel or Person.default_channel,
            f"chat-{self.user}",
            self.user,
            f"{self.user}-{self.sent}",
            text,
            button=button,
            photo=photo,
            document=document,
            is_group=group,
            user_name=self.name or self.user,
        )
        return await handle(incoming, self.ctx)

    async def one(self, text: str = "", **kwargs: object) -> Reply:
        """Send one message and return its single reply."""
        replies = await self.say(text, **kwargs)  # type: ignore[arg-type]
        assert len(replies) == 1, replies
        return replies[0]


async def registered(
    ctx: Ctx, user: str, role: str, unit: str, name: str = "", channel: str = ""
) -> Person:
    """A person registered through an invite code and /dangky, as in real use."""
    code = await create_invite(ctx.db, role, unit, ctx.clock())
    person = Person(ctx, user, name or user, channel=channel)
    reply = await person.one(f"/dangky {code}")
    assert reply.intent == "registered", reply.text
    return person


async def count(ctx: Ctx, table: str) -> int:
    """Count the rows of a table."""
    rows = await ctx.db.fetch_all(f"SELECT count(*) FROM {table}")
    return int(next(iter(rows))[0])


async def snapshot(ctx: Ctx) -> dict[str, int]:
    """Row counts of everything a workflow may change."""
    tables = ("status", "field_report", "evidence", "review", "outbox", "person", "identity")
    counts = {t: await count(ctx, t) for t in tables}
    rows = await ctx.db.fetch_all("SELECT count(*) FROM person WHERE revoked_at IS NULL")
    counts["active_people"] = int(next(iter(rows))[0])
    return counts


class Clock:
    """A settable clock for ctx.clock."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


TRANSPORTS = ("telegram", "zalo_bot", "zalo_oa")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run tests marked per_transport once per channel (evidence and addresses depend on it)."""
    if "transport" in metafunc.fixturenames:
        marked = metafunc.definition.get_closest_marker("per_transport") is not None
        metafunc.parametrize("transport", TRANSPORTS if marked else TRANSPORTS[:1], indirect=True)


@pytest.fixture(autouse=True)
def transport(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The channel the test's people talk on: Telegram, or each channel for per_transport."""
    monkeypatch.setattr(Person, "default_channel", request.param)
    return str(request.param)


@pytest.fixture
def clock(ctx: Ctx) -> Clock:
    """Pin the context's clock to 2023-11-05 09:00 in Vietnam (02:00 UTC)."""
    from datetime import UTC

    fixed = Clock(datetime(2023, 11, 5, 2, 0, tzinfo=UTC))
    ctx.clock = fixed
    return fixed
