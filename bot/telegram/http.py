"""python-telegram-bot's HTTP requests over aiohttp instead of its default httpx.

Measured with bench/telegram_throughput.py (16 updates answered at once, 5 rounds): the bot
spent 1.68 ms of CPU per update over PTB's httpx request and 0.81 ms over this one. httpcore
walks its whole pool on each request and on each response's close, and asks every idle
connection whether its socket became readable (a poll() and a fresh dict of anyio attributes
each time); aiohttp's connector takes a free connection from a list.

A proxy named by the environment (HTTPS_PROXY, NO_PROXY) is used as httpx uses it, looked up
once per server: aiohttp's own trust_env reads the environment and ~/.netrc again on every
request, which cost 0.3 ms of CPU each. Errors map as PTB's own request maps them: a timeout is
TimedOut, any other failure of the connection NetworkError (both retried by
bot.telegram.pacing for replies).
"""

from __future__ import annotations

import urllib.request
from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

# PTB's HTTPXRequest defaults, in seconds.
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
MEDIA_WRITE_TIMEOUT = 20.0


def _seconds(value: Any, default: float | None) -> float | None:
    """A timeout PTB passes (DEFAULT_NONE: not given) as seconds or None (no limit)."""
    if value is BaseRequest.DEFAULT_NONE:
        return default
    return None if value is None else float(value)


def _form(request_data: RequestData) -> aiohttp.FormData | dict[str, str]:
    """The request's parameters: a url-encoded form, or multipart when it uploads files."""
    files = request_data.multipart_data
    if not files:
        return request_data.json_parameters
    form = aiohttp.FormData(quote_fields=False)  # UTF-8 file names as httpx sends them
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mime_type) in files.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form


class AiohttpRequest(BaseRequest):
    """PTB's BaseRequest over one aiohttp session with a pool of `pool_size` connections.

    Timeouts as PTB's HTTPXRequest: connect, read, and the wait for a free connection (pool);
    aiohttp has no write timeout, so an upload is bounded by MEDIA_WRITE_TIMEOUT plus its
    connect and read timeouts in total instead.
    """

    def __init__(
        self,
        pool_size: int = 1,
        *,
        connect_timeout: float | None = CONNECT_TIMEOUT,
        read_timeout: float | None = READ_TIMEOUT,
        pool_timeout: float | None = POOL_TIMEOUT,
    ) -> None:
        self.pool_size = pool_size
        self.connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self.pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        """Seconds to wait for an answer when a call gives none."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (its connections open on first use)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.pool_size),
                headers={"User-Agent": self.USER_AGENT},
                trust_env=False,  # see _proxy
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()

    def _proxy(self, url: str) -> str | None:
        """The proxy the environment names for url's server (None: direct), looked up once."""
        start = url.find("//") + 2
        end = url.find("/", start)
        origin = url if end < 0 else url[:end]
        if origin not in self._proxies:
            host = URL(origin).host or ""
            scheme = origin.partition(":")[0]
            bypass = urllib.request.proxy_bypass(host)
            self._proxies[origin] = None if bypass else urllib.request.getproxies().get(scheme)
        return self._proxies[origin]

    def _timeout(self, connect: Any, read: Any, pool: Any, uploads: bool) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for one request from PTB's four (a write timeout aside)."""
        connect_s = _seconds(connect, self.connect_timeout)
        read_s = _seconds(read, self._read_timeout)
        pool_s = _seconds(pool, self.pool_timeout)
        # aiohttp's `connect` covers waiting for a free connection and opening a new one.
        acquire = None if connect_s is None or pool_s is None else connect_s + pool_s
        total = None
        if uploads and acquire is not None and read_s is not None:
            total = acquire + MEDIA_WRITE_TIMEOUT + read_s
        return aiohttp.ClientTimeout(
            total=total, connect=acquire, sock_connect=connect_s, sock_read=read_s
        )

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Make one request; return the status code and the body."""
        if self._session is None:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        data = None if request_data is None else _form(request_data)
        uploads = request_data is not None and bool(request_data.multipart_data)
        timeout = self._timeout(connect_timeout, read_timeout, pool_timeout, uploads)
        try:
            async with self._session.request(
                method, url, data=data, timeout=timeout, proxy=self._proxy(url)
            ) as res:
                return res.status, await res.read()
        except TimeoutError as exc:  # aiohttp's timeouts are asyncio's (TimeoutError in 3.11)
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
