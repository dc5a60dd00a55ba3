"""Keep the Zalo OA access token valid: refresh it before it expires or when Zalo refuses it,
spending each refresh token once and storing every new pair atomically.

- One refresh at a time in this process (an asyncio lock) and across processes sharing the
  database (a lease on the row); whoever waited uses the pair the other stored.
- The new pair replaces the old in one UPDATE that matches the refresh token just spent, so a
  crash leaves either the old pair or the new one, never half of each.
- The window: a crash (or a lost answer) after Zalo issued the new pair and before the commit
  loses it; the old refresh token is then spent and the OA must be authorised again.
- Tokens learnt at run time are added to the log redaction before anything can log them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from contextlib import suppress
from datetime import datetime, timedelta

from bot.logs import redact_also
from bot.zalo.oa_api import Grant, OAuthError
from store.db import Database
from store.oa_tokens import (
    Seeded,
    TokenPair,
    claim_refresh,
    load_pair,
    release_refresh,
    seed_pair,
    store_refreshed,
)

log = logging.getLogger(__name__)
Refresh = Callable[[str], Awaitable[Grant]]
REFRESH_BEFORE = timedelta(minutes=15)  # refresh when the access token has less left than this
SEED_TRUST = timedelta(hours=1)  # a token from the settings is of unknown age: trust it this long
LEASE = timedelta(seconds=30)  # how long one refresh may hold the row
LEASE_POLL = 0.2  # seconds between looks while another process refreshes
KEEPER_IDLE = 3600.0  # the keeper looks at least this often (another process may refresh)
KEEPER_RETRY = 60.0  # seconds before the keeper tries again after a failed refresh


class NoToken(RuntimeError):
    """No token pair is stored and none is configured."""


class TokenKeeper:
    """The OA's access token, from the database; a TokenSource for OaApi."""

    def __init__(
        self,
        db: Database,
        app_id: str,
        refresh: Refresh,
        clock: Callable[[], datetime],
    ) -> None:
        self.db = db
        self.app_id = app_id
        self.refresh = refresh
        self.clock = clock
        self.refreshes = 0  # refreshes this keeper made
        self._lock = asyncio.Lock()

    async def start(self, access_token: str | None, refresh_token: str | None) -> TokenPair:
        """Seed the pair from the settings if it is new; return the pair in use.

        Only a refresh token is needed: without an access token one is fetched at once.
        """
        now = self.clock()
        redact_also([access_token, refresh_token])
        if refresh_token:
            expires = now + SEED_TRUST if access_token else now
            seeded = await seed_pair(
                self.db, self.app_id, access_token or "", refresh_token, expires, now
            )
            if seeded is Seeded.REPLACED:
                log.info("took the new Zalo OA token pair from the settings")
            elif seeded is Seeded.KEPT:
                log.debug(
                    "the Zalo OA token pair in the settings was seeded before; kept the stored one"
                )
        pair = await load_pair(self.db, self.app_id)
        if pair is None:
            raise NoToken(
                "no Zalo OA token is stored: set ZALO_OA_REFRESH_TOKEN for the first start"
            )
        redact_also([pair.access_token, pair.refresh_token])
        if self._due(pair):
            await self.renew(pair.access_token)
            pair = await load_pair(self.db, self.app_id) or pair
        return pair

    def _due(self, pair: TokenPair) -> bool:
        """Say whether the pair's access token should be refreshed now."""
        return not pair.access_token or pair.access_expires_at - self.clock() <= REFRESH_BEFORE

    async def _pair(self) -> TokenPair:
        pair = await load_pair(self.db, self.app_id)
        if pair is None:
            raise NoToken("the Zalo OA token pair is no longer stored")
        return pair

    async def current(self) -> str:
        """Return the stored access token, refreshed first if it expires soon."""
        pair = await self._pair()
        if self._due(pair):
            return await self.renew(pair.access_token)
        return pair.access_token

    async def renew(self, stale: str) -> str:
        """Return an access token other than `stale`, refreshing the pair if nobody has yet."""
        async with self._lock:
            while True:
                pair = await self._pair()
                if pair.access_token != stale and not self._due(pair):
                    return pair.access_token  # refreshed meanwhile (here or elsewhere)
                if await claim_refresh(
                    self.db, self.app_id, pair.refresh_token, self.clock(), LEASE
                ):
                    break
                await asyncio.sleep(LEASE_POLL)  # another process is refreshing this pair
            return await self._refresh(pair)

    async def _refresh(self, pair: TokenPair) -> str:
        """Spend the pair's refresh token (leased) and store the new pair; return its token."""
        try:
            grant = await self.refresh(pair.refresh_token)
        except BaseException as exc:
            with suppress(Exception):
                await release_refresh(self.db, self.app_id, pair.refresh_token)
            if isinstance(exc, OAuthError) and not exc.transient:
                log.error(
                    "Zalo refused the OA refresh token (%s): authorise the app again and set"
                    " ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN",
                    exc,
                )
            raise
        redact_also([grant.access_token, grant.refresh_token])
        refresh_token = grant.refresh_token
        if not refresh_token:
            log.warning("Zalo gave a new OA access token without a refresh token; kept the old")
            refresh_token = pair.refresh_token
        now = self.clock()
        expires = now + timedelta(seconds=grant.expires_in)
        stored = await store_refreshed(
            self.db,
            self.app_id,
            pair.refresh_token,
            grant.access_token,
            refresh_token,
            expires,
            now,
        )
        if not stored:  # the settings were re-seeded meanwhile; theirs wins
            log.warning("the Zalo OA token pair changed during a refresh; using the stored one")
            return (await self._pair()).access_token
        self.refreshes += 1
        log.info("refreshed the Zalo OA access token; valid until %s", expires.isoformat())
        return grant.access_token

    async def keep_fresh(self, stop: asyncio.Event) -> None:
        """Refresh the pair before it expires, until stop is set; never raises.

        Refreshing on schedule also renews the refresh token (valid about three months), so
        a quiet OA does not lose its authorisation.
        """
        while not stop.is_set():
            try:
                pair = await self._pair()
                wait = (pair.access_expires_at - REFRESH_BEFORE - self.clock()).total_seconds()
                if wait <= 0:
                    await self.renew(pair.access_token)
                    continue
            except Exception as exc:
                log.error("could not refresh the Zalo OA access token: %s", exc)
                hopeless = isinstance(exc, OAuthError | NoToken) and not getattr(
                    exc, "transient", False
                )
                wait = KEEPER_IDLE if hopeless else KEEPER_RETRY
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), min(wait, KEEPER_IDLE))
