"""Fixtures for the Telegram adapter tests: a token-bearing context on a fresh database."""

from __future__ import annotations

import io
import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.context import Ctx, open_ctx
from bot.logs import setup_logging
from tests.bot.harness import TOKEN


@pytest.fixture(autouse=True)
def ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to PTB's timedelta periods, so reading retry_after does not warn."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def tg_ctx(tmp_path: Path) -> AsyncIterator[Ctx]:
    """A context with a bot token on a fresh database loaded with the bundled plan."""
    settings = Settings(db_path=str(tmp_path / "ntm.db"), telegram_token=TOKEN)
    async with open_ctx(settings) as ctx:
        yield ctx


@pytest.fixture
def stream(request: pytest.FixtureRequest) -> Iterator[io.StringIO]:
    """Route the root handler, set up as `ntm-bot run` does (masking the test module's
    LOG_SECRETS), into a buffer; restore logging afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    setup_logging("DEBUG", getattr(request.module, "LOG_SECRETS", []))
    buffer = io.StringIO()
    for handler in root.handlers:
        if isinstance(handler, logging.StreamHandler):
            handler.setStream(buffer)
    yield buffer
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.captureWarnings(False)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.NOTSET)
