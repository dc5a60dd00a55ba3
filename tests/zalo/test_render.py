"""Replies on Zalo: 2000-character parts cut at line breaks, numbered menus, pictures by URL."""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_LOCALES
from bot.i18n import I18n
from bot.text_split import units
from bot.zalo.bot_render import TEXT_LIMIT, Send, plan
from bot.zalo.common import public_url
from vocab.i18n import Translator
from vocab.messages import Choice, Reply

CHOICES = (
    Choice("Xã Mẫu Sơn (Huyện Cao Lộc)", "pick:06238"),
    Choice("Xã Mẫu Sơn (Huyện Lộc Bình)", "pick:06532"),
)


@pytest.fixture(scope="module")
def t() -> Translator:
    """The Vietnamese catalog."""
    return I18n(DEFAULT_LOCALES).get("vi")


def texts(sends: list[Send]) -> list[str]:
    """The text of each sendMessage."""
    return [s.body["text"] for s in sends if s.method == "sendMessage"]


def test_a_short_answer_is_one_message(t: Translator) -> None:
    """Text within the limit is sent as it is, once."""
    assert plan(Reply("Bình quân: 13,24 tiêu chí/xã"), t) == [
        Send("sendMessage", {"text": "Bình quân: 13,24 tiêu chí/xã"})
    ]


def test_long_text_is_cut_at_line_ends_into_parts_of_at_most_2000(t: Translator) -> None:
    """A 181-line list becomes parts of ≤2000 units that are whole lines, in order."""
    lines = [f"{i}. Xã Thượng Cường Đông Bắc (Huyện Chi Lăng) 😀" for i in range(1, 182)]
    parts = texts(plan(Reply("\n".join(lines)), t))
    assert len(parts) >= 4
    assert all(units(part) <= TEXT_LIMIT for part in parts)
    assert all(units(part) > TEXT_LIMIT - 60 for part in parts[:-1])  # each part is filled
    assert "\n".join(parts).split("\n") == lines


def test_choices_become_a_numbered_menu_with_a_hint_at_the_end(t: Translator) -> None:
    """Zalo has no buttons: choices are listed 1., 2. under the text, then how to reply."""
    [send] = plan(Reply("Có 2 xã tên Mẫu Sơn, bạn hỏi xã nào?", CHOICES), t)
    assert send.body["text"].splitlines() == [
        "Có 2 xã tên Mẫu Sơn, bạn hỏi xã nào?",
        "  1. Xã Mẫu Sơn (Huyện Cao Lộc)",
        "  2. Xã Mẫu Sơn (Huyện Lộc Bình)",
        "Trả lời bằng một số từ 1 đến 2 để chọn.",
    ]


def test_the_menu_goes_with_the_last_part_of_a_long_text(t: Translator) -> None:
    """When the text is split, the menu follows the last part."""
    lines = [f"Dòng {i}: " + "nông thôn mới " * 5 for i in range(60)]
    parts = texts(plan(Reply("\n".join(lines), CHOICES), t))
    assert len(parts) == 3
    assert "1. Xã Mẫu Sơn" not in parts[0] and "1. Xã Mẫu Sơn" not in parts[1]
    assert parts[-1].endswith("Trả lời bằng một số từ 1 đến 2 để chọn.")


def test_a_picture_url_is_sent_with_the_text_as_caption(t: Translator) -> None:
    """A public picture goes by sendPhoto, the text (and menu) as its caption when it fits."""
    url = "https://ntm.langson.gov.vn/anh/bieu-do.png"
    [send] = plan(Reply("Biểu đồ tiêu chí", CHOICES[:1], image=url), t)
    assert send.method == "sendPhoto" and send.body["photo"] == url
    assert send.body["caption"].splitlines() == [
        "Biểu đồ tiêu chí",
        "  1. Xã Mẫu Sơn (Huyện Cao Lộc)",
        "Trả lời 1 để chọn.",
    ]
    long = plan(Reply("x\n" * 1500, image=url), t)
    assert [s.method for s in long] == ["sendPhoto", "sendMessage", "sendMessage"]
    assert "caption" not in long[0].body


def test_a_local_picture_or_a_document_is_described_instead(t: Translator) -> None:
    """Zalo can fetch only public URLs and sends no documents; the text says what is missing."""
    sends = plan(Reply("Báo cáo", image="/srv/ntm/bieu-do.png", document="bao-cao.pdf"), t)
    assert [s.method for s in sends] == ["sendMessage"]
    assert sends[0].body["text"].splitlines() == [
        "Báo cáo",
        "(Ảnh không gửi được qua Zalo: bieu-do.png)",
        "(Tài liệu không gửi được qua Zalo: bao-cao.pdf)",
    ]


def test_an_empty_reply_sends_nothing(t: Translator) -> None:
    """Zalo refuses empty messages, so a blank reply plans no call."""
    assert plan(Reply("  \n "), t) == []


def test_public_url_accepts_only_http_urls() -> None:
    """Only http(s) URLs with a host count as something Zalo can fetch."""
    assert public_url("https://a.vn/x.jpg") == "https://a.vn/x.jpg"
    for value in (None, "", "/srv/x.jpg", "AgACAgIAAxkBAAIB", "file:///x.jpg", "https://"):
        assert public_url(value) is None
