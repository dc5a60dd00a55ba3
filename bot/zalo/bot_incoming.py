"""Turn Zalo Bot events into neutral Incoming messages.

An event comes wrapped, {"ok": true, "result": {"event_name", "message"}}, as documented, or
bare, {"event_name", "message"}, as several implementations received it; both are accepted.
Ids are strings and the date is in milliseconds. Events we do not know are logged and skipped.
"""

from __future__ import annotations

import logging
import re
import uuid
from typing import Any

from bot.answering import Kind
from bot.zalo.common import Inbound
from vocab.messages import Incoming

log = logging.getLogger(__name__)
CHANNEL = "zalo_bot"
EVENTS = {
    "message.text.received": Kind.TEXT,
    "message.image.received": Kind.MEDIA,
    "message.sticker.received": Kind.OTHER,
    "message.voice.received": Kind.OTHER,
    # Sent instead of the content when the sender is protected (e.g. a child's account).
    "message.unsupported.received": Kind.OTHER,
}
PHOTO_FIELDS = ("photo", "photo_url")  # "photo" in the docs, "photo_url" in the wild


def unwrap(body: Any) -> dict[str, Any] | None:
    """Return the event of a webhook body or a getUpdates result, wrapped or bare."""
    if not isinstance(body, dict):
        return None
    if "event_name" in body:
        return body
    result = body.get("result")
    return result if isinstance(result, dict) and "event_name" in result else None


def _id(value: Any) -> str:
    """An id as text ('' when missing)."""
    return "" if value is None or isinstance(value, dict | list) else str(value)


def _photo(message: dict[str, Any]) -> str | None:
    """The URL (or id) of an image message's picture."""
    for name in PHOTO_FIELDS:
        value = message.get(name)
        if isinstance(value, str) and value:
            return value
    return None


def _name(sender: Any) -> str:
    """The sender's display name ('' when missing), kept when they register."""
    name = sender.get("display_name") if isinstance(sender, dict) else None
    return " ".join(name.split()) if isinstance(name, str) else ""


def _without_mention(text: str, bot_name: str) -> str:
    """Drop '@<bot name>' from a group message."""
    if not bot_name:
        return text
    mention = re.compile(rf"@{re.escape(bot_name)}\b[,:]?", re.IGNORECASE)
    return " ".join(mention.sub(" ", text).split())


def parse(body: Any, bot_name: str = "", language: str = "vi") -> Inbound | None:
    """Map a Zalo event (wrapped or bare) to an Inbound, or None when it is not for us."""
    event = unwrap(body)
    if event is None:
        log.warning("ignored a Zalo body that is not an event: %.200r", body)
        return None
    name = event.get("event_name")
    kind = EVENTS.get(str(name))
    message = event.get("message")
    if kind is None or not isinstance(message, dict):
        log.info("ignored a Zalo event %r", name)
        return None
    chat, sender = message.get("chat"), message.get("from")
    chat_id = _id(chat.get("id")) if isinstance(chat, dict) else ""
    user_id = _id(sender.get("id")) if isinstance(sender, dict) else ""
    if not chat_id or not user_id:
        log.warning("ignored a Zalo %s event without chat or sender", name)
        return None
    if isinstance(sender, dict) and sender.get("is_bot"):
        return None
    group = isinstance(chat, dict) and chat.get("chat_type") == "GROUP"
    text = message.get("text") if kind is Kind.TEXT else message.get("caption")
    text = text.strip() if isinstance(text, str) else ""
    if group:
        text = _without_mention(text, bot_name)
    message_id = _id(message.get("message_id"))
    incoming = Incoming(
        channel=CHANNEL,
        chat_id=chat_id,
        user_id=user_id,
        message_id=message_id,
        text=text,
        language=language,
        is_group=group,
        photo=_photo(message) if kind is Kind.MEDIA else None,
        user_name=_name(sender),
    )
    once = message_id or _id(message.get("date")) or uuid.uuid4().hex
    return Inbound(incoming, f"{chat_id}:{once}", kind)
