"""A thin client of the Zalo Official Account API v3 and its OAuth token endpoint, on httpx.

Messages: POST <api>/v3.0/oa/message/cs with the header ``access_token`` and a JSON body
``{"recipient": {"user_id"}, "message": {...}}``; the answer is ``{"error": 0, "message",
"data": {"message_id"}}``, and any other ``error`` (often with HTTP 200) is a failure. An access
token that is invalid or expired (-216, -220; -124 on the ZNS API) is renewed once through the
TokenSource and the message sent again.

Tokens: POST <oauth url> as a form (app_id, grant_type=refresh_token, refresh_token) with the
app secret in the header ``secret_key``; the answer is ``{"access_token", "refresh_token",
"expires_in": "90000"}`` (seconds, as a string) or ``{"error": -14014, ...}``.

Tokens travel in headers and form bodies only: no exception or log line here contains one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from bot.retrying import BACKOFF, LONGEST_WAIT, with_retries

log = logging.getLogger(__name__)
JSONDict = dict[str, Any]
CS_PATH = "/v3.0/oa/message/cs"
TOKEN_INVALID = frozenset({-216, -220, -124})
RATE_LIMITED = -32  # "Your application reached limit call api"


class TokenSource(Protocol):
    """Where the client gets the OA access token, and a new one when Zalo refuses it."""

    async def current(self) -> str:
        """Return an access token that is not known to be expired."""

    async def renew(self, stale: str) -> str:
        """Return a newer access token than `stale` (refreshing it if nobody has yet)."""


class OaError(Exception):
    """A call the OA API refused (Zalo's error code) or that did not get through (code 0)."""

    def __init__(
        self, code: int, description: str, status: int = 200, retry_after: float | None = None
    ) -> None:
        super().__init__(f"{code} {description}".strip())
        self.code = code
        self.description = description
        self.status = status
        self.retry_after = retry_after

    @property
    def rate_limited(self) -> bool:
        """Say whether Zalo asked us to slow down (error -32, or HTTP 429)."""
        return self.code == RATE_LIMITED or self.status == 429

    @property
    def transient(self) -> bool:
        """Say whether the same call may succeed later (network, 5xx, rate limit)."""
        return self.code == 0 or self.status >= 500 or self.rate_limited

    @property
    def token_invalid(self) -> bool:
        """Say whether Zalo refused the access token (invalid or expired)."""
        return self.code in TOKEN_INVALID


class OaNetworkError(OaError):
    """The request or its answer was lost (connection refused or dropped, timeout)."""

    def __init__(self, exc: Exception) -> None:
        super().__init__(0, f"{type(exc).__name__} {exc}".strip(), status=0)


class OAuthError(Exception):
    """The token endpoint did not give a new pair; transient ones may work on a later try."""

    def __init__(self, code: int, description: str, *, transient: bool) -> None:
        super().__init__(f"token refresh failed: {code} {description}".strip())
        self.code = code
        self.transient = transient


@dataclass(frozen=True)
class Grant:
    """A new token pair from the OAuth server."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)  # "" when the answer had none
    expires_in: float  # seconds the access token is valid


def _number(value: Any) -> float | None:
    """A number given as a number or as text ("90000"), else None."""
    try:
        return float(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def _retry_after(response: httpx.Response) -> float | None:
    return _number(response.headers.get("Retry-After"))


def _brief(value: Any) -> str:
    """A short printable description from an error answer (never the whole body)."""
    return str(value)[:200] if value else ""


async def refresh_grant(
    client: httpx.AsyncClient, url: str, app_id: str, app_secret: str, refresh_token: str
) -> Grant:
    """Spend a refresh token for a new pair; raise OAuthError if none came.

    Network trouble and 5xx are transient. Any other answer without an access token is not:
    the refresh token is unknown, used or expired (-14014), or the app id or secret is wrong.
    An empty HTTP 200 body has been reported for a refresh token already used.
    """
    form = {"app_id": app_id, "grant_type": "refresh_token", "refresh_token": refresh_token}
    headers = {"secret_key": app_secret}
    try:
        response = await client.post(url, data=form, headers=headers)
    except httpx.HTTPError as exc:
        raise OAuthError(0, type(exc).__name__, transient=True) from None
    if response.status_code >= 500 or response.status_code == 429:
        raise OAuthError(response.status_code, response.reason_phrase, transient=True)
    try:
        answer = response.json()
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise OAuthError(response.status_code, "the answer is not a JSON object", transient=False)
    access, expires = answer.get("access_token"), _number(answer.get("expires_in"))
    if not isinstance(access, str) or not access:
        code = _number(answer.get("error"))
        reason = (
            answer.get("error_description") or answer.get("error_name") or answer.get("message")
        )
        raise OAuthError(int(code or 0), _brief(reason), transient=False)
    refresh = answer.get("refresh_token")
    return Grant(access, refresh if isinstance(refresh, str) else "", expires or 90000.0)


class OaApi:
    """Sends customer-service messages for one OA, renewing its access token when refused."""

    def __init__(self, base_url: str, client: httpx.AsyncClient, tokens: TokenSource) -> None:
        self.base_url = base_url.rstrip("/")
        self.client = client
        self.tokens = tokens

    async def post(self, path: str, body: JSONDict, token: str) -> JSONDict:
        """Make one call with this access token; return its data or raise OaError."""
        try:
            response = await self.client.post(
                self.base_url + path, json=body, headers={"access_token": token}
            )
        except httpx.HTTPError as exc:
            raise OaNetworkError(exc) from None
        try:
            answer = response.json()
        except ValueError:
            answer = None
        status = response.status_code
        if not isinstance(answer, dict):
            raise OaError(
                status, response.reason_phrase or "not JSON", status, _retry_after(response)
            )
        code = _number(answer.get("error"))
        if code == 0 and response.is_success:
            data = answer.get("data")
            return data if isinstance(data, dict) else {}
        description = _brief(answer.get("message") or response.reason_phrase)
        if code is None or code == 0:
            code = float(status)
        raise OaError(int(code), description, status, _retry_after(response))

    async def send(self, user_id: str, message: JSONDict) -> str:
        """Send one customer-service message to a user; return Zalo's message id.

        A refused access token is renewed once (by whoever gets there first) and the message
        sent again with the new one.
        """
        body = {"recipient": {"user_id": user_id}, "message": message}
        token = await self.tokens.current()
        try:
            data = await self.post(CS_PATH, body, token)
        except OaError as exc:
            if not exc.token_invalid:
                raise
            log.info("Zalo refused the OA access token (%s); renewing it", exc.code)
            data = await self.post(CS_PATH, body, await self.tokens.renew(token))
        return str(data.get("message_id") or "")


async def send_with_retries(
    api: OaApi,
    user_id: str,
    message: JSONDict,
    backoff: Sequence[float] = BACKOFF,
    longest_wait: float = LONGEST_WAIT,
) -> str:
    """Send a reply, retrying lost answers, 5xx and short rate limits with backoff.

    OAuthError counts too: the token could not be renewed (transient when Zalo was away).
    """

    def judge(exc: Exception) -> tuple[bool, float | None]:
        assert isinstance(exc, OaError | OAuthError)
        wait = exc.retry_after if isinstance(exc, OaError) and exc.rate_limited else None
        return exc.transient, wait

    return await with_retries(
        lambda: api.send(user_id, message),
        (OaError, OAuthError),
        judge,
        "sending to a Zalo OA user",
        backoff,
        longest_wait,
    )
