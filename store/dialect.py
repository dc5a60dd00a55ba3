"""The one place where SQLite and PostgreSQL differ, as far as the store is concerned.

The store writes SQL once: `?` placeholders, ON CONFLICT ... DO NOTHING / DO UPDATE, RETURNING,
CASE instead of scalar max(), `rowid` for insertion order (PostgreSQL tables that are ordered
by it have a `rowid` identity column). What is left differs here: placeholders (`?` or `$1`),
aggregating rows into JSON text, joining distinct strings, and where the migrations live.
Migrations are one numbered sequence, written per dialect (PostgreSQL's beside SQLite's in
migrations/postgresql/); how each engine records its schema version and serialises migrating
processes is in store/migrate.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class Dialect:
    """One engine's SQL differences."""

    name: str  # 'sqlite' or 'postgresql'

    @property
    def migrations_dir(self) -> Path:
        """The folder of this dialect's numbered migrations."""
        return MIGRATIONS if self.name == "sqlite" else MIGRATIONS / "postgresql"

    def json_rows(self, *columns: str) -> str:
        """Aggregate the rows' columns into one JSON text '[[...], ...]' ('[]' for no rows)."""
        listed = ", ".join(columns)
        if self.name == "sqlite":
            return f"json_group_array(json_array({listed}))"
        return f"coalesce(json_agg(json_build_array({listed})), '[]'::json)::text"

    def join_distinct(self, column: str) -> str:
        """Join a column's distinct values with commas (NULL for no rows)."""
        if self.name == "sqlite":
            return f"group_concat(DISTINCT {column})"
        return f"string_agg(DISTINCT {column}, ',')"


SQLITE = Dialect("sqlite")
POSTGRESQL = Dialect("postgresql")


@lru_cache(maxsize=4096)
def numbered_placeholders(sql: str) -> str:
    """Turn `?` placeholders into `$1, $2, ...`, leaving quoted text and identifiers alone."""
    out: list[str] = []
    number = 0
    quote = ""
    for char in sql:
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "?":
            number += 1
            out.append(f"${number}")
            continue
        out.append(char)
    return "".join(out)
