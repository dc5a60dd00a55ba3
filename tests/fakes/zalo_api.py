"""Fake Zalo Bot API server for tests (standard library only), after the Zalo Bot Platform docs.

Usage::

    with FakeZaloApi(token="1234567890:zalo-secret") as api:
        # the bot under test uses ZALO_API_URL=api.base_url and ZALO_BOT_TOKEN=api.token
        message_id = api.push_text("a1b2c3", "Xin chào")
        api.wait_for_messages("a1b2c3", 1)

What it does, as documented (POST + JSON to ``/bot<TOKEN>/<method>``, case-sensitive names,
``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code", "description"}``):
``getMe``; ``getUpdates`` returning one event at a time, or HTTP 408 when none came within
``timeout`` seconds; ``sendMessage`` (text 1-2000 characters), ``sendPhoto`` (a public URL,
caption up to 2000), ``sendChatAction``; ``setWebhook`` (secret 8-256 characters),
``deleteWebhook``, ``getWebhookInfo``; webhook delivery with ``X-Bot-Api-Secret-Token``.

Where the docs are silent the fake chooses, strictly: lengths are counted in UTF-16 code
units; ``getUpdates`` while a webhook is set fails with 400; a 429 says "Quota exceeded"
without a retry time; an event goes to whichever open poll takes it first, even one whose
client has gone away (there is no offset, so such an event is lost, as it may be with Zalo).

The blocking helpers must not be called from the event loop that runs the bot under test;
use the ``*_async`` variants there.
"""

from __future__ import annotations

import copy
import json
import re
import time
import uuid
from typing import Any

from tests.fakes.loopback import ApiError, Handler
from tests.fakes.loopback_http import HttpReply, JSONDict, error_reply
from tests.fakes.zalo_api_state import ZaloApiState, now_ms

TEXT_LIMIT = 2000
_PATH_RE = re.compile(r"/bot([^/]*)/([^/]+)")
_CHAT_ACTIONS = frozenset({"typing", "upload_photo"})
_WEBHOOK_ACTIVE = "Bad Request: webhook is active; call deleteWebhook before getUpdates"


def _units(text: str) -> int:
    """Length in UTF-16 code units (the strictest plausible count)."""
    return len(text.encode("utf-16-le")) // 2


def _text(value: Any, field: str, *, required: bool) -> str | None:
    """Validate a text or caption parameter (1-2000 characters)."""
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ApiError(400, f"Bad Request: {field} is empty")
    if _units(value) > TEXT_LIMIT:
        raise ApiError(400, f"Bad Request: {field} is longer than {TEXT_LIMIT} characters")
    return value


def _loopback_or_https(url: str) -> bool:
    """Zalo wants HTTPS; the fake also accepts plain HTTP to 127.0.0.1 for tests."""
    return url.startswith("https://") or url.startswith(("http://127.0.0.1", "http://localhost"))


class FakeZaloApi(ZaloApiState):
    """In-process fake of the Zalo Bot API served over loopback HTTP."""

    # ------------------------------------------------------------------ HTTP dispatch

    def lookup(self, method: str) -> tuple[str, Handler] | None:
        """Zalo's method names are case-sensitive."""
        handler = self._endpoints().get(method)
        return None if handler is None else (method, handler)

    def dispatch(self, path: str, query: str, content_type: str, body: bytes) -> HttpReply:
        """Answer one HTTP request (called from server threads)."""
        match = _PATH_RE.fullmatch(path)
        if match is None:
            return error_reply(404, "Not Found")
        token, method = match.groups()
        if token != self.token:
            return error_reply(401, "Unauthorized")
        entry = self.lookup(method)
        if entry is None:
            return error_reply(404, "Not Found")
        try:
            params = json.loads(body) if body else {}
        except ValueError:
            return error_reply(400, "Bad Request: the body is not JSON")
        if not isinstance(params, dict):
            return error_reply(400, "Bad Request: the body must be a JSON object")
        return self.call(*entry, params, params)

    # ------------------------------------------------------------------ methods

    def _endpoints(self) -> dict[str, Handler]:
        """The handler of each method, by its case-sensitive name."""
        return {
            "getMe": lambda params: copy.deepcopy(self.bot),
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._send_chat_action,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
        }

    def _get_updates(self, params: JSONDict) -> JSONDict:
        """One event, or 408 after ``timeout`` seconds without one."""
        if self._webhook is not None:
            raise ApiError(400, _WEBHOOK_ACTIVE)
        try:
            timeout = float(params.get("timeout", 30))
        except (TypeError, ValueError) as exc:
            raise ApiError(400, "Bad Request: timeout must be a number") from exc
        self._poll_count += 1
        self._polling += 1
        self._max_polling = max(self._max_polling, self._polling)
        self._cond.notify_all()
        try:
            deadline = time.monotonic() + max(timeout, 0.0)
            while not self._queue and not self._stopping and self._holding:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
            if not self._queue or self._webhook is not None:
                raise ApiError(408, "Request timeout")
            event = self._queue.pop(0)
            return event
        finally:
            self._polling -= 1
            self._cond.notify_all()

    def _target(self, params: JSONDict) -> str:
        """Validate chat_id and refuse chats that blocked the bot."""
        chat = params.get("chat_id")
        if not isinstance(chat, str) or not chat:
            raise ApiError(400, "Bad Request: chat_id is required")
        if chat in self._blocked:
            raise ApiError(403, self._blocked[chat])
        return chat

    def _sent_result(self) -> JSONDict:
        self._seq += 1
        return {"message_id": uuid.UUID(int=self._seq).hex, "date": now_ms()}

    def _send_message(self, params: JSONDict) -> JSONDict:
        """sendMessage."""
        self._target(params)
        _text(params.get("text"), "text", required=True)
        if params.get("parse_mode") not in (None, "markdown", "html"):
            raise ApiError(400, "Bad Request: unknown parse_mode")
        return self._sent_result()

    def _send_photo(self, params: JSONDict) -> JSONDict:
        """sendPhoto (by public URL only)."""
        self._target(params)
        photo = params.get("photo")
        if not isinstance(photo, str) or not photo.startswith(("https://", "http://")):
            raise ApiError(400, "Bad Request: photo must be a public URL")
        _text(params.get("caption"), "caption", required=False)
        return self._sent_result()

    def _send_chat_action(self, params: JSONDict) -> bool:
        """sendChatAction."""
        self._target(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: unknown action")
        return True

    def _set_webhook(self, params: JSONDict) -> JSONDict:
        """setWebhook (HTTPS url, secret_token of 8-256 characters)."""
        url, secret = params.get("url"), params.get("secret_token")
        if not isinstance(url, str) or not _loopback_or_https(url):
            raise ApiError(400, "Bad Request: url must be an HTTPS URL")
        if not isinstance(secret, str) or not 8 <= len(secret) <= 256:
            raise ApiError(400, "Bad Request: secret_token must have 8 to 256 characters")
        self._webhook = {"url": url, "secret_token": secret, "updated_at": now_ms()}
        self._cond.notify_all()
        return {"url": url, "updated_at": self._webhook["updated_at"]}

    def _delete_webhook(self, params: JSONDict) -> JSONDict:
        """deleteWebhook."""
        self._webhook = None
        return {"url": "", "updated_at": now_ms()}

    def _get_webhook_info(self, params: JSONDict) -> JSONDict:
        """getWebhookInfo (url "" when none is set)."""
        webhook = self._webhook or {"url": "", "updated_at": 0}
        return {"url": webhook["url"], "updated_at": webhook["updated_at"]}
