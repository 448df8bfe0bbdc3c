"""Hard deadlines for blocking socket reads in the sync client.

httpx's read timeout restarts with every byte, so a server dripping one byte a
second is never cut off by it.  The async client wraps such waits in
``asyncio.timeout``; a blocked thread has no such thing, so one shared daemon
thread shuts the socket down when a deadline passes, which makes the blocked
read return at once (httpx then raises, and the caller maps that to
:class:`APITimeoutError`).

:class:`SocketCutter` is an httpcore ``trace`` extension that learns the socket
of a new connection before the response headers arrive.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

__all__ = ["Alarm", "SocketCutter", "arm", "cut"]


class Alarm:
    """One armed deadline; :meth:`cancel` it when the guarded wait is over."""

    __slots__ = ("action", "at", "cancelled")

    def __init__(self, at: float, action: Callable[[], None]) -> None:
        self.at = at
        self.action = action
        self.cancelled = False

    def cancel(self) -> None:
        """Disarm (idempotent; the entry is dropped lazily by the watchdog thread)."""
        self.cancelled = True


class _Watchdog:
    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Alarm]] = []
        self._cond = threading.Condition()
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, at: float, action: Callable[[], None]) -> Alarm:
        alarm = Alarm(at, action)
        with self._cond:
            heapq.heappush(self._heap, (at, next(self._order), alarm))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="open_responses-watchdog", daemon=True
                )
                self._thread.start()
            elif self._heap[0][2] is alarm:
                self._cond.notify()
        return alarm

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._heap and self._heap[0][2].cancelled:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait(timeout=30.0)
                    if not self._heap:
                        self._thread = None
                        return
                    continue
                at, _, alarm = self._heap[0]
                delay = at - time.monotonic()
                if delay > 0:
                    self._cond.wait(timeout=delay)
                    continue
                heapq.heappop(self._heap)
            if not alarm.cancelled:
                # The guarded call reports its own failure; this thread must live on.
                with contextlib.suppress(Exception):
                    alarm.action()


_WATCHDOG = _Watchdog()


def arm(at: float, action: Callable[[], None]) -> Alarm:
    """Run ``action`` on the watchdog thread at ``at`` (``time.monotonic()``) unless cancelled."""
    return _WATCHDOG.arm(at, action)


def cut(network_stream: Any) -> None:
    """Shut down the socket under an httpcore network stream (a blocked read returns)."""
    get_info = getattr(network_stream, "get_extra_info", None)
    sock = get_info("socket") if callable(get_info) else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


class SocketCutter:
    """httpcore ``trace`` hook keeping the network stream of the connection just opened.

    A connection reused from the pool reports no stream; its header wait is then
    bounded by the read timeout per byte only (it served earlier replies well).
    """

    __slots__ = ("extensions", "fired", "inner", "stream")

    def __init__(self, inner: Any = None, extensions: dict[str, Any] | None = None) -> None:
        self.inner = inner  # a trace hook the caller had set, still called
        self.stream: Any = None
        self.fired = False
        # The request's extensions, where this hook is installed as "trace".
        self.extensions = extensions

    def __call__(self, name: str, info: dict[str, Any]) -> None:
        if name in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            if stream is not None:
                self.stream = stream
        elif self.stream is None and self.extensions is not None and name[:11] != "connection.":
            # The request went to a pooled connection: there is nothing to learn,
            # so the caller's own hook (if any) takes this one's place.  httpcore
            # reads the extension per traced step, so the remaining steps of the
            # request (about eight calls) skip this hook.
            if self.extensions.get("trace") is self:
                if self.inner is None:
                    del self.extensions["trace"]
                else:
                    self.extensions["trace"] = self.inner
            self.extensions = None
        if self.inner is not None:
            self.inner(name, info)

    def cut(self) -> None:
        """Cut the captured connection (the watchdog action)."""
        self.fired = True
        if self.stream is not None:
            cut(self.stream)
