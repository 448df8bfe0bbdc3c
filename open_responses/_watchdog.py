"""Hard deadlines for blocking socket reads in the sync client.

httpx's read timeout restarts with every byte, so a server dripping one byte a
second is never cut off by it.  The async client wraps such waits in
``asyncio.timeout``; a blocked thread has no such thing, so one shared daemon
thread shuts the socket down when a deadline passes, which makes the blocked
read return at once (httpx then raises, and the caller maps that to
:class:`APITimeoutError`).  :func:`arm_in_loop` is the async twin for a wait
that ``asyncio.timeout`` would make costly (one timer per chunk): one loop
timer cuts the socket the same way.

:class:`SocketCutter` is an httpcore ``trace`` extension that learns the socket
of the connection a request goes out on, new or reused from the pool, before
the response headers arrive.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import sys
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

__all__ = ["Alarm", "SocketCutter", "arm", "arm_in_loop", "cut", "cut_in_loop_at"]


class Alarm:
    """One armed deadline; :meth:`cancel` it when the guarded wait is over.

    Firing and cancelling exclude each other: once :meth:`cancel` has returned,
    the action has either run to its end or never will.  So a connection that
    goes back to the pool right after the guarded wait (and on to another
    thread's request) is never cut by a late alarm.
    """

    __slots__ = ("_lock", "action", "at", "cancelled")

    def __init__(self, at: float, action: Callable[[], None]) -> None:
        self.at = at
        self.action = action
        self.cancelled = False
        self._lock = threading.Lock()

    def cancel(self) -> None:
        """Disarm (idempotent; the entry is dropped lazily by the watchdog thread)."""
        with self._lock:
            self.cancelled = True

    def fire(self) -> None:
        """Run the action unless cancelled (the watchdog thread calls this at ``at``)."""
        with self._lock:
            if self.cancelled:
                return
            self.cancelled = True
            # The guarded call reports its own failure; the watchdog thread must live on.
            with contextlib.suppress(Exception):
                self.action()


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
            alarm.fire()


_WATCHDOG = _Watchdog()


def arm(at: float, action: Callable[[], None]) -> Alarm:
    """Run ``action`` on the watchdog thread at ``at`` (``time.monotonic()``) unless cancelled."""
    return _WATCHDOG.arm(at, action)


def arm_in_loop(at: float, action: Callable[[], None]) -> asyncio.TimerHandle:
    """Run ``action`` on the running event loop at ``at`` (``time.monotonic()``); ``cancel()`` it.

    Measured from ``time.monotonic()``, not ``loop.time()``: a third-party loop
    may keep its own clock.
    """
    import asyncio  # deferred: the sync client never needs it

    # The 1 ms margin: the loop may run a timer a hair early, and the stream reports
    # "total timeout" only once the deadline has truly passed.
    delay = max(at - time.monotonic(), 0.0) + 0.001
    return asyncio.get_running_loop().call_later(delay, action)


def cut_in_loop_at(at: float | None, network_stream: Any) -> asyncio.TimerHandle | None:
    """Async streams: cut ``network_stream`` at ``at`` (None: no deadline, nothing armed).

    httpx's read timeout restarts with every read, so a stream busy until just
    before its total deadline and silent after it would otherwise run to about
    twice that deadline.  ``cancel()`` the handle when the stream ends.
    """
    if at is None or network_stream is None:
        return None
    return arm_in_loop(at, lambda: cut(network_stream))


def cut(network_stream: Any) -> None:
    """Shut down the socket under an httpcore network stream (a blocked read returns).

    Works for the sync streams (a ``socket.socket``) and the async ones (asyncio's
    ``TransportSocket``): the next read sees the end of the connection.
    """
    get_info = getattr(network_stream, "get_extra_info", None)
    sock = get_info("socket") if callable(get_info) else None
    shutdown = getattr(sock, "shutdown", None)
    if callable(shutdown):
        with contextlib.suppress(OSError):
            shutdown(2)  # socket.SHUT_RDWR


# How far up the stack from the trace hook the HTTP/1.1 connection's frame is
# (hook <- Trace.trace <- Trace.__enter__ <- HTTP11Connection.handle_request).
_FRAMES_UP = 6


def _http11_stream(frame: FrameType | None) -> Any:
    """The network stream of the HTTP/1.1 connection whose trace hook is running, or None.

    httpcore reports a stream only when it opens a connection; a connection
    reused from the pool is found as the ``self`` of the frame that is sending
    the request (an ``httpcore`` object with a ``_network_stream``).  If httpcore
    ever changes that, the cutter just finds nothing (the per-read timeout is
    all that is left, as before).
    """
    for _ in range(_FRAMES_UP):
        if frame is None:
            return None
        owner = frame.f_locals.get("self")
        stream = getattr(owner, "_network_stream", None)
        if stream is not None and type(owner).__module__.startswith("httpcore"):
            return stream if callable(getattr(stream, "get_extra_info", None)) else None
        frame = frame.f_back
    return None


class SocketCutter:
    """httpcore ``trace`` hook keeping the network stream a request goes out on.

    A new connection reports its stream when it is opened; an HTTP/1.1
    connection reused from the pool is found when the request headers start
    going out on it (one carries one request at a time, so cutting it stops
    this request and no other thread's).  Each hop of a redirect names its own
    connection and forgets it once released.  A reused HTTP/2 connection is multiplexed, so it is never cut:
    its header wait is bounded by the per-read timeout only.
    """

    __slots__ = ("fired", "inner", "opened", "stream")

    def __init__(self, inner: Any = None) -> None:
        self.inner = inner  # a trace hook the caller had set, still called
        self.stream: Any = None
        self.opened: Any = None  # the connection this hop opened, if any
        self.fired = False

    def __call__(self, name: str, info: dict[str, Any]) -> None:
        if name in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            if stream is not None:
                self.stream = self.opened = stream
        elif name.endswith(".send_request_headers.started"):
            if name.startswith("http11."):
                self.stream = _http11_stream(sys._getframe(1))
            else:
                self.stream = self.opened
            self.opened = None
        elif name.endswith(".response_closed.started"):
            # Released (a redirect's reply, say): the pool may hand it to another thread.
            self.stream = None
        if self.inner is not None:
            self.inner(name, info)

    def cut(self) -> None:
        """Cut the captured connection (the watchdog action)."""
        self.fired = True
        if self.stream is not None:
            cut(self.stream)
