"""Render a neutral Reply on Zalo Bot: plain text of at most 2000 characters a message, choices
as a numbered menu (Zalo Bot has no buttons), pictures by public URL, anything else described.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.menu import numbered, reply_hint
from bot.text_split import split_text, units
from bot.zalo.common import attachment_notes, public_url
from vocab.i18n import Translator
from vocab.messages import Reply

TEXT_LIMIT = 2000  # text and captions alike


@dataclass(frozen=True)
class Send:
    """One Zalo Bot API call that sends (part of) a reply; chat_id is added when sending."""

    method: str
    body: dict[str, Any]


def plan(reply: Reply, t: Translator) -> list[Send]:
    """Return the calls that send a reply: the picture (with the text as caption if it fits),
    then the text split at line breaks, the numbered menu at the end."""
    photo = public_url(reply.image)
    text = "\n".join([reply.text.strip(), *attachment_notes(reply, t, photo)]).strip()
    hint = reply_hint(t, len(reply.choices)) if reply.choices else ""
    text = numbered(text, reply.choices, hint).strip()
    sends = []
    if photo is not None:
        caption = text if text and units(text) <= TEXT_LIMIT else None
        body = {"photo": photo} if caption is None else {"photo": photo, "caption": caption}
        sends.append(Send("sendPhoto", body))
        if caption is not None:
            return sends
    sends += [Send("sendMessage", {"text": part}) for part in split_text(text, TEXT_LIMIT)]
    return sends
