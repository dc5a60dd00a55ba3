"""Fake Telegram Bot API server for end-to-end tests (standard library only).

Usage::

    with FakeBotApi(token="123:ABC") as api:
        bot = telegram.Bot("123:ABC", base_url=api.base_url, base_file_url=api.file_base_url)
        update_id = api.push_text(42, "Xin chào")
        ...
        api.wait_for_messages(42, 1)

The blocking helpers (``wait_for``, ``wait_for_messages``, ``deliver_webhook``) must not be
called from the event loop that runs the bot under test; use the ``*_async`` variants there.
The HTTP server, recording, fault injection and waits are shared with the fake Zalo Bot API
(``tests/fakes/loopback.py``). Faults: ``inject_429`` / ``inject_5xx`` / ``inject_drop`` (for a
method, optionally for one chat), ``inject_stall`` (hold calls unanswered until
``release_stalled``, then lose them), ``block_chat`` (403) and ``lose_chat`` (400 chat not
found). ``sends_per_chat`` counts what each chat received, for exactly-once checks.
"""

from __future__ import annotations

import asyncio
import bisect
import copy
import json
import re
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from tests.fakes.loopback import (
    ApiError,
    Fault,
    Handler,
    HttpReply,
    JSONDict,
    LoopbackApi,
    error_reply,
    post,
)

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


class FakeBotApi(LoopbackApi):
    """In-process fake of the Telegram Bot API served over loopback HTTP."""

    thread_name = "fake-bot-api"
    message_methods = MESSAGE_METHODS

    def __init__(self, token: str = "123:ABC", *, bot_name: str = "NTM Test Bot") -> None:
        super().__init__()
        self.token = token
        bot_id = token.split(":", 1)[0]
        self.bot_user: JSONDict = {
            "id": int(bot_id) if bot_id.isdigit() else 123,
            "is_bot": True,
            "first_name": bot_name,
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self._next_update_id = _FIRST_UPDATE_ID
        self._history: dict[int, JSONDict] = {}
        self._queue: list[_Pending] = []
        self._poll_generation = 0
        self._poll_count = 0
        self._blocked: dict[ChatKey, str] = {}
        self._lost: set[ChatKey] = set()
        self._chats: dict[ChatKey, JSONDict] = {}
        self._message_ids: dict[ChatKey, int] = {}
        self._messages: dict[tuple[ChatKey, int], JSONDict] = {}
        self._last_bot_message: dict[ChatKey, int] = {}
        self._callbacks: dict[str, bool] = {}
        self._files: dict[str, _StoredFile] = {}
        self._file_seq = 0
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._webhook: JSONDict | None = None
        self._methods: dict[str, tuple[str, Handler]] = {
            name.lower(): (name, handler) for name, handler in self._method_table().items()
        }

    # ------------------------------------------------------------------ addresses

    @property
    def base_url(self) -> str:
        """Value for PTB's ``base_url`` / TELEGRAM_API_URL (PTB appends the token)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_base_url(self) -> str:
        """Value for PTB's ``base_file_url``."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ------------------------------------------------------------------ recording

    @property
    def poll_count(self) -> int:
        """Number of getUpdates requests received."""
        with self._cond:
            return self._poll_count

    @property
    def pending_updates(self) -> list[int]:
        """Ids of updates still waiting to be fetched or confirmed."""
        with self._cond:
            return [pending.update_id for pending in self._queue]

    @property
    def answered_callbacks(self) -> list[JSONDict]:
        """Params of successful answerCallbackQuery calls, in order."""
        return [call["params"] for call in self.calls("answerCallbackQuery")]

    @property
    def webhook(self) -> JSONDict | None:
        """The active webhook settings (url, secret_token, ...) or None."""
        with self._cond:
            return copy.deepcopy(self._webhook)

    def dump_lines(self) -> list[str]:
        """Queue, polls and webhook, for assertion messages."""
        return [
            f"pending updates: {[p.update_id for p in self._queue]}",
            f"getUpdates requests: {self._poll_count}",
            f"webhook: {self._webhook}",
        ]

    def fault_body(self, fault: Fault) -> JSONDict:
        """Telegram's 429 names retry_after in its text and its parameters."""
        if fault.kind != "429":
            return super().fault_body(fault)
        return {
            "ok": False,
            "error_code": 429,
            "description": f"Too Many Requests: retry after {fault.retry_after}",
            "parameters": {"retry_after": fault.retry_after},
        }

    # ------------------------------------------------------------------ fault injection

    def file_data(self, file_id: str) -> bytes:
        """The bytes of a file the bot uploaded (or a test pushed), by its file_id."""
        with self._cond:
            return self._files[file_id].data

    def block_chat(self, chat_id: ChatKey, description: str | None = None) -> None:
        """Make sends to ``chat_id`` fail with 403 (user blocked the bot)."""
        with self._cond:
            text = description or "Forbidden: bot was blocked by the user"
            self._blocked[_chat_key(chat_id)] = text

    def lose_chat(self, chat_id: ChatKey) -> None:
        """Make sends to ``chat_id`` fail with 400 "Bad Request: chat not found"."""
        with self._cond:
            self._lost.add(_chat_key(chat_id))

    def sends_per_chat(self) -> dict[ChatKey, int]:
        """How many messages each chat received (successful sends and edits)."""
        counts: dict[ChatKey, int] = {}
        with self._cond:
            for call in self._sent:
                if call["ok"] and call["method"] in MESSAGE_METHODS:
                    chat = _chat_key(call["params"].get("chat_id"))
                    counts[chat] = counts.get(chat, 0) + 1
        return counts

    # ------------------------------------------------------------------ update injection

    def push_text(
        self,
        chat_id: int,
        text: str,
        user_id: int | None = None,
        *,
        chat_type: str = "private",
        language_code: str = "vi",
        username: str | None = None,
        reply_to_bot: bool = False,
        entities: list[JSONDict] | None = None,
    ) -> int:
        """Queue a text message from a user; return its update_id."""
        with self._cond:
            user = self._user(chat_id, user_id, chat_type, language_code, username)
            reply_to = self._last_bot_reply(chat_id) if reply_to_bot else None
            message = self._store_message(
                chat_id,
                user,
                text=text,
                entities=entities or None,
                reply_to_message=reply_to,
            )
            return self._enqueue({"message": message})

    def push_command(
        self, chat_id: int, command: str, user_id: int | None = None, **kw: Any
    ) -> int:
        """Queue a ``/command args`` message with its bot_command entity."""
        length = len(command.split(maxsplit=1)[0])
        entity = {"type": "bot_command", "offset": 0, "length": length}
        return self.push_text(chat_id, command, user_id, entities=[entity], **kw)

    def push_callback(
        self, chat_id: int, data: str, message_id: int, user_id: int | None = None
    ) -> int:
        """Queue a button press on a message the bot sent earlier; return the update_id."""
        with self._cond:
            message = self._messages.get((chat_id, message_id))
            if message is None or message["from"]["id"] != self.bot_user["id"]:
                raise LookupError(f"no bot message {message_id} in chat {chat_id}\n{self.dump()}")
            chat_type = str(message["chat"]["type"])
            query_id = str(900_000 + len(self._callbacks) + 1)
            self._callbacks[query_id] = False
            query = {
                "id": query_id,
                "from": self._user(chat_id, user_id, chat_type, "vi", None),
                "message": copy.deepcopy(message),
                "chat_instance": f"instance{chat_id}",
                "data": data,
            }
            return self._enqueue({"callback_query": query})

    def push_photo(
        self,
        chat_id: int,
        caption: str | None = None,
        user_id: int | None = None,
        *,
        data: bytes = _FAKE_JPEG,
        chat_type: str = "private",
    ) -> int:
        """Queue a photo message (three PhotoSizes, downloadable via getFile)."""
        with self._cond:
            user = self._user(chat_id, user_id, chat_type, "vi", None)
            sides = (90, 320, 800)
            sizes = [self._photo_size(self._store_file(data, "photos"), side) for side in sides]
            message = self._store_message(chat_id, user, photo=sizes, caption=caption)
            return self._enqueue({"message": message})

    def push_update(self, raw: JSONDict) -> int:
        """Queue an arbitrary update dict (update_id assigned if missing)."""
        with self._cond:
            return self._enqueue(copy.deepcopy(raw))

    def push_duplicate(self, update_id: int) -> int:
        """Redeliver an already-seen update on the next getUpdates, even if confirmed."""
        with self._cond:
            if update_id not in self._history:
                raise LookupError(f"unknown update_id {update_id}")
            for pending in self._queue:
                if pending.update_id == update_id:
                    pending.forced = True
                    return update_id
            self._queue_in_order(_Pending(self._history[update_id], forced=True))
            self._cond.notify_all()
            return update_id

    def _enqueue(self, update: JSONDict) -> int:
        """Assign an update_id if needed, remember the update and queue it."""
        update_id = self._register(update)
        self._queue_in_order(_Pending(update))
        self._cond.notify_all()
        return update_id

    def _queue_in_order(self, pending: _Pending) -> None:
        """Insert into the queue, kept sorted by update_id (a binary search, not a re-sort)."""
        bisect.insort(self._queue, pending, key=lambda queued: queued.update_id)

    def _register(self, update: JSONDict) -> int:
        """Give ``update`` a monotonic update_id (or honour its own) and store it."""
        update_id = int(update.setdefault("update_id", self._next_update_id))
        self._next_update_id = max(self._next_update_id, update_id + 1)
        self._history[update_id] = update
        return update_id

    def _user(
        self,
        chat_id: int,
        user_id: int | None,
        chat_type: str,
        language_code: str,
        username: str | None,
    ) -> JSONDict:
        """Build the sender and register the chat it is writing in."""
        if user_id is None:
            user_id = chat_id if chat_type == "private" else _DEFAULT_GROUP_USER
        user = {"id": user_id, "is_bot": False, "first_name": "Người dùng"}
        user.update(_without_none({"username": username, "language_code": language_code}))
        chat: JSONDict = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat.update(_without_none({"first_name": user["first_name"], "username": username}))
        else:
            chat["title"] = "Nhóm thử nghiệm"
        self._chats.setdefault(chat_id, chat)
        return user

    def _last_bot_reply(self, chat_id: int) -> JSONDict:
        """The bot's latest message in a chat (for replies to the bot)."""
        message_id = self._last_bot_message.get(chat_id)
        if message_id is None:
            raise LookupError(f"the bot has not sent anything to chat {chat_id} yet")
        return copy.deepcopy(self._messages[(chat_id, message_id)])

    # ------------------------------------------------------------------ webhooks

    def deliver_webhook(self, update: JSONDict | int, *, timeout: float = 10.0) -> int:
        """POST an update (dict or known update_id) to the webhook; return the HTTP status."""
        with self._cond:
            if self._webhook is None:
                raise RuntimeError("no webhook is set; call setWebhook first")
            url, secret = self._webhook["url"], self._webhook.get("secret_token")
            payload = self._resolve_update(update)
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        status = post(url, json.dumps(payload, ensure_ascii=False).encode(), headers, timeout)
        if 200 <= status < 300:
            self._forget_pending(int(payload["update_id"]))
        return status

    async def deliver_webhook_async(self, update: JSONDict | int, *, timeout: float = 10.0) -> int:
        """``deliver_webhook`` without blocking the running event loop."""
        return await asyncio.to_thread(self.deliver_webhook, update, timeout=timeout)

    def _resolve_update(self, update: JSONDict | int) -> JSONDict:
        """A copy of the update to deliver, registering new dicts."""
        if isinstance(update, int):
            if update not in self._history:
                raise LookupError(f"unknown update_id {update}")
            return copy.deepcopy(self._history[update])
        fresh = copy.deepcopy(update)
        self._register(fresh)
        return copy.deepcopy(fresh)

    def _forget_pending(self, update_id: int) -> None:
        """Drop a delivered update from the pending queue."""
        with self._cond:
            self._queue = [p for p in self._queue if p.update_id != update_id]
            self._cond.notify_all()

    # ------------------------------------------------------------------ HTTP dispatch

    def lookup(self, method: str) -> tuple[str, Handler] | None:
        """Bot API method names are case-insensitive."""
        return self._methods.get(method.lower())

    def dispatch(self, path: str, query: str, content_type: str, body: bytes) -> HttpReply:
        """Answer one HTTP request (called from server threads)."""
        file_match = _FILE_PATH_RE.fullmatch(path)
        if file_match:
            return self._serve_file(*file_match.groups())
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
            params = _parse_params(query, content_type, body)
        except ApiError as exc:
            return error_reply(exc.code, exc.description)
        return self.call(*entry, params, _public_params(params))

    def _serve_file(self, token: str, file_path: str) -> HttpReply:
        """Serve file bytes for ``/file/bot<token>/<file_path>``."""
        if token != self.token:
            return error_reply(401, "Unauthorized")
        with self._cond:
            stored = next((f for f in self._files.values() if f.path == file_path), None)
        if stored is None:
            return error_reply(404, "Not Found")
        return HttpReply(200, stored.data, "application/octet-stream")

    def _method_table(self) -> dict[str, Handler]:
        """Supported Bot API methods."""
        return {
            "getMe": lambda params: copy.deepcopy(self.bot_user),
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "sendChatAction": self._send_chat_action,
            "answerCallbackQuery": self._answer_callback_query,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "getFile": self._get_file,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "close": lambda params: True,
            "logOut": lambda params: True,
        }

    # ------------------------------------------------------------------ getUpdates

    def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        """Long polling with Telegram's offset/limit/timeout semantics."""
        if self._webhook is not None:
            raise ApiError(409, _WEBHOOK_CONFLICT)
        self._poll_generation += 1
        self._poll_count += 1
        generation = self._poll_generation
        self._cond.notify_all()
        self._confirm(int(params.get("offset") or 0))
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        deadline = time.monotonic() + max(float(params.get("timeout") or 0), 0.0)
        while not self._queue and not self._stopping:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self._cond.wait(remaining)
            if generation != self._poll_generation:
                raise ApiError(409, _POLL_CONFLICT)
            if self._webhook is not None:
                raise ApiError(409, _WEBHOOK_CONFLICT)
        batch = self._queue[:limit]
        for pending in batch:
            pending.forced = False
        return [copy.deepcopy(pending.update) for pending in batch]

    def _confirm(self, offset: int) -> None:
        """Forget confirmed updates (id < offset), or all but the last -offset ones."""
        if offset > 0:
            self._queue = [p for p in self._queue if p.update_id >= offset or p.forced]
        elif offset < 0:
            self._queue = self._queue[offset:]

    # ------------------------------------------------------------------ sending

    def _target_chat(self, params: JSONDict) -> ChatKey:
        """Validate chat_id and refuse chats that blocked the bot."""
        chat = _chat_key(params.get("chat_id"))
        if chat in self._blocked:
            raise ApiError(403, self._blocked[chat])
        if chat in self._lost:
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    def _chat(self, chat: ChatKey) -> JSONDict:
        """The Chat object for a chat key (registered or synthesised)."""
        if chat in self._chats:
            return copy.deepcopy(self._chats[chat])
        if isinstance(chat, str):
            return {"id": _CHANNEL_ID, "type": "channel", "title": chat, "username": chat[1:]}
        if chat > 0:
            return {"id": chat, "type": "private", "first_name": "Người dùng"}
        chat_type = "supergroup" if str(chat).startswith("-100") else "group"
        return {"id": chat, "type": chat_type, "title": "Nhóm thử nghiệm"}

    def _store_message(self, chat: ChatKey, sender: JSONDict, **content: Any) -> JSONDict:
        """Create a Message with the chat's next message_id and remember it."""
        message_id = self._message_ids.get(chat, 0) + 1
        self._message_ids[chat] = message_id
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self._chat(chat),
            "from": copy.deepcopy(sender),
            **_without_none(content),
        }
        self._messages[(chat, message_id)] = message
        return message

    def _bot_message(self, chat: ChatKey, params: JSONDict, **content: Any) -> JSONDict:
        """Store a message sent by the bot and return a copy for the response."""
        content["reply_markup"] = _inline_markup(params)
        content["reply_to_message"] = self._replied_message(chat, params)
        message = self._store_message(chat, self.bot_user, **content)
        self._last_bot_message[chat] = message["message_id"]
        return copy.deepcopy(message)

    def _replied_message(self, chat: ChatKey, params: JSONDict) -> JSONDict | None:
        """The message referenced by reply_parameters / reply_to_message_id, if known."""
        reply = params.get("reply_parameters")
        message_id = reply.get("message_id") if isinstance(reply, dict) else None
        message_id = message_id or params.get("reply_to_message_id")
        message = self._messages.get((chat, message_id)) if message_id else None
        if message is None:
            return None
        return {key: value for key, value in message.items() if key != "reply_to_message"}

    def _send_message(self, params: JSONDict) -> JSONDict:
        """sendMessage."""
        chat = self._target_chat(params)
        text = _require_text(
            params.get("text"), "message text is empty", _MAX_TEXT, "message is too long"
        )
        return self._bot_message(chat, params, text=text, entities=params.get("entities"))

    def _caption_fields(self, params: JSONDict) -> JSONDict:
        """Validated caption and caption_entities."""
        caption = params.get("caption")
        if caption is not None and len(str(caption)) > _MAX_CAPTION:
            raise ApiError(400, "Bad Request: message caption is too long")
        return {"caption": caption or None, "caption_entities": params.get("caption_entities")}

    def _send_photo(self, params: JSONDict) -> JSONDict:
        """sendPhoto (uploaded file, known file_id or URL)."""
        chat = self._target_chat(params)
        stored = self._incoming_file(params.get("photo"), "photos", "photo")
        sizes = [self._photo_size(stored, 90), self._photo_size(stored, 1280)]
        return self._bot_message(chat, params, photo=sizes, **self._caption_fields(params))

    def _send_document(self, params: JSONDict) -> JSONDict:
        """sendDocument (uploaded file, known file_id or URL)."""
        chat = self._target_chat(params)
        value = params.get("document")
        stored = self._incoming_file(value, "documents", "document")
        document = {
            "file_id": stored.file_id,
            "file_unique_id": stored.unique_id,
            "file_name": value.filename if isinstance(value, Upload) else "document",
            "mime_type": value.mime_type if isinstance(value, Upload) else None,
            "file_size": len(stored.data),
        }
        fields = self._caption_fields(params)
        return self._bot_message(chat, params, document=_without_none(document), **fields)

    def _send_chat_action(self, params: JSONDict) -> bool:
        """sendChatAction."""
        self._target_chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    # ------------------------------------------------------------------ files

    def _store_file(self, data: bytes, folder: str) -> _StoredFile:
        """Remember file content under a new file_id."""
        self._file_seq += 1
        number = self._file_seq
        stored = _StoredFile(
            f"fake-file-{number}", f"fake-uniq-{number}", f"{folder}/file_{number}", data
        )
        self._files[stored.file_id] = stored
        return stored

    def _incoming_file(self, value: Any, folder: str, field: str) -> _StoredFile:
        """Resolve an uploaded file, an existing file_id or a URL into a stored file."""
        if isinstance(value, Upload):
            return self._store_file(value.data, folder)
        if not value:
            raise ApiError(400, f"Bad Request: there is no {field} in the request")
        known = self._files.get(str(value))
        return known or self._store_file(b"", folder)

    @staticmethod
    def _photo_size(stored: _StoredFile, side: int) -> JSONDict:
        """A PhotoSize dict for stored file content."""
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.unique_id,
            "width": side,
            "height": side,
            "file_size": len(stored.data),
        }

    def _get_file(self, params: JSONDict) -> JSONDict:
        """getFile."""
        stored = self._files.get(str(params.get("file_id")))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.unique_id,
            "file_size": len(stored.data),
            "file_path": stored.path,
        }

    # ------------------------------------------------------------------ callbacks and edits

    def _answer_callback_query(self, params: JSONDict) -> bool:
        """answerCallbackQuery (each pushed query may be answered once)."""
        query_id = str(params.get("callback_query_id"))
        if self._callbacks.get(query_id, True):
            raise ApiError(400, _QUERY_TOO_OLD)
        self._callbacks[query_id] = True
        return True

    def _editable(self, params: JSONDict) -> JSONDict | None:
        """The stored bot message an edit targets; None for inline messages."""
        if params.get("inline_message_id"):
            return None
        chat = self._target_chat(params)
        message_id = params.get("message_id")
        message = self._messages.get((chat, message_id)) if isinstance(message_id, int) else None
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message["from"]["id"] != self.bot_user["id"]:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    def _apply_edit(self, message: JSONDict, changes: JSONDict) -> JSONDict:
        """Update a stored message, refusing no-op edits like Telegram."""
        if all(message.get(key) == value for key, value in changes.items()):
            raise ApiError(400, _NOT_MODIFIED)
        for key, value in changes.items():
            if value is None:
                message.pop(key, None)
            else:
                message[key] = copy.deepcopy(value)
        message["edit_date"] = int(time.time())
        return copy.deepcopy(message)

    def _edit_message_text(self, params: JSONDict) -> JSONDict | bool:
        """editMessageText (drops the keyboard unless reply_markup is resent)."""
        text = _require_text(
            params.get("text"), "message text is empty", _MAX_TEXT, "message is too long"
        )
        message = self._editable(params)
        if message is None:
            return True
        if "text" not in message:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        changes = {
            "text": text,
            "entities": params.get("entities"),
            "reply_markup": _inline_markup(params),
        }
        return self._apply_edit(message, changes)

    def _edit_message_reply_markup(self, params: JSONDict) -> JSONDict | bool:
        """editMessageReplyMarkup."""
        message = self._editable(params)
        if message is None:
            return True
        return self._apply_edit(message, {"reply_markup": _inline_markup(params)})

    # ------------------------------------------------------------------ commands

    @staticmethod
    def _commands_key(params: JSONDict) -> tuple[str, str]:
        """Storage key for a (scope, language_code) pair."""
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _set_my_commands(self, params: JSONDict) -> bool:
        """setMyCommands with Telegram's command/description validation."""
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        for command in commands:
            if not _COMMAND_RE.fullmatch(str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[self._commands_key(params)] = commands
        return True

    def _get_my_commands(self, params: JSONDict) -> list[JSONDict]:
        """getMyCommands."""
        return copy.deepcopy(self._commands.get(self._commands_key(params), []))

    def _delete_my_commands(self, params: JSONDict) -> bool:
        """deleteMyCommands."""
        self._commands.pop(self._commands_key(params), None)
        return True

    # ------------------------------------------------------------------ webhook methods

    def _set_webhook(self, params: JSONDict) -> bool:
        """setWebhook (an empty url removes the webhook)."""
        if params.get("drop_pending_updates"):
            self._queue.clear()
        url = str(params.get("url") or "")
        if not url:
            self._webhook = None
            return True
        keys = ("secret_token", "max_connections", "allowed_updates", "ip_address")
        self._webhook = {"url": url, **_without_none({key: params.get(key) for key in keys})}
        self._cond.notify_all()
        return True

    def _delete_webhook(self, params: JSONDict) -> bool:
        """deleteWebhook."""
        if params.get("drop_pending_updates"):
            self._queue.clear()
        self._webhook = None
        return True

    def _get_webhook_info(self, params: JSONDict) -> JSONDict:
        """getWebhookInfo."""
        webhook = self._webhook or {}
        info = {
            "url": webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
            "max_connections": webhook.get("max_connections"),
            "allowed_updates": webhook.get("allowed_updates"),
            "ip_address": webhook.get("ip_address"),
        }
        return _without_none(info)
