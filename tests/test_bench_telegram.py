"""The Telegram benchmark's machinery: the fake in its own process pushes, times and counts."""

from __future__ import annotations

from pathlib import Path

from bench.telegram_throughput import FakeProcess, Setup, run_echo, run_ours


async def test_both_bots_answer_every_question_through_the_fake_process(tmp_path: Path) -> None:
    """A short run of both phases: every question answered, time and CPU on both sides."""
    setup = Setup(concurrency=4, pool=4)
    with FakeProcess() as api:
        echo = await run_echo(api, 20, 20.0, setup)
        ours = await run_ours(api, 20, 20.0, tmp_path, setup)
    assert (echo.answered, ours.answered) == (20, 20)
    for phase in (echo, ours):
        assert phase.seconds > 0 and phase.rate > 0
        assert phase.bot_cpu > 0 and phase.fake_cpu > 0
        assert phase.retries == 0
