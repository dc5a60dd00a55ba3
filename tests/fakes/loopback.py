"""What the fake chat APIs share (standard library only): serving on 127.0.0.1 (the server
itself is in ``tests/fakes/loopback_http.py``), the ``{"ok": ..., "result"|"error_code": ...}``
envelope, recorded calls, injected faults (429, 5xx, dropped connections) and waits that block
or run in a thread.

A fake subclasses ``LoopbackApi``, implements ``dispatch`` (path -> method) and answers each
method through ``call``. The blocking helpers (``wait_for``) must not be called from the event
loop that runs the bot under test; use the ``*_async`` variants there.
"""

from __future__ import annotations

import asyncio
import copy
import json
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from tests.fakes.loopback_http import (
    HttpReply,
    JSONDict,
    LoopbackServer,
    error_reply,
    json_reply,
    status_phrase,
)

Handler = Callable[[JSONDict], Any]
# Long polls are answered but not recorded (there are many); a fault on one is recorded.
UNRECORDED = frozenset({"getUpdates"})


class ApiError(Exception):
    """An API error answered as ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


@dataclass(frozen=True)
class Fault:
    """One injected failure: "429", "5xx", "drop" (close without answering) or "stall" (hold
    the call unanswered until released, then close it)."""

    kind: str
    status: int
    retry_after: int = 0


def describe_call(call: JSONDict) -> str:
    """One dump line for a recorded call."""
    status = "ok" if call["ok"] else f"FAILED({call.get('fault') or call.get('error')})"
    params = json.dumps(call["params"], ensure_ascii=False, default=str)
    return f"  {call['method']} {status} {params[:240]}"


class LoopbackApi:
    """Base of the in-process fake APIs served over loopback HTTP."""

    thread_name = "fake-api"
    message_methods: frozenset[str] = frozenset()  # the methods that deliver a message

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.RLock())
        self._server: LoopbackServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._sent: list[JSONDict] = []
        self._faults: dict[str | tuple[str, str], deque[Fault]] = {}
        self._stalled = 0
        self._stall_generation = 0

    # ------------------------------------------------------------------ to implement

    def dispatch(self, path: str, query: str, content_type: str, body: bytes) -> HttpReply:
        """Answer one HTTP request (called from server threads)."""
        raise NotImplementedError

    def dispatch_request(
        self, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> HttpReply:
        """Answer one HTTP request with its headers; by default ``dispatch`` by content type."""
        return self.dispatch(path, query, headers.get("Content-Type", ""), body)

    def lookup(self, method: str) -> tuple[str, Handler] | None:
        """The canonical name and handler of a supported method, or None."""
        raise NotImplementedError

    def fault_body(self, fault: Fault) -> JSONDict:
        """The error payload the API sends for an injected 429 or 5xx."""
        if fault.kind == "429":
            return {"ok": False, "error_code": 429, "description": "Too Many Requests"}
        phrase = status_phrase(fault.status)
        return {"ok": False, "error_code": fault.status, "description": phrase}

    def dump_lines(self) -> list[str]:
        """Extra state for assertion messages (called with the lock held)."""
        return []

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        """Bind 127.0.0.1 on an ephemeral port and serve in a background thread."""
        if self._server is not None:
            raise RuntimeError(f"{type(self).__name__} is already running")
        with self._cond:
            self._stopping = False
        self._server = LoopbackServer(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=self.thread_name,
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Wake all waiters (long polls, wait_for) and shut the server down."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The bound TCP port."""
        if self._server is None:
            raise RuntimeError(f"{type(self).__name__} is not running; call start() first")
        return int(self._server.server_address[1])

    # ------------------------------------------------------------------ recording

    @property
    def sent(self) -> list[JSONDict]:
        """Snapshot of every recorded call (getUpdates only when a fault hit it)."""
        with self._cond:
            return copy.deepcopy(self._sent)

    def calls(self, method: str, *, include_failed: bool = False) -> list[JSONDict]:
        """Recorded calls of ``method`` (successful only unless include_failed)."""
        with self._cond:
            return [
                copy.deepcopy(call)
                for call in self._sent
                if call["method"] == method and (call["ok"] or include_failed)
            ]

    def messages_to(self, chat_id: object) -> list[JSONDict]:
        """Successful calls of the message methods to a chat, in order."""
        with self._cond:
            return [
                copy.deepcopy(call)
                for call in self._sent
                if call["ok"]
                and call["method"] in self.message_methods
                and str(call["params"].get("chat_id")) == str(chat_id)
            ]

    def wait_for_messages(self, chat_id: object, n: int, timeout: float = 10.0) -> list[JSONDict]:
        """Block until at least ``n`` messages went to ``chat_id``; return them all."""
        self.wait_for(
            lambda: len(self.messages_to(chat_id)) >= n,
            timeout,
            what=f"{n} message(s) to chat {chat_id}",
        )
        return self.messages_to(chat_id)

    async def wait_for_messages_async(
        self, chat_id: object, n: int, timeout: float = 10.0
    ) -> list[JSONDict]:
        """``wait_for_messages`` without blocking the running event loop."""
        return await asyncio.to_thread(self.wait_for_messages, chat_id, n, timeout)

    def wait_for(
        self, predicate: Callable[[], bool], timeout: float = 10.0, *, what: str = "condition"
    ) -> bool:
        """Block until ``predicate()`` is true; AssertionError with a dump on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate():
                remaining = deadline - time.monotonic()
                if self._stopping or remaining <= 0:
                    reason = "server stopped" if self._stopping else f"timed out after {timeout}s"
                    raise AssertionError(f"{reason} waiting for {what}\n{self.dump()}")
                self._cond.wait(remaining)
        return True

    async def wait_for_async(
        self, predicate: Callable[[], bool], timeout: float = 10.0, *, what: str = "condition"
    ) -> bool:
        """``wait_for`` without blocking the running event loop."""
        return await asyncio.to_thread(self.wait_for, predicate, timeout, what=what)

    def dump(self) -> str:
        """Human-readable state for assertion messages."""
        with self._cond:
            lines = [f"recorded calls ({len(self._sent)}, last 30):"]
            lines += [describe_call(call) for call in self._sent[-30:]]
            lines += self.dump_lines()
        return "\n".join(lines)

    def _record(self, method: str, params: JSONDict, *, ok: bool, **extra: Any) -> None:
        """Append a call record and wake waiters (call with the lock held)."""
        entry: JSONDict = {"method": method, "params": copy.deepcopy(params), "ok": ok}
        entry.update(copy.deepcopy({k: v for k, v in extra.items() if v is not None}))
        self._sent.append(entry)
        self._cond.notify_all()

    # ------------------------------------------------------------------ fault injection

    def inject_429(
        self, method: str, retry_after: int = 1, times: int = 1, *, chat_id: object = None
    ) -> None:
        """Answer the next ``times`` calls of ``method`` (to ``chat_id`` only, if given) with
        429 Too Many Requests."""
        self._add_faults(method, Fault("429", 429, retry_after), times, chat_id)

    def inject_5xx(
        self, method: str, status: int = 502, times: int = 1, *, chat_id: object = None
    ) -> None:
        """Answer the next ``times`` calls of ``method`` (to ``chat_id`` only, if given) with an
        HTTP 5xx error."""
        if not 500 <= status <= 599:
            raise ValueError(f"not a 5xx status: {status}")
        self._add_faults(method, Fault("5xx", status), times, chat_id)

    def inject_drop(self, method: str, times: int = 1, *, chat_id: object = None) -> None:
        """Close the connection without answering the next ``times`` calls of ``method`` (to
        ``chat_id`` only, if given)."""
        self._add_faults(method, Fault("drop", 0), times, chat_id)

    def inject_stall(self, method: str, times: int = 1) -> None:
        """Hold the next ``times`` calls of ``method`` unanswered until ``release_stalled()``
        (or stop), then close their connections: nothing is delivered. Use it to have requests
        in flight when the client is killed."""
        self._add_faults(method, Fault("stall", 0), times, None)

    @property
    def stalled(self) -> int:
        """Number of calls being held by ``inject_stall``."""
        with self._cond:
            return self._stalled

    def release_stalled(self) -> None:
        """Let every held call end (connection closed, nothing delivered); drop unused stalls."""
        with self._cond:
            self._stall_generation += 1
            for queue in self._faults.values():
                kept = [fault for fault in queue if fault.kind != "stall"]
                queue.clear()
                queue.extend(kept)
            self._cond.notify_all()

    def _add_faults(self, method: str, fault: Fault, times: int, chat_id: object = None) -> None:
        """Queue ``times`` copies of a fault for ``method`` (or "*"), optionally for one chat."""
        name = method if method == "*" else self._canonical(method)
        key: str | tuple[str, str] = name if chat_id is None else (name, str(chat_id))
        with self._cond:
            self._faults.setdefault(key, deque()).extend([fault] * times)

    def _canonical(self, method: str) -> str:
        """Canonical spelling of a supported method name."""
        entry = self.lookup(method)
        if entry is None:
            raise ValueError(f"{type(self).__name__} does not implement {method!r}")
        return entry[0]

    def _take_fault(self, method: str, params: JSONDict) -> Fault | None:
        """Pop the next fault for this call: its chat's first, then the method's, then "*"."""
        keys: list[str | tuple[str, str]] = [method, "*"]
        chat_id = params.get("chat_id")
        if chat_id is not None:
            keys.insert(0, (method, str(chat_id)))
        for key in keys:
            queue = self._faults.get(key)
            if queue:
                return queue.popleft()
        return None

    def _stall(self) -> None:
        """Hold the calling request thread until released or stopped (lock held by caller)."""
        generation = self._stall_generation
        self._stalled += 1
        self._cond.notify_all()
        try:
            while generation == self._stall_generation and not self._stopping:
                self._cond.wait()
        finally:
            self._stalled -= 1
            self._cond.notify_all()

    # ------------------------------------------------------------------ calls

    def call(
        self, method: str, handler: Handler, params: JSONDict, recorded: JSONDict
    ) -> HttpReply:
        """Apply faults, run the handler, record the outcome and serialise the reply.

        ``recorded`` is what the call record keeps of the params (e.g. uploads summarised).
        """
        with self._cond:
            fault = self._take_fault(method, params)
            if fault is not None:
                if fault.kind == "stall":
                    self._stall()
                self._record(method, recorded, ok=False, fault=fault.kind, error_code=fault.status)
                if fault.kind in ("drop", "stall"):
                    return HttpReply(0, None)
                return json_reply(fault.status, self.fault_body(fault))
            try:
                result = handler(params)
            except (ValueError, TypeError) as exc:
                self._record(method, recorded, ok=False, error=f"Bad Request: {exc}")
                return error_reply(400, f"Bad Request: {exc}")
            except ApiError as exc:
                if method not in UNRECORDED:
                    self._record(method, recorded, ok=False, error=exc.description)
                return error_reply(exc.code, exc.description)
            if method not in UNRECORDED:
                self._record(method, recorded, ok=True, result=result)
            return json_reply(200, {"ok": True, "result": result})
