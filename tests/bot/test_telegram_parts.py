"""Pieces of the Telegram adapter: splitting, buttons, addressing, flood control, retries."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from telegram import Message
from telegram.error import BadRequest, NetworkError, RetryAfter

from bot.answering import ChatLocks
from bot.config import Settings
from bot.flood import FloodGate, Verdict
from bot.telegram.app import describe, file_url
from bot.telegram.incoming import BotIdentity, addressed_text, command_text
from bot.telegram.render import TEXT_LIMIT, keyboard, label
from bot.telegram.retry import RetryingRateLimiter
from bot.text_split import split_text, units
from tests.bot.harness import TOKEN, load_update
from vocab.messages import Choice

ME = BotIdentity(777000111, "ntm_test_bot")


def test_split_keeps_short_text_whole() -> None:
    """Text within the limit is one part, unchanged."""
    assert split_text("Xã Nhân Lý\n• 2. Giao thông", TEXT_LIMIT) == ["Xã Nhân Lý\n• 2. Giao thông"]


def test_split_cuts_at_line_ends_then_spaces_never_inside_words() -> None:
    """Long text is cut at line ends; a single long line at spaces; every part fits."""
    lines = ["Tiêu chí Giao thông đạt chuẩn"] * 40
    parts = split_text("\n".join(lines), limit=100)
    assert all(units(part) <= 100 for part in parts)
    assert "\n".join(parts).split("\n") == lines
    words = ["nông", "thôn", "mới"] * 50
    parts = split_text(" ".join(words), limit=37)
    assert all(units(part) <= 37 for part in parts)
    assert " ".join(parts).split(" ") == words


def test_split_counts_utf16_units_and_cuts_a_giant_word() -> None:
    """Emoji count double as Telegram counts them; an unbreakable word is cut hard."""
    parts = split_text("😀" * 10, limit=8)
    assert parts == ["😀" * 4, "😀" * 4, "😀" * 2]
    assert split_text("a" * 25, limit=10) == ["a" * 10, "a" * 10, "a" * 5]


def test_split_drops_blank_parts() -> None:
    """Blank text gives no part to send (Telegram refuses empty messages)."""
    assert split_text("  \n ", TEXT_LIMIT) == []


def test_keyboard_one_button_a_row_and_limits() -> None:
    """Choices become one-button rows; long labels are shortened; oversized data is skipped."""
    long_label = "Xã " + "Thượng " * 20
    markup = keyboard(
        (
            Choice("Xã Mẫu Sơn (Cao Lộc)", "pick:06238"),
            Choice(long_label, "pick:1"),
            Choice("quá dài", "x" * 65),
        )
    )
    assert markup is not None
    rows = markup.inline_keyboard
    assert [len(row) for row in rows] == [1, 1]
    assert rows[0][0].callback_data == "pick:06238"
    assert len(rows[1][0].text) == 64 and rows[1][0].text.endswith("…")
    assert label("ngắn") == "ngắn"
    assert keyboard(()) is None


def test_command_text_strips_own_name_and_refuses_others_in_groups() -> None:
    """'/xa@ntm_test_bot X' becomes '/xa X'; another bot's command is not ours in a group."""
    assert command_text("/xa@NTM_test_bot Nhân Lý", ME, group=True) == "/xa Nhân Lý"
    assert command_text("/tinh", ME, group=True) == "/tinh"
    assert command_text("/xa@other_bot Nhân Lý", ME, group=True) is None
    assert command_text("/xa@other_bot Nhân Lý", ME, group=False) == "/xa Nhân Lý"


def _message(name: str, **changes: Any) -> Message:
    """A fixture message with some fields replaced."""
    data = load_update(name)["message"] | changes
    message = Message.de_json(data, None)
    assert message is not None
    return message


def test_addressed_text_in_groups_and_private_chats() -> None:
    """Group text counts only when it mentions or answers the bot; the mention is removed."""
    assert addressed_text(_message("group_mention"), ME) == (
        "bình quân tiêu chí huyện Tràng Định?"
    )
    assert addressed_text(_message("group_no_mention"), ME) is None
    mid = _message("group_no_mention", text="Hỏi @ntm_test_bot, xã Nhân Lý thiếu gì?")
    assert addressed_text(mid, ME) == "Hỏi xã Nhân Lý thiếu gì?"
    assert addressed_text(_message("group_reply_to_bot"), ME) == "Còn huyện Tràng Định thì sao?"
    assert addressed_text(_message("vi_text"), ME) == "Xã Nhân Lý còn thiếu tiêu chí nào?"


def test_flood_gate_sliding_window_per_user() -> None:
    """Eight messages pass, the ninth warns, later ones drop, and the window slides."""
    now = [0.0]
    gate = FloodGate(limit=8, window=10.0, clock=lambda: now[0])
    verdicts = []
    for _ in range(10):
        verdicts.append(gate.check("u1"))
        now[0] += 0.5
    assert verdicts == [Verdict.ALLOW] * 8 + [Verdict.WARN, Verdict.DROP]
    assert gate.check("u2") is Verdict.ALLOW
    now[0] = 10.1  # the first message (t=0) left the window, the rest have not
    assert gate.check("u1") is Verdict.ALLOW
    assert gate.check("u1") is Verdict.WARN


def test_flood_gate_forgets_idle_users() -> None:
    """Idle users are swept once more than max_users are tracked."""
    now = [0.0]
    gate = FloodGate(limit=2, window=1.0, clock=lambda: now[0], max_users=3)
    for user in "abcd":
        gate.check(user)
    now[0] = 5.0
    gate.check("e")
    assert gate.tracked() == 1


async def test_chat_locks_keep_arrival_order_within_a_chat() -> None:
    """Updates of one chat run one at a time in arrival order; other chats do not wait."""
    locks = ChatLocks()
    order: list[str] = []

    async def work(chat: int, name: str, pause: float) -> None:
        async with locks.hold(chat):
            order.append(f"start {name}")
            await asyncio.sleep(pause)
            order.append(f"end {name}")

    await asyncio.gather(work(1, "a", 0.05), work(1, "b", 0), work(2, "c", 0))
    assert order.index("end a") < order.index("start b")
    assert order.index("start c") < order.index("end a")
    assert locks.busy() == 0


class _Flaky:
    """A Bot API call that fails with given errors before succeeding."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self) -> bool:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return True


async def _through(limiter: RetryingRateLimiter, call: _Flaky) -> Any:
    """Send one call through the limiter as ExtBot would."""
    return await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": 1}, None)


async def test_retrying_limiter_retries_network_errors_not_bad_requests() -> None:
    """5xx-like failures and 429s are retried until success; a bad request is not."""
    limiter = RetryingRateLimiter(backoff=(0, 0, 0))
    flaky = _Flaky(NetworkError("Bad Gateway"), RetryAfter(0), NetworkError("dropped"))
    assert await _through(limiter, flaky) is True and flaky.calls == 4
    bad = _Flaky(BadRequest("message is too long"))
    with pytest.raises(BadRequest):
        await _through(limiter, bad)
    assert bad.calls == 1
    hopeless = _Flaky(*[NetworkError("down")] * 5)
    with pytest.raises(NetworkError):
        await _through(limiter, hopeless)
    assert hopeless.calls == 4
    assert "max_retries=3" in limiter.describe()


def test_file_url_and_description_never_show_the_token() -> None:
    """The file base follows the API base; the start-up line names the mode, not the token."""
    assert file_url("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"
    polling = Settings(telegram_token=TOKEN, telegram_api_url="http://127.0.0.1:8081/bot")
    line = describe(polling, "ntm_test_bot")
    assert "long polling" in line and "@ntm_test_bot" in line and TOKEN not in line
    hook = Settings(telegram_token=TOKEN, webhook_url="https://ntm.example/hook")
    assert "webhook https://ntm.example/hook" in describe(hook, "ntm_test_bot")
