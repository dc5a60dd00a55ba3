"""The OA Sender for bot-started messages: how failures are told, the courier's outcomes, and a
numbered menu in a started message answered later."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from functools import partial

import httpx
import pytest

from bot.config import Settings
from bot.context import Ctx, open_ctx
from bot.courier import Courier
from bot.delivery import RetryLater, Sender, Undeliverable
from bot.pacing import Limits, Pacer
from bot.zalo.oa_adapter import QUOTA_WAIT, RATE_WAIT, ZaloOaSender
from bot.zalo.oa_api import OaApi, OaError, refresh_grant
from bot.zalo.oa_tokens import TokenKeeper
from store.outbox import enqueue, stamp
from tests.fakes.zalo_oa import FakeZaloOa
from tests.zalo_oa.conftest import serving
from vocab.messages import Choice, Reply


async def sender_for(ctx: Ctx, oa: FakeZaloOa, http: httpx.AsyncClient) -> ZaloOaSender:
    """A Sender on the stored (or configured) token pair."""
    settings = ctx.settings
    refresh = partial(refresh_grant, http, oa.oauth_url, oa.app_id, oa.app_secret)
    keeper = TokenKeeper(ctx.db, oa.app_id, refresh, ctx.clock)
    await keeper.start(settings.zalo_oa_access_token, settings.zalo_oa_refresh_token)
    return ZaloOaSender(ctx, OaApi(oa.api_url, http, keeper))


async def test_failures_are_told_apart(
    settings: Settings, http: httpx.AsyncClient, oa: FakeZaloOa
) -> None:
    """Unfollowed (-213) is Undeliverable and the person inactive; outside the 7-day window
    (-230) Undeliverable for this message only; a rate limit or a used-up quota RetryLater; a
    5xx or a lost answer an ordinary transient OaError; nothing is retried by the Sender."""
    async with open_ctx(settings) as ctx:
        sender: Sender = await sender_for(ctx, oa, http)
        assert sender.channel == "zalo_oa"
        oa.block_user("gone", -213)
        with pytest.raises(Undeliverable, match="-213") as gone:
            await sender.send("gone", Reply("Nhắc việc"))
        assert gone.value.inactive
        oa.inject_error(-230, "User has not interacted with the OA in the past 7 days")
        with pytest.raises(Undeliverable, match="-230") as quiet:
            await sender.send("u1", Reply("Nhắc việc"))
        assert not quiet.value.inactive
        oa.inject_error(-32)
        with pytest.raises(RetryLater) as rate:
            await sender.send("u1", Reply("Nhắc việc"))
        assert rate.value.seconds == RATE_WAIT
        oa.inject_error(-211, "Out of quota")
        with pytest.raises(RetryLater) as quota:
            await sender.send("u1", Reply("Nhắc việc"))
        assert quota.value.seconds == QUOTA_WAIT
        oa.inject_5xx("message/cs", status=500)
        with pytest.raises(OaError) as down:
            await sender.send("u1", Reply("Nhắc việc"))
        assert down.value.transient
        oa.inject_drop("message/cs")
        with pytest.raises(OaError) as lost:
            await sender.send("u1", Reply("Nhắc việc"))
        assert lost.value.transient
        await sender.send("u1", Reply("Nhắc việc"))
    assert oa.texts_to("u1") == ["Nhắc việc"]
    assert len(oa.calls("message/cs", include_failed=True)) == 7


async def _person(ctx: Ctx, user: str) -> int:
    """A xã official reachable on the OA as user; return their id."""
    now = stamp(datetime.now(UTC))
    person = int(
        await ctx.db.fetch_value(
            "INSERT INTO person (role, unit_code, name, created_at) VALUES (?, ?, ?, ?)"
            " RETURNING id",
            ("xa_official", "05971", f"Cán bộ {user}", now),
        )
    )
    await ctx.db.execute(
        "INSERT INTO identity (channel, user_id, person_id, chat_id, bound_at)"
        " VALUES ('zalo_oa', ?, ?, ?, ?)",
        (user, person, user, now),
    )
    return person


async def test_the_courier_delivers_through_the_oa(
    settings: Settings, http: httpx.AsyncClient, oa: FakeZaloOa
) -> None:
    """Queued notices reach OA users; the one outside the 7-day window is given up but its
    person stays active; the one who unfollowed is marked inactive."""
    async with open_ctx(settings) as ctx:
        people = {user: await _person(ctx, user) for user in ("n1", "n2", "n3")}
        oa.inject_error(-230, user_id="n2")
        oa.block_user("n3", -213)
        now = datetime.now(UTC)
        for user, person in people.items():
            await enqueue(
                ctx.db,
                dedupe_key=f"notice:{user}",
                channel="zalo_oa",
                chat_id=user,
                person_id=person,
                kind="notice",
                reply=Reply(f"Báo cáo của {user} đã được duyệt."),
                now=stamp(now),
            )
        courier = Courier(ctx, [await sender_for(ctx, oa, http)], Pacer(Limits(30, 0.0, 20)))
        courier.start()
        try:
            deadline = asyncio.get_running_loop().time() + 20
            while courier.stats.sent + courier.stats.undeliverable < 3:
                assert asyncio.get_running_loop().time() < deadline, oa.dump()
                await asyncio.sleep(0.02)
        finally:
            await courier.close()
        inactive = {
            row[0]: bool(row[1])
            for row in await ctx.db.fetch_all(
                "SELECT i.user_id, p.inactive_at IS NOT NULL FROM person p"
                " JOIN identity i ON i.person_id = p.id ORDER BY i.user_id"
            )
        }
    assert oa.texts_to("n1") == ["Báo cáo của n1 đã được duyệt."]
    assert oa.texts_to("n2") == oa.texts_to("n3") == []
    assert inactive == {"n1": False, "n2": False, "n3": True}


async def test_a_started_message_with_many_choices_is_answered_by_number(
    settings: Settings, http: httpx.AsyncClient, oa: FakeZaloOa
) -> None:
    """Too many choices for buttons are numbered; the user's '2' later picks the second,
    through the bot serving the same database; buttons shown later replace that menu."""
    districts = (
        Choice("Huyện Tràng Định", "ask:average:180"),
        *(Choice(f"Huyện {i}", f"ask:average:x{i}") for i in range(5)),
    )
    async with open_ctx(settings) as ctx:
        sender = await sender_for(ctx, oa, http)
        await sender.send(
            "m1", Reply("Xem bình quân huyện nào?", (districts[1], districts[0], *districts[2:]))
        )
    [notice] = oa.texts_to("m1")
    assert "  2. Huyện Tràng Định" in notice.splitlines()
    async with serving(settings, http):
        await oa.send_text_async("m1", "2")
        answer = (await oa.wait_for_messages_async("m1", 2))[1]["message"]["text"]
        assert "Tràng Định" in answer and "13,24" in answer
