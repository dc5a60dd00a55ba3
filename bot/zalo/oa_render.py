"""Render a neutral Reply as Zalo OA customer-service messages.

- Text: at most TEXT_LIMIT characters a message, cut at line ends (bot/text_split.py).
- Choices: ``oa.query.hide`` buttons on the last text message; each payload is BUTTON_PREFIX
  and the choice's data, so a press gives the choice back with no state. The number of
  buttons, and the lengths of a title and a payload, that Zalo accepts are unconfirmed: more
  choices than MAX_BUTTONS, or data too long for PAYLOAD_LIMIT, are listed as a numbered menu
  instead (kept per chat, "2" picks the second), as on Zalo Bot.
- Pictures: a public URL is sent as a media template before the text; anything else (a local
  file, another channel's file id, a document) is named in the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.menu import numbered, reply_hint
from bot.text_split import split_text, units
from bot.zalo.common import attachment_notes, public_url
from bot.zalo.oa_incoming import BUTTON_PREFIX
from vocab.i18n import Translator
from vocab.messages import Choice, Reply

JSONDict = dict[str, Any]
TEXT_LIMIT = 2000
MAX_BUTTONS = 5  # one published example uses five; Zalo's own limit is unconfirmed
TITLE_LIMIT = 100  # unconfirmed; longer labels are shortened (the payload still maps back)
PAYLOAD_LIMIT = 200  # unconfirmed; choice data is short (e.g. "pick:06496")


@dataclass(frozen=True)
class Plan:
    """The messages that send one reply, and the numbered menu they show (if any)."""

    messages: list[JSONDict]
    menu: tuple[Choice, ...] = ()


def payload(choice: Choice) -> str:
    """The button payload that gives this choice back."""
    return BUTTON_PREFIX + choice.data


def as_buttons(choices: tuple[Choice, ...]) -> bool:
    """Say whether these choices can be sent as buttons (few enough, short enough)."""
    return 0 < len(choices) <= MAX_BUTTONS and all(
        units(payload(c)) <= PAYLOAD_LIMIT for c in choices
    )


def _title(label: str) -> str:
    return label if units(label) <= TITLE_LIMIT else split_text(label, TITLE_LIMIT - 1)[0] + "…"


def buttons(choices: tuple[Choice, ...]) -> JSONDict:
    """The attachment that shows choices as buttons which send their payload back, hidden."""
    return {
        "type": "template",
        "payload": {
            "buttons": [
                {"title": _title(c.label), "type": "oa.query.hide", "payload": payload(c)}
                for c in choices
            ]
        },
    }


def media(url: str) -> JSONDict:
    """The attachment that shows a picture from a public URL."""
    return {
        "type": "template",
        "payload": {"template_type": "media", "elements": [{"media_type": "image", "url": url}]},
    }


def plan(reply: Reply, t: Translator) -> Plan:
    """Return the messages that send a reply: the picture, then the text in parts, the buttons
    on the last part (or the choices numbered at the end of the text)."""
    photo = public_url(reply.image)
    text = "\n".join([reply.text.strip(), *attachment_notes(reply, t, photo)]).strip()
    menu: tuple[Choice, ...] = ()
    with_buttons = as_buttons(reply.choices)
    if reply.choices and not with_buttons:
        menu = reply.choices
        text = numbered(text, menu, reply_hint(t, len(menu))).strip()
    messages: list[JSONDict] = [{"attachment": media(photo)}] if photo else []
    parts = split_text(text, TEXT_LIMIT)
    if with_buttons:
        head, last = parts[:-1], parts[-1] if parts else "…"
        messages += [{"text": part} for part in head]
        messages.append({"text": last, "attachment": buttons(reply.choices)})
    else:
        messages += [{"text": part} for part in parts]
    return Plan(messages, menu)
