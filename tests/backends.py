"""The database engines tests run against: SQLite always, PostgreSQL when a server is given.

`NTM_TEST_DATABASE_URL` names a PostgreSQL server the tests may create databases in (the
README's test command, scripts/with-postgres, starts a throw-away one). Without it the
PostgreSQL cases skip, unless `NTM_REQUIRE_POSTGRES=1` (CI), which makes them fail instead.
PostgreSQL tests share one database per session, migrated and loaded once, and put back as
first loaded after each test (as each test gets a new SQLite file).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import tempfile
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
_loaded: Path | None = None


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


_shared: str | None = None
SNAPSHOT = "loaded_snapshot"  # a schema holding a copy of every table as first loaded


def _in_a_thread(work: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run a coroutine to its end on a loop of its own (callers may be inside a loop)."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, work()).result()


async def _tables(conn: Any) -> list[str]:
    """The public tables in the order they were made (so foreign keys point backwards)."""
    rows = await conn.fetch(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.oid"
    )
    return [str(row[0]) for row in rows]


def loaded_sqlite() -> Path:
    """A SQLite file migrated and loaded once per session, closed (no WAL left), to copy."""
    global _loaded
    if _loaded is None:
        folder = Path(tempfile.mkdtemp(prefix="ntm-template-"))
        path = folder / "ntm.db"

        async def build() -> None:
            async with open_ctx(Settings(db_path=str(path))):
                pass

        _in_a_thread(build)
        _loaded = path
    return _loaded


def shared_database() -> str:
    """The session's PostgreSQL database: migrated and loaded once, with a snapshot of it."""
    global _shared
    if _shared is None:
        url = need_postgresql()
        name = f"ntm_shared_{os.getpid()}"
        shared = with_database(url, name)

        async def build() -> None:
            await _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await _admin(url, f'CREATE DATABASE "{name}"')
            async with open_ctx(Settings(database_url=shared)):
                pass
            conn = await asyncpg.connect(shared)
            try:
                await conn.execute(f"CREATE SCHEMA {SNAPSHOT}")
                for table in await _tables(conn):
                    await conn.execute(f"CREATE TABLE {SNAPSHOT}.{table} AS TABLE public.{table}")
            finally:
                await conn.close()

        _in_a_thread(build)
        _shared = shared
    return _shared


async def restore_shared(url: str) -> None:
    """Put every table of the shared database back as first loaded (cheaper than a new
    database: PostgreSQL copies a template with a checkpoint, about half a second)."""
    conn = await asyncpg.connect(url)
    try:
        tables = await _tables(conn)
        async with conn.transaction():
            await conn.execute(
                "TRUNCATE " + ", ".join(f"public.{t}" for t in tables) + " RESTART IDENTITY"
            )
            for table in tables:
                await conn.execute(
                    f"INSERT INTO public.{table} OVERRIDING SYSTEM VALUE"
                    f" SELECT * FROM {SNAPSHOT}.{table}"
                )
            identities = await conn.fetch(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = 'public' AND is_identity = 'YES'"
            )
            for table, column in identities:
                await conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('public.{table}', '{column}'),"
                    f" coalesce((SELECT max({column}) FROM public.{table}), 0) + 1, false)"
                )
    finally:
        await conn.close()


def drop_template() -> None:
    """Drop the session's shared database and remove its SQLite template, if they were made."""
    if _loaded is not None:
        shutil.rmtree(_loaded.parent, ignore_errors=True)
    url = server_url()
    if _shared is not None and url is not None:
        name = urlsplit(_shared).path.lstrip("/")
        _in_a_thread(lambda: _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@asynccontextmanager
async def database_settings(
    backend: str, folder: str, **kwargs: object
) -> AsyncIterator[Settings]:
    """Settings for a database of the backend as first loaded with the bundled data: a new
    SQLite file, or the session's PostgreSQL database, restored after the test."""
    if backend == SQLITE:
        shutil.copyfile(loaded_sqlite(), f"{folder}/ntm.db")  # as if opened and loaded here
        yield Settings(db_path=f"{folder}/ntm.db", **kwargs)  # type: ignore[arg-type]
        return
    url = shared_database()
    try:
        yield Settings(database_url=url, **kwargs)  # type: ignore[arg-type]
    finally:
        await restore_shared(url)


@asynccontextmanager
async def new_database(backend: str, folder: Path) -> AsyncIterator[str]:
    """Where a new, empty database of the backend lives (a SQLite path or a URL)."""
    if backend == SQLITE:
        yield str(folder / "ntm.db")
        return
    async with new_postgresql() as url:
        yield url
