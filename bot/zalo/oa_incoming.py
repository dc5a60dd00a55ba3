"""Turn Zalo OA webhook events into neutral Incoming messages.

An event is one JSON object: ``{"app_id", "event_name", "sender": {"id"}, "recipient": {"id"},
"message": {"msg_id", "text" | "attachments"}, "timestamp"}``; ``follow`` names its user under
``follower`` instead. The user's id for this OA (``sender.id``) is both the chat and the user.

A button press is assumed to arrive as ``user_send_text`` whose text is the button's payload
(unconfirmed); payloads start with BUTTON_PREFIX, so such a text becomes that choice's data.
``follow`` is answered like Telegram's /start, with the greeting. Events we do not handle
(unfollow, delivery and seen receipts, anonymous users) are logged and skipped.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from bot.answering import Kind
from bot.zalo.common import Inbound
from vocab.messages import Incoming

log = logging.getLogger(__name__)
CHANNEL = "zalo_oa"
BUTTON_PREFIX = "#ntm:"
FOLLOW = "follow"
GREETING = "/start"  # what the router greets
EVENTS = {
    "user_send_text": Kind.TEXT,
    "user_send_image": Kind.MEDIA,
    "user_send_file": Kind.MEDIA,
    "user_send_sticker": Kind.OTHER,
    "user_send_gif": Kind.OTHER,
    "user_send_audio": Kind.OTHER,
    "user_send_video": Kind.OTHER,
    "user_send_location": Kind.OTHER,
    "user_send_link": Kind.OTHER,
    "user_send_business_card": Kind.OTHER,
    FOLLOW: Kind.TEXT,
}


def _id(value: Any) -> str:
    """An id as text ('' when missing)."""
    return "" if value is None or isinstance(value, dict | list | bool) else str(value).strip()


def _user(event: dict[str, Any]) -> str:
    """The user's id for this OA: sender.id, or follower.id on a follow."""
    for name in ("sender", "follower"):
        who = event.get(name)
        if isinstance(who, dict) and _id(who.get("id")):
            return _id(who.get("id"))
    return ""


def _attachment(message: dict[str, Any], kind: str) -> dict[str, Any] | None:
    """The payload of the message's first attachment of a kind ('image', 'file')."""
    attachments = message.get("attachments")
    for item in attachments if isinstance(attachments, list) else ():
        if isinstance(item, dict) and item.get("type") == kind:
            payload = item.get("payload")
            if isinstance(payload, dict) and isinstance(payload.get("url"), str):
                return payload
    return None


def button_data(text: str) -> str | None:
    """The choice data a button payload carries, or None for typed text."""
    if text.startswith(BUTTON_PREFIX) and len(text) > len(BUTTON_PREFIX):
        return text[len(BUTTON_PREFIX) :]
    return None


def parse(event: Any, language: str = "vi") -> Inbound | None:
    """Map an OA event to an Inbound, or None when it is not for us (logged)."""
    if not isinstance(event, dict):
        log.warning("ignored a Zalo OA body that is not an event: %.200r", event)
        return None
    name = str(event.get("event_name"))
    kind = EVENTS.get(name)
    if kind is None:
        log.info("ignored a Zalo OA event %r", name)
        return None
    user = _user(event)
    if not user:
        log.warning("ignored a Zalo OA %s event without a user", name)
        return None
    stamp = _id(event.get("timestamp"))
    if name == FOLLOW:
        incoming = Incoming(CHANNEL, user, user, f"follow-{stamp}", GREETING, language=language)
        return Inbound(incoming, f"{user}:follow:{stamp}", Kind.TEXT)
    message = event.get("message")
    message = message if isinstance(message, dict) else {}
    text = message.get("text")
    text = text.strip() if isinstance(text, str) else ""
    button = button_data(text) if kind is Kind.TEXT else None
    image = _attachment(message, "image") if name == "user_send_image" else None
    document = _attachment(message, "file") if name == "user_send_file" else None
    message_id = _id(message.get("msg_id"))
    incoming = Incoming(
        channel=CHANNEL,
        chat_id=user,
        user_id=user,
        message_id=message_id,
        text="" if button is not None else text,
        button=button,
        language=language,
        photo=str(image["url"]) if image else None,
        document=str(document["url"]) if document else None,
        document_name=str(document.get("name") or "") if document else "",
    )
    once = message_id or stamp or uuid.uuid4().hex
    return Inbound(incoming, f"{user}:{once}", Kind.BUTTON if button is not None else kind)
