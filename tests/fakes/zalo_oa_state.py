"""The state of the fake Zalo OA and how tests drive it: tokens, injected errors, the
messages it received and the user events it delivers to the bot's webhook (the HTTP side is
``tests/fakes/zalo_oa.py``)."""

from __future__ import annotations

import asyncio
import copy
import json
import uuid
from collections.abc import Mapping
from typing import Any

from tests.fakes.loopback import Fault, LoopbackApi
from tests.fakes.loopback_http import JSONDict, post
from tests.fakes.zalo_oa_rules import (
    CS,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    TOKEN_PATH,
    now_ms,
    sign,
)


class ZaloOaState(LoopbackApi):
    """What the fake Zalo OA keeps (tokens, refreshes, blocked users, injected errors, events
    sent) and how tests drive it: addresses, tokens, faults, messages sent and user events."""

    thread_name = "fake-zalo-oa"

    def __init__(
        self,
        app_id: str = "4417305120399186871",
        app_secret: str = "fake-APP-secret_0b1e",
        secret_key: str = "fake-OA-secret-key_77c2",
        oa_id: str = "2956412330937455678",
    ) -> None:
        super().__init__()
        self.app_id = app_id
        self.app_secret = app_secret
        self.secret_key = secret_key
        self.oa_id = oa_id
        self.webhook_url: str | None = None
        self.expires_in = 90000  # seconds, given as text as Zalo does
        self._access: dict[str, str] = {}  # token -> "valid" | "expired" | "replaced"
        self._refresh: dict[str, str] = {}  # token -> "valid" | "used"
        self._refreshes: list[JSONDict] = []
        self._blocked: dict[str, int] = {}
        self._errors: dict[str, list[tuple[int, str]]] = {}
        self._history: dict[str, bytes] = {}
        self._seq = 0
        self._hold = False
        self._held = 0

    # ------------------------------------------------------------------ addresses

    @property
    def api_url(self) -> str:
        """ZALO_OA_API_URL for the bot."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def oauth_url(self) -> str:
        """ZALO_OA_OAUTH_URL for the bot."""
        return f"http://127.0.0.1:{self.port}{TOKEN_PATH}"

    # ------------------------------------------------------------------ tokens

    def _new_id(self, prefix: str) -> str:
        self._seq += 1
        return f"{prefix}-{self._seq:04d}-{uuid.uuid4().hex[:12]}"

    def issue_pair(self) -> tuple[str, str]:
        """A new valid access and refresh token, as the OA admin's authorisation gives."""
        with self._cond:
            access, refresh = self._new_id("AT"), self._new_id("RT")
            self._access[access] = "valid"
            self._refresh[refresh] = "valid"
            return access, refresh

    @property
    def access_token(self) -> str | None:
        """The newest access token Zalo accepts, if any."""
        with self._cond:
            valid = [t for t, state in self._access.items() if state == "valid"]
            return valid[-1] if valid else None

    @property
    def refresh_token(self) -> str | None:
        """The refresh token that still works, if any."""
        with self._cond:
            valid = [t for t, state in self._refresh.items() if state == "valid"]
            return valid[-1] if valid else None

    def expire_access_token(self) -> None:
        """Make every access token issued so far expired (Zalo then answers -216)."""
        with self._cond:
            for token in self._access:
                if self._access[token] == "valid":
                    self._access[token] = "expired"

    def hold_refreshes(self) -> None:
        """Keep refresh requests waiting (unanswered, not yet processed) until released."""
        with self._cond:
            self._hold = True

    def release_refreshes(self) -> None:
        """Let held refresh requests be processed and answered."""
        with self._cond:
            self._hold = False
            self._cond.notify_all()

    @property
    def refreshes_held(self) -> int:
        """How many refresh requests are waiting to be processed."""
        with self._cond:
            return self._held

    @property
    def refreshes(self) -> list[JSONDict]:
        """Every refresh request: {"refresh_token", "ok", "error"?}, in order."""
        with self._cond:
            return copy.deepcopy(self._refreshes)

    def wait_for_refreshes(self, n: int, timeout: float = 10.0) -> list[JSONDict]:
        """Block until at least n refresh requests came; return them."""
        self.wait_for(lambda: len(self._refreshes) >= n, timeout, what=f"{n} refresh(es)")
        return self.refreshes

    # ------------------------------------------------------------------ users and faults

    def block_user(self, user_id: str, code: int = -213) -> None:
        """Answer every message to this user with a Zalo error code (-213: not a follower)."""
        with self._cond:
            self._blocked[user_id] = code

    def inject_error(
        self, code: int, message: str = "", times: int = 1, *, user_id: str = "*"
    ) -> None:
        """Answer the next ``times`` messages (to ``user_id``, or any) with a Zalo error code
        and HTTP 200, e.g. -216 (token), -32 (rate), -230 (outside the 7-day window)."""
        with self._cond:
            self._errors.setdefault(user_id, []).extend(
                [(code, message or f"error {code}")] * times
            )

    def fault_body(self, fault: Fault) -> JSONDict:
        """An OA-style error body for an injected 429 or 5xx."""
        if fault.kind == "429":
            return {"error": -32, "message": "Your application reached limit call api"}
        return {"error": -fault.status, "message": "Internal error"}

    # ------------------------------------------------------------------ messages sent

    def messages_to(self, user_id: object) -> list[JSONDict]:
        """Every message delivered to a user: {"user_id", "message", "token"}, in order."""
        return [
            call["params"] for call in self.calls(CS) if call["params"].get("user_id") == user_id
        ]

    def texts_to(self, user_id: str) -> list[str]:
        """The text of every message delivered to a user ("" for a picture alone)."""
        return [str(m["message"].get("text", "")) for m in self.messages_to(user_id)]

    @staticmethod
    def buttons(message: JSONDict) -> list[JSONDict]:
        """The buttons of a delivered message (none: [])."""
        attachment = message["message"].get("attachment") or {}
        return list(attachment.get("payload", {}).get("buttons", []))

    def dump_lines(self) -> list[str]:
        """Tokens and refreshes, for assertion messages."""
        return [f"access tokens: {self._access}", f"refreshes: {self._refreshes}"]

    # ------------------------------------------------------------------ events from users

    def _base(self, name: str, user_id: str, timestamp: int | None) -> JSONDict:
        return {
            "app_id": self.app_id,
            "user_id_by_app": f"app-{user_id}",
            "event_name": name,
            "timestamp": str(timestamp if timestamp is not None else now_ms()),
        }

    def message_event(
        self,
        name: str,
        user_id: str,
        message: JSONDict | None = None,
        *,
        timestamp: int | None = None,
    ) -> JSONDict:
        """A user's event as Zalo sends it, with a new msg_id."""
        with self._cond:
            self._seq += 1
            msg_id = uuid.UUID(int=self._seq).hex
        event = self._base(name, user_id, timestamp)
        event["sender"] = {"id": user_id}
        event["recipient"] = {"id": self.oa_id}
        event["message"] = {"msg_id": msg_id, **(message or {})}
        return event

    def text_event(self, user_id: str, text: str, *, timestamp: int | None = None) -> JSONDict:
        """A user_send_text event."""
        return self.message_event("user_send_text", user_id, {"text": text}, timestamp=timestamp)

    def image_event(self, user_id: str, url: str, text: str | None = None) -> JSONDict:
        """A user_send_image event (the picture under attachments[].payload.url)."""
        content: JSONDict = {
            "attachments": [{"type": "image", "payload": {"url": url, "thumbnail": url}}]
        }
        if text is not None:
            content["text"] = text
        return self.message_event("user_send_image", user_id, content)

    def follow_event(self, user_id: str) -> JSONDict:
        """A follow event (the user under follower.id, no message)."""
        event = self._base("follow", user_id, None)
        event["oa_id"] = self.oa_id
        event["follower"] = {"id": user_id}
        event["source"] = "oa_profile"
        return event

    def deliver(
        self,
        event: JSONDict,
        *,
        secret_key: str | None = None,
        signature: str | None = None,
        timestamp_header: bool = False,
        timeout: float = 10.0,
    ) -> int:
        """POST a signed event to the webhook; return the HTTP status.

        ``secret_key`` signs with another key; ``signature`` sends that header value as is
        ("" sends none); ``timestamp_header`` signs the X-ZEvent-Timestamp header's time (a
        moment later than the event's own) instead of the event's.
        """
        body = json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json"}
        timestamp = str(event.get("timestamp", ""))
        if timestamp_header:
            timestamp = str(now_ms())
            headers[TIMESTAMP_HEADER] = timestamp
        if signature is None:
            key = self.secret_key if secret_key is None else secret_key
            signature = "mac=" + sign(self.app_id, body, timestamp, key)
        if signature:
            headers[SIGNATURE_HEADER] = signature
        msg_id = event.get("message", {}).get("msg_id")
        if msg_id:
            with self._cond:
                self._history[msg_id] = body
        return self.post_raw(body, headers, timeout)

    def post_raw(self, body: bytes, headers: Mapping[str, str], timeout: float = 10.0) -> int:
        """POST bytes to the webhook as they are; return the HTTP status."""
        if self.webhook_url is None:
            raise RuntimeError("no webhook URL is set (it is set in Zalo's dashboard)")
        return post(self.webhook_url, body, dict(headers), timeout)

    def redeliver(self, msg_id: str) -> int:
        """POST an event delivered before again, byte for byte and signed again as then."""
        with self._cond:
            body = self._history[msg_id]
        event = json.loads(body)
        return self.deliver(event)

    def send_text(self, user_id: str, text: str) -> str:
        """Deliver a user's text (it must be accepted); return its msg_id."""
        event = self.text_event(user_id, text)
        status = self.deliver(event)
        assert status == 200, f"the webhook answered {status}\n{self.dump()}"
        return str(event["message"]["msg_id"])

    def press(self, user_id: str, button: JSONDict) -> str:
        """Press a delivered button: its payload comes back as the user's text."""
        return self.send_text(user_id, str(button["payload"]))

    def follow(self, user_id: str) -> int:
        """Deliver a follow event; return the status."""
        return self.deliver(self.follow_event(user_id))

    async def deliver_async(self, event: JSONDict, **kw: Any) -> int:
        """``deliver`` without blocking the running event loop."""
        return await asyncio.to_thread(lambda: self.deliver(event, **kw))

    async def send_text_async(self, user_id: str, text: str) -> str:
        """``send_text`` without blocking the running event loop."""
        return await asyncio.to_thread(self.send_text, user_id, text)

    async def press_async(self, user_id: str, button: JSONDict) -> str:
        """``press`` without blocking the running event loop."""
        return await asyncio.to_thread(self.press, user_id, button)

    async def redeliver_async(self, msg_id: str) -> int:
        """``redeliver`` without blocking the running event loop."""
        return await asyncio.to_thread(self.redeliver, msg_id)

    async def post_raw_async(self, body: bytes, headers: Mapping[str, str]) -> int:
        """``post_raw`` without blocking the running event loop."""
        return await asyncio.to_thread(self.post_raw, body, headers)
