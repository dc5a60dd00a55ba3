"""Fake Zalo Official Account API v3 and OAuth server for tests (standard library only), after
what is known of them (/work/shared/reference/zalo.md, section 2).

Usage::

    with FakeZaloOa() as oa:
        access, refresh = oa.issue_pair()  # what the OA admin's authorisation gives
        # the bot: ZALO_OA_API_URL=oa.api_url, ZALO_OA_OAUTH_URL=oa.oauth_url, the pair above,
        # ZALO_OA_APP_ID=oa.app_id, ZALO_OA_APP_SECRET=oa.app_secret,
        # ZALO_OA_SECRET_KEY=oa.secret_key; the dashboard's webhook URL:
        oa.webhook_url = "http://127.0.0.1:PORT/zalo-oa"
        msg_id = oa.send_text("u1", "Xin chào")  # a signed user_send_text, delivered
        oa.wait_for_messages("u1", 1)

Customer-service messages: ``POST /v3.0/oa/message/cs`` with the header ``access_token`` and
``{"recipient": {"user_id"}, "message": {"text"?, "attachment"?}}``; answers ``{"error": 0,
"message": "Success", "data": {"message_id"}}`` or ``{"error": <negative code>, "message"}``
with HTTP 200: -216 for an unknown, replaced or expired access token, -201 for a malformed
message, -210 for too much of something, a blocked user's code (``block_user``).

Tokens: ``POST /v4/oa/access_token`` (form: app_id, grant_type=refresh_token, refresh_token;
header ``secret_key``) answers ``{"access_token", "refresh_token", "expires_in": "90000"}``.
A refresh token works once: using it again answers -14014, like an unknown one. A refresh
makes the previous access token invalid (Zalo's behaviour here is unconfirmed; this is the
strict choice).

Events: ``deliver`` POSTs an event to ``webhook_url`` signed as documented by third parties:
``X-ZEvent-Signature: mac=<sha256(app_id + body + timestamp + secret_key)>``, the timestamp
being the event's ``timestamp`` (or the ``X-ZEvent-Timestamp`` header, with
``timestamp_header=True``). A button press is sent as ``user_send_text`` with the payload as
text (unconfirmed). Where the docs are silent the fake is strict: at most 5 buttons with titles
of 1-100 characters, text of 1-2000 UTF-16 units, text required beside buttons.

The blocking helpers must not be called from the event loop that runs the bot under test;
use the ``*_async`` variants there.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from urllib.parse import parse_qs

from tests.fakes.loopback import Handler
from tests.fakes.loopback_http import HttpReply, JSONDict, json_reply
from tests.fakes.zalo_oa_rules import (
    CS,
    CS_PATH,
    INVALID_REFRESH,
    INVALID_TOKEN,
    TOKEN,
    TOKEN_PATH,
    OaRefusal,
    check_message,
)
from tests.fakes.zalo_oa_state import ZaloOaState


class FakeZaloOa(ZaloOaState):
    """In-process fake of the Zalo OA API and its OAuth server over loopback HTTP."""

    # ------------------------------------------------------------------ HTTP dispatch

    def lookup(self, method: str) -> tuple[str, Handler] | None:
        """The two endpoints: "message/cs" and "access_token"."""
        handler = self._endpoints().get(method)
        return None if handler is None else (method, handler)

    def dispatch(self, path: str, query: str, content_type: str, body: bytes) -> HttpReply:
        """Not used: requests are answered with their headers (dispatch_request)."""
        raise NotImplementedError

    def dispatch_request(
        self, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> HttpReply:
        """Answer one HTTP request (called from server threads)."""
        if path == CS_PATH:
            try:
                params = json.loads(body) if body else {}
            except ValueError:
                params = None
            if not isinstance(params, dict):
                return json_reply(200, {"error": -201, "message": "body is invalid"})
            params["_token"] = headers.get("access_token") or ""
            return self._answer(CS, params, envelope=True)
        if path == TOKEN_PATH:
            form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
            form["_secret"] = headers.get("secret_key") or ""
            return self._answer(TOKEN, form, envelope=False)
        return json_reply(404, {"error": 404, "message": "Not Found"})

    def _answer(self, method: str, params: JSONDict, *, envelope: bool) -> HttpReply:
        """Apply faults, run the handler, record the outcome and serialise the answer."""
        recorded = self._recorded(method, params)
        lookup = {"chat_id": recorded.get("user_id")} if method == CS else {}
        with self._cond:
            fault = self._take_fault(method, lookup)
            if fault is not None:
                if fault.kind == "stall":
                    self._stall()
                self._record(method, recorded, ok=False, fault=fault.kind, error_code=fault.status)
                if fault.kind in ("drop", "stall"):
                    return HttpReply(0, None)
                return json_reply(fault.status, self.fault_body(fault))
            try:
                result = self._endpoints()[method](params)
            except OaRefusal as exc:
                self._record(method, recorded, ok=False, error=exc.message, error_code=exc.code)
                if method == TOKEN:
                    self._refreshes[-1]["error"] = exc.code
                return json_reply(200, {"error": exc.code, "message": exc.message})
            self._record(method, recorded, ok=True, result=result)
            if not envelope:
                return json_reply(200, result)
            return json_reply(200, {"error": 0, "message": "Success", "data": result})

    @staticmethod
    def _recorded(method: str, params: JSONDict) -> JSONDict:
        """What a call record keeps: the user, message and token; a refresh without secret."""
        if method == CS:
            recipient = params.get("recipient")
            user = recipient.get("user_id") if isinstance(recipient, dict) else None
            return {"user_id": user, "message": params.get("message"), "token": params["_token"]}
        return {k: v for k, v in params.items() if k != "_secret"}

    # ------------------------------------------------------------------ endpoints

    def _endpoints(self) -> dict[str, Handler]:
        """The endpoint of each method: "message/cs" and "access_token"."""
        return {CS: self._send_cs, TOKEN: self._refresh_token}

    def _send_cs(self, params: JSONDict) -> JSONDict:
        """One customer-service message."""
        state = self._access.get(params["_token"])
        if state != "valid":
            raise OaRefusal(INVALID_TOKEN, "Access token is invalid")
        recipient = params.get("recipient")
        user = recipient.get("user_id") if isinstance(recipient, dict) else None
        if not isinstance(user, str) or not user:
            raise OaRefusal(-201, "user_id is invalid")
        for key in (user, "*"):
            queue = self._errors.get(key)
            if queue:
                code, refusal = queue.pop(0)
                raise OaRefusal(code, refusal)
        if user in self._blocked:
            raise OaRefusal(self._blocked[user], "User has not followed OA")
        message = params.get("message")
        if not isinstance(message, dict):
            raise OaRefusal(-201, "message is invalid")
        check_message(message)
        self._seq += 1
        return {"message_id": uuid.UUID(int=self._seq).hex, "user_id": user}

    def _refresh_token(self, form: JSONDict) -> JSONDict:
        """Spend a refresh token for a new pair (once)."""
        self._held += 1
        self._cond.notify_all()
        try:
            while self._hold and not self._stopping:
                self._cond.wait()
        finally:
            self._held -= 1
        token = str(form.get("refresh_token") or "")
        self._refreshes.append({"refresh_token": token, "ok": False})
        if form.get("app_id") != self.app_id or form.get("_secret") != self.app_secret:
            raise OaRefusal(-14003, "Invalid app id or secret key")  # the fake's choice of code
        if form.get("grant_type") != "refresh_token":
            raise OaRefusal(-14004, "Invalid grant type")  # the fake's choice of code
        if self._refresh.get(token) != "valid":
            raise OaRefusal(INVALID_REFRESH, "Invalid refresh token")
        self._refresh[token] = "used"
        for old in self._access:
            if self._access[old] == "valid":
                self._access[old] = "replaced"
        access, refresh = self._new_id("AT"), self._new_id("RT")
        self._access[access] = "valid"
        self._refresh[refresh] = "valid"
        self._refreshes[-1]["ok"] = True
        return {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": str(self.expires_in),
        }
