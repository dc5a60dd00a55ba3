"""Tests for the fake Zalo Bot API, driven with plain httpx requests."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar

import httpx
import pytest

from tests.fakes.zalo_api import FakeZaloApi
from tests.fakes.zalo_api_state import BOT_NAME, IMAGE, SECRET_HEADER, TEXT

TOKEN = "5551234:zalo-fake-secret"
CHAT = "6ede9afa0b1c2d3e"


@pytest.fixture
def api() -> Iterator[FakeZaloApi]:
    with FakeZaloApi(TOKEN) as fake:
        yield fake


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(trust_env=False, timeout=15) as client:
        yield client


def call(http: httpx.Client, api: FakeZaloApi, method: str, **body: Any) -> httpx.Response:
    """POST a JSON body to a method with the fake's token."""
    return http.post(f"{api.base_url}{TOKEN}/{method}", json=body)


def test_get_me_and_the_envelope(api: FakeZaloApi, http: httpx.Client) -> None:
    """getMe answers in the documented envelope; a wrong token, method or body is refused."""
    me = call(http, api, "getMe").json()
    assert me == {
        "ok": True,
        "result": {
            "id": "5551234",
            "account_name": BOT_NAME,
            "account_type": "BASIC",
            "can_join_groups": True,
        },
    }
    wrong = http.post(f"{api.base_url}5551234:other/getMe", json={})
    assert wrong.status_code == 401 and wrong.json()["error_code"] == 401
    assert call(http, api, "getme").status_code == 404  # names are case-sensitive
    bad = http.post(f"{api.base_url}{TOKEN}/sendMessage", content=b"not json")
    assert bad.status_code == 400 and bad.json()["ok"] is False


def test_get_updates_gives_one_event_per_call_then_408(
    api: FakeZaloApi, http: httpx.Client
) -> None:
    """Each poll returns the oldest event; with none queued the poll ends in HTTP 408."""
    first = api.push_text(CHAT, "Xã Nhân Lý còn thiếu tiêu chí nào?")
    second = api.push_photo(CHAT, "https://example.vn/anh.jpg", field="photo_url")
    got = [call(http, api, "getUpdates", timeout="0").json() for _ in range(2)]
    assert [g["result"]["message"]["message_id"] for g in got] == [first, second]
    event = got[0]["result"]
    assert event["event_name"] == TEXT
    assert event["message"]["chat"] == {"id": CHAT, "chat_type": "PRIVATE"}
    assert event["message"]["from"]["id"] == CHAT and event["message"]["date"] > 10**12
    assert got[1]["result"]["event_name"] == IMAGE
    assert got[1]["result"]["message"]["photo_url"] == "https://example.vn/anh.jpg"
    empty = call(http, api, "getUpdates", timeout=0)
    assert empty.status_code == 408
    assert empty.json() == {"ok": False, "error_code": 408, "description": "Request timeout"}
    assert api.poll_count == 3 and api.pending == []


def test_a_long_poll_wakes_when_a_message_arrives(api: FakeZaloApi, http: httpx.Client) -> None:
    """A waiting poll returns the event pushed while it waits; only one poll was open."""
    result: dict[str, Any] = {}
    poller = threading.Thread(
        target=lambda: result.update(call(http, api, "getUpdates", timeout=30).json())
    )
    poller.start()
    api.wait_for(lambda: api.poll_count == 1, what="the poll to start")
    message_id = api.push_text(CHAT, "bq tc huyện Tràng Định")
    poller.join(timeout=15)
    assert result["result"]["message"]["message_id"] == message_id
    assert api.max_concurrent_polls == 1


def test_a_duplicate_is_the_same_event_again(api: FakeZaloApi, http: httpx.Client) -> None:
    """push_duplicate queues the very same event (same message_id) once more."""
    message_id = api.push_text(CHAT, "tc 5")
    first = call(http, api, "getUpdates", timeout=0).json()["result"]
    api.push_duplicate(message_id)
    again = call(http, api, "getUpdates", timeout=0).json()["result"]
    assert again == first
    with pytest.raises(LookupError):
        api.push_duplicate("ffff")


def test_send_message_records_and_checks_the_2000_limit(
    api: FakeZaloApi, http: httpx.Client
) -> None:
    """Texts up to 2000 UTF-16 units are sent and recorded; longer or empty ones are refused."""
    ok = call(http, api, "sendMessage", chat_id=CHAT, text="Chào bạn").json()
    assert ok["ok"] is True and set(ok["result"]) == {"message_id", "date"}
    assert call(http, api, "sendMessage", chat_id=CHAT, text="😀" * 1000).status_code == 200
    too_long = call(http, api, "sendMessage", chat_id=CHAT, text="😀" * 1000 + "a")
    assert too_long.status_code == 400
    assert call(http, api, "sendMessage", chat_id=CHAT, text=" ").status_code == 400
    assert call(http, api, "sendMessage", text="Chào").status_code == 400
    assert api.texts_to(CHAT) == ["Chào bạn", "😀" * 1000]
    assert len(api.calls("sendMessage", include_failed=True)) == 5


def test_send_photo_needs_a_url_and_a_short_caption(api: FakeZaloApi, http: httpx.Client) -> None:
    """A photo goes by public URL; a file id or an over-long caption is refused."""
    url = "https://example.vn/bieu-do.png"
    assert call(http, api, "sendPhoto", chat_id=CHAT, photo=url, caption="Biểu đồ").is_success
    assert call(http, api, "sendPhoto", chat_id=CHAT, photo="file-123").status_code == 400
    long = call(http, api, "sendPhoto", chat_id=CHAT, photo=url, caption="a" * 2001)
    assert long.status_code == 400
    assert api.texts_to(CHAT) == ["Biểu đồ"]


def test_chat_action_and_blocked_chats(api: FakeZaloApi, http: httpx.Client) -> None:
    """typing is accepted, unknown actions are not; a blocked chat gets 403 on every send."""
    assert call(http, api, "sendChatAction", chat_id=CHAT, action="typing").is_success
    assert call(http, api, "sendChatAction", chat_id=CHAT, action="dancing").status_code == 400
    api.block_chat(CHAT)
    refused = call(http, api, "sendMessage", chat_id=CHAT, text="Chào")
    assert refused.status_code == 403 and refused.json()["error_code"] == 403
    assert api.messages_to(CHAT) == []


def test_injected_faults_hit_the_next_calls_only(api: FakeZaloApi, http: httpx.Client) -> None:
    """429 (Quota exceeded), 5xx and a dropped connection come once each, then calls succeed."""
    api.inject_429("sendMessage")
    api.inject_5xx("sendMessage", status=503)
    api.inject_drop("sendMessage")
    limited = call(http, api, "sendMessage", chat_id=CHAT, text="1")
    assert limited.status_code == 429
    assert limited.json() == {"ok": False, "error_code": 429, "description": "Quota exceeded"}
    assert call(http, api, "sendMessage", chat_id=CHAT, text="2").status_code == 503
    with pytest.raises(httpx.RemoteProtocolError):
        call(http, api, "sendMessage", chat_id=CHAT, text="3")
    assert call(http, api, "sendMessage", chat_id=CHAT, text="4").is_success
    faults = [c.get("fault") for c in api.calls("sendMessage", include_failed=True)]
    assert faults == ["429", "5xx", "drop", None]
    assert api.texts_to(CHAT) == ["4"]
    with pytest.raises(ValueError):
        api.inject_429("SendMessage")


class _Hook(BaseHTTPRequestHandler):
    """Records webhook POSTs (headers and JSON body) and answers 200."""

    received: ClassVar[list[tuple[dict[str, str], Any]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((dict(self.headers), json.loads(body)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def hook() -> Iterator[tuple[str, list[tuple[dict[str, str], Any]]]]:
    """A loopback webhook receiver: its URL and what it received."""
    received: list[tuple[dict[str, str], Any]] = []
    handler = type("Hook", (_Hook,), {"received": received})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/zalo", received
    server.shutdown()
    server.server_close()


def test_webhook_settings_and_delivery(
    api: FakeZaloApi, http: httpx.Client, hook: tuple[str, list[tuple[dict[str, str], Any]]]
) -> None:
    """setWebhook checks url and secret; events are POSTed wrapped or bare, with the secret."""
    url, received = hook
    secret = "hook-secret-1234"
    assert call(http, api, "setWebhook", url="http://example.vn/x", secret_token=secret).is_error
    assert call(http, api, "setWebhook", url=url, secret_token="short").status_code == 400
    set_ = call(http, api, "setWebhook", url=url, secret_token=secret).json()["result"]
    assert set_["url"] == url and set_["updated_at"] > 0
    assert call(http, api, "getWebhookInfo").json()["result"]["url"] == url
    assert call(http, api, "getUpdates", timeout=0).status_code == 400

    message_id = api.push_text(CHAT, "Xin chào")
    assert api.deliver_webhook(message_id) == 200
    assert api.deliver_webhook(message_id, wrapped=False, secret="wrong-secret") == 200
    assert api.deliver_webhook(message_id, secret="") == 200
    (h1, b1), (h2, b2), (h3, _) = received
    assert h1[SECRET_HEADER] == secret and b1 == {"ok": True, "result": api.event(message_id)}
    assert h2[SECRET_HEADER] == "wrong-secret" and b2 == api.event(message_id)
    assert SECRET_HEADER not in h3
    assert api.pending == []

    assert call(http, api, "deleteWebhook").json()["result"]["url"] == ""
    assert call(http, api, "getWebhookInfo").json()["result"]["url"] == ""
    assert api.webhook is None
