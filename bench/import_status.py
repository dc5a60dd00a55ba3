"""Benchmark `ntm-bot import-status`: N status rows named by 'Xã, Huyện' on Lạng Sơn.

Run from the repository root (either form):

    .venv/bin/python -m bench.import_status
    .venv/bin/python bench/import_status.py --rows 10000 20000 --extra-units 0 10000 --rounds 3

A template SQLite file gets the bundled data (and, with --extra-units, that many synthetic xã
in synthetic districts: a national-size roster). For each size, the same CSV of N rows
(the 2023 plan's 181 xã x 19 criteria x distinct dates, each unit written 'Name, District') is
imported into a fresh copy of the template by two importers, timed from the call to its return
(checking every row, the duplicate check and the write): the baseline is main's
store/status_import.py (read from `git show main:...` at its defaults), the other this branch's.
The order alternates between rounds; the median is printed. Left out: opening the database and
loading the context, the process start, and the disk's speed (the files live in a temp folder).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


from bot.config import Settings  # noqa: E402
from bot.context import open_ctx  # noqa: E402
from store import status_import  # noqa: E402
from store.db import connect  # noqa: E402

Importer = Callable[..., Awaitable[Any]]
NOW = "2026-11-29T00:00:00+00:00"


def baseline_module() -> ModuleType:
    """Load main's status importer as a module of its own (the baseline, unchanged)."""
    source = subprocess.run(
        ["git", "show", "main:store/status_import.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    folder = Path(tempfile.mkdtemp(prefix="bench-baseline-"))
    path = folder / "baseline_status_import.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("baseline_status_import", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while defined
    spec.loader.exec_module(module)
    return module


async def prepare(db: Path, extra_units: int) -> list[tuple[str, str]]:
    """Load the bundled data and the synthetic units; return the plan's xã as (name, district)."""
    async with open_ctx(Settings(db_path=str(db))) as ctx:
        for d in range(extra_units // 100 + (1 if extra_units % 100 else 0)):
            await ctx.db.execute(
                "INSERT INTO unit (code, name, kind, parent_code, roster)"
                " VALUES (?, ?, 'district', '20', 'bench')",
                (f"D{d:04d}", f"Huyện Thử {d}"),
            )
        await ctx.db.execute_many(
            "INSERT INTO unit (code, name, kind, parent_code, roster)"
            " VALUES (?, ?, 'xa', ?, 'bench')",
            [(f"X{n:06d}", f"Xã Thử {n}", f"D{n // 100:04d}") for n in range(extra_units)],
        )
        rows = await ctx.db.fetch_all(
            "SELECT u.name, d.name FROM unit u JOIN unit d ON d.code = u.parent_code"
            " JOIN unit_span s ON s.code = u.code WHERE u.kind = 'xa' AND s.valid_from IS NULL"
            " ORDER BY u.code"
        )
        return [(str(a), str(b)) for a, b in rows]


def write_csv(path: Path, xa: list[tuple[str, str]], rows: int) -> None:
    """N rows: each xã x 19 criteria, then the next date, until N."""
    lines = ["unit,set,criterion,met,as_of,source"]
    day = date(2024, 1, 1)
    while len(lines) <= rows:
        for name, district in xa:
            for criterion in range(1, 20):
                if len(lines) > rows:
                    break
                met = (len(lines) + criterion) % 3 != 0
                lines.append(f'"{name}, {district}",ntm,{criterion},{int(met)},{day},bench')
        day += timedelta(days=1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _fresh_copy(template: Path, db: Path) -> None:
    """Replace db (and its -wal, -shm) with a copy of the template (outside the timed part)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copy(template, db)


async def run_one(importer: Importer, template: Path, csv: Path, work: Path) -> float:
    """Import the CSV into a fresh copy of the template; return the seconds the call took."""
    db = work / "run.db"
    _fresh_copy(template, db)
    async with connect(db) as conn:
        start = time.perf_counter()
        report = await importer(conn, csv, dry_run=False, now=NOW)
        seconds = time.perf_counter() - start
        assert report.ok and report.applied > 0, report.describe()[:500]
    return seconds


async def template_db(work: Path, extra_units: int) -> tuple[Path, list[tuple[str, str]]]:
    """A loaded database to copy for each run (checkpointed into one file)."""
    template = work / f"template-{extra_units}.db"
    xa = await prepare(template, extra_units)
    plain = sqlite3.connect(template)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        plain.close()
    return template, xa


async def bench(rows: list[int], extras: list[int], rounds: int, baseline: bool) -> None:
    """Measure both importers on every size, order alternated, and print medians."""
    importers: dict[str, Importer] = {"this branch": status_import.import_csv}
    if baseline:
        importers = {"baseline": baseline_module().import_csv, **importers}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print("units extra | rows | importer | median s (rounds) | rows/s")
        for extra in extras:
            template, xa = await template_db(work, extra)
            for n in rows:
                csv = work / f"status-{n}.csv"
                write_csv(csv, xa, n)
                times: dict[str, list[float]] = {name: [] for name in importers}
                for r in range(rounds):
                    order = list(importers) if r % 2 == 0 else list(reversed(importers))
                    for name in order:
                        times[name].append(await run_one(importers[name], template, csv, work))
                for name, found in times.items():
                    median = statistics.median(found)
                    shown = ", ".join(f"{t:.3f}" for t in found)
                    print(f"{extra} | {n} | {name} | {median:.3f} ({shown}) | {n / median:,.0f}")


def main() -> None:
    """Parse the sizes and run the benchmark."""
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, nargs="+", default=[10_000])
    p.add_argument("--extra-units", type=int, nargs="+", default=[0])
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--no-baseline", action="store_true", help="time this branch only")
    args = p.parse_args()
    asyncio.run(bench(args.rows, args.extra_units, args.rounds, not args.no_baseline))


if __name__ == "__main__":
    main()
