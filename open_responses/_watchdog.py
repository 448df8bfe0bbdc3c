"""Hard deadlines for blocking socket reads in the sync client.

httpx's read timeout restarts with every byte, so a server dripping one byte a
second is never cut off by it.  The async client wraps such waits in
``asyncio.timeout``; a blocked thread has no such thing, so one shared daemon
thread shuts the socket down when a deadline passes, which makes the blocked
read return at once (httpx then raises, and the caller maps that to
:class:`APITimeoutError`).  :func:`arm_in_loop` is the async twin for a wait
that ``asyncio.timeout`` would make costly (one timer per chunk): one loop
timer cuts the socket the same way.

:class:`ThreadCutter` finds, at the deadline, the socket a sending thread is
blocked on (its connection new or reused from the pool), so nothing has to be
hooked into requests that finish in time.
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

__all__ = ["Alarm", "ThreadCutter", "arm", "arm_in_loop", "cut", "cut_in_loop_at"]


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


# The heap size below which cancelled alarms are not worth a sweep.
_MIN_COMPACT = 256


class _Watchdog:
    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Alarm]] = []
        self._cond = threading.Condition()
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._compact_at = _MIN_COMPACT

    def arm(self, at: float, action: Callable[[], None]) -> Alarm:
        alarm = Alarm(at, action)
        with self._cond:
            heapq.heappush(self._heap, (at, next(self._order), alarm))
            if len(self._heap) >= self._compact_at:
                self._compact()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="open_responses-watchdog", daemon=True
                )
                self._thread.start()
            elif self._heap[0][2] is alarm:
                self._cond.notify()
        return alarm

    def _compact(self) -> None:
        # Cancelled alarms leave the heap only when they reach its head, and most
        # are cancelled long before their deadline (10 minutes by default): drop
        # them all whenever the heap has doubled, so it tracks the live alarms.
        self._heap = [entry for entry in self._heap if not entry[2].cancelled]
        heapq.heapify(self._heap)
        self._compact_at = max(_MIN_COMPACT, 2 * len(self._heap))

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


# Enough for any httpcore call chain under a user's own deep stack.
_MAX_FRAMES = 200
# A thread caught between two reads (in pool code, say) is looked at again shortly.
_RETRIES, _RETRY_PAUSE = 5, 0.005


def _stream_of(owner: object) -> Any:
    """``owner`` itself if it is an httpcore network stream, else its ``_network_stream``."""
    for candidate in (owner, getattr(owner, "_network_stream", None)):
        if callable(getattr(candidate, "get_extra_info", None)):
            return candidate
    return None


def _blocked_stream(frame: FrameType | None) -> Any:
    """The httpcore network stream the thread running ``frame`` is working on, or None.

    The innermost httpcore frame whose ``self`` is a network stream (a read, a
    TLS handshake) or an HTTP/1.1 connection holding one.  None on an HTTP/2
    connection: it is multiplexed, and cutting it would stop other requests.
    If httpcore ever changes shape, nothing is found and only the per-read
    timeout is left, as without this module.
    """
    found = None
    for _ in range(_MAX_FRAMES):
        if frame is None:
            break
        if str(frame.f_globals.get("__name__", "")).startswith("httpcore"):
            owner = frame.f_locals.get("self")
            if type(owner).__name__.startswith("HTTP2"):
                return None
            if found is None:
                found = _stream_of(owner)
        frame = frame.f_back
    return found


class ThreadCutter:
    """The deadline action for one blocking HTTP send: cut what the sending thread waits on.

    Created on the thread that sends; at the deadline the watchdog looks at that
    thread's stack and shuts down the socket it is blocked on, whether the
    connection is new (connect, TLS handshake) or reused from the pool, on any
    redirect hop.  Nothing is installed on the request, so a send that beats its
    deadline pays only for arming the alarm.  The alarm's lock keeps this from
    running once the send has returned, so it never cuts the thread's later work.
    """

    __slots__ = ("fired", "thread_id")

    def __init__(self) -> None:
        self.thread_id = threading.get_ident()
        self.fired = False

    def cut(self) -> None:
        """Cut the socket the sending thread is blocked on (the watchdog action)."""
        self.fired = True
        for attempt in range(_RETRIES):
            if attempt:
                time.sleep(_RETRY_PAUSE)
            stream = _blocked_stream(sys._current_frames().get(self.thread_id))
            if stream is not None:
                cut(stream)
                return
