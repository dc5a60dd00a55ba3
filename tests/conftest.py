"""Shared fixtures: a real SQLite database in tmp_path, opened through the composition root."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.context import Ctx, open_ctx
from handlers.gazetteer import Gazetteer
from handlers.routing import handle
from tests.backends import (
    BACKENDS,
    POSTGRESQL,
    database_settings,
    drop_template,
    need_postgresql,
)
from vocab.messages import Incoming, Reply


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each database engine in turn: SQLite, then PostgreSQL (see tests/backends.py)."""
    name = str(request.param)
    if name == POSTGRESQL:
        need_postgresql()
    return name


@pytest.fixture
async def ctx(backend: str, tmp_path: Path) -> AsyncIterator[Ctx]:
    """A context on a fresh database loaded with the bundled plan, on each engine."""
    async with (
        database_settings(backend, str(tmp_path)) as settings,
        open_ctx(settings) as opened,
    ):
        yield opened


def pytest_sessionfinish() -> None:
    """Drop the templates the session made (PostgreSQL database, SQLite file), if any."""
    drop_template()


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The name index of the bundled data, built once."""

    async def build() -> Gazetteer:
        path = tmp_path_factory.mktemp("gaz") / "ntm.db"
        async with open_ctx(Settings(db_path=str(path))) as opened:
            return opened.gazetteer

    return asyncio.run(build())


async def ask(
    ctx: Ctx,
    text: str = "",
    *,
    chat: str = "c1",
    button: str | None = None,
    language: str = "vi",
    user: str = "u1",
) -> Reply:
    """Send one message through the router as a memory transport would; return the reply."""
    replies = await handle(
        Incoming("memory", chat, user, "m1", text, button=button, language=language), ctx
    )
    assert len(replies) == 1
    return replies[0]


TIERS = {
    "e2e": "e2e",
    "test_bench_telegram.py": "e2e",
    "bot": "adapter",
    "zalo": "adapter",
    "zalo_oa": "adapter",
    "fakes": "adapter",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test with its tier by where it lives: domain, adapter or e2e."""
    root = Path(__file__).parent
    for item in items:
        first = item.path.relative_to(root).parts[0]
        item.add_marker(TIERS.get(first, "domain"))
