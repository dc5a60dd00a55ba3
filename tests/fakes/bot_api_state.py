"""The state of the fake Telegram Bot API and the helpers tests drive it with."""

from __future__ import annotations

import asyncio
import bisect
import copy
import json
import time
from typing import Any

from tests.fakes.bot_api_wire import (
    _CHANNEL_ID,
    _DEFAULT_GROUP_USER,
    _FAKE_JPEG,
    _FIRST_UPDATE_ID,
    BOT_USERNAME,
    MESSAGE_METHODS,
    ChatKey,
    _chat_key,
    _Pending,
    _StoredFile,
    _without_none,
)
from tests.fakes.loopback import Fault, LoopbackApi
from tests.fakes.loopback_http import JSONDict, post


class BotApiState(LoopbackApi):
    """What the fake Bot API keeps (chats, messages, updates, files) and how tests drive it:
    addresses, recording, fault injection, update injection and webhook delivery."""

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

    def deliver_webhook(
        self, update: JSONDict | int, *, timeout: float = 10.0, url: str | None = None
    ) -> int:
        """POST an update (dict or known update_id) to the webhook; return the HTTP status.

        url: POST there instead of the registered URL (one of several workers behind it, as a
        load balancer would), with the registered secret.
        """
        with self._cond:
            if self._webhook is None:
                raise RuntimeError("no webhook is set; call setWebhook first")
            registered, secret = self._webhook["url"], self._webhook.get("secret_token")
            url = url or registered
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

    # ------------------------------------------------------------------ storage

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

    def _store_file(self, data: bytes, folder: str) -> _StoredFile:
        """Remember file content under a new file_id."""
        self._file_seq += 1
        number = self._file_seq
        stored = _StoredFile(
            f"fake-file-{number}", f"fake-uniq-{number}", f"{folder}/file_{number}", data
        )
        self._files[stored.file_id] = stored
        return stored

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
