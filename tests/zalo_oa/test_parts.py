"""The OA transport's pure parts: the signature check, reading events, rendering replies."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.answering import Kind
from bot.config import DEFAULT_LOCALES
from bot.i18n import I18n
from bot.text_split import units
from bot.zalo.oa_incoming import CHANNEL, parse
from bot.zalo.oa_render import MAX_BUTTONS, PAYLOAD_LIMIT, TEXT_LIMIT, TITLE_LIMIT, plan
from bot.zalo.oa_webhook import SIGNATURE_HEADER, TIMESTAMP_HEADER, Signature, Verdict, sign
from tests.fakes.zalo_oa import FakeZaloOa
from tests.fakes.zalo_oa_rules import sign as fake_sign
from vocab.messages import Choice, Reply

APP, KEY = "4417305120399186871", "oa-secret-key-123"
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
NOW_MS = int(NOW.timestamp() * 1000)
T = I18n(DEFAULT_LOCALES, "vi").get("vi")


def signature(max_age: float = 3600.0) -> Signature:
    return Signature(APP, KEY, max_age, lambda: NOW)


def signed(event: dict[str, Any], timestamp: str | None = None) -> tuple[bytes, dict[str, str]]:
    """An event's body and headers as Zalo would send them."""
    body = json.dumps(event, ensure_ascii=False).encode()
    mac = sign(APP, body, timestamp or str(event["timestamp"]), KEY)
    return body, {SIGNATURE_HEADER: f"mac={mac}"}


EVENT = {"app_id": APP, "event_name": "user_send_text", "timestamp": str(NOW_MS - 1500)}


def test_a_good_signature_passes_in_either_form() -> None:
    """mac=<sha256(app id + body + timestamp + key)> passes, with or without 'mac=' and in
    either case; the fake signs the same way; a seconds timestamp is read as seconds."""
    body, headers = signed(EVENT)
    check = signature().check
    assert check(body, EVENT, headers) is Verdict.OK
    bare = headers[SIGNATURE_HEADER].removeprefix("mac=").upper()
    assert check(body, EVENT, {SIGNATURE_HEADER: bare}) is Verdict.OK
    assert fake_sign(APP, body, EVENT["timestamp"], KEY) == headers[SIGNATURE_HEADER][4:]
    seconds = {**EVENT, "timestamp": str(NOW_MS // 1000 - 5)}
    body, headers = signed(seconds)
    assert check(body, seconds, headers) is Verdict.OK


def test_the_header_timestamp_may_be_the_signed_one() -> None:
    """A signature over X-ZEvent-Timestamp (not the event's own time) passes too."""
    late = str(NOW_MS - 200)
    body, headers = signed(EVENT, timestamp=late)
    assert signature().check(body, EVENT, headers) is Verdict.BAD_SIGNATURE
    headers[TIMESTAMP_HEADER] = late
    assert signature().check(body, EVENT, headers) is Verdict.OK


@pytest.mark.parametrize(
    ("change", "verdict"),
    [
        ("key", Verdict.BAD_SIGNATURE),
        ("app", Verdict.BAD_SIGNATURE),
        ("body", Verdict.BAD_SIGNATURE),
        ("none", Verdict.UNSIGNED),
        ("garbage", Verdict.BAD_SIGNATURE),
    ],
)
def test_bad_signatures_are_refused(change: str, verdict: Verdict) -> None:
    """Another key or app id, a changed body, no header or a malformed one: refused."""
    body, headers = signed(EVENT)
    if change == "key":
        headers[SIGNATURE_HEADER] = "mac=" + sign(APP, body, EVENT["timestamp"], KEY + "x")
    elif change == "app":
        headers[SIGNATURE_HEADER] = "mac=" + sign(APP + "1", body, EVENT["timestamp"], KEY)
    elif change == "body":
        body = body.replace(b"user_send_text", b"user_send_textx")
    elif change == "none":
        headers = {}
    else:
        headers[SIGNATURE_HEADER] = "mac=zz" + "é"
    assert signature().check(body, EVENT, headers) is verdict


@pytest.mark.parametrize(
    ("timestamp", "verdict"),
    [
        (NOW_MS - 3599_000, Verdict.OK),
        (NOW_MS - 3601_000, Verdict.STALE),
        (NOW_MS + 240_000, Verdict.OK),  # a clock a little ahead
        (NOW_MS + 360_000, Verdict.STALE),
    ],
)
def test_stale_and_future_timestamps_are_refused(timestamp: int, verdict: Verdict) -> None:
    """A signed event older than the window, or from well in the future, is refused."""
    event = {**EVENT, "timestamp": str(timestamp)}
    body, headers = signed(event)
    assert signature(max_age=3600).check(body, event, headers) is verdict


def test_a_text_event_is_one_incoming() -> None:
    """user_send_text: the sender's id is chat and user, the msg_id the key."""
    oa = FakeZaloOa(app_id=APP)
    event = oa.text_event("8412", "  Xã Nhân Lý còn thiếu gì?  ")
    inbound = parse(event)
    assert inbound is not None and inbound.kind is Kind.TEXT
    incoming = inbound.incoming
    assert (incoming.channel, incoming.chat_id, incoming.user_id) == (CHANNEL, "8412", "8412")
    assert incoming.text == "Xã Nhân Lý còn thiếu gì?" and incoming.button is None
    assert inbound.key == f"8412:{event['message']['msg_id']}"


def test_a_button_payload_becomes_the_choice() -> None:
    """A text that is a button's payload comes in as that button's data, not as text."""
    inbound = parse(FakeZaloOa().text_event("8412", "#ntm:pick:06496"))
    assert inbound is not None and inbound.kind is Kind.BUTTON
    assert (inbound.incoming.button, inbound.incoming.text) == ("pick:06496", "")
    typed = parse(FakeZaloOa().text_event("8412", "#ntm:"))
    assert typed is not None and typed.incoming.button is None and typed.incoming.text == "#ntm:"


def test_pictures_files_follows_and_others() -> None:
    """An image's URL becomes Incoming.photo (its text the caption); a file a document; a
    follow the greeting command, once per timestamp; a sticker is 'other'; unknown events,
    events without a user, and non-objects are skipped."""
    oa = FakeZaloOa()
    image = parse(oa.image_event("u1", "https://photo.zalo.me/a.jpg", "tiêu chí 2 đã đạt"))
    assert image is not None and image.kind is Kind.MEDIA
    assert image.incoming.photo == "https://photo.zalo.me/a.jpg"
    assert image.incoming.text == "tiêu chí 2 đã đạt"
    file = parse(
        oa.message_event(
            "user_send_file",
            "u1",
            {
                "attachments": [
                    {"type": "file", "payload": {"url": "https://f.zalo.me/b", "name": "bc.pdf"}}
                ]
            },
        )
    )
    assert file is not None and file.incoming.document == "https://f.zalo.me/b"
    assert file.incoming.document_name == "bc.pdf"
    follow = oa.follow_event("u2")
    greeted = parse(follow)
    assert greeted is not None and greeted.incoming.text == "/start"
    assert greeted.incoming.chat_id == "u2" and greeted.key == f"u2:follow:{follow['timestamp']}"
    sticker = parse(oa.message_event("user_send_sticker", "u1", {"attachments": []}))
    assert sticker is not None and sticker.kind is Kind.OTHER
    assert parse({**follow, "event_name": "unfollow"}) is None
    assert parse({**oa.text_event("u1", "x"), "sender": {}}) is None
    assert parse([1, 2]) is None


def test_long_text_is_split_at_line_ends() -> None:
    """A long answer comes in messages of at most 2000 characters, no line cut apart."""
    lines = [f"{i}. Xã số {i} (Huyện Tràng Định) — đạt 15/19 tiêu chí" for i in range(1, 200)]
    planned = plan(Reply("\n".join(lines)), T)
    texts = [m["text"] for m in planned.messages]
    assert len(texts) >= 3 and all(units(x) <= TEXT_LIMIT for x in texts)
    assert "\n".join(texts).splitlines() == lines
    assert planned.menu == ()


def test_choices_become_hidden_query_buttons_on_the_last_part() -> None:
    """Up to MAX_BUTTONS choices are oa.query.hide buttons on the last message; each payload
    carries the choice's data; a long label is shortened."""
    long_label = "Xã " + "rất dài " * 30
    choices = (Choice("Xã Mẫu Sơn (Huyện Cao Lộc)", "pick:06000"), Choice(long_label, "pick:1"))
    planned = plan(Reply("Bạn hỏi xã nào?\n" + "x" * 2100, choices), T)
    *head, last = planned.messages
    assert len(head) == 2 and all("attachment" not in m for m in head)
    buttons = last["attachment"]["payload"]["buttons"]
    assert [b["payload"] for b in buttons] == ["#ntm:pick:06000", "#ntm:pick:1"]
    assert {b["type"] for b in buttons} == {"oa.query.hide"}
    assert buttons[0]["title"] == "Xã Mẫu Sơn (Huyện Cao Lộc)"
    assert units(buttons[1]["title"]) <= TITLE_LIMIT and buttons[1]["title"].endswith("…")
    assert planned.menu == ()


def test_many_or_long_choices_fall_back_to_a_numbered_menu() -> None:
    """More choices than MAX_BUTTONS, or data too long for a payload, are numbered in the
    text instead (and the plan says which menu to remember)."""
    many = tuple(Choice(f"Huyện {i}", f"ask:average:{i}") for i in range(MAX_BUTTONS + 1))
    planned = plan(Reply("Huyện nào?", many), T)
    [message] = planned.messages
    assert "attachment" not in message and "  6. Huyện 5" in message["text"]
    assert planned.menu == many
    long = (Choice("Một", "x" * PAYLOAD_LIMIT),)
    assert plan(Reply("Chọn", long), T).menu == long


def test_pictures_go_first_by_url_or_are_named() -> None:
    """A public picture URL is a media template before the text; a local file is named."""
    planned = plan(Reply("Minh chứng", image="https://photo.zalo.me/a.jpg"), T)
    first, second = planned.messages
    element = first["attachment"]["payload"]["elements"][0]
    assert element == {"media_type": "image", "url": "https://photo.zalo.me/a.jpg"}
    assert second == {"text": "Minh chứng"}
    [local] = plan(Reply("Minh chứng", image="/tmp/anh.jpg"), T).messages
    assert "anh.jpg" in local["text"] and "attachment" not in local
