"""The HTTP side of the fake chat APIs (standard library only): a threaded server on
127.0.0.1 that hands each request to its fake, the reply it writes back, and a POST that
bypasses any proxy (for webhooks).
"""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

JSONDict = dict[str, Any]


@dataclass(frozen=True)
class HttpReply:
    """An HTTP answer; ``body=None`` means close the connection without answering."""

    status: int
    body: bytes | None
    content_type: str = "application/json"


def status_phrase(status: int) -> str:
    """The reason phrase of an HTTP status code."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"


def json_reply(status: int, payload: JSONDict) -> HttpReply:
    """Serialise a JSON reply."""
    return HttpReply(status, json.dumps(payload, ensure_ascii=False).encode())


def error_reply(code: int, description: str) -> HttpReply:
    """An error reply in the shared envelope."""
    return json_reply(code, {"ok": False, "error_code": code, "description": description})


def post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
    """POST without any proxy; return the HTTP status (error statuses included)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with opener.open(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        with exc:
            return int(exc.code)


class Dispatcher(Protocol):
    """What the server needs of a fake: an answer to each request."""

    def dispatch_request(
        self, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> HttpReply:
        """Answer one HTTP request (called from server threads)."""
        ...


class LoopbackServer(ThreadingHTTPServer):
    """Threaded loopback HTTP server bound to one fake API."""

    daemon_threads = True

    def __init__(self, api: Dispatcher) -> None:
        super().__init__(("127.0.0.1", 0), _RequestHandler)
        self.api = api

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore clients that hung up (e.g. a cancelled long poll); report anything else."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class _RequestHandler(BaseHTTPRequestHandler):
    """Translates HTTP requests into the fake's dispatch calls."""

    server: LoopbackServer
    timeout = 30
    protocol_version = "HTTP/1.1"  # keep connections alive, as Telegram and Zalo do
    disable_nagle_algorithm = True  # headers and body go in separate writes

    def do_GET(self) -> None:
        """Serve a GET request."""
        self._serve()

    def do_POST(self) -> None:
        """Serve a POST request."""
        self._serve()

    def _serve(self) -> None:
        """Read the whole request, dispatch it and write (or withhold) the reply."""
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        reply = self.server.api.dispatch_request(
            unquote(url.path), url.query, dict(self.headers.items()), body
        )
        if reply.body is None:
            self.close_connection = True
            return
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""
