"""Score the fresh question table: how many rows the bot answers right, and which it misses.

Each row of tests/handlers/fresh/ is asked through the routing table on a fresh
SQLite database loaded with the bundled plan, and its reply checked as the test checks it
(tests/handlers/test_fresh_questions.py). Run from the repository root:

    .venv/bin/python bench/fresh_questions.py        # the score, then each missed row
    .venv/bin/python bench/fresh_questions.py --only leaders   # one module's rows

Figures only, never asserts: the exit code is 0 whatever the score is.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.context import open_ctx  # noqa: E402
from tests.handlers.fresh import FRESH, F  # noqa: E402
from tests.handlers.test_fresh_questions import failure  # noqa: E402


def rows_of(module: str | None) -> tuple[F, ...]:
    """The whole table, or the rows of one module of tests/handlers/fresh/ (its one tuple)."""
    if module is None:
        return FRESH
    found = vars(importlib.import_module(f"tests.handlers.fresh.{module}"))
    tuples = [v for v in found.values() if isinstance(v, tuple) and v and isinstance(v[0], F)]
    if len(tuples) != 1:
        raise SystemExit(f"tests/handlers/fresh/{module}.py has no single tuple of rows")
    return tuples[0]


async def score(rows: tuple[F, ...]) -> list[tuple[str, str]]:
    """Ask every row; return the rows answered wrong with what was wrong."""
    missed = []
    with tempfile.TemporaryDirectory() as folder:
        async with open_ctx(Settings(db_path=folder + "/fresh.db")) as ctx:
            for n, row in enumerate(rows):
                wrong = await failure(ctx, row, chat=f"fresh{n}")
                if wrong is not None:
                    missed.append((row.text, wrong))
    return missed


def main() -> None:
    """Print the score and the missed rows."""
    parser = argparse.ArgumentParser(description="Score the fresh question table.")
    parser.add_argument("--only", metavar="MODULE", help="score one module's rows, e.g. leaders")
    rows = rows_of(parser.parse_args().only)
    missed = asyncio.run(score(rows))
    print(f"fresh questions answered right: {len(rows) - len(missed)}/{len(rows)}")
    for text, wrong in missed:
        print(f"- {text!r}: {wrong}")


if __name__ == "__main__":
    main()
