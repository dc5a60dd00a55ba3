"""Tests for the fake Zalo OA server, driven with plain httpx requests and a tiny webhook."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar

import httpx
import pytest

from tests.fakes.zalo_oa import FakeZaloOa
from tests.fakes.zalo_oa_rules import CS_PATH, SIGNATURE_HEADER, TIMESTAMP_HEADER


@pytest.fixture
def oa() -> Iterator[FakeZaloOa]:
    with FakeZaloOa() as fake:
        yield fake


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(trust_env=False, timeout=15) as client:
        yield client


def send(http: httpx.Client, oa: FakeZaloOa, token: str, message: Any, user: str = "u1") -> Any:
    """POST one customer-service message; return the answer's JSON."""
    body = {"recipient": {"user_id": user}, "message": message}
    return http.post(oa.api_url + CS_PATH, json=body, headers={"access_token": token}).json()


def refresh(http: httpx.Client, oa: FakeZaloOa, token: str, secret: str | None = None) -> Any:
    """Spend a refresh token; return the answer's JSON."""
    form = {"app_id": oa.app_id, "grant_type": "refresh_token", "refresh_token": token}
    headers = {"secret_key": oa.app_secret if secret is None else secret}
    return http.post(oa.oauth_url, data=form, headers=headers).json()


def test_messages_need_a_valid_token_and_a_valid_body(oa: FakeZaloOa, http: httpx.Client) -> None:
    """A message with the current token is recorded; an unknown or expired token gets -216;
    empty text, too many buttons or a bad picture URL are refused."""
    access, _ = oa.issue_pair()
    ok = send(http, oa, access, {"text": "Xin chào"})
    assert ok["error"] == 0 and ok["data"]["message_id"]
    assert send(http, oa, "nope", {"text": "x"})["error"] == -216
    buttons = [{"title": f"B{i}", "type": "oa.query.hide", "payload": f"#{i}"} for i in range(6)]
    many = {"text": "Chọn", "attachment": {"type": "template", "payload": {"buttons": buttons}}}
    assert send(http, oa, access, many)["error"] == -210
    five = {**many, "attachment": {"type": "template", "payload": {"buttons": buttons[:5]}}}
    assert send(http, oa, access, five)["error"] == 0
    assert send(http, oa, access, {"attachment": five["attachment"]})["error"] == -201
    assert send(http, oa, access, {"text": " "})["error"] == -201
    assert send(http, oa, access, {"text": "x" * 2001})["error"] == -210
    media = {"type": "template", "payload": {"template_type": "media", "elements": []}}
    assert send(http, oa, access, {"attachment": media})["error"] == -201
    oa.expire_access_token()
    assert send(http, oa, access, {"text": "x"})["error"] == -216
    assert oa.texts_to("u1") == ["Xin chào", "Chọn"]


def test_a_refresh_token_works_once(oa: FakeZaloOa, http: httpx.Client) -> None:
    """A refresh gives a new pair (expires_in as text) and retires the old access token; the
    same refresh token again, or a wrong secret, is refused."""
    access, token = oa.issue_pair()
    grant = refresh(http, oa, token)
    assert set(grant) == {"access_token", "refresh_token", "expires_in"}
    assert grant["expires_in"] == "90000" and grant["access_token"] == oa.access_token
    assert send(http, oa, access, {"text": "x"})["error"] == -216
    assert send(http, oa, grant["access_token"], {"text": "x"})["error"] == 0
    assert refresh(http, oa, token)["error"] == -14014
    assert refresh(http, oa, grant["refresh_token"], secret="wrong")["error"] == -14003
    assert [r["ok"] for r in oa.refreshes] == [True, False, False]


class _Hook(BaseHTTPRequestHandler):
    """Records what the fake delivers."""

    seen: ClassVar[list[tuple[dict[str, str], bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.seen.append(({k.lower(): v for k, v in self.headers.items()}, body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


def test_events_are_signed_as_documented(oa: FakeZaloOa) -> None:
    """A delivered event carries mac=sha256(app id + body + timestamp + key), the timestamp
    being the event's own or the X-ZEvent-Timestamp header's; a redelivery is byte-identical."""
    _Hook.seen = []
    server = HTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        oa.webhook_url = f"http://127.0.0.1:{server.server_address[1]}/hook"
        msg_id = oa.send_text("u1", "Xin chào")
        assert oa.redeliver(msg_id) == 200
        assert oa.deliver(oa.follow_event("u2"), timestamp_header=True) == 200
    finally:
        server.shutdown()
        server.server_close()
    (h1, b1), (h2, b2), (h3, b3) = _Hook.seen
    event = json.loads(b1)
    assert event["event_name"] == "user_send_text" and event["message"]["text"] == "Xin chào"
    digest = hashlib.sha256(
        (oa.app_id + b1.decode() + event["timestamp"] + oa.secret_key).encode()
    ).hexdigest()
    assert h1[SIGNATURE_HEADER.lower()] == f"mac={digest}" and (h2, b2) == (h1, b1)
    stamp = h3[TIMESTAMP_HEADER.lower()]
    digest = hashlib.sha256((oa.app_id + b3.decode() + stamp + oa.secret_key).encode()).hexdigest()
    assert h3[SIGNATURE_HEADER.lower()] == f"mac={digest}"
    assert json.loads(b3)["follower"] == {"id": "u2"}
