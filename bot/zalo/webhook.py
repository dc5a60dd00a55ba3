"""The Zalo Bot webhook: an HTTP endpoint that checks the secret header and hands events on.

Zalo POSTs each event with the header X-Bot-Api-Secret-Token (the secret given to setWebhook).
A call without the right secret gets 403 and is not looked at; a good one gets 200 once the
event is answered (its turn committed): a worker killed before leaves nothing acknowledged
unanswered (whether and when Zalo resends is undocumented).
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Bot-Api-Secret-Token"
MAX_BODY = 256 * 1024  # an event is a few hundred bytes


class _EventHandler(RequestHandler):
    """Accepts POSTed events that carry the secret."""

    def initialize(self, secret: bytes, submit: Callable[[Any], Awaitable[None]]) -> None:
        """Keep the secret and where events go."""
        self.secret = secret
        self.submit = submit

    async def post(self) -> None:
        """Check the secret in constant time, parse the body, answer the event, then 200."""
        given = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            log.warning("refused a Zalo webhook call without the right secret")
            self.set_status(403)
            self.finish({"ok": False, "description": "Forbidden"})
            return
        try:
            body = json.loads(self.request.body)
        except ValueError:
            self.set_status(400)
            self.finish({"ok": False, "description": "Bad Request: the body is not JSON"})
            return
        await self.submit(body)
        self.finish({"ok": True})


def start_webhook(
    url: str, listen: str, port: int, secret: str, submit: Callable[[Any], Awaitable[None]]
) -> HTTPServer:
    """Listen on listen:port for POSTs to the path of url; return the running server."""
    path = urlsplit(url).path or "/"
    app = Application([(path, _EventHandler, {"secret": secret.encode(), "submit": submit})])
    server = HTTPServer(app, max_body_size=MAX_BODY)  # no xheaders: see bot/forwarded.py
    server.listen(port, address=listen)
    return server
