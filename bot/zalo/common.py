"""What Zalo Bot and the Zalo OA share: an event to answer once, attachments by public URL,
and stopping a webhook server.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import unquote, urlsplit

from tornado.httpserver import HTTPServer

from bot.answering import Kind
from vocab.i18n import Translator
from vocab.messages import Incoming, Reply


@dataclass(frozen=True)
class Inbound:
    """One event addressed to the bot, with its key for answering it once."""

    incoming: Incoming
    key: str
    kind: Kind


def public_url(value: str | None) -> str | None:
    """Return value if Zalo can fetch it (an http(s) URL), else None."""
    if value and urlsplit(value).scheme in ("https", "http") and urlsplit(value).netloc:
        return value
    return None


def _name(value: str) -> str:
    """A short name for a file path, URL or file id."""
    return PurePath(unquote(urlsplit(value).path) or value).name or value


def attachment_notes(reply: Reply, t: Translator, photo: str | None) -> list[str]:
    """Describe the attachments Zalo cannot carry (a local picture, any document)."""
    notes = []
    if reply.image and photo is None:
        notes.append(t._("(Picture not sent on Zalo: {name})").format(name=_name(reply.image)))
    if reply.document:
        notes.append(t._("(Document not sent on Zalo: {name})").format(name=_name(reply.document)))
    return notes


async def stop_webhook(server: HTTPServer) -> None:
    """Stop accepting calls and close open connections."""
    server.stop()
    await server.close_all_connections()
