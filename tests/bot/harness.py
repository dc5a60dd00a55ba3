"""A PTB application wired to a recording BaseRequest: replays update JSON, records API calls."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.context import Ctx
from bot.telegram.app import App, build_application

TOKEN = "777000111:AAHtestTokenForTheAdapter"
BOT_USER = {
    "id": 777000111,
    "is_bot": True,
    "first_name": "NTM Lạng Sơn",
    "username": "ntm_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
UPDATES = Path(__file__).parent / "updates"
SENDS = ("sendMessage", "sendPhoto", "sendDocument")


@dataclass(frozen=True)
class Call:
    """One Bot API request the application made."""

    method: str
    params: dict[str, Any]


class RecordingRequest(BaseRequest):
    """Answers every Bot API call locally like Telegram would, and records it; no network."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._message_id = 500

    @property
    def read_timeout(self) -> float:
        """Default read timeout (unused: nothing waits)."""
        return 1.0

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Record the call and return a successful Bot API answer."""
        endpoint = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append(Call(endpoint, params))
        body = {"ok": True, "result": self._result(endpoint, params)}
        return 200, json.dumps(body).encode()

    def _result(self, endpoint: str, params: dict[str, Any]) -> Any:
        """The result Telegram would return for a call."""
        if endpoint == "getMe":
            return BOT_USER
        if endpoint == "getUpdates":
            return []
        if endpoint in SENDS:
            self._message_id += 1
            chat = {"id": int(params["chat_id"]), "type": "private", "first_name": "X"}
            message: dict[str, Any] = {
                "message_id": self._message_id,
                "date": 1700000000,
                "chat": chat,
                "from": BOT_USER,
            }
            if endpoint == "sendMessage":
                message["text"] = params["text"]
            else:
                message["caption"] = params.get("caption")
                message["document"] = {"file_id": "doc", "file_unique_id": "d"}
            return message
        return True

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        """Params of the calls of one method, in order."""
        return [call.params for call in self.calls if call.method == method]

    def texts(self) -> list[str]:
        """Texts of all sendMessage calls, in order."""
        return [str(params["text"]) for params in self.sent()]


def load_update(name: str) -> dict[str, Any]:
    """Read one recorded update fixture."""
    data: dict[str, Any] = json.loads((UPDATES / f"{name}.json").read_text(encoding="utf-8"))
    return data


@dataclass
class Harness:
    """A running application and the recorder behind its bot."""

    app: App
    api: RecordingRequest

    async def replay(self, name_or_update: str | dict[str, Any]) -> None:
        """Feed one recorded update (fixture name or dict) through the application."""
        data = load_update(name_or_update) if isinstance(name_or_update, str) else name_or_update
        await self.app.process_update(Update.de_json(data, self.app.bot))


@asynccontextmanager
async def running(ctx: Ctx, **options: Any) -> AsyncIterator[Harness]:
    """Build, initialise and start the application on a recorder; stop it afterwards."""
    api = RecordingRequest()
    app = build_application(ctx, request=api, updates_request=RecordingRequest(), **options)
    async with app:
        await app.start()
        try:
            yield Harness(app, api)
        finally:
            await app.stop()
