"""An update the bot cannot read is skipped past the offset with one log line, instead of
being fetched again forever while nothing else is answered."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.context import open_ctx
from bot.telegram.app import build_application, serve
from tests.fakes.bot_api import FakeBotApi

TOKEN = "555000333:UNREADABLE-update-token"


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi(token=TOKEN) as fake:
        yield fake


def _without_date(chat: int) -> dict[str, object]:
    """A message update lacking its required 'date'."""
    user = {"id": chat, "is_bot": False, "first_name": "Lỗi", "language_code": "vi"}
    return {
        "message": {
            "message_id": 1,
            "chat": {"id": chat, "type": "private", "first_name": "Lỗi"},
            "from": user,
            "text": "Xã Nhân Lý còn thiếu tiêu chí nào?",
        }
    }


async def test_an_unreadable_update_is_skipped_once(
    tmp_path: Path, api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    """A message without 'date' is logged once and confirmed; the question after it is
    answered, and polling does not spin on it."""
    settings = Settings(
        db_path=str(tmp_path / "ntm.db"), telegram_token=TOKEN, telegram_api_url=api.base_url
    )
    async with open_ctx(settings) as ctx:
        bad = api.push_update(_without_date(901))
        api.push_text(902, "Xã Nhân Lý còn thiếu tiêu chí nào?")
        stop = asyncio.Event()
        with caplog.at_level(logging.INFO):
            serving = asyncio.create_task(serve(ctx, stop, build_application(ctx)))
            try:
                [answer] = await api.wait_for_messages_async(902, 1, timeout=15)
                polls = api.poll_count
                started = time.monotonic()
                await asyncio.sleep(1.0)
                assert api.poll_count - polls < 10, "polling spins"
                assert time.monotonic() - started >= 1.0
            finally:
                stop.set()
                await serving
    assert "Giao thông" in answer["params"]["text"]
    assert bad not in api.pending_updates
    skipped = [r for r in caplog.records if "could not be read" in r.getMessage()]
    assert len(skipped) == 1 and str(bad) in skipped[0].getMessage()
    assert api.messages_to(901) == []
