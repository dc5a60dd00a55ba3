"""The database contract the store uses, and opening one: SQLite (default) or PostgreSQL.

Every store module takes a `Database` and writes its SQL once, with `?` placeholders and the
subset both dialects understand (ON CONFLICT, RETURNING, CASE); what differs is said by
`db.dialect` (store/dialect.py), the one place for dialect differences. Outside a
`transaction()` block each statement commits on its own; inside one, the block's statements
(from the task that opened it) commit together at its end or not at all, and no other task
ever sees them before. A block opened inside another of the same task is a savepoint within it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

from store.dialect import Dialect

R = TypeVar("R")
Row = tuple[Any, ...]


class DatabaseTooNew(RuntimeError):
    """The database was written by a newer version of ntm-bot than this one."""


class DatabaseUnwritable(RuntimeError):
    """The database (or the folder SQLite keeps its -wal and -shm files in) cannot be written."""

    def __init__(self, path: str | Path, cause: Exception) -> None:
        super().__init__(
            f"cannot write the database {path} ({cause}): give this user write access to the"
            " file and its folder (SQLite keeps -wal and -shm files beside it), or set NTM_DB"
            " to a writable path"
        )


class IntegrityError(Exception):
    """A statement broke a constraint: unique, check, foreign key or an append-only trigger."""


class Database(Protocol):
    """What the store needs of a database, whichever the engine."""

    @property
    def dialect(self) -> Dialect:
        """The engine's SQL differences."""
        ...

    async def execute(self, sql: str, args: Sequence[object] = ()) -> int:
        """Run one statement; return how many rows it changed."""
        ...

    async def execute_many(self, sql: str, rows: Iterable[Sequence[object]]) -> None:
        """Run one statement once per row of arguments."""
        ...

    async def execute_script(self, sql: str) -> None:
        """Run several statements without arguments (a migration)."""
        ...

    async def fetch_all(self, sql: str, args: Sequence[object] = ()) -> list[Row]:
        """Return a query's rows as tuples."""
        ...

    async def fetch_one(self, sql: str, args: Sequence[object] = ()) -> Row | None:
        """Return a query's first row, or None."""
        ...

    async def fetch_value(self, sql: str, args: Sequence[object] = ()) -> Any:
        """Return the first column of a query's first row, or None."""
        ...

    def stream(
        self, sql: str, args: Sequence[object] = (), batch: int = 1000
    ) -> AsyncIterator[list[Row]]:
        """Yield a query's rows in batches (exports of any size, in bounded memory)."""
        ...

    def transaction(self) -> AbstractAsyncContextManager[None]:
        """Commit the block's statements together at its end; roll back on an exception."""
        ...

    async def lock(self, name: str) -> None:
        """Hold a lock named `name` across processes until the open transaction ends."""
        ...

    async def close(self) -> None:
        """Close the connections."""
        ...


def is_postgresql(target: str) -> bool:
    """Say whether a database target is a PostgreSQL URL (else it is a SQLite path)."""
    return target.startswith(("postgresql://", "postgres://"))


@asynccontextmanager
async def connect(
    target: str | Path, *, durable: bool = False, upto: int | None = None
) -> AsyncIterator[Database]:
    """Open and migrate the database at a SQLite path or a postgresql:// URL.

    durable: every commit reaches the disk before it returns (SQLite synchronous=FULL; what
    PostgreSQL always does), for the courier's sent marks. upto: migrate only that far (tests
    of upgrades from older schemas).
    """
    from store.migrate import migrate

    database: Database
    if is_postgresql(str(target)):
        from store.postgres_db import open_postgres

        database = await open_postgres(str(target))
    else:
        from store.sqlite_db import open_sqlite

        database = open_sqlite(str(target), durable=durable)
    try:
        await migrate(database, upto=upto)
        yield database
    finally:
        await database.close()


def transaction(db: Database) -> AbstractAsyncContextManager[None]:
    """Run the block's statements as one transaction (see Database.transaction)."""
    return db.transaction()


def first(rows: Iterable[R]) -> R | None:
    """Return the first row of a fetched result, or None."""
    return next(iter(rows), None)
