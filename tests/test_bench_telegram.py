"""The Telegram benchmark's machinery: the fake in its own process pushes, times and counts."""

from __future__ import annotations

from pathlib import Path

from bench.telegram_throughput import FakeProcess, one_round


async def test_both_bots_answer_every_question_through_the_fake_process(tmp_path: Path) -> None:
    """A short round each way: every question answered, time and CPU on both sides."""
    with FakeProcess() as api:
        for round_no in (0, 1):  # the echo bot first, then ours first
            echo, ours = await one_round(api, 20, 20.0, tmp_path, round_no)
            assert (echo.answered, ours.answered) == (20, 20)
            for phase in (echo, ours):
                assert phase.seconds > 0 and phase.rate > 0
                assert phase.bot_cpu > 0 and phase.fake_cpu > 0 and phase.cpu_ms > 0
                assert phase.retries == 0
