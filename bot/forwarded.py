"""The address a webhook call came from: the peer's, unless the peer is a trusted proxy.

X-Real-Ip and X-Forwarded-For are set by whoever sends the request; they say where it came
from only when a proxy we run (NTM_TRUSTED_PROXIES) put them there. Otherwise the socket's
peer is the answer.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Collection

from tornado.httputil import HTTPServerRequest


def _address(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def client_ip(request: HTTPServerRequest, trusted: Collection[str]) -> str:
    """Return the client's address, believing forwarded headers only from a trusted proxy."""
    peer = request.remote_ip or "?"
    if peer not in trusted:
        return peer
    hops = [h for h in request.headers.get("X-Forwarded-For", "").split(",") if h.strip()]
    while hops:  # from the nearest hop back, past our own proxies
        hop = _address(hops.pop())
        if hop is None:
            return peer
        if hop not in trusted:
            return hop
    return _address(request.headers.get("X-Real-Ip", "")) or peer
