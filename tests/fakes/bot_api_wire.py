"""The fake Bot API's wire format: request parameters (form, JSON, multipart uploads), its
error texts and limits, and the records it keeps of updates and files."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from tests.fakes.loopback import ApiError
from tests.fakes.loopback_http import JSONDict

ChatKey = int | str

BOT_USERNAME = "ntm_test_bot"
MESSAGE_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "editMessageText"})

_FIRST_UPDATE_ID = 10_001
_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_DEFAULT_GROUP_USER = 1001
_CHANNEL_ID = -1_009_999_999_999
_FAKE_JPEG = b"\xff\xd8\xff\xe0fake-jpeg-bytes\xff\xd9"
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_DISPOSITION_PARAM_RE = re.compile(r'(\w+)="([^"]*)"')
_PATH_RE = re.compile(r"/bot([^/]*)/([^/]+)")
_FILE_PATH_RE = re.compile(r"/file/bot([^/]*)/(.+)")
# Form values are JSON-decoded (numbers, booleans, objects) except these free-text fields.
_STRING_FIELDS = frozenset(
    {
        "text",
        "caption",
        "url",
        "secret_token",
        "callback_query_id",
        "inline_message_id",
        "parse_mode",
        "action",
        "file_id",
        "photo",
        "document",
        "language_code",
        "ip_address",
        "business_connection_id",
    }
)
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup"
    " are exactly the same as a current content and reply markup of the message"
)
_QUERY_TOO_OLD = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)
_WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active;"
    " use deleteWebhook to delete the webhook first"
)
_POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request;"
    " make sure that only one bot instance is running"
)


@dataclass(frozen=True)
class Upload:
    """A file received in a multipart/form-data request."""

    filename: str
    mime_type: str
    data: bytes

    def summary(self) -> JSONDict:
        """Describe the upload for recording (without the bytes)."""
        return {"filename": self.filename, "size": len(self.data), "mime_type": self.mime_type}


@dataclass
class _Pending:
    """A queued update; ``forced`` ones survive one confirmation (simulated redelivery)."""

    update: JSONDict
    forced: bool = False

    @property
    def update_id(self) -> int:
        """The update's id."""
        return int(self.update["update_id"])


@dataclass(frozen=True)
class _StoredFile:
    """File content addressable through getFile and the file download route."""

    file_id: str
    unique_id: str
    path: str
    data: bytes


def _decode_value(key: str, value: Any) -> Any:
    """Interpret a parameter value the way the Bot API does (JSON unless free text)."""
    if not isinstance(value, str) or key in _STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _header_params(header: str) -> dict[str, str]:
    """Parse ``key=value`` parameters of a header such as Content-Type."""
    params = {}
    for part in header.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        params[key.lower()] = value.strip('"')
    return params


def _parse_part(chunk: bytes) -> tuple[str, Any] | None:
    """Parse one multipart part into (field name, str value or Upload)."""
    head, _, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
    headers: dict[str, str] = {}
    for line in head.decode("utf-8", "replace").split("\r\n"):
        key, _, value = line.partition(":")
        headers[key.strip().lower()] = value.strip()
    disposition = dict(_DISPOSITION_PARAM_RE.findall(headers.get("content-disposition", "")))
    if "name" not in disposition:
        return None
    content = content.removesuffix(b"\r\n")
    if "filename" not in disposition:
        return disposition["name"], content.decode("utf-8")
    mime_type = headers.get("content-type", "application/octet-stream")
    return disposition["name"], Upload(disposition["filename"], mime_type, content)


def _parse_multipart(body: bytes, content_type: str) -> JSONDict:
    """Parse a multipart/form-data body (small parser, enough for httpx/PTB uploads)."""
    boundary = _header_params(content_type).get("boundary")
    if not boundary:
        raise ApiError(400, "Bad Request: multipart boundary is missing")
    fields: JSONDict = {}
    for chunk in body.split(b"--" + boundary.encode())[1:]:
        if chunk.startswith(b"--"):
            break
        parsed = _parse_part(chunk)
        if parsed is not None:
            fields[parsed[0]] = parsed[1]
    return fields


def _parse_params(query: str, content_type: str, body: bytes) -> JSONDict:
    """Merge query-string and body parameters and decode them."""
    raw: JSONDict = dict(parse_qsl(query))
    media_type = content_type.split(";")[0].strip().lower()
    if media_type == "application/json" and body:
        try:
            decoded = json.loads(body)
        except ValueError as exc:
            raise ApiError(400, "Bad Request: can't parse JSON body") from exc
        if not isinstance(decoded, dict):
            raise ApiError(400, "Bad Request: JSON body must be an object")
        raw.update(decoded)
    elif media_type == "multipart/form-data":
        raw.update(_parse_multipart(body, content_type))
    elif body:
        raw.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    return {key: _decode_value(key, value) for key, value in raw.items()}


def _public_params(params: JSONDict) -> JSONDict:
    """Params as recorded: uploads summarised, everything deep-copied."""
    return {
        key: value.summary() if isinstance(value, Upload) else copy.deepcopy(value)
        for key, value in params.items()
    }


def _chat_key(value: Any) -> ChatKey:
    """Normalise a chat_id parameter to an int (or an ``@username`` string)."""
    if isinstance(value, bool) or value is None or value == "":
        raise ApiError(400, "Bad Request: chat_id is empty")
    if isinstance(value, int):
        return value
    text = str(value)
    if text.lstrip("-").isdigit():
        return int(text)
    if text.startswith("@"):
        return text
    raise ApiError(400, "Bad Request: chat not found")


def _inline_markup(params: JSONDict) -> JSONDict | None:
    """The reply_markup Telegram echoes back in a Message (inline keyboards only)."""
    markup = params.get("reply_markup")
    if isinstance(markup, dict) and "inline_keyboard" in markup:
        return markup
    return None


def _require_text(value: Any, empty: str, limit: int, too_long: str) -> str:
    """Validate a text/caption parameter like Telegram does."""
    text = "" if value is None else str(value)
    if not text.strip():
        raise ApiError(400, f"Bad Request: {empty}")
    if len(text) > limit:
        raise ApiError(400, f"Bad Request: {too_long}")
    return text


def _without_none(fields: JSONDict) -> JSONDict:
    """Drop keys whose value is None."""
    return {key: value for key, value in fields.items() if value is not None}
