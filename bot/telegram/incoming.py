"""Turn Telegram updates into neutral Incoming messages, deciding which group messages are ours."""

from __future__ import annotations

import re
from dataclasses import dataclass

from telegram import CallbackQuery, Chat, Message, MessageEntity, User

from bot.answering import Kind
from vocab.messages import Incoming

CHANNEL = "telegram"
DEFAULT_LANGUAGE = "vi"


@dataclass(frozen=True)
class Inbound:
    """One update addressed to the bot, with what the adapter needs to answer it."""

    incoming: Incoming
    key: str
    kind: Kind
    chat_id: int
    reply_to: int | None = None


@dataclass(frozen=True)
class BotIdentity:
    """Who the bot is, to recognise mentions, replies and commands addressed to it."""

    id: int
    username: str

    def mention_re(self) -> re.Pattern[str]:
        """Return a pattern matching '@username' (any case) and the punctuation after it."""
        return re.compile(rf"@{re.escape(self.username)}\b[,:]?", re.IGNORECASE)


def is_group(chat: Chat) -> bool:
    """Say whether a chat is a group or supergroup."""
    return chat.type in (Chat.GROUP, Chat.SUPERGROUP)


def language(user: User | None) -> str:
    """Return the user's client language, Vietnamese when unknown."""
    return (user.language_code if user else None) or DEFAULT_LANGUAGE


def command_text(text: str, me: BotIdentity, group: bool) -> str | None:
    """Strip '@botname' from a command word; None for a group command meant for another bot."""
    word, space, rest = text.partition(" ")
    name, at, target = word.partition("@")
    if at and target.lower() != me.username.lower() and group:
        return None
    return f"{name}{space}{rest}".strip()


def mentions_bot(message: Message, me: BotIdentity) -> bool:
    """Say whether a message mentions the bot by @username or by a text mention."""
    kinds: list[str | None] = [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    found = message.parse_entities(kinds) if message.text else {}
    if message.caption:
        found = {**found, **message.parse_caption_entities(kinds)}
    for entity, text in found.items():
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == me.id:
            return True
        if entity.type == MessageEntity.MENTION and text.lower() == f"@{me.username.lower()}":
            return True
    return me.mention_re().search(message.text or message.caption or "") is not None


def replies_to_bot(message: Message, me: BotIdentity) -> bool:
    """Say whether a message answers one of the bot's own messages."""
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == me.id)


def addressed_text(message: Message, me: BotIdentity) -> str | None:
    """Return the text meant for the bot (mention stripped), or None if it is not for us."""
    raw = (message.text or message.caption or "").strip()
    group = is_group(message.chat)
    if raw.startswith("/"):
        return command_text(raw, me, group)
    if not group:
        return raw
    if mentions_bot(message, me) or replies_to_bot(message, me):
        return " ".join(me.mention_re().sub(" ", raw).split())
    return None


def message_kind(message: Message) -> Kind:
    """Classify a message as text, media (photo or document) or anything else."""
    if message.text is not None:
        return Kind.TEXT
    if message.photo or message.document:
        return Kind.MEDIA
    return Kind.OTHER


def from_message(message: Message, me: BotIdentity) -> Inbound | None:
    """Map a message to an Inbound, or None when it is not addressed to the bot."""
    text = addressed_text(message, me)
    if text is None or message.from_user is None or message.from_user.is_bot:
        return None
    group = is_group(message.chat)
    incoming = Incoming(
        channel=CHANNEL,
        chat_id=str(message.chat.id),
        user_id=str(message.from_user.id),
        message_id=str(message.message_id),
        text=text,
        language=language(message.from_user),
        is_group=group,
        photo=message.photo[-1].file_id if message.photo else None,
        document=message.document.file_id if message.document else None,
        document_name=(message.document.file_name or "") if message.document else "",
        user_name=message.from_user.full_name,
    )
    key = f"m:{message.chat.id}:{message.message_id}"
    reply_to = message.message_id if group else None
    return Inbound(incoming, key, message_kind(message), message.chat.id, reply_to)


def from_callback(query: CallbackQuery) -> Inbound | None:
    """Map a button press to an Inbound, or None when its message is gone or it has no data."""
    message = query.message
    if message is None or query.data is None:
        return None
    incoming = Incoming(
        channel=CHANNEL,
        chat_id=str(message.chat.id),
        user_id=str(query.from_user.id),
        message_id=str(message.message_id),
        text="",
        button=query.data,
        language=language(query.from_user),
        user_name=query.from_user.full_name,
        is_group=is_group(message.chat),
    )
    return Inbound(incoming, f"cb:{query.id}", Kind.BUTTON, message.chat.id)
