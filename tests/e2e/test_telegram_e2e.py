"""End to end: the real `ntm-bot run` process against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

import json
import signal
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.process import BotProcess, free_port
from tests.fakes.bot_api import BOT_USERNAME, FakeBotApi

TOKEN = "918273645:AAE2e-SECRET_token-do-not-log"
HOOK_SECRET = "e2e-hook-secret_4f9a"
READY = f"serving @{BOT_USERNAME}"
STOP_WITHIN = 5.0


def telegram_bot(tmp: Path, api: FakeBotApi, **env: str) -> BotProcess:
    """A bot process serving Telegram through the fake Bot API."""
    return BotProcess(tmp, READY, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api.base_url, **env)


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    """A fake Bot API server for the bot's token."""
    with FakeBotApi(token=TOKEN) as fake:
        yield fake


@pytest.fixture
def bot_process(tmp_path: Path, api: FakeBotApi) -> Iterator[BotProcess]:
    """A bot process handle, always killed at the end."""
    process = telegram_bot(tmp_path, api)
    try:
        yield process
    finally:
        process.kill()


def texts_to(api: FakeBotApi, chat: int) -> list[str]:
    """Texts of the messages the bot sent to a chat."""
    return [call["params"]["text"] for call in api.messages_to(chat)]


def ask(api: FakeBotApi, chat: int, question: str, count: int = 1) -> str:
    """Push a question and return the bot's reply (the chat's count-th message)."""
    api.push_text(chat, question)
    return str(api.wait_for_messages(chat, count, timeout=15)[count - 1]["params"]["text"])


def _no_duplicates(api: FakeBotApi, chats: dict[int, int]) -> None:
    """Wait a moment, then check each chat got exactly the expected number of messages."""
    time.sleep(0.5)
    for chat, expected in chats.items():
        assert len(api.messages_to(chat)) == expected, api.dump()


def test_questions_buttons_faults_restart_and_shutdown(
    api: FakeBotApi, bot_process: BotProcess
) -> None:
    """Questions and a button are answered; faults lose nothing; a redelivery after a restart
    is answered once; SIGTERM and Ctrl-C stop cleanly; the token never appears in the output."""
    bot_process.start()
    answer = ask(api, 101, "Xã Nhân Lý còn thiếu tiêu chí nào?")
    assert "Nhân Lý" in answer and "Giao thông" in answer and "Y tế" in answer
    api.push_text(102, "Mẫu Sơn còn thiếu tiêu chí nào?")
    [question] = api.wait_for_messages(102, 1, timeout=15)
    rows = question["params"]["reply_markup"]["inline_keyboard"]
    labels = [row[0]["text"] for row in rows]
    assert any("Cao Lộc" in x for x in labels) and any("Lộc Bình" in x for x in labels)
    loc_binh = next(row[0]["callback_data"] for row in rows if "Lộc Bình" in row[0]["text"])
    api.push_callback(102, loc_binh, question["result"]["message_id"])
    picked = api.wait_for_messages(102, 2, timeout=15)[1]["params"]["text"]
    assert "Mẫu Sơn" in picked and "Lộc Bình" in picked and "Cao Lộc" not in picked
    api.wait_for(lambda: len(api.answered_callbacks) == 1, what="button acknowledged")

    api.inject_429("sendMessage", retry_after=1)
    api.inject_5xx("sendMessage", status=502)
    api.inject_drop("sendMessage")
    questions = {
        201: ("bq tc huyện Tràng Định", "13,24"),
        202: ("tc 5 có bao nhiêu xã đạt", "Trường học"),
        203: ("Xã Nhân Lý còn thiếu tiêu chí nào?", "Giao thông"),
        204: ("Bình quân tiêu chí huyện Tràng Định?", "Tràng Định"),
    }
    update_ids = {chat: api.push_text(chat, text) for chat, (text, _) in questions.items()}
    for chat, (_, expected) in questions.items():
        assert expected in api.wait_for_messages(chat, 1, timeout=20)[0]["params"]["text"]
    failed = [c for c in api.calls("sendMessage", include_failed=True) if not c["ok"]]
    assert sorted(c["fault"] for c in failed) == ["429", "5xx", "drop"]
    _no_duplicates(api, dict.fromkeys(questions, 1))

    code, took = bot_process.terminate()
    assert code == 0 and took < STOP_WITHIN
    assert api.pending_updates == []  # everything fetched was confirmed before exit

    bot_process.start()
    api.push_duplicate(update_ids[201])
    assert "Trường học" in ask(api, 201, "tc 5 có bao nhiêu xã đạt", count=2)
    api.wait_for(lambda: api.pending_updates == [], what="the redelivery to be fetched")
    _no_duplicates(api, {201: 2})

    code, took = bot_process.terminate(signal.SIGINT)  # Ctrl-C
    assert code == 0 and took < STOP_WITHIN
    output = bot_process.output()
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert output.count(READY) == 2
    assert "Traceback" not in output


def _post(url: str, update: dict[str, Any], secret: str | None) -> int:
    """POST an update to the webhook with a given secret header; return the status."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    body = json.dumps(update, ensure_ascii=False).encode()
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with opener.open(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        with exc:
            return int(exc.code)


def _forged(chat: int) -> dict[str, Any]:
    """An update that did not come from Telegram."""
    user = {"id": chat, "is_bot": False, "first_name": "Giả mạo", "language_code": "vi"}
    return {
        "update_id": 77_777,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": chat, "type": "private", "first_name": "Giả mạo"},
            "from": user,
            "text": "Xã Nhân Lý còn thiếu tiêu chí nào?",
        },
    }


def test_webhook_answers_telegram_and_refuses_forgeries(tmp_path: Path, api: FakeBotApi) -> None:
    """In webhook mode an update with the right secret is answered; others get 403 and nothing."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook"
    process = telegram_bot(
        tmp_path,
        api,
        TELEGRAM_WEBHOOK_URL=url,
        TELEGRAM_WEBHOOK_PORT=str(port),
        TELEGRAM_WEBHOOK_SECRET=HOOK_SECRET,
    )
    try:
        process.start()
        webhook = api.webhook
        assert webhook is not None and webhook["url"] == url
        assert webhook["secret_token"] == HOOK_SECRET
        update_id = api.push_text(301, "Xã Nhân Lý còn thiếu tiêu chí nào?")
        assert api.deliver_webhook(update_id) == 200
        assert "Giao thông" in api.wait_for_messages(301, 1, timeout=15)[0]["params"]["text"]

        assert _post(url, _forged(302), "wrong-secret") == 403
        assert _post(url, _forged(302), None) == 403
        time.sleep(0.5)
        assert api.messages_to(302) == []

        code, took = process.terminate()
        assert code == 0 and took < STOP_WITHIN
        output = process.output()
        assert f"webhook {url}" in output
        assert TOKEN not in output and HOOK_SECRET not in output
    finally:
        process.kill()


def test_wrong_token_exits_with_a_clear_error(tmp_path: Path, api: FakeBotApi) -> None:
    """A token Telegram refuses stops the process with status 1, a log line, no token."""
    wrong = "111111:WRONG-token-value"
    process = BotProcess(tmp_path, READY, TELEGRAM_BOT_TOKEN=wrong, TELEGRAM_API_URL=api.base_url)
    try:
        with pytest.raises(AssertionError, match="did not start"):
            process.start()
        assert process.proc.wait(timeout=15) == 1
        output = process.output()
        assert "the Telegram bot stopped" in output
        assert wrong not in output and "Traceback" not in output
    finally:
        process.kill()
