"""Fixtures for the Telegram adapter tests: a token-bearing context on a fresh database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.context import Ctx, open_ctx
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
