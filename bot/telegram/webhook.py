"""The Telegram webhook: the secret header is checked before a byte of the body is read.

python-telegram-bot's own webhook server reads the whole body (up to Tornado's 100 MB) before
it looks at the secret, so a few large POSTs without one could fill the memory. This endpoint
streams the body: a call without the right secret gets 403 from its headers alone; a body
larger than MAX_BODY gets 413 and is not kept; a body with the right secret that is not
UTF-8 JSON describing an update gets 400. A good update is answered (its turn committed and its
replies sent) before it gets its 200: python-telegram-bot's own server answers 200 first and
queues the update, so a kill -9 lost what was acknowledged and not yet answered.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import Application, ExtBot
from tornado.httpserver import HTTPServer
from tornado.web import Application as WebApplication
from tornado.web import RequestHandler, stream_request_body

from bot.config import Settings

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 256 * 1024  # an update is a few kilobytes at most
App = Application[Any, Any, Any, Any, Any, Any]


@stream_request_body
class _UpdateHandler(RequestHandler):
    """Accepts POSTed updates that carry the secret; reads the body only for those."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, secret: bytes, app: App) -> None:
        """Keep the secret and the application whose queue gets the updates."""
        self.secret = secret
        self.app = app
        self.body = bytearray()
        self.too_large = False

    def prepare(self) -> None:
        """Refuse a call from its headers: a wrong secret, or a declared body over the cap."""
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            log.warning("refused a Telegram webhook call without the right secret")
            self._refuse(403, "Forbidden")
            return
        declared = self.request.headers.get("Content-Length", "0")
        if not declared.isdigit() or int(declared) > MAX_BODY:
            log.warning("refused a Telegram webhook call of %s bytes", declared[:20])
            self._refuse(413, "Request Entity Too Large")

    def data_received(self, chunk: bytes) -> None:
        """Keep the body while it stays under the cap (a chunked body has no declared size)."""
        if len(self.body) + len(chunk) > MAX_BODY:
            self.too_large = True
            self.body.clear()
        elif not self.too_large:
            self.body.extend(chunk)

    async def post(self) -> None:
        """Parse the body as an update and queue it; 400 for anything that is not one."""
        if self.too_large:
            self._refuse(413, "Request Entity Too Large")
            return
        try:
            data = json.loads(self.body.decode("utf-8"))
            update = Update.de_json(data, self.app.bot) if isinstance(data, dict) else None
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("refused a Telegram webhook body that is not an update: %s", type(exc))
            update = None
        if update is None:
            self.set_status(400)
            self.finish({"ok": False, "description": "Bad Request: not an update"})
            return
        if isinstance(self.app.bot, ExtBot):
            self.app.bot.insert_callback_data(update)
        # Answered before the 200, not queued: Telegram keeps an update it got no 200 for and
        # sends it again (to this worker or another), so a worker killed mid-turn loses
        # nothing it acknowledged; the update's key (committed with the turn) answers it once.
        await self.app.process_update(update)
        self.finish({"ok": True})

    def _refuse(self, status: int, reason: str) -> None:
        self.set_status(status)
        self.set_header("Connection", "close")
        self.finish({"ok": False, "description": reason})
        self.request.connection.close()  # type: ignore[union-attr]

    def log_exception(self, *args: Any) -> None:
        """Log a failure without the request (its headers carry the secret)."""
        log.warning("the Telegram webhook failed on a request", exc_info=args)


async def start_webhook(app: App, settings: Settings, allowed_updates: list[str]) -> HTTPServer:
    """Listen for updates on the webhook's port and register the webhook with Telegram."""
    url, secret = settings.webhook_url, settings.webhook_secret
    if not url or not secret:
        raise ValueError("a Telegram webhook needs a URL and a secret")
    path = urlsplit(url).path or "/"
    web = WebApplication(
        [(rf"{path.rstrip('/')}/?", _UpdateHandler, {"secret": secret.encode(), "app": app})],
        log_function=lambda handler: None,
    )
    server = HTTPServer(web, max_body_size=MAX_BODY)
    server.listen(settings.webhook_port, address=settings.webhook_listen)
    try:
        await app.bot.set_webhook(url=url, secret_token=secret, allowed_updates=allowed_updates)
    except BaseException:
        await stop_webhook(server)
        raise
    return server


async def stop_webhook(server: HTTPServer) -> None:
    """Stop accepting calls and close open connections."""
    server.stop()
    await server.close_all_connections()
