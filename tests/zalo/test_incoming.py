"""Zalo events to Incoming: wrapped and bare bodies, kinds, photos, groups, what is skipped."""

from __future__ import annotations

import copy
import logging
from typing import Any

import pytest

from bot.answering import Kind
from bot.zalo.bot_incoming import CHANNEL, parse, unwrap

EVENT: dict[str, Any] = {
    "event_name": "message.text.received",
    "message": {
        "from": {"id": "6ede9afa0b1c", "display_name": "Ted", "is_bot": False},
        "chat": {"id": "6ede9afa0b1c", "chat_type": "PRIVATE"},
        "text": " Xã Nhân Lý còn thiếu tiêu chí nào? ",
        "message_id": "2d758cb5e3f4a1",
        "date": 1750316131602,
    },
}


def event(**message: Any) -> dict[str, Any]:
    """The documented text event with some message fields changed."""
    changed = copy.deepcopy(EVENT)
    changed["message"].update(message)
    return changed


def test_wrapped_and_bare_events_give_the_same_incoming() -> None:
    """{"ok", "result": event} as documented and the bare event are read alike."""
    wrapped = parse({"ok": True, "result": EVENT})
    bare = parse(EVENT)
    assert wrapped is not None and wrapped == bare
    incoming = wrapped.incoming
    assert (incoming.channel, incoming.chat_id, incoming.user_id) == (
        CHANNEL,
        "6ede9afa0b1c",
        "6ede9afa0b1c",
    )
    assert incoming.message_id == "2d758cb5e3f4a1"
    assert incoming.text == "Xã Nhân Lý còn thiếu tiêu chí nào?"
    assert (incoming.is_group, incoming.photo, incoming.language) == (False, None, "vi")
    assert incoming.user_name == "Ted"
    assert wrapped.kind is Kind.TEXT
    assert wrapped.key == "6ede9afa0b1c:2d758cb5e3f4a1"


@pytest.mark.parametrize(
    ("sender", "name"),
    [
        ({"id": "6ede9afa0b1c", "display_name": "  Lý  Thị Mai "}, "Lý Thị Mai"),
        ({"id": "6ede9afa0b1c"}, ""),
        ({"id": "6ede9afa0b1c", "display_name": None}, ""),
    ],
)
def test_the_display_name_is_the_user_name(sender: dict[str, Any], name: str) -> None:
    """The sender's display name is kept (it names the person when they register)."""
    found = parse(event(**{"from": sender}))
    assert found is not None and found.incoming.user_name == name


def test_the_same_message_id_gives_the_same_key_and_another_a_new_one() -> None:
    """The key that answers a message once depends on chat and message_id only."""
    first, again = parse(EVENT), parse(event(text="khác"))
    other = parse(event(message_id="99aa"))
    assert first is not None and again is not None and other is not None
    assert first.key == again.key != other.key


@pytest.mark.parametrize("field", ["photo", "photo_url"])
def test_an_image_becomes_a_photo_with_its_caption(field: str) -> None:
    """The picture's URL lands in Incoming.photo, from either field name; a caption is text."""
    body = event(**{field: "https://photo.zalo.me/a.jpg", "caption": "tiêu chí 2 đã đạt"})
    body["event_name"] = "message.image.received"
    del body["message"]["text"]
    inbound = parse(body)
    assert inbound is not None and inbound.kind is Kind.MEDIA
    assert inbound.incoming.photo == "https://photo.zalo.me/a.jpg"
    assert inbound.incoming.text == "tiêu chí 2 đã đạt"


def test_stickers_voice_and_protected_content_are_other() -> None:
    """Known non-text events are kept (to be told "text only"), with no text."""
    for name in ("sticker", "voice", "unsupported"):
        body = event(sticker="abc")
        body["event_name"] = f"message.{name}.received"
        inbound = parse(body)
        assert inbound is not None and inbound.kind is Kind.OTHER
        assert inbound.incoming.text == ""


def test_a_group_message_is_marked_and_loses_the_mention() -> None:
    """In a group the chat id is the group's, the sender is the user, '@Bot…' is dropped."""
    body = event(
        chat={"id": "group77", "chat_type": "GROUP"},
        text="@Bot NTM Lạng Sơn: bq tc huyện Tràng Định",
    )
    inbound = parse(body, bot_name="Bot NTM Lạng Sơn")
    assert inbound is not None
    assert (inbound.incoming.chat_id, inbound.incoming.user_id) == ("group77", "6ede9afa0b1c")
    assert inbound.incoming.is_group is True
    assert inbound.incoming.text == "bq tc huyện Tràng Định"


def test_unknown_events_and_odd_bodies_are_skipped_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Unknown event names, bodies that are not events and incomplete messages give None."""
    caplog.set_level(logging.INFO, logger="bot.zalo.bot_incoming")
    unknown = copy.deepcopy(EVENT)
    unknown["event_name"] = "user.reacted"
    assert parse(unknown) is None
    assert "user.reacted" in caplog.text
    assert parse({"ok": True, "result": None}) is None
    assert parse([EVENT]) is None
    assert parse("text") is None
    assert parse(event(chat=None)) is None
    assert parse(event(**{"from": {"display_name": "no id"}})) is None
    assert parse(event(**{"from": {"id": "b1", "is_bot": True}})) is None


def test_a_message_without_an_id_is_still_answered() -> None:
    """Without message_id the date makes the key, so a redelivery still matches."""
    body = copy.deepcopy(EVENT)
    del body["message"]["message_id"]
    inbound = parse(body)
    assert inbound is not None and inbound.key == "6ede9afa0b1c:1750316131602"


def test_unwrap_finds_the_event_in_either_form() -> None:
    """unwrap returns the event for both forms and None otherwise."""
    assert unwrap({"ok": True, "result": EVENT}) == EVENT
    assert unwrap(EVENT) == EVENT
    assert unwrap({"ok": True, "result": {"message_id": "1"}}) is None
    assert unwrap(None) is None
