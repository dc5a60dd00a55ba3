"""The PostgreSQL Database, on asyncpg with its connection pool.

Why asyncpg rather than psycopg 3: it is asyncio-native end to end (no thread, no libpq), its
pool is built in, it prepares and caches each statement per connection by itself, and it is
the faster of the two at the small statements a chatbot makes; its strict typing (a Python int
where text is expected is an error, not a silent cast) keeps the SQL honest on both engines.

A statement outside a transaction borrows a connection from the pool for itself (autocommit).
A transaction borrows one for its whole block; statements of the task that opened it go to that
connection (found through a context variable), so other tasks never see its writes before the
commit (PostgreSQL's READ COMMITTED).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any

import asyncpg

from store.db import IntegrityError, Row
from store.dialect import POSTGRESQL, Dialect, numbered_placeholders

POOL_SIZE = 10


def _changed(status: str) -> int:
    """Read the row count from a command status such as 'UPDATE 3' or 'INSERT 0 1'."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


class PostgresDatabase:
    """The Database contract over an asyncpg pool (see the module's docstring)."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool
        self._open: ContextVar[tuple[asyncio.Task[Any] | None, Any] | None] = ContextVar(
            f"pg_transaction_{id(self)}", default=None
        )

    @property
    def dialect(self) -> Dialect:
        """PostgreSQL's."""
        return POSTGRESQL

    def _own_connection(self) -> Any:
        """The connection of this task's open transaction, or None."""
        current = self._open.get()
        if current is not None and current[0] is asyncio.current_task():
            return current[1]
        return None

    @asynccontextmanager
    async def _connection(self) -> AsyncIterator[Any]:
        own = self._own_connection()
        if own is not None:
            yield own
            return
        async with self._pool.acquire() as conn:
            yield conn

    async def execute(self, sql: str, args: Sequence[object] = ()) -> int:
        """Run one statement; return how many rows it changed."""
        try:
            async with self._connection() as conn:
                status = await conn.execute(numbered_placeholders(sql), *args)
        except asyncpg.IntegrityConstraintViolationError as exc:
            raise IntegrityError(str(exc)) from exc
        return _changed(str(status))

    async def execute_many(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        """Run one statement once per row of arguments, all in one transaction."""
        batch = list(rows)
        if not batch:
            return
        try:
            async with self.transaction(), self._connection() as conn:
                await conn.executemany(numbered_placeholders(sql), batch)
        except asyncpg.IntegrityConstraintViolationError as exc:
            raise IntegrityError(str(exc)) from exc

    async def execute_script(self, sql: str) -> None:
        """Run several statements without arguments, all in one transaction."""
        async with self.transaction(), self._connection() as conn:
            await conn.execute(sql)

    async def fetch_all(self, sql: str, args: Sequence[object] = ()) -> list[Row]:
        """Return a query's rows as tuples."""
        try:
            async with self._connection() as conn:
                records = await conn.fetch(numbered_placeholders(sql), *args)
        except asyncpg.IntegrityConstraintViolationError as exc:
            raise IntegrityError(str(exc)) from exc
        return [tuple(record) for record in records]

    async def fetch_one(self, sql: str, args: Sequence[object] = ()) -> Row | None:
        """Return a query's first row, or None."""
        rows = await self.fetch_all(sql, args)
        return rows[0] if rows else None

    async def fetch_value(self, sql: str, args: Sequence[object] = ()) -> Any:
        """Return the first column of a query's first row, or None."""
        row = await self.fetch_one(sql, args)
        return None if row is None else row[0]

    async def stream(
        self, sql: str, args: Sequence[object] = (), batch: int = 1000
    ) -> AsyncIterator[list[Row]]:
        """Yield a query's rows in batches, through a server-side cursor."""
        async with self.transaction(), self._connection() as conn:
            cursor = await conn.cursor(numbered_placeholders(sql), *args)
            while records := await cursor.fetch(batch):
                yield [tuple(record) for record in records]

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """Borrow a connection for the block and run it as one transaction.

        Inside another transaction of the same task the block is a savepoint.
        """
        own = self._own_connection()
        if own is not None:  # nested: a savepoint, undone alone on an exception
            async with own.transaction():
                yield
            return
        async with self._pool.acquire() as conn:
            token = self._open.set((asyncio.current_task(), conn))
            try:
                async with conn.transaction():
                    yield
            except asyncpg.IntegrityConstraintViolationError as exc:
                raise IntegrityError(str(exc)) from exc
            finally:
                self._open.reset(token)

    async def lock(self, name: str) -> None:
        """Take a transaction-level advisory lock named `name` (released at commit)."""
        if self._own_connection() is None:
            raise RuntimeError("lock() needs an open transaction")
        await self.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (name,))

    async def close(self) -> None:
        """Close the pool."""
        await self._pool.close()


async def _prepare_connection(conn: Any) -> None:
    """Read numeric as float (as SQLite gives REAL), for averages and sums."""
    await conn.set_type_codec(
        "numeric", encoder=str, decoder=float, schema="pg_catalog", format="text"
    )


async def open_postgres(url: str, *, size: int = POOL_SIZE) -> PostgresDatabase:
    """Open a pool of connections to the database at a postgresql:// URL."""
    pool = await asyncpg.create_pool(
        url, min_size=1, max_size=size, init=_prepare_connection, command_timeout=60
    )
    return PostgresDatabase(pool)
