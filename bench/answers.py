"""Benchmark the in-process answer path: throughput, latency percentiles, cold start.

Five parts: the Lạng Sơn mix in process; a national-size roster (every xã its own name,
with status rows) timed by the kind of name asked (exact, slip, unknown); cold start of
`ntm-bot ask`; `ntm-bot ask --json -` throughput; and the parser alone on rosters of
1,000 to 16,000 names, to show how name matching grows. Run from the repository root:

    .venv/bin/python bench/answers.py               # all five parts, prints figures
    .venv/bin/python bench/answers.py --profile ls  # also cProfile the Lạng Sơn loop

Figures only, never asserts: the exit code is 0 whatever the numbers are.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import logging
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.cli_timing import cli_throughput, cold_start  # noqa: E402
from bench.langson_mix import CLI_QUESTION, LS_QUESTIONS  # noqa: E402
from bench.latency import (  # noqa: E402
    Figures,
    by_kind,
    print_intents,
    print_profile,
    report,
    run_loop,
    schedule,
)
from bench.national import (  # noqa: E402
    insert_roster,
    make_roster,
    national_questions,
    understand_cost,
)
from bot.config import Settings  # noqa: E402
from bot.context import open_ctx  # noqa: E402


@asynccontextmanager
async def fresh_postgresql(server: str) -> AsyncIterator[str]:
    """A new database on a PostgreSQL server (dropped afterwards); yield its URL."""
    name = f"ntm_bench_{os.getpid()}"
    parts = urlsplit(server)
    url = urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))
    admin = await asyncpg.connect(server)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
        yield url
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def bench_langson(
    tmp: Path, n: int, chats: int, budget: float, profile: bool, server: str = ""
) -> Figures:
    """Part 1: the Lạng Sơn mix on a fresh database (SQLite, or on a PostgreSQL server)."""
    if server:
        async with fresh_postgresql(server) as url:
            return await _langson(Settings(database_url=url), n, chats, budget, profile)
    return await _langson(Settings(db_path=str(tmp / "langson.db")), n, chats, budget, profile)


async def _langson(
    settings: Settings, n: int, chats: int, budget: float, profile: bool
) -> Figures:
    async with open_ctx(settings) as ctx:
        await run_loop(ctx, "warm-up", schedule(LS_QUESTIONS, 3 * len(LS_QUESTIONS), chats), 30)
        plan = schedule(LS_QUESTIONS, n, chats)
        profiler = cProfile.Profile() if profile else None
        if profiler is not None:
            profiler.enable()
        figures, intents = await run_loop(ctx, "Lạng Sơn", plan, budget)
        if profiler is not None:
            profiler.disable()
            print_profile(profiler, "Lạng Sơn loop")
        print(f"  {len(LS_QUESTIONS)} distinct questions, {chats} chats")
        print_intents(intents)
        return figures


async def bench_national(
    tmp: Path, n: int, chats: int, size: tuple[int, int], budget: float, profile: bool
) -> tuple[Figures, dict[str, Figures]]:
    """Part 2: the Lạng Sơn mix plus generated names, on a national-size roster with status."""
    async with open_ctx(Settings(db_path=str(tmp / "national.db"))) as ctx:
        taken = frozenset(ctx.gazetteer.by_name)
        roster = make_roster(*size, taken=taken)
        t0 = time.perf_counter_ns()
        status = await insert_roster(ctx, roster, tmp)
        insert_s = (time.perf_counter_ns() - t0) / 1e9
        t0 = time.perf_counter_ns()
        await ctx.reload_names()
        reload_ms = (time.perf_counter_ns() - t0) / 1e6
        gaz = ctx.gazetteer
        districts = sum(1 for p in gaz.places.values() if p.kind == "district")
        communes = sum(1 for p in gaz.places.values() if p.kind in ("xa", "phuong", "thi_tran"))
        shared = sum(1 for places in gaz.by_name.values() if len(places) > 1)
        print(
            f"  roster: {districts} districts, {communes} communes "
            f"({len(roster.districts)} + {len(roster.communes)} generated, every name unique); "
            f"{len(gaz.by_name)} distinct folded names, {shared} shared by several units "
            f"(all Lạng Sơn's own); {status} status rows imported in {insert_s:.1f} s; "
            f"reload_names {reload_ms:.0f} ms"
        )
        kinds = {q: "LS mix" for q in LS_QUESTIONS} | national_questions(roster)
        questions = list(kinds)
        await run_loop(ctx, "warm-up", schedule(questions, len(questions), chats), 30)
        profiler = cProfile.Profile() if profile else None
        if profiler is not None:
            profiler.enable()
        plan = schedule(questions, n, chats)
        figures, intents = await run_loop(ctx, "national", plan, budget)
        if profiler is not None:
            profiler.disable()
            print_profile(profiler, "national loop")
        counts = Counter(kinds.values())
        print(
            f"  {len(questions)} distinct questions ("
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
            + f"), {chats} chats"
        )
        print_intents(intents)
        return figures, by_kind(figures, kinds)


def verdict(ok: bool | None) -> str:
    """Say whether a target is met (None: a figure without a target)."""
    return "-" if ok is None else "met" if ok else "MISSED"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the five parts and print the figures and a target table."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("-n", type=int, default=5000, help="answers timed on Lạng Sơn data")
    p.add_argument("--n-national", type=int, default=5000, help="answers timed at national size")
    p.add_argument("--budget", type=float, default=40.0, help="max seconds per timed loop")
    p.add_argument("--chats", type=int, default=8, help="distinct chat ids")
    p.add_argument("--districts", type=int, default=700, help="generated districts")
    p.add_argument("--communes", type=int, default=10000, help="generated xã")
    p.add_argument("--runs", type=int, default=5, help="cold-start runs of each kind")
    p.add_argument("--profile", choices=("ls", "national"), help="cProfile one timed loop")
    p.add_argument("--skip-cold", action="store_true", help="skip the cold-start part")
    p.add_argument("--n-cli", type=int, default=4000, help="lines piped to ask --json -")
    p.add_argument(
        "--db",
        default="",
        help="also time part 1 on PostgreSQL: a server URL (postgresql://user@host/db) where"
        " a database may be created for the run",
    )
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, repo {ROOT}")
    with tempfile.TemporaryDirectory(prefix="ntm-bench-") as name:
        tmp = Path(name)
        print("\n[1] Lạng Sơn data, in-process handle()")
        ls = asyncio.run(bench_langson(tmp, args.n, args.chats, args.budget, args.profile == "ls"))
        report(ls)
        pg: Figures | None = None
        if args.db:
            print("\n[1b] The same on PostgreSQL (asyncpg, loopback), after SQLite")
            pg = asyncio.run(bench_langson(tmp, args.n, args.chats, args.budget, False, args.db))
            report(pg)
        print(f"\n[2] National size (~{args.districts} districts, ~{args.communes} xã)")
        nat, kinds = asyncio.run(
            bench_national(
                tmp,
                args.n_national,
                args.chats,
                (args.districts, args.communes),
                args.budget,
                args.profile == "national",
            )
        )
        report(nat)
        print("  by the kind of name asked about (LS mix: part 1's questions on this roster):")
        for figures in kinds.values():
            print("  " + figures.line())
        fresh: list[float] = []
        existing: list[float] = []
        if not args.skip_cold:
            print(f"\n[3] Cold start: ntm-bot ask {CLI_QUESTION!r}, {args.runs} runs each")
            fresh, existing = cold_start(ROOT, tmp, args.runs)
            for label, times in (("fresh db (create+load)", fresh), ("existing db", existing)):
                print(
                    f"  {label:<24} min {min(times):7.1f} ms  "
                    f"median {statistics.median(times):7.1f} ms  "
                    f"runs {', '.join(f'{x:.0f}' for x in times)}"
                )
        print(f"\n[4] ntm-bot ask --json - with {args.n_cli} Lạng Sơn questions on stdin")
        cli_rate, cli_total, cli_start = cli_throughput(ROOT, tmp, args.n_cli)
        print(
            f"  {cli_rate:.0f} answers/s over the whole run ({cli_total:.2f} s, of which"
            f" ~{cli_start:.2f} s is starting the process: one-line run, best of 3)"
        )
    print("\n[5] the parser alone, median µs per question by kind of name, vs roster size")
    for size, medians in understand_cost((1000, 4000, 16000)):
        print(f"  {size:>6} names  " + "  ".join(f"{k} {v:7.1f}" for k, v in medians.items()))
    rows = [
        (
            "Lạng Sơn throughput",
            "≥ 2000 answers/s",
            f"{ls.per_second:.0f} answers/s",
            ls.per_second >= 2000,
        ),
        ("Lạng Sơn p99", "< 2 ms", f"{ls.pct_ms(0.99):.3f} ms", ls.pct_ms(0.99) < 2),
        *(
            [
                ("Lạng Sơn on PostgreSQL", "(no target)", f"{pg.per_second:.0f} answers/s", None),
                ("Lạng Sơn p99, PostgreSQL", "(no target)", f"{pg.pct_ms(0.99):.3f} ms", None),
            ]
            if pg is not None
            else []
        ),
        ("National p99", "< 5 ms", f"{nat.pct_ms(0.99):.3f} ms", nat.pct_ms(0.99) < 5),
        *(
            (f"National p99, {kind}", "< 5 ms", f"{f.pct_ms(0.99):.3f} ms", f.pct_ms(0.99) < 5)
            for kind, f in kinds.items()
        ),
        (
            "ask --json - throughput",
            "≥ 1500 answers/s",
            f"{cli_rate:.0f} answers/s",
            cli_rate >= 1500,
        ),
    ]
    if fresh:
        rows += [
            (
                "Cold start, fresh db",
                "< 1 s",
                f"{statistics.median(fresh):.0f} ms median",
                statistics.median(fresh) < 1000,
            ),
            (
                "Cold start, existing db",
                "< 1 s",
                f"{statistics.median(existing):.0f} ms median",
                statistics.median(existing) < 1000,
            ),
        ]
    print("\nTarget                    Goal               Measured               Result")
    for what, goal, measured, ok in rows:
        print(f"{what:<25} {goal:<18} {measured:<22} {verdict(ok)}")
    print(f"\n(total bench time {time.perf_counter() - started:.1f} s; figures only, exit 0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
