"""Several processes opening one new database at once: every one migrates and loads safely."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.process import ROOT

OPENERS = 6
# Each child waits for the same moment, then opens the database as `ntm-bot run` does.
CHILD = """
import asyncio, sys, time
from bot.config import Settings
from bot.context import open_ctx

async def main() -> None:
    async with open_ctx(Settings(db_path=sys.argv[1])) as ctx:
        rows = await ctx.db.fetch_all("SELECT count(*) FROM unit")
        print(next(iter(rows))[0])

start = float(sys.argv[2])
time.sleep(max(0.0, start - time.time()))
asyncio.run(main())
"""


def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    """Six processes open one new file at the same moment: none fails, the plan loads once."""
    path = tmp_path / "race.db"
    start = time.time() + 2.0  # time for every interpreter to start and import
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), repr(start)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(OPENERS)
    ]
    results = [child.communicate(timeout=120) for child in children]
    failures = [
        err.decode()[-600:]
        for child, (_, err) in zip(children, results, strict=True)
        if child.returncode
    ]
    assert failures == []
    counts = {out.decode().strip() for out, _ in results}
    assert len(counts) == 1 and int(counts.pop()) > 200
