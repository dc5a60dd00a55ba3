"""The state of the fake Zalo Bot API and how tests drive it: the events users send (queued
for getUpdates or delivered to the webhook), open polls, the webhook and blocked chats (the
HTTP side and the methods are in ``tests/fakes/zalo_api.py``)."""

from __future__ import annotations

import asyncio
import copy
import json
import time
import uuid
from typing import Any

from tests.fakes.loopback import Fault, LoopbackApi
from tests.fakes.loopback_http import JSONDict, post

BOT_NAME = "Bot NTM Lạng Sơn"
SECRET_HEADER = "X-Bot-Api-Secret-Token"
MESSAGE_METHODS = frozenset({"sendMessage", "sendPhoto"})
TEXT = "message.text.received"
IMAGE = "message.image.received"
STICKER = "message.sticker.received"
UNSUPPORTED = "message.unsupported.received"


def now_ms() -> int:
    """Return the time now in milliseconds, as Zalo dates events."""
    return int(time.time() * 1000)


class ZaloApiState(LoopbackApi):
    """What the fake Zalo Bot API keeps (events, polls, webhook, blocked chats) and how tests
    drive it: addresses, state, events from users and webhook delivery."""

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
        self._holding = True  # getUpdates waits for an event until its timeout
        self._blocked: dict[str, str] = {}
        self._webhook: JSONDict | None = None

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

    def hold_polls(self, hold: bool) -> None:
        """Hold getUpdates until an event or its timeout (as Zalo does), or, not holding,
        answer open and new ones at once: a finished test lets a stopping bot's last long poll
        end now instead of at its timeout."""
        with self._cond:
            self._holding = hold
            self._cond.notify_all()

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
                "date": now_ms(),
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
