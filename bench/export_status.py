"""Benchmark the national-size status export: N xã x 19 criteria to .xlsx (and .csv, .json).

Run from the repository root (either form):

    .venv/bin/python -m bench.export_status
    .venv/bin/python bench/export_status.py --communes 10000 --rounds 2

A fresh SQLite file gets the bundled plan plus N synthetic xã (100 per synthetic district),
each with one status row per criterion (N x 19 rows). Each measurement runs in its own child
process: it opens the context (the gazetteer of every name, the plan snapshot), then the clock
and the peak RSS are read before and after building and writing the province-wide status
export. Printed per format: seconds and the peak RSS (MiB) before the export and at its end.
The baseline is xlsxwriter at its defaults (constant_memory off: the whole sheet in memory),
run in the same round, the order alternated between rounds. Left out: the time to load the
data, the chat path (the same build and write, sent as a document), the disk's speed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.context import open_ctx  # noqa: E402
from handlers import export_files  # noqa: E402
from handlers.export_kinds import Request, build  # noqa: E402

CRITERIA = 19


async def prepare(db: Path, communes: int) -> None:
    """Fill a fresh database with the plan and `communes` synthetic xã with full status."""
    async with open_ctx(Settings(db_path=str(db))) as ctx:
        districts = (communes + 99) // 100
        await ctx.db.executemany(
            "INSERT INTO unit (code, name, kind, parent_code, roster) VALUES (?, ?, ?, ?, ?)",
            [(f"B{d:03d}", f"Huyện Thử {d}", "district", "20", "bench") for d in range(districts)],
        )
        await ctx.db.executemany(
            "INSERT INTO unit (code, name, kind, parent_code, roster) VALUES (?, ?, ?, ?, ?)",
            [
                (f"X{n:05d}", f"Xã Thử Nghiệm {n}", "xa", f"B{n // 100:03d}", "bench")
                for n in range(communes)
            ],
        )
        now = datetime.now(UTC).isoformat(timespec="seconds")
        await ctx.db.executemany(
            "INSERT INTO status (unit_code, set_code, criterion, met, as_of, source_kind,"
            " source, recorded_at) VALUES (?, 'ntm', ?, ?, '2022-12-31', 'import', ?, ?)",
            (
                (f"X{n:05d}", c, (n + c) % 3 != 0, "bench import", now)
                for n in range(communes)
                for c in range(1, CRITERIA + 1)
            ),
        )
        await ctx.db.commit()


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def child(db: Path, out: Path, constant_memory: bool) -> dict[str, float]:
    """Open the context, then time and measure one province-wide status export."""
    export_files.XLSX_OPTIONS["constant_memory"] = constant_memory
    async with open_ctx(Settings(db_path=str(db))) as ctx:
        before = _peak_mib()
        start = time.perf_counter()
        t = ctx.i18n.get("vi")
        made = await build(ctx, t, Request("status"), None, ctx.clock())
        with out.open("wb") as f:
            await export_files.write_export(made.export, export_files.format_of(out), f, t)
        return {
            "seconds": time.perf_counter() - start,
            "rss_before": before,
            "rss_peak": _peak_mib(),
            "rows": made.size,
            "bytes": out.stat().st_size,  # noqa: ASYNC240 (after the timed part)
        }


def measure(db: Path, out: Path, constant_memory: bool) -> dict[str, float]:
    """Run one export in a child process and return its figures."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(db), str(out), str(int(constant_memory))],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    """Prepare the data once, then measure each variant `rounds` times, order alternated."""
    p = argparse.ArgumentParser()
    p.add_argument("--communes", type=int, default=10_000)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--child", nargs=3)
    args = p.parse_args()
    if args.child:
        db, out, constant = args.child
        print(json.dumps(asyncio.run(child(Path(db), Path(out), constant == "1"))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        asyncio.run(prepare(db, args.communes))
        variants = {
            "xlsx (constant memory, ours)": (Path(tmp) / "s.xlsx", True),
            "xlsx (xlsxwriter defaults)": (Path(tmp) / "d.xlsx", False),
            "csv": (Path(tmp) / "s.csv", True),
            "json": (Path(tmp) / "s.json", True),
        }
        results: dict[str, list[dict[str, float]]] = {k: [] for k in variants}
        for round_number in range(args.rounds):
            order = list(variants) if round_number % 2 == 0 else list(reversed(variants))
            for name in order:
                path, constant = variants[name]
                results[name].append(measure(db, path, constant))
        print(f"status export, {args.communes} xã x {CRITERIA} criteria, {args.rounds} rounds")
        for name, runs in results.items():
            print(
                f"{name:30s} {statistics.median(r['seconds'] for r in runs):6.2f} s"
                f"  peak RSS {statistics.median(r['rss_before'] for r in runs):6.1f} MiB before"
                f" -> {statistics.median(r['rss_peak'] for r in runs):6.1f} MiB"
                f"  ({int(runs[0]['rows'])} rows, {runs[0]['bytes'] / 2**20:.1f} MiB file)"
            )


if __name__ == "__main__":
    main()
