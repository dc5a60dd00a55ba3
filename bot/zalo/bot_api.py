"""A thin Zalo Bot API client on httpx: POST + JSON to <base>/bot<TOKEN>/<method>.

Every answer is an envelope: {"ok": true, "result": ...} or {"ok": false, "error_code",
"description"}, sometimes with HTTP 200; both kinds of failure become a ZaloError. The token
is part of every URL, so no message here ever contains a URL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from bot.retrying import BACKOFF, LONGEST_WAIT, with_retries

JSONDict = dict[str, Any]
NOTHING_YET = 408  # getUpdates: no message within the timeout
QUOTA = 429


class ZaloError(Exception):
    """A call the Zalo Bot API refused (error_code, description) or that did not get through."""

    def __init__(
        self, method: str, code: int, description: str, retry_after: float | None = None
    ) -> None:
        super().__init__(f"{method}: {code} {description}".strip())
        self.method = method
        self.code = code
        self.description = description
        self.retry_after = retry_after

    @property
    def transient(self) -> bool:
        """Say whether the same call may succeed later (network, 5xx, rate limit)."""
        return self.code == 0 or self.code == QUOTA or self.code >= 500


class ZaloNetworkError(ZaloError):
    """The request or its answer was lost (connection refused or dropped, timeout)."""

    def __init__(self, method: str, exc: Exception) -> None:
        super().__init__(method, 0, f"{type(exc).__name__} {exc}".strip())


def api_base(url: str) -> str:
    """Normalise ZALO_API_URL: the host alone or '.../bot' both give '.../bot'."""
    base = url.rstrip("/")
    return base if base.endswith("/bot") else base + "/bot"


def _retry_after(body: JSONDict, response: httpx.Response) -> float | None:
    """Read a retry time, if the answer gives one (not documented by Zalo)."""
    parameters = body.get("parameters")
    value = parameters.get("retry_after") if isinstance(parameters, dict) else None
    value = value if value is not None else response.headers.get("Retry-After")
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


class ZaloBotApi:
    """The methods of the Zalo Bot API the bot uses; set-up calls retry transient failures."""

    def __init__(self, token: str, base_url: str, client: httpx.AsyncClient) -> None:
        self._prefix = f"{api_base(base_url)}{token}/"
        self.base_url = api_base(base_url)
        self.client = client

    async def call(self, method: str, body: JSONDict | None = None, timeout: float = 10.0) -> Any:
        """Call a method and return its result, or raise ZaloError."""
        try:
            url = self._prefix + method
            response = await self.client.post(url, json=body or {}, timeout=timeout)
        except httpx.HTTPError as exc:
            raise ZaloNetworkError(method, exc) from None
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if not isinstance(answer, dict):
            raise ZaloError(method, response.status_code, response.reason_phrase or "not JSON")
        if answer.get("ok") is True and response.is_success:
            return answer.get("result")
        code = answer.get("error_code")
        raise ZaloError(
            method,
            code if isinstance(code, int) else response.status_code,
            str(answer.get("description") or response.reason_phrase),
            _retry_after(answer, response),
        )

    async def get_me(self) -> JSONDict:
        """Return the bot's account: id, account_name, account_type, can_join_groups."""
        result = await call_with_retries(self, "getMe", {})
        return result if isinstance(result, dict) else {}

    async def get_updates(self, timeout: int) -> list[JSONDict]:
        """Wait up to timeout seconds for messages; an empty list when none came (HTTP 408).

        The HTTP read timeout is longer than the poll's, so the server always answers first.
        """
        try:
            result = await self.call("getUpdates", {"timeout": timeout}, timeout=timeout + 10.0)
        except ZaloError as exc:
            if exc.code == NOTHING_YET:
                return []
            raise
        if isinstance(result, list):
            return [event for event in result if isinstance(event, dict)]
        return [result] if isinstance(result, dict) else []

    async def set_webhook(self, url: str, secret: str) -> None:
        """Have Zalo POST every event to url with the secret in X-Bot-Api-Secret-Token."""
        await call_with_retries(self, "setWebhook", {"url": url, "secret_token": secret})

    async def delete_webhook(self) -> None:
        """Stop webhook delivery (getUpdates works only without a webhook)."""
        await call_with_retries(self, "deleteWebhook", {})


async def call_with_retries(
    api: ZaloBotApi,
    method: str,
    body: JSONDict,
    backoff: Sequence[float] = BACKOFF,
    longest_wait: float = LONGEST_WAIT,
) -> Any:
    """Call a method, retrying lost answers, 5xx and short rate limits with backoff."""

    def judge(exc: Exception) -> tuple[bool, float | None]:
        assert isinstance(exc, ZaloError)
        return exc.transient, exc.retry_after if exc.code == QUOTA else None

    return await with_retries(
        lambda: api.call(method, body), (ZaloError,), judge, method, backoff, longest_wait
    )
