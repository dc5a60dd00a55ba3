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

import asyncio
import copy
import json
import re
import time
import uuid
from typing import Any

from tests.fakes.loopback import ApiError, Fault, Handler, LoopbackApi
from tests.fakes.loopback_http import HttpReply, JSONDict, error_reply, post

BOT_NAME = "Bot NTM Lạng Sơn"
SECRET_HEADER = "X-Bot-Api-Secret-Token"
TEXT_LIMIT = 2000
MESSAGE_METHODS = frozenset({"sendMessage", "sendPhoto"})
TEXT = "message.text.received"
IMAGE = "message.image.received"
STICKER = "message.sticker.received"
UNSUPPORTED = "message.unsupported.received"
_PATH_RE = re.compile(r"/bot([^/]*)/([^/]+)")
_CHAT_ACTIONS = frozenset({"typing", "upload_photo"})
_WEBHOOK_ACTIVE = "Bad Request: webhook is active; call deleteWebhook before getUpdates"


def _units(text: str) -> int:
    """Length in UTF-16 code units (the strictest plausible count)."""
    return len(text.encode("utf-16-le")) // 2


def _now_ms() -> int:
    return int(time.time() * 1000)


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


class FakeZaloApi(LoopbackApi):
    """In-process fake of the Zalo Bot API served over loopback HTTP."""

    thread_name = "fake-zalo-api"
    message_methods = MESSAGE_METHODS

    def __init__(self, token: str = "1234567890:zalo-test-secret", *, name: str = BOT_NAME):
        super().__init__()
        self.token = token
        self.bot: JSONDict = {
            "id": token.split(":", 1)[0],
            "account_name": name,
            "account_type": "BASIC",
            "can_join_groups": True,
        }
        self._queue: list[JSONDict] = []
        self._history: dict[str, JSONDict] = {}
        self._seq = 0
        self._poll_count = 0
        self._polling = 0
        self._max_polling = 0
        self._blocked: dict[str, str] = {}
        self._webhook: JSONDict | None = None
        self._methods: dict[str, Handler] = {
            "getMe": lambda params: copy.deepcopy(self.bot),
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._send_chat_action,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
        }

    # ------------------------------------------------------------------ addresses and state

    @property
    def base_url(self) -> str:
        """Value for ZALO_API_URL (the client appends the token and the method)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def poll_count(self) -> int:
        """Number of getUpdates requests received."""
        with self._cond:
            return self._poll_count

    @property
    def open_polls(self) -> int:
        """The getUpdates requests open now (one of a killed client stays open until timeout)."""
        with self._cond:
            return self._polling

    @property
    def max_concurrent_polls(self) -> int:
        """The most getUpdates requests that were open at once."""
        with self._cond:
            return self._max_polling

    @property
    def pending(self) -> list[str]:
        """Message ids of events not fetched or delivered yet."""
        with self._cond:
            return [str(event["message"].get("message_id")) for event in self._queue]

    @property
    def webhook(self) -> JSONDict | None:
        """The webhook settings (url, secret_token, updated_at) or None."""
        with self._cond:
            return copy.deepcopy(self._webhook)

    def texts_to(self, chat_id: str) -> list[str]:
        """The text (or caption) of every message sent to a chat."""
        return [
            str(call["params"].get("text", call["params"].get("caption", "")))
            for call in self.messages_to(chat_id)
        ]

    def block_chat(self, chat_id: str, description: str = "Forbidden: bot blocked") -> None:
        """Make sends to ``chat_id`` fail with 403."""
        with self._cond:
            self._blocked[chat_id] = description

    def dump_lines(self) -> list[str]:
        """Queue, polls and webhook, for assertion messages."""
        return [
            f"pending events: {[e['message'].get('message_id') for e in self._queue]}",
            f"getUpdates requests: {self._poll_count}",
            f"webhook: {self._webhook}",
        ]

    def fault_body(self, fault: Fault) -> JSONDict:
        """Zalo's documented 429 text, without a retry time."""
        if fault.kind == "429":
            return {"ok": False, "error_code": 429, "description": "Quota exceeded"}
        return super().fault_body(fault)

    # ------------------------------------------------------------------ events from users

    def push_text(
        self,
        chat_id: str,
        text: str,
        user_id: str | None = None,
        *,
        chat_type: str = "PRIVATE",
        display_name: str = "Người dùng",
    ) -> str:
        """Queue a text message from a user; return its message_id."""
        return self._push(TEXT, chat_id, user_id, chat_type, display_name, text=text)

    def push_photo(
        self,
        chat_id: str,
        url: str,
        caption: str | None = None,
        user_id: str | None = None,
        *,
        field: str = "photo",
    ) -> str:
        """Queue a photo (under ``photo`` as documented, or ``photo_url`` as seen in the wild)."""
        content: JSONDict = {field: url}
        if caption is not None:
            content["caption"] = caption
        return self._push(IMAGE, chat_id, user_id, "PRIVATE", "Người dùng", **content)

    def push_sticker(self, chat_id: str, sticker: str = "bfe4c5e6f0b3") -> str:
        """Queue a sticker message."""
        return self._push(STICKER, chat_id, None, "PRIVATE", "Người dùng", sticker=sticker)

    def push_event(self, event: JSONDict) -> None:
        """Queue an arbitrary event dict as it is."""
        with self._cond:
            self._queue.append(copy.deepcopy(event))
            self._cond.notify_all()

    def push_duplicate(self, message_id: str) -> None:
        """Deliver an event again (Zalo gives no guarantee against redelivery)."""
        with self._cond:
            if message_id not in self._history:
                raise LookupError(f"unknown message_id {message_id}\n{self.dump()}")
            self._queue.append(copy.deepcopy(self._history[message_id]))
            self._cond.notify_all()

    def event(self, message_id: str) -> JSONDict:
        """A copy of a pushed event."""
        with self._cond:
            return copy.deepcopy(self._history[message_id])

    def _push(
        self,
        name: str,
        chat_id: str,
        user_id: str | None,
        chat_type: str,
        display_name: str,
        **content: Any,
    ) -> str:
        """Build a user's event like Zalo's (hex string ids, date in milliseconds), queue it."""
        with self._cond:
            self._seq += 1
            message_id = uuid.UUID(int=self._seq).hex
            sender = user_id or chat_id
            message = {
                "from": {"id": sender, "display_name": display_name, "is_bot": False},
                "chat": {"id": chat_id, "chat_type": chat_type},
                "message_id": message_id,
                "date": _now_ms(),
                **content,
            }
            event = {"event_name": name, "message": message}
            self._history[message_id] = event
            self._queue.append(copy.deepcopy(event))
            self._cond.notify_all()
            return message_id

    # ------------------------------------------------------------------ webhook delivery

    def deliver_webhook(
        self,
        event: JSONDict | str,
        *,
        wrapped: bool = True,
        secret: str | None = None,
        timeout: float = 10.0,
    ) -> int:
        """POST an event (a dict or a pushed message_id) to the webhook; return the status.

        The body is ``{"ok": true, "result": event}`` as documented, or the bare event when
        ``wrapped`` is false; the header carries the webhook's secret unless ``secret`` is
        given ("" sends no header).
        """
        with self._cond:
            if self._webhook is None:
                raise RuntimeError("no webhook is set; call setWebhook first")
            url = str(self._webhook["url"])
            token = str(self._webhook["secret_token"]) if secret is None else secret
            payload = self._history[event] if isinstance(event, str) else event
            body = {"ok": True, "result": payload} if wrapped else payload
            message_id = payload.get("message", {}).get("message_id")
        headers = {"Content-Type": "application/json"}
        if token:
            headers[SECRET_HEADER] = token
        status = post(url, json.dumps(body, ensure_ascii=False).encode(), headers, timeout)
        if 200 <= status < 300 and message_id:
            with self._cond:
                self._queue = [
                    e for e in self._queue if e["message"].get("message_id") != message_id
                ]
        return status

    async def deliver_webhook_async(self, event: JSONDict | str, **kw: Any) -> int:
        """``deliver_webhook`` without blocking the running event loop."""
        return await asyncio.to_thread(lambda: self.deliver_webhook(event, **kw))

    # ------------------------------------------------------------------ HTTP dispatch

    def lookup(self, method: str) -> tuple[str, Handler] | None:
        """Zalo's method names are case-sensitive."""
        handler = self._methods.get(method)
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
            while not self._queue and not self._stopping:
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
        return {"message_id": uuid.UUID(int=self._seq).hex, "date": _now_ms()}

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
        self._webhook = {"url": url, "secret_token": secret, "updated_at": _now_ms()}
        self._cond.notify_all()
        return {"url": url, "updated_at": self._webhook["updated_at"]}

    def _delete_webhook(self, params: JSONDict) -> JSONDict:
        """deleteWebhook."""
        self._webhook = None
        return {"url": "", "updated_at": _now_ms()}

    def _get_webhook_info(self, params: JSONDict) -> JSONDict:
        """getWebhookInfo (url "" when none is set)."""
        webhook = self._webhook or {"url": "", "updated_at": 0}
        return {"url": webhook["url"], "updated_at": webhook["updated_at"]}
