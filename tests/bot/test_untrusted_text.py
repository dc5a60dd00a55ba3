"""What outsiders send cannot forge log lines: control characters are escaped in every log
message, and the logged source address is the peer's unless it is a configured proxy."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from datetime import UTC, datetime

from bot.zalo.common import stop_webhook
from bot.zalo.oa_webhook import Signature, start_webhook
from tests.e2e.process import free_port

HOSTILE = "\x1b[2J\rFAKE 00:00 INFO forged line\u202e\x00\nsecond"


def test_control_characters_are_escaped_in_log_lines(stream: io.StringIO) -> None:
    """ESC, CR, NUL, newlines and bidi overrides from any argument come out escaped: one
    record is one line, and the terminal is not driven."""
    logging.getLogger("bot.anything").warning("refused a call (%.60s) from %s", HOSTILE, "x")
    text = stream.getvalue()
    assert text.count("\n") == 1
    for raw in ("\x1b", "\r", "\x00", "\u202e"):
        assert raw not in text
    assert "\\x1b[2J\\rFAKE" in text and "\\u202e" in text


async def _post_unsigned(port: int, headers: dict[str, str]) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    body = json.dumps({"event_name": HOSTILE}).encode()
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    writer.write(
        f"POST /oa HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n{head}\r\n".encode()
        + body
    )
    await writer.drain()
    status = int((await asyncio.wait_for(reader.readline(), timeout=5)).split()[1])
    writer.close()
    return status


async def _refusal_line(stream: io.StringIO, trusted: tuple[str, ...]) -> str:
    port = free_port()
    signature = Signature("app", "key", 3600, lambda: datetime.now(UTC))
    kwargs = {"trusted_proxies": trusted} if trusted else {}
    server = start_webhook(
        f"http://127.0.0.1:{port}/oa", "127.0.0.1", port, signature, lambda e: None, **kwargs
    )
    try:
        forged = {"X-Real-Ip": "6.6.6.6", "X-Forwarded-For": "7.7.7.7"}
        assert await _post_unsigned(port, forged) == 403
    finally:
        await stop_webhook(server)
    [line] = [x for x in stream.getvalue().splitlines() if "refused a Zalo OA" in x]
    return line


async def test_a_forged_forwarded_address_is_not_logged(stream: io.StringIO) -> None:
    """An unsigned OA call saying X-Real-Ip: 6.6.6.6 is logged from its real peer, and the
    hostile event name cannot break the line."""
    line = await _refusal_line(stream, ())
    assert "from 127.0.0.1" in line
    assert "6.6.6.6" not in line and "7.7.7.7" not in line
    assert "\x1b" not in line and "\r" not in line


async def test_a_configured_proxy_is_believed(stream: io.StringIO) -> None:
    """Behind a proxy on 127.0.0.1 (NTM_TRUSTED_PROXIES), the client it names is logged."""
    line = await _refusal_line(stream, ("127.0.0.1",))
    assert "from 7.7.7.7" in line
