"""The Zalo OA webhook: an HTTP endpoint that checks each event's signature and hands it on.

Zalo POSTs each event as JSON with the header ``X-ZEvent-Signature: mac=<hex>``, where hex is
the plain SHA-256 (not an HMAC) of app id + raw body + timestamp + OA secret key. Sources differ
on the timestamp: the event's own ``timestamp`` field (chatwoot) or an ``X-ZEvent-Timestamp``
header (several others); a signature that matches either is accepted, and that timestamp must
be recent (``ZALO_OA_MAX_AGE``) and not far in the future. Events are kept as answered for
longer than that window (bot/zalo/oa_serve.py), so a replayed event is either refused here or
recognised as answered.

A good call gets 200 at once and the event is answered in the background (Zalo wants an answer
within about 2 s). A bad or missing signature, or a stale timestamp, gets 403 and is logged
without any secret. An unsigned ``{}`` (reported as the dashboard's check of a new URL) and a
GET get 200 and do nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Collection, Mapping
from datetime import datetime
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler

from bot.forwarded import client_ip

log = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-ZEvent-Signature"
TIMESTAMP_HEADER = "X-ZEvent-Timestamp"
MAX_BODY = 256 * 1024  # an event is a few hundred bytes
FUTURE_SKEW_MS = 5 * 60 * 1000  # a timestamp this far ahead of our clock is still accepted


class Verdict(Enum):
    """What the signature check found."""

    OK = "ok"
    UNSIGNED = "no signature"
    BAD_SIGNATURE = "bad signature"
    STALE = "stale or future timestamp"


def sign(app_id: str, body: bytes, timestamp: str, secret_key: str) -> str:
    """Return the hex signature Zalo puts after 'mac=' for this body and timestamp."""
    return hashlib.sha256(
        app_id.encode() + body + timestamp.encode() + secret_key.encode()
    ).hexdigest()


def _given(header: str | None) -> bytes:
    """The hex digest of a signature header ('mac=<hex>' or the bare hex), lower case."""
    value = (header or "").strip()
    if value[:4].lower() == "mac=":
        value = value[4:].strip()
    return value.lower().encode()


def _millis(timestamp: str) -> int | None:
    """A timestamp in milliseconds (one in seconds is converted), or None if unreadable."""
    if not timestamp.isascii() or not timestamp.isdigit():
        return None
    value = int(timestamp)
    return value * 1000 if value < 10**11 else value


class Signature:
    """Checks events against one app id and OA secret key, with a freshness window."""

    def __init__(
        self, app_id: str, secret_key: str, max_age: float, clock: Callable[[], datetime]
    ) -> None:
        self.app_id = app_id
        self.secret_key = secret_key
        self.max_age_ms = int(max_age * 1000)
        self.clock = clock

    def check(self, body: bytes, event: Mapping[str, Any], headers: Mapping[str, str]) -> Verdict:
        """Check a call's signature (in constant time) and its timestamp's age."""
        given = _given(headers.get(SIGNATURE_HEADER))
        if not given:
            return Verdict.UNSIGNED
        candidates = [headers.get(TIMESTAMP_HEADER) or "", str(event.get("timestamp") or "")]
        signed = None
        for timestamp in dict.fromkeys(c.strip() for c in candidates if c.strip()):
            expected = sign(self.app_id, body, timestamp, self.secret_key).encode()
            if hmac.compare_digest(expected, given):
                signed = timestamp
        if signed is None:
            return Verdict.BAD_SIGNATURE
        at = _millis(signed)
        now = int(self.clock().timestamp() * 1000)
        if at is None or at > now + FUTURE_SKEW_MS or now - at > self.max_age_ms:
            return Verdict.STALE
        return Verdict.OK


class _EventHandler(RequestHandler):
    """Accepts POSTed events that are signed and fresh."""

    def initialize(
        self,
        signature: Signature,
        submit: Callable[[dict[str, Any]], Awaitable[None]],
        trusted_proxies: Collection[str] = (),
    ) -> None:
        """Keep the checker, where events go, and the proxies whose forwarded headers count."""
        self.signature = signature
        self.submit = submit
        self.trusted_proxies = trusted_proxies

    def get(self) -> None:
        """Answer a check of the URL."""
        self.finish({"error": 0})

    async def post(self) -> None:
        """Parse the body, check its signature and hand the event on."""
        body = self.request.body
        try:
            event = json.loads(body)
        except ValueError:
            event = None
        if not isinstance(event, dict):
            self.set_status(400)
            self.finish({"error": -1, "message": "the body is not a JSON object"})
            return
        headers = self.request.headers
        if not event and SIGNATURE_HEADER not in headers:
            log.info("answered a Zalo OA webhook check (an unsigned empty event)")
            self.finish({"error": 0})
            return
        verdict = self.signature.check(body, event, headers)
        if verdict is not Verdict.OK:
            log.warning(
                "refused a Zalo OA webhook call (%.40s): %s from %s",
                str(event.get("event_name")).replace("\n", " "),
                verdict.value,
                client_ip(self.request, self.trusted_proxies),
            )
            self.set_status(403)
            self.finish({"error": -1, "message": "Forbidden"})
            return
        await self.submit(event)
        self.finish({"error": 0})


def start_webhook(
    url: str,
    listen: str,
    port: int,
    signature: Signature,
    submit: Callable[[dict[str, Any]], Awaitable[None]],
    trusted_proxies: Collection[str] = (),
) -> HTTPServer:
    """Listen on listen:port for POSTs to the path of url; return the running server."""
    path = urlsplit(url).path or "/"
    given = {"signature": signature, "submit": submit, "trusted_proxies": trusted_proxies}
    app = Application([(path, _EventHandler, given)])
    server = HTTPServer(app, max_body_size=MAX_BODY)  # no xheaders: see bot/forwarded.py
    server.listen(port, address=listen)
    return server
