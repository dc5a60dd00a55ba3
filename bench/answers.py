"""Benchmark the in-process answer path: throughput, latency percentiles, cold start.

Five parts: the Lạng Sơn mix in process; a national-size roster (every xã its own name,
with status rows) timed by the kind of name asked (exact, slip, unknown); cold start of
`ntm-bot ask`; `ntm-bot ask --json -` throughput; and understand() alone on rosters of
1,000 to 16,000 names, to show how name matching grows. Run from the repository root:

    .venv/bin/python bench/answers.py               # all five parts, prints figures
    .venv/bin/python bench/answers.py --profile ls  # also cProfile the Lạng Sơn loop

Figures only, never asserts: the exit code is 0 whatever the numbers are.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import logging
import math
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.national import (  # noqa: E402
    insert_roster,
    make_roster,
    national_questions,
    understand_cost,
)
from bot.config import Settings  # noqa: E402
from bot.context import Ctx, open_ctx  # noqa: E402
from handlers.routing import handle  # noqa: E402
from vocab.messages import Incoming  # noqa: E402

CHANNEL = "bench"
CLI_QUESTION = "Xã Nhân Lý còn thiếu tiêu chí nào?"

# A realistic Lạng Sơn mix: diacritics or not, abbreviations, typos, follow-ups, off-topic.
LS_QUESTIONS: tuple[str, ...] = (
    "Xã Nhân Lý còn thiếu tiêu chí nào?",
    "nhan ly con thieu tieu chi gi",
    "nhan lyy con thieu tc gi",
    "Mẫu Sơn còn thiếu tiêu chí nào",
    "xã Mẫu Sơn huyện Lộc Bình đạt những tiêu chí nào",
    "Bình quân tiêu chí huyện Tràng Định",
    "binh quan tieu chi huyen trang dinh",
    "bq tc toàn tỉnh",
    "bq nâng cao huyện Chi Lăng",
    "thế còn huyện Bắc Sơn thì sao",
    "tc 5 có bao nhiêu xã đạt",
    "tiêu chí 2 huyện Văn Lãng có bao nhiêu xã đạt",
    "tc y te toan tinh bao nhieu xa dat",
    "huyện nào cao nhất",
    "huyen nao thap nhat",
    "các xã biên giới",
    "danh sách xã đặc biệt khó khăn",
    "các xã phấn đấu đạt chuẩn ntm năm 2023",
    "tổng vốn 2023",
    "kinh phi thuc hien bao nhieu",
    "tiêu chí 17 là gì",
    "tc 8 la gi",
    "bộ tiêu chí nông thôn mới gồm những gì",
    "mục tiêu năm 2023",
    "thời tiết hôm nay",
    "xin chào",
    "bot làm được gì",
    "tinh bac chua dat tc nao??",
    "còn xã Đồng Tiến thì sao",
    "Long Đống còn mấy tiêu chí chưa đạt",
    "Khánh Xuân còn thiếu tiêu chí nâng cao nào",
    "tình hình xã Quang Lạc",
    "xã Tân Thành còn thiếu gì",
    "hoang dongg con thieu tieu chi kieu mau nao",
    "xã Thành Công còn thiếu tiêu chí nào",
    "/xa Nhân Lý",
    "/tieuchi 5",
    "giao thông huyện Lộc Bình có bao nhiêu xã đạt",
    "ok cảm ơn bạn nhé",
    "Huyện Cao Lộc",
)


@dataclass(frozen=True)
class Figures:
    """Latency figures of one run, in nanoseconds per answer."""

    label: str
    count: int
    wall_ns: int
    latencies: list[int]
    per_question: dict[str, list[int]]
    planned: int

    @property
    def per_second(self) -> float:
        """Return answers per second over the timed loop."""
        return self.count / (self.wall_ns / 1e9) if self.wall_ns else 0.0

    def pct_ms(self, q: float) -> float:
        """Return the q-quantile latency in milliseconds (nearest rank)."""
        ordered = sorted(self.latencies)
        rank = max(0, min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1))
        return ordered[rank] / 1e6

    @property
    def max_ms(self) -> float:
        """Return the slowest answer in milliseconds."""
        return max(self.latencies) / 1e6

    @property
    def mean_ms(self) -> float:
        """Return the mean latency in milliseconds."""
        return statistics.fmean(self.latencies) / 1e6

    def slowest(self, top: int = 5) -> list[tuple[float, float, str]]:
        """Return (median ms, max ms, question) of the slowest questions, by median."""
        rows = [
            (statistics.median(v) / 1e6, max(v) / 1e6, q) for q, v in self.per_question.items()
        ]
        return sorted(rows, reverse=True)[:top]

    def line(self) -> str:
        """Format the figures on one line."""
        return (
            f"{self.label:<10} n={self.count:>5}  {self.per_second:>6.0f} answers/s  "
            f"mean {self.mean_ms:6.3f}  "
            f"p50 {self.pct_ms(0.50):6.3f}  p90 {self.pct_ms(0.90):6.3f}  "
            f"p99 {self.pct_ms(0.99):7.3f}  max {self.max_ms:8.3f} ms"
        )


def schedule(questions: Sequence[str], n: int, chats: int) -> list[tuple[str, str]]:
    """Spread n questions over chats in runs of three, so follow-ups meet a real state."""
    return [(f"chat{(k // 3) % chats}", questions[k % len(questions)]) for k in range(n)]


async def run_loop(
    ctx: Ctx, label: str, plan: Sequence[tuple[str, str]], budget_s: float
) -> tuple[Figures, Counter[str]]:
    """Answer the plan sequentially, timing each answer; stop early past the time budget."""
    latencies: list[int] = []
    per_question: dict[str, list[int]] = {}
    intents: Counter[str] = Counter()
    clock = time.perf_counter_ns
    deadline = clock() + int(budget_s * 1e9)
    start = clock()
    for k, (chat, text) in enumerate(plan):
        incoming = Incoming(CHANNEL, chat, f"user-{chat}", str(k), text)
        t0 = clock()
        replies = await handle(incoming, ctx)
        t1 = clock()
        latencies.append(t1 - t0)
        per_question.setdefault(text, []).append(t1 - t0)
        intents[replies[0].intent or "-"] += 1
        if t1 > deadline:
            break
    wall = clock() - start
    figures = Figures(label, len(latencies), wall, latencies, per_question, len(plan))
    return figures, intents


def report(figures: Figures) -> None:
    """Print a run's figures, whether the time budget cut it short, and its slowest questions."""
    print("  " + figures.line())
    if figures.count < figures.planned:
        print(f"  (time budget reached: {figures.count} of {figures.planned} answers timed)")
    print("  slowest questions in the timed loop (median / max ms):")
    for median, worst, question in figures.slowest():
        print(f"    {median:8.3f} / {worst:8.3f}  {question}")


def print_intents(intents: Counter[str]) -> None:
    """Print the intent mix of a run on one line, so the mix can be judged."""
    total = sum(intents.values())
    parts = [f"{name} {100 * n / total:.0f}%" for name, n in intents.most_common()]
    print("  intent mix: " + ", ".join(parts))


async def bench_langson(tmp: Path, n: int, chats: int, budget: float, profile: bool) -> Figures:
    """Part 1: the Lạng Sơn mix on a fresh database."""
    async with open_ctx(Settings(db_path=str(tmp / "langson.db"))) as ctx:
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


def by_kind(figures: Figures, kinds: dict[str, str]) -> dict[str, Figures]:
    """Split a run's latencies by the kind of name its questions carry."""
    out: dict[str, Figures] = {}
    for kind in sorted(set(kinds.values())):
        per = {q: v for q, v in figures.per_question.items() if kinds.get(q) == kind}
        latencies = [x for v in per.values() for x in v]
        out[kind] = Figures(kind, len(latencies), sum(latencies), latencies, per, len(latencies))
    return out


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


def cli_throughput(tmp: Path, n: int) -> tuple[float, float, float]:
    """Part 4: `ntm-bot ask --json -` over n Lạng Sơn questions; (answers/s, total s, start s)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env["NTM_LOG_LEVEL"] = "WARNING"
    env["NTM_DB"] = str(tmp / "cli.db")

    def once(lines: Sequence[str]) -> float:
        t0 = time.perf_counter_ns()
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", "ask", "--json", "-"],
            cwd=ROOT,
            env=env,
            input="".join(f"{line}\n" for line in lines),
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = (time.perf_counter_ns() - t0) / 1e9
        answered = done.stdout.count("\n")
        if done.returncode != 0 or answered != len(lines):
            print(f"  ask --json - gave {answered} of {len(lines)} lines ({done.returncode})")
        return elapsed

    once(LS_QUESTIONS[:1])  # creates and loads the database
    start = min(once(LS_QUESTIONS[:1]) for _ in range(3))
    lines = [LS_QUESTIONS[k % len(LS_QUESTIONS)] for k in range(n)]
    total = once(lines)
    return n / total, total, start


def print_profile(profiler: cProfile.Profile, title: str, top: int = 25) -> None:
    """Print the top functions by own time and by cumulative time."""
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs().sort_stats(key).print_stats(top)
        print(f"\n--- cProfile, {title}, by {key} ---")
        text = out.getvalue()
        print(text[text.find("   ncalls") :].rstrip())


def cold_start(tmp: Path, runs: int) -> tuple[list[float], list[float]]:
    """Part 3: wall time of `ntm-bot ask` on a fresh database path and on an existing one."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env["NTM_LOG_LEVEL"] = "WARNING"

    def once(db: Path) -> float:
        env["NTM_DB"] = str(db)
        t0 = time.perf_counter_ns()
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", "ask", CLI_QUESTION],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = (time.perf_counter_ns() - t0) / 1e6
        if done.returncode != 0 or not done.stdout.strip():
            print(f"  ntm-bot ask failed ({done.returncode}): {done.stderr.strip()[-300:]}")
        return elapsed

    fresh = [once(tmp / f"cold-{i}" / "ntm.db") for i in range(runs)]
    existing_db = tmp / "cold-0" / "ntm.db"
    existing = [once(existing_db) for _ in range(runs)]
    return fresh, existing


def verdict(ok: bool) -> str:
    """Say whether a target is met."""
    return "met" if ok else "MISSED"


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
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, repo {ROOT}")
    with tempfile.TemporaryDirectory(prefix="ntm-bench-") as name:
        tmp = Path(name)
        print("\n[1] Lạng Sơn data, in-process handle()")
        ls = asyncio.run(bench_langson(tmp, args.n, args.chats, args.budget, args.profile == "ls"))
        report(ls)
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
            fresh, existing = cold_start(tmp, args.runs)
            for label, times in (("fresh db (create+load)", fresh), ("existing db", existing)):
                print(
                    f"  {label:<24} min {min(times):7.1f} ms  "
                    f"median {statistics.median(times):7.1f} ms  "
                    f"runs {', '.join(f'{x:.0f}' for x in times)}"
                )
        print(f"\n[4] ntm-bot ask --json - with {args.n_cli} Lạng Sơn questions on stdin")
        cli_rate, cli_total, cli_start = cli_throughput(tmp, args.n_cli)
        print(
            f"  {cli_rate:.0f} answers/s over the whole run ({cli_total:.2f} s, of which"
            f" ~{cli_start:.2f} s is starting the process: one-line run, best of 3)"
        )
    print("\n[5] understand() alone, median µs per question by kind of name, vs roster size")
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
