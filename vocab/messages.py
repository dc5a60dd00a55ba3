"""Transport-neutral message types: what a transport hands in and what a handler hands back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Choice:
    """One button (Telegram) or numbered menu entry (console, Zalo)."""

    label: str
    data: str


@dataclass(frozen=True)
class Incoming:
    """One message or button press from a user, on any channel."""

    channel: str
    chat_id: str
    user_id: str
    message_id: str
    text: str = ""
    button: str | None = None
    language: str = "vi"
    is_group: bool = False
    photo: str | None = None  # the channel's file id (or URL) of an attached photo
    document: str | None = None  # the channel's file id (or URL) of an attached document
    document_name: str = ""
    user_name: str = ""  # the sender's display name, kept when they register


@dataclass(frozen=True)
class Attachment:
    """A file made for the reader (an export, a chart): its bytes travel with the reply."""

    data: bytes
    filename: str
    kind: str = "document"  # 'photo' (a PNG shown as a picture) or 'document'
    media_type: str = "application/octet-stream"


@dataclass(frozen=True)
class Reply:
    """One message to send back; transports render choices their own way."""

    text: str
    choices: tuple[Choice, ...] = ()
    image: str | None = None
    document: str | None = None
    intent: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    attachment: Attachment | None = None
