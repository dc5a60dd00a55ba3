"""The database engines tests run against: SQLite always, PostgreSQL when a server is given.

`NTM_TEST_DATABASE_URL` names a PostgreSQL server the tests may create databases in (the
README's test command, scripts/with-postgres, starts a throw-away one). Without it the
PostgreSQL cases skip, unless `NTM_REQUIRE_POSTGRES=1` (CI), which makes them fail instead.
Each PostgreSQL test gets a database of its own, copied from a template that was migrated and
loaded with the bundled data once per session (as a new SQLite file is for each test).
"""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import AsyncIterator, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from bot.config import Settings
from bot.context import open_ctx

SQLITE, POSTGRESQL = "sqlite", "postgresql"
BACKENDS = (SQLITE, POSTGRESQL)
_names = itertools.count()


def server_url() -> str | None:
    """The PostgreSQL server tests may use, or None."""
    return os.environ.get("NTM_TEST_DATABASE_URL") or None


def need_postgresql() -> str:
    """Return the server's URL, or skip (fail under NTM_REQUIRE_POSTGRES=1) without one."""
    url = server_url()
    if url is None:
        if os.environ.get("NTM_REQUIRE_POSTGRES") == "1":
            pytest.fail("NTM_REQUIRE_POSTGRES=1 but NTM_TEST_DATABASE_URL is not set")
        pytest.skip("PostgreSQL: NTM_TEST_DATABASE_URL is not set")
    return url


def with_database(url: str, name: str) -> str:
    """The URL of another database on the same server."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


async def _admin(url: str, sql: str) -> None:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@asynccontextmanager
async def new_postgresql(template: str | None = None) -> AsyncIterator[str]:
    """A new database on the test server (a copy of template, else empty); dropped after."""
    url = need_postgresql()
    name = f"ntm_test_{os.getpid()}_{next(_names)}"
    copy = f' TEMPLATE "{template}"' if template else ""
    await _admin(url, f'CREATE DATABASE "{name}"{copy}')
    try:
        yield with_database(url, name)
    finally:
        await _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_template: str | None = None


def _in_a_thread(work: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run a coroutine to its end on a loop of its own (callers may be inside a loop)."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, work()).result()


def loaded_template() -> str:
    """Name the session's template database: migrated, with the bundled data (made once)."""
    global _template
    if _template is None:
        url = need_postgresql()
        name = f"ntm_template_{os.getpid()}"

        async def build() -> None:
            await _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await _admin(url, f'CREATE DATABASE "{name}"')
            async with open_ctx(Settings(database_url=with_database(url, name))):
                pass

        _in_a_thread(build)
        _template = name
    return _template


def drop_template() -> None:
    """Drop the session's template database, if one was made."""
    url = server_url()
    if _template is not None and url is not None:
        name = _template
        _in_a_thread(lambda: _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@asynccontextmanager
async def database_settings(
    backend: str, folder: str, **kwargs: object
) -> AsyncIterator[Settings]:
    """Settings for a new database of the backend, loaded with the bundled data on opening."""
    if backend == SQLITE:
        yield Settings(db_path=f"{folder}/ntm.db", **kwargs)  # type: ignore[arg-type]
        return
    template = loaded_template()
    async with new_postgresql(template) as url:
        yield Settings(database_url=url, **kwargs)  # type: ignore[arg-type]


@asynccontextmanager
async def new_database(backend: str, folder: Path) -> AsyncIterator[str]:
    """Where a new, empty database of the backend lives (a SQLite path or a URL)."""
    if backend == SQLITE:
        yield str(folder / "ntm.db")
        return
    async with new_postgresql() as url:
        yield url
