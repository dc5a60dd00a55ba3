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

import copy
import json
import time
from typing import Any

from tests.fakes.bot_api_state import BotApiState
from tests.fakes.bot_api_wire import (
    _CHAT_ACTIONS,
    _COMMAND_RE,
    _FILE_PATH_RE,
    _MAX_CAPTION,
    _MAX_TEXT,
    _NOT_MODIFIED,
    _PATH_RE,
    _POLL_CONFLICT,
    _QUERY_TOO_OLD,
    _WEBHOOK_CONFLICT,
    ChatKey,
    Upload,
    _chat_key,
    _inline_markup,
    _parse_params,
    _public_params,
    _require_text,
    _StoredFile,
    _without_none,
)
from tests.fakes.bot_api_wire import (
    BOT_USERNAME as BOT_USERNAME,
)
from tests.fakes.loopback import ApiError, Handler
from tests.fakes.loopback_http import HttpReply, JSONDict, error_reply


class FakeBotApi(BotApiState):
    """In-process fake of the Telegram Bot API served over loopback HTTP."""

    def __init__(self, token: str = "123:ABC", *, bot_name: str = "NTM Test Bot") -> None:
        super().__init__(token, bot_name=bot_name)
        self._methods: dict[str, tuple[str, Handler]] = {
            name.lower(): (name, handler) for name, handler in self._method_table().items()
        }

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

    def _incoming_file(self, value: Any, folder: str, field: str) -> _StoredFile:
        """Resolve an uploaded file, an existing file_id or a URL into a stored file."""
        if isinstance(value, Upload):
            return self._store_file(value.data, folder)
        if not value:
            raise ApiError(400, f"Bad Request: there is no {field} in the request")
        known = self._files.get(str(value))
        return known or self._store_file(b"", folder)

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
