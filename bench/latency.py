"""Time the in-process answer path over a plan of questions, and print the figures."""

from __future__ import annotations

import cProfile
import io
import math
import pstats
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.context import Ctx
from handlers.routing import handle
from vocab.messages import Incoming

CHANNEL = "bench"


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


def by_kind(figures: Figures, kinds: dict[str, str]) -> dict[str, Figures]:
    """Split a run's latencies by the kind of name its questions carry."""
    out: dict[str, Figures] = {}
    for kind in sorted(set(kinds.values())):
        per = {q: v for q, v in figures.per_question.items() if kinds.get(q) == kind}
        latencies = [x for v in per.values() for x in v]
        out[kind] = Figures(kind, len(latencies), sum(latencies), latencies, per, len(latencies))
    return out


def print_profile(profiler: cProfile.Profile, title: str, top: int = 25) -> None:
    """Print the top functions by own time and by cumulative time."""
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs().sort_stats(key).print_stats(top)
        print(f"\n--- cProfile, {title}, by {key} ---")
        text = out.getvalue()
        print(text[text.find("   ncalls") :].rstrip())
