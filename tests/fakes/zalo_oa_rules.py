"""What the fake Zalo OA accepts: its paths and headers, the limits of a customer-service
message, its error codes, and the event signature (after what is known of Zalo's rules:
/work/shared/reference/zalo.md). Where the docs are silent the fake is strict."""

from __future__ import annotations

import hashlib
import time
from typing import Any

from tests.fakes.loopback_http import JSONDict

TEXT_LIMIT = 2000
MAX_BUTTONS = 5
TITLE_LIMIT = 100
BUTTON_TYPES = frozenset(
    {"oa.query.hide", "oa.query.show", "oa.open.url", "oa.open.phone", "oa.open.sms"}
)
INVALID_TOKEN = -216
INVALID_REFRESH = -14014
CS = "message/cs"  # the method names a call is recorded under
TOKEN = "access_token"
CS_PATH = "/v3.0/oa/message/cs"
TOKEN_PATH = "/v4/oa/access_token"
SIGNATURE_HEADER = "X-ZEvent-Signature"
TIMESTAMP_HEADER = "X-ZEvent-Timestamp"


class OaRefusal(Exception):
    """An error answered as ``{"error": code, "message": ...}``."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def now_ms() -> int:
    return int(time.time() * 1000)


def sign(app_id: str, body: bytes, timestamp: str, secret_key: str) -> str:
    """The documented (third-party) signature: plain SHA-256 of app id, body, time, key."""
    return hashlib.sha256(
        app_id.encode() + body + timestamp.encode() + secret_key.encode()
    ).hexdigest()


def _loopback_or_https(url: Any) -> bool:
    return isinstance(url, str) and url.startswith(("https://", "http://127.0.0.1"))


def check_message(message: JSONDict) -> None:
    """Refuse what Zalo documents as invalid, strictly where it is silent."""
    text, attachment = message.get("text"), message.get("attachment")
    if text is not None and (not isinstance(text, str) or not text.strip()):
        raise OaRefusal(-201, "text is invalid")
    if isinstance(text, str) and units(text) > TEXT_LIMIT:
        raise OaRefusal(-210, "text exceeds the limit")
    if attachment is None:
        if text is None:
            raise OaRefusal(-201, "message is empty")
        return
    if not isinstance(attachment, dict) or attachment.get("type") != "template":
        raise OaRefusal(-201, "attachment is invalid")
    payload = attachment.get("payload")
    if not isinstance(payload, dict):
        raise OaRefusal(-201, "attachment.payload is invalid")
    if payload.get("template_type") == "media":
        _check_media(payload)
    else:
        _check_buttons(text, payload.get("buttons"))


def _check_media(payload: JSONDict) -> None:
    """A media template: one image element with a URL Zalo can fetch."""
    elements = payload.get("elements")
    if not (isinstance(elements, list) and len(elements) == 1):
        raise OaRefusal(-201, "elements is invalid")
    element = elements[0]
    if element.get("media_type") != "image" or not _loopback_or_https(element.get("url")):
        raise OaRefusal(-201, "element is invalid")


def _check_buttons(text: Any, buttons: Any) -> None:
    """Buttons: a text beside them, one to five, each with a type, a title and a payload."""
    if text is None or not isinstance(buttons, list) or not buttons:
        raise OaRefusal(-201, "buttons need a text and at least one button")
    if len(buttons) > MAX_BUTTONS:
        raise OaRefusal(-210, "too many buttons")
    for button in buttons:
        title = button.get("title")
        if button.get("type") not in BUTTON_TYPES or not isinstance(title, str):
            raise OaRefusal(-201, "button is invalid")
        if not title.strip() or units(title) > TITLE_LIMIT:
            raise OaRefusal(-210, "button title is invalid")
        if button["type"].startswith("oa.query") and not isinstance(button.get("payload"), str):
            raise OaRefusal(-201, "button payload is invalid")
