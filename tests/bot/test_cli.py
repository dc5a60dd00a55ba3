"""The command line: ask (text and JSON, one JSON line per input line) and the console chat."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], db: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NTM_DB": str(db)}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    env.pop("ZALO_BOT_TOKEN", None)
    env.pop("ZALO_OA_APP_ID", None)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )


def test_ask_prints_the_answer(tmp_path: Path) -> None:
    """`ntm-bot ask` prints the Vietnamese answer and exits 0."""
    done = _run(["ask", "bq tc toàn tỉnh"], tmp_path / "a.db")
    assert done.returncode == 0 and "13,38" in done.stdout


def test_ask_json_carries_the_facts(tmp_path: Path) -> None:
    """--json prints one object with intent, text and data (criteria as integers)."""
    done = _run(["ask", "--json", "Xã Nhân Lý còn thiếu tiêu chí nào?"], tmp_path / "b.db")
    body = json.loads(done.stdout)
    assert body["intent"] == "xa_lacking"
    assert body["data"]["lacking"] == [2, 4, 5, 6, 7, 10, 13, 15, 17]
    assert body["data"]["unit"] == {
        "code": "06496",
        "name": "Xã Nhân Lý",
        "district": "Huyện Chi Lăng",
    }


def test_ask_stdin_gives_exactly_one_json_line_per_input_line(tmp_path: Path) -> None:
    """With '-', every input line, blank or bad, yields exactly one JSON line."""
    lines = ["bq tc toàn tỉnh", "", "Mẫu Sơn còn thiếu tiêu chí nào", "😀", "x" * 5000]
    done = _run(["ask", "--json", "-"], tmp_path / "c.db", "\n".join(lines) + "\n")
    assert done.returncode == 0
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == len(lines)
    assert out[0]["data"]["average"] == 13.38
    assert [c["code"] for c in out[2]["data"]["candidates"]] == ["06238", "06532"]


def test_console_chat_keeps_context_and_numbered_choices(tmp_path: Path) -> None:
    """In the console, '2' picks the second choice and a follow-up reuses the question."""
    stdin = "Mẫu Sơn còn thiếu tiêu chí nào\n2\nbq tc huyện Tràng Định\ncòn Bắc Sơn thì sao\n"
    done = _run(["chat"], tmp_path / "d.db", stdin)
    assert done.returncode == 0
    assert "1. Xã Mẫu Sơn (Huyện Cao Lộc)" in done.stdout
    assert "Xã Mẫu Sơn (Huyện Lộc Bình) còn thiếu 10/19" in done.stdout
    assert "13,24" in done.stdout and "15,29" in done.stdout


def test_run_without_token_explains_and_opens_the_console(tmp_path: Path) -> None:
    """`ntm-bot run` with no token says how to get one and answers on the console."""
    done = _run(["run"], tmp_path / "e.db", "tc 5 có bao nhiêu xã đạt\n")
    assert done.returncode == 0
    assert "TELEGRAM_BOT_TOKEN" in done.stdout and "ZALO_BOT_TOKEN" in done.stdout
    assert "81/181" in done.stdout
