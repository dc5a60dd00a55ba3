"""The OA token pair: seeded once, refreshed before expiry or when refused, each refresh token
spent once (also by two tasks or two processes at the same moment), every pair stored whole."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import httpx
import pytest

from bot.zalo.oa_api import CS_PATH, Grant, OaApi, OAuthError, refresh_grant
from bot.zalo.oa_tokens import REFRESH_BEFORE, SEED_TRUST, NoToken, TokenKeeper
from store.db import connect
from store.oa_tokens import Seeded, load_pair, seed_pair, token_hash
from tests.backends import new_database
from tests.fakes.zalo_oa import FakeZaloOa


class Clock:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def keeper_for(db: object, oa: FakeZaloOa, http: httpx.AsyncClient, clock: Clock) -> TokenKeeper:
    """A keeper refreshing through the fake's OAuth endpoint."""
    refresh = partial(refresh_grant, http, oa.oauth_url, oa.app_id, oa.app_secret)
    return TokenKeeper(db, oa.app_id, refresh, clock)  # type: ignore[arg-type]


async def test_seeding_keeps_a_rotated_pair_and_takes_a_new_one(
    target: str, tmp_path: Path
) -> None:
    """The pair from the settings is stored on the first start only; the same pair given again
    leaves the rotated one alone; a different pair (authorised again) replaces it."""
    now = datetime(2026, 3, 2, tzinfo=UTC)
    async with connect(target) as db:
        assert await seed_pair(db, "app", "A1", "R1", now, now) is Seeded.STORED
        await db.execute("UPDATE oa_token SET access_token = 'A2', refresh_token = 'R2'")
        assert await seed_pair(db, "app", "A1", "R1", now, now) is Seeded.KEPT
        pair = await load_pair(db, "app")
        assert pair is not None and (pair.access_token, pair.refresh_token) == ("A2", "R2")
        assert pair.seed_hash == token_hash("R1") and "R2" not in repr(pair)
        assert await seed_pair(db, "app", "A9", "R9", now, now) is Seeded.REPLACED
        pair = await load_pair(db, "app")
        assert pair is not None and (pair.access_token, pair.refresh_token) == ("A9", "R9")
        assert await load_pair(db, "other") is None


async def test_refresh_before_expiry_and_the_pair_survives_a_restart(
    target: str, tmp_path: Path, oa: FakeZaloOa, http: httpx.AsyncClient
) -> None:
    """A seeded token is trusted for SEED_TRUST; near its end current() refreshes first; the
    new pair (expiry from expires_in) is what a restarted keeper uses, without refreshing."""
    access, refresh = oa.issue_pair()
    clock = Clock()
    async with connect(target) as db:
        keeper = keeper_for(db, oa, http, clock)
        await keeper.start(access, refresh)
        assert await keeper.current() == access and oa.refreshes == []
        clock.now += SEED_TRUST - REFRESH_BEFORE
        fresh = await keeper.current()
        assert fresh == oa.access_token != access and keeper.refreshes == 1
        pair = await load_pair(db, oa.app_id)
        assert pair is not None and pair.refresh_token == oa.refresh_token
        assert pair.access_expires_at == clock.now + timedelta(seconds=90000)
        assert pair.refreshed_at == clock.now and pair.refreshing_until is None
    async with connect(target) as db:
        again = keeper_for(db, oa, http, clock)
        await again.start(access, refresh)  # the same settings as the first start
        assert await again.current() == fresh and again.refreshes == 0
    assert [r["refresh_token"] for r in oa.refreshes] == [refresh]


async def test_a_refresh_token_alone_is_spent_at_start(
    target: str, tmp_path: Path, oa: FakeZaloOa, http: httpx.AsyncClient
) -> None:
    """Given only a refresh token, the keeper fetches an access token at once."""
    _, refresh = oa.issue_pair()
    async with connect(target) as db:
        keeper = keeper_for(db, oa, http, Clock())
        pair = await keeper.start(None, refresh)
        assert pair.access_token == oa.access_token and keeper.refreshes == 1
    with pytest.raises(NoToken):
        async with connect(tmp_path / "empty.db") as db:
            await keeper_for(db, oa, http, Clock()).start(None, None)


async def test_concurrent_refusals_spend_the_refresh_token_once(
    target: str, tmp_path: Path, oa: FakeZaloOa, http: httpx.AsyncClient
) -> None:
    """Ten sends that all meet an expired token cause one refresh; all get through with the
    new token."""
    access, refresh = oa.issue_pair()
    async with connect(target) as db:
        keeper = keeper_for(db, oa, http, Clock())
        await keeper.start(access, refresh)
        api = OaApi(oa.api_url, http, keeper)
        oa.expire_access_token()
        sent = await asyncio.gather(*(api.send(f"u{i}", {"text": f"Tin {i}"}) for i in range(10)))
    assert all(sent) and keeper.refreshes == 1
    assert [r["refresh_token"] for r in oa.refreshes] == [refresh]
    tokens = {c["params"]["token"] for c in oa.calls("message/cs")}
    assert tokens == {oa.access_token}


async def test_two_processes_on_one_database_refresh_once(
    tmp_path: Path, oa: FakeZaloOa, http: httpx.AsyncClient
) -> None:
    """Two keepers on two connections (as two processes would be) renew the same refused token
    at once: one spends the refresh token, the other waits and uses the stored new pair."""
    access, refresh = oa.issue_pair()
    path = tmp_path / "t.db"
    async with connect(path) as one, connect(path) as two:
        first, second = keeper_for(one, oa, http, Clock()), keeper_for(two, oa, http, Clock())
        await first.start(access, refresh)
        await second.start(access, refresh)
        oa.hold_refreshes()  # the first refresh waits at Zalo until the second is under way
        one_task = asyncio.create_task(first.renew(access))
        await oa.wait_for_async(lambda: oa.refreshes_held == 1, what="a refresh in flight")
        two_task = asyncio.create_task(second.renew(access))
        await asyncio.sleep(0.5)  # let the second find the row leased (a few looks)
        oa.release_refreshes()
        tokens = list(await asyncio.gather(one_task, two_task))
    assert tokens == [oa.access_token, oa.access_token] and tokens[0] != access
    assert (first.refreshes, second.refreshes) == (1, 0)
    assert [r["refresh_token"] for r in oa.refreshes] == [refresh]


async def test_a_refused_refresh_is_logged_and_the_lease_released(
    target: str,
    tmp_path: Path,
    oa: FakeZaloOa,
    http: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A refresh token Zalo no longer accepts raises OAuthError (not transient), logs what to
    do without the token, and leaves the row free; a lost answer is transient and the same
    refresh token works on the next try."""
    access, refresh = oa.issue_pair()
    async with connect(target) as db:
        keeper = keeper_for(db, oa, http, Clock())
        await keeper.start(access, refresh)
        oa.inject_drop("access_token")
        with pytest.raises(OAuthError) as lost:
            await keeper.renew(access)
        assert lost.value.transient
        pair = await load_pair(db, oa.app_id)
        assert pair is not None and pair.refreshing_until is None
        assert await keeper.renew(access) == oa.access_token  # the same refresh token, once
        stored = await load_pair(db, oa.app_id)
        assert stored is not None
        await db.execute(
            "UPDATE oa_token SET refresh_token = ? WHERE app_id = ?", (refresh, oa.app_id)
        )
        caplog.set_level(logging.ERROR)
        with pytest.raises(OAuthError) as refused:
            await keeper.renew(stored.access_token)
        assert not refused.value.transient and refused.value.code == -14014
        pair = await load_pair(db, oa.app_id)
        assert pair is not None and pair.refreshing_until is None
    assert "authorise the app again" in caplog.text and refresh not in caplog.text
    assert [r.get("error") for r in oa.refreshes] == [None, -14014]


async def test_a_refused_token_is_renewed_once_per_send(
    target: str, tmp_path: Path, oa: FakeZaloOa, http: httpx.AsyncClient
) -> None:
    """If Zalo refuses the new token too, the send fails with that error: no refresh loop."""
    access, refresh = oa.issue_pair()
    async with connect(target) as db:
        keeper = keeper_for(db, oa, http, Clock())
        await keeper.start(access, refresh)
        api = OaApi(oa.api_url, http, keeper)
        oa.inject_error(-216, times=2)
        with pytest.raises(Exception, match="-216"):
            await api.send("u1", {"text": "Xin chào"})
        assert keeper.refreshes == 1 and oa.messages_to("u1") == []
        assert await api.send("u1", {"text": "Xin chào"})
    assert len(oa.calls("message/cs", include_failed=True)) == 3
    assert CS_PATH == "/v3.0/oa/message/cs"


async def test_the_keeper_refreshes_on_schedule_until_stopped(
    target: str, tmp_path: Path, oa: FakeZaloOa, http: httpx.AsyncClient
) -> None:
    """keep_fresh refreshes a pair that is due, then waits (here until stopped)."""
    access, refresh = oa.issue_pair()
    clock = Clock()
    async with connect(target) as db:
        keeper = keeper_for(db, oa, http, clock)
        await keeper.start(access, refresh)
        clock.now += SEED_TRUST  # past due
        stop = asyncio.Event()
        running = asyncio.create_task(keeper.keep_fresh(stop))
        await oa.wait_for_async(lambda: oa.refresh_token != refresh, what="a scheduled refresh")
        deadline = asyncio.get_running_loop().time() + 10
        while (pair := await load_pair(db, oa.app_id)) is None or pair.refresh_token == refresh:
            assert asyncio.get_running_loop().time() < deadline, "the pair was not stored"
            await asyncio.sleep(0.02)
        stop.set()
        await running
    assert keeper.refreshes == 1 and pair.access_token == oa.access_token


async def test_a_grant_without_a_refresh_token_keeps_the_old_one(
    target: str,
    tmp_path: Path,
    oa: FakeZaloOa,
    http: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """If Zalo sends an access token alone, it is used and the refresh token kept (warned)."""

    async def access_only(token: str) -> Grant:
        return Grant("AT-alone-123456789", "", 3600.0)

    async with connect(target) as db:
        keeper = TokenKeeper(db, "app", access_only, Clock())
        await keeper.start(None, "RT-kept-123456789")
        pair = await load_pair(db, "app")
    assert pair is not None and pair.access_token == "AT-alone-123456789"
    assert pair.refresh_token == "RT-kept-123456789"
    assert "without a refresh token" in caplog.text


@pytest.fixture
async def target(backend: str, tmp_path: Path) -> AsyncIterator[str]:
    """A new database on each engine (the token pair is stored there)."""
    async with new_database(backend, tmp_path) as where:
        yield where
