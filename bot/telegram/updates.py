"""Fetch updates so that one the bot cannot read is skipped, not fetched again forever.

python-telegram-bot parses a whole getUpdates answer at once: one update that fails to parse
(a message without its 'date', say) makes the call fail, the offset never moves past it, and
polling spins on it while nothing else is answered. This request wrapper reads each update of
the answer first and replaces one that cannot be read by its bare update_id, with one log line:
PTB then confirms it with the next offset, and it matches no handler.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

log = logging.getLogger(__name__)


def readable(update: Any) -> Any:
    """Return the update if PTB can read it, else just its update_id (logged once here)."""
    if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
        return update
    try:
        Update.de_json(update, None)
    except Exception as exc:  # any parse failure: the update is skipped, not retried
        kinds = sorted(key for key in update if key != "update_id")
        log.warning(
            "update %d could not be read (%s: %s; fields %s); skipped",
            update["update_id"],
            type(exc).__name__,
            str(exc)[:200],
            kinds,
        )
        return {"update_id": update["update_id"]}
    return update


class SkipUnreadable(BaseRequest):
    """getUpdates through another request, with unreadable updates reduced to their id."""

    def __init__(self, inner: BaseRequest) -> None:
        self.inner = inner

    @property
    def read_timeout(self) -> float | None:
        """The wrapped request's read timeout."""
        return self.inner.read_timeout

    async def initialize(self) -> None:
        """Open the wrapped request."""
        await self.inner.initialize()

    async def shutdown(self) -> None:
        """Close the wrapped request."""
        await self.inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Make the request; in a good getUpdates answer, reduce unreadable updates."""
        code, payload = await self.inner.do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )
        if code != 200 or not url.endswith("/getUpdates"):
            return code, payload
        try:
            answer = json.loads(payload)
        except ValueError:
            return code, payload
        result = answer.get("result") if isinstance(answer, dict) else None
        if not isinstance(result, list):
            return code, payload
        kept = [readable(update) for update in result]
        if kept == result:
            return code, payload
        answer["result"] = kept
        return code, json.dumps(answer).encode()
