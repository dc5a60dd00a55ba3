"""A question's path from a Telegram update to the store and back stays short."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

from bot.context import Ctx
from tests.bot.harness import load_update, running

ROOT = Path(__file__).resolve().parents[2]
OURS = tuple(str(ROOT / package) for package in ("bot", "handlers", "store", "vocab"))


@contextmanager
def traced() -> Iterator[set[tuple[str, int]]]:
    """Record every (file, line) of our packages executed in the block."""
    lines: set[tuple[str, int]] = set()

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            lines.add((frame.f_code.co_filename, frame.f_lineno))
        return local

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(OURS) else None

    sys.settrace(tracer)
    try:
        yield lines
    finally:
        sys.settrace(None)


async def test_a_question_touches_few_files(tg_ctx: Ctx, capsys: Any) -> None:
    """A xã question through PTB touches a bounded number of our files and statements."""
    async with running(tg_ctx) as h:
        update = load_update("vi_text")
        await h.replay(update)  # warm: first-use caches are not the path
        again = {**update, "update_id": update["update_id"] + 1}
        again["message"] = {**update["message"], "message_id": update["message"]["message_id"] + 1}
        with traced() as lines:
            await h.replay(again)
        assert len(h.api.texts()) == 2
        assert any("Nhân Lý" in text for text in h.api.texts())
    files = sorted({Path(f).relative_to(ROOT).as_posix() for f, _ in lines})
    per_file = Counter(Path(f).relative_to(ROOT).as_posix() for f, _ in lines)
    with capsys.disabled():
        print(f"\nquestion path: {len(files)} files, {len(lines)} statements")
        print("  " + ", ".join(f"{name} {n}" for name, n in sorted(per_file.items())))
    # Measured the same way: when issue 11 was filed 26 files / 493 statements (the old
    # matcher and router); before this guard, 41 / 914 (the query parser of issue 12, the
    # reader of today's units of issue 13 on every question, the outbox of issue 15); now
    # 40 / 863: one answerer (router.py and understand.py gone) and the reader of time run
    # only when the question can be about time; 40 / 878 with the parser's readings that the
    # fresh table (tests/handlers/fresh/) asked for; 40 / 901 with the readings the officials'
    # and leaders' tables asked for (several criteria in one message, 'huyện đó' after a xã,
    # the reporting rules beside progress questions, short follow-ups); 40 / 888 once a reply
    # that finds a free send slot books it at once (the pacer's waiting is for the rest);
    # 41 / 893 with the reader of messages that ask two things (handlers/compound.py), which
    # every question passes through (raised on purpose); 41 / 894 with status statements in
    # free words ('tc 17 xong rồi nhé') told from questions before the parser; 42 / 906 with
    # commands asked in words and registration codes typed without /dangky (registration.py);
    # 43 / 913 with monthly reports typed out (period_flow.py); 44 / 916 once the parser and
    # the rankings were split again under about 400 lines a module (parse_context, parse_settle,
    # typed, criteria_rankings: one more file on the path, the same work); 44 / 915 once the
    # sender's own unit is looked up in one place; 44 / 918 with the check for a follow-up to
    # an answer about today's units ('xã đó gồm những xã nào'), raised on purpose; 44 / 922
    # with a year after the plan's read as a word of time and, under figures of many units
    # asked 'now', a line on today's units (today.after_plan); 44 / 935 with the text respelled
    # once for every reader (parse.respelled: Telex keys and closed-up words, 'bìnhquân');
    # 44 / 939 with fillers before a follow-up word ('ok vậy còn …') and corrections; 44 / 941
    # with a request for the last answer's units ('kể tên ra', 'những xã nào'); 44 / 944 with
    # the sender's own unit for 'xã em' and 'xã Minh Hiệp' told from 'xã mình'; 44 / 946 with
    # what a question on reporting is about and who-has-reported told from how-to-report;
    # 44 / 948 with 'xã nào cao nhất' after a group's figure ranked within the group; 44 / 947
    # at the end of the seventh session, with a bare 'giờ' in a short message read as now and
    # a unit's fate said before a question ('X cũ nay là Y đạt mấy tc') left out of it: 44 / 949;
    # 44 / 951 with the province's aliases only as spelled ('tính đến giờ' is no 'tỉnh'); 44 / 952
    # with rankings read against the last question ('huyện nào ít xã đạt nhất' after a count).
    assert len(files) <= 44
    assert len(lines) <= 952
