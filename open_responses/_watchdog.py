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
import itertools
import os
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

    __slots__ = ("_live", "_lock", "action", "at", "cancelled", "key")

    def __init__(self, at: float, action: Callable[[], None], live: dict[int, Alarm]) -> None:
        self.at = at
        self.action = action
        self.cancelled = False
        self._lock = threading.Lock()
        self._live = live
        self.key = 0

    def cancel(self) -> None:
        """Disarm (idempotent); the watchdog forgets the alarm at once."""
        with self._lock:
            self.cancelled = True
        self._live.pop(self.key, None)

    def fire(self) -> None:
        """Run the action unless cancelled (the watchdog thread calls this at ``at``)."""
        with self._lock:
            if self.cancelled:
                return
            self.cancelled = True
            # The guarded call reports its own failure; the watchdog thread must live on.
            with contextlib.suppress(Exception):
                self.action()


# How long the thread waits with no alarm before it ends (a new alarm starts another).
_IDLE_SECONDS = 30.0
_NEVER = float("inf")


class _Watchdog:
    """The live alarms and the one thread that fires them.

    Arming is a dict insert and cancelling a dict removal: no shared lock, no heap and
    no wake-up on the usual path, where a request arms a deadline minutes away
    and cancels it milliseconds later.  ``_wake_at`` is when the thread will
    next look at the alarms (``inf`` while it is looking, or when there is no
    thread); only an alarm due before then takes the lock to wake or start it.
    """

    def __init__(self) -> None:
        self._live: dict[int, Alarm] = {}
        self._keys = itertools.count(1)
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._wake_at = _NEVER

    def arm(self, at: float, action: Callable[[], None]) -> Alarm:
        alarm = Alarm(at, action, self._live)
        alarm.key = key = next(self._keys)
        self._live[key] = alarm
        # Read after the insert: a thread that scanned before it has either
        # published a wake time no later than `at`, or still shows inf.
        if at >= self._wake_at:
            return alarm
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="open_responses-watchdog", daemon=True
                )
                self._thread.start()
            else:
                self._cond.notify()
        return alarm

    def _after_fork(self) -> None:
        # A forked child (a pre-forking web server's worker) has no watchdog
        # thread, and the lock may have been held by a parent thread; the
        # parent's alarms guard the parent's sockets, which the child shares.
        self._live.clear()
        self._cond = threading.Condition()
        self._thread = None
        self._wake_at = _NEVER

    def _due(self) -> list[Alarm]:
        """Take the alarms that are due; publish when the next one is (call under the lock)."""
        self._wake_at = _NEVER  # alarms armed during the scan wake the thread
        now = time.monotonic()
        due: list[Alarm] = []
        next_at = _NEVER
        for alarm in list(self._live.values()):
            if alarm.at <= now:
                due.append(alarm)
                self._live.pop(alarm.key, None)
            elif alarm.at < next_at:
                next_at = alarm.at
        if not due:
            self._wake_at = next_at if next_at != _NEVER else now + _IDLE_SECONDS
        return due

    def _run(self) -> None:
        while True:
            with self._cond:
                due = self._due()
                if not due:
                    idle = not self._live
                    self._cond.wait(timeout=max(self._wake_at - time.monotonic(), 0.0))
                    if idle and not self._live and self._retire():
                        return
                    continue
            for alarm in due:
                alarm.fire()

    def _retire(self) -> bool:
        """End the thread after an idle wait, unless an alarm came in (call under the lock)."""
        self._wake_at = _NEVER  # from here on every arm takes the lock
        if self._live:  # armed before it could see the line above
            return False
        self._thread = None
        return True


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):  # not on Windows
    os.register_at_fork(after_in_child=_WATCHDOG._after_fork)


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
