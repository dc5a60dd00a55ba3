"""Render a neutral Reply on Telegram: plain text split to fit, choices as an inline keyboard."""

from __future__ import annotations

import logging
from pathlib import Path

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    ReplyParameters,
)

from bot.text_split import split_text, units
from vocab.messages import Choice, Reply

log = logging.getLogger(__name__)
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
LABEL_LIMIT = 64
DATA_LIMIT = 64


def label(text: str) -> str:
    """Shorten a button label to Telegram's limit, marking the cut with an ellipsis."""
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1].rstrip() + "…"


def keyboard(choices: tuple[Choice, ...]) -> InlineKeyboardMarkup | None:
    """Build a one-button-per-row inline keyboard; skip choices whose data is too long."""
    rows = []
    for choice in choices:
        if len(choice.data.encode()) > DATA_LIMIT:
            log.warning("dropped a button whose callback data is too long: %r", choice.data)
            continue
        rows.append([InlineKeyboardButton(label(choice.label), callback_data=choice.data)])
    return InlineKeyboardMarkup(rows) if rows else None


def file_input(value: str) -> str | Path:
    """Return a local file as a Path to upload; anything else (URL, file_id) as it is."""
    path = Path(value)
    return path if path.is_file() else value


async def _send_media(
    bot: Bot,
    chat_id: int,
    reply: Reply,
    caption: str | None,
    markup: InlineKeyboardMarkup | None,
    answer_to: ReplyParameters | None,
) -> list[Message]:
    """Send a reply's image and document; the caption and keyboard go on the last one."""
    if reply.attachment is not None:
        return [await _send_attachment(bot, chat_id, reply, caption, markup, answer_to)]
    sent = []
    if reply.image:
        last = not reply.document
        photo = await bot.send_photo(
            chat_id,
            file_input(reply.image),
            caption=caption if last else None,
            reply_markup=markup if last else None,
            reply_parameters=answer_to,
        )
        sent.append(photo)
        answer_to = None
    if reply.document:
        document = await bot.send_document(
            chat_id,
            file_input(reply.document),
            caption=caption,
            reply_markup=markup,
            reply_parameters=answer_to,
        )
        sent.append(document)
    return sent


async def _send_attachment(
    bot: Bot,
    chat_id: int,
    reply: Reply,
    caption: str | None,
    markup: InlineKeyboardMarkup | None,
    answer_to: ReplyParameters | None,
) -> Message:
    """Upload a file made for the reader: a chart as a photo, anything else as a document."""
    assert reply.attachment is not None
    upload = InputFile(reply.attachment.data, filename=reply.attachment.filename)
    send = bot.send_photo if reply.attachment.kind == "photo" else bot.send_document
    return await send(
        chat_id, upload, caption=caption, reply_markup=markup, reply_parameters=answer_to
    )


async def send_reply(
    bot: Bot, chat_id: int, reply: Reply, reply_to: int | None = None
) -> list[Message]:
    """Send one Reply as plain-text messages (and media), the keyboard on the last part."""
    markup = keyboard(reply.choices)
    answer_to = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    text = reply.text.strip()
    sent: list[Message] = []
    if reply.image or reply.document or reply.attachment:
        caption = text if text and units(text) <= CAPTION_LIMIT else None
        on_media = markup if caption is not None or not text else None
        sent += await _send_media(bot, chat_id, reply, caption, on_media, answer_to)
        if caption is not None or not text:
            return sent
        answer_to = None
    parts = split_text(text, TEXT_LIMIT)
    if not parts:
        log.warning("nothing to send for an empty reply (intent %r)", reply.intent)
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        sent.append(
            await bot.send_message(
                chat_id,
                part,
                reply_markup=markup if last else None,
                reply_parameters=answer_to if index == 0 else None,
            )
        )
    return sent
