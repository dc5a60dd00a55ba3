"""The download route: files for channels that take only a public URL (Zalo Bot, Zalo OA).

A reply's attachment is stored under a random token (store/downloads.py) and replaced by a URL
under NTM_FILES_URL: a chart becomes the reply's picture, an export a link in its text. The bot
serves GET <path of NTM_FILES_URL>/<token>/<name> on NTM_FILES_LISTEN:NTM_FILES_PORT; the
deployment must make that reachable at NTM_FILES_URL over HTTPS (a reverse proxy). Without
NTM_FILES_URL the reply says the file cannot be sent on Zalo.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from datetime import timedelta
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler

from store.downloads import fetch, publish
from vocab.i18n import Translator
from vocab.messages import Reply

if TYPE_CHECKING:
    from bot.context import Ctx

log = logging.getLogger(__name__)


async def public(ctx: Ctx, reply: Reply, t: Translator) -> Reply:
    """Turn a reply's attachment into a download URL (a picture, or a link in the text)."""
    attached = reply.attachment
    if attached is None:
        return reply
    base = ctx.settings.files_url
    if not base:
        note = t._("(The file {name} cannot be sent on Zalo; ask for it on Telegram.)").format(
            name=attached.filename
        )
        return dataclasses.replace(reply, text=f"{reply.text}\n{note}".strip(), attachment=None)
    ttl = timedelta(hours=ctx.settings.files_hours)
    token = await publish(
        ctx.db, attached.data, attached.filename, attached.media_type, ctx.clock(), ttl
    )
    url = f"{base.rstrip('/')}/{token}/{quote(attached.filename)}"
    if attached.kind == "photo":
        return dataclasses.replace(reply, image=url, attachment=None)
    link = t._("Download {name} (valid for {hours} hours): {url}").format(
        name=attached.filename, hours=ctx.settings.files_hours, url=url
    )
    return dataclasses.replace(reply, text=f"{reply.text}\n{link}".strip(), attachment=None)


class _FileHandler(RequestHandler):
    """GET <path>/<token>/<name>: the file, or 404 for an unknown or expired token."""

    def initialize(self, ctx: Ctx) -> None:
        self.ctx = ctx

    async def get(self, token: str, name: str) -> None:
        found = await fetch(self.ctx.db, token, self.ctx.clock())
        if found is None or quote(found.filename) != quote(name):
            self.set_status(404)
            self.finish("not found or expired")
            return
        self.set_header("Content-Type", found.media_type)
        self.set_header("Cache-Control", "no-store")
        self.set_header("Content-Disposition", f"inline; filename*=UTF-8''{quote(found.filename)}")
        self.finish(found.data)

    def log_exception(self, *args: object) -> None:  # no token in the log
        log.error("the download route failed on %s", self.request.method)


def start_downloads(ctx: Ctx) -> HTTPServer | None:
    """Serve the download route when NTM_FILES_URL is set; return the server (or None)."""
    base = ctx.settings.files_url
    if not base:
        return None
    path = re.escape(urlsplit(base).path.rstrip("/"))
    app = Application([(rf"{path}/([A-Za-z0-9_-]+)/([^/]+)", _FileHandler, {"ctx": ctx})])
    server = HTTPServer(app, xheaders=True)
    server.listen(ctx.settings.files_port, address=ctx.settings.files_listen)
    log.info("serving downloads on %s:%s", ctx.settings.files_listen, ctx.settings.files_port)
    return server
