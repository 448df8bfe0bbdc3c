"""Streaming responses over HTTP: the shells that read SSE bytes from httpx.

The protocol is ``_stream_core.StreamCore`` (SSE framing plus the event
pipeline), sans I/O.  ``ResponseStream`` and ``AsyncResponseStream`` only read
the body under the idle and total deadlines, feed it to the core, and map
httpx's failures to typed errors.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._base import LIMITS_EXTENSION
from ._errors import APIConnectionError, APITimeoutError
from ._limits import DEFAULT_MAX_BODY_BYTES, DRAIN_SECONDS
from ._response import Response
from ._sse import DEFAULT_MAX_EVENT_BYTES
from ._stream_core import StreamCore
from ._stream_view import AccumulatedView, AsyncEventStream, EventStream
from ._structured import parse_output
from ._transport import aread_body, read_body
from ._watchdog import Alarm, arm, cut, cut_in_loop_at

if TYPE_CHECKING:
    from ._events import StreamEvent

__all__ = ["AsyncResponseStream", "ResponseStream"]


# After ``[DONE]`` the body normally ends at once (the chunked terminator is in the
# same packet). Reading it to the end lets httpx put the connection back in the
# pool instead of closing it, which saves a connect (and TLS handshake) per stream.
# A server that keeps the body open gets a byte budget and a hard time budget
# (DRAIN_SECONDS, enforced even against a byte-a-second drip), then the
# connection is simply closed.
_DRAIN_LIMIT = 64 * 1024


def _drain(response: httpx.Response, chunks: Iterator[bytes]) -> None:
    until = time.monotonic() + DRAIN_SECONDS
    stream = response.extensions.get("network_stream")
    alarm = arm(until, lambda: cut(stream)) if stream is not None else None
    drained = 0
    try:
        for chunk in chunks:
            drained += len(chunk)
            if drained > _DRAIN_LIMIT or time.monotonic() > until:
                return
    except httpx.HTTPError:
        return
    finally:
        if alarm is not None:
            alarm.cancel()


async def _adrain(chunks: AsyncIterator[bytes]) -> None:
    import asyncio

    drained = 0
    try:
        async with asyncio.timeout(DRAIN_SECONDS):
            async for chunk in chunks:
                drained += len(chunk)
                if drained > _DRAIN_LIMIT:
                    return
    except (httpx.HTTPError, TimeoutError):
        return


class _StreamState:
    """What a stream's event generator needs, apart from the stream object itself.

    The generator holds this, never the stream: a stream abandoned mid-iteration
    (``break`` out of ``for event in client.responses.create(..., stream=True)``)
    is then freed at once, which closes its generator and so its connection,
    instead of lingering in a reference cycle until the garbage collector runs.
    """

    __slots__ = (
        "core",
        "deadline",
        "finished",
        "idle",
        "max_body_bytes",
        "max_event_bytes",
        "on_done",
        "response",
        "text_format",
        "total_timeout",
    )

    def __init__(
        self, *, strict: bool, total_timeout: float | None, text_format: Any = None
    ) -> None:
        self.core = StreamCore(strict=strict)
        # Called once with the final response when the stream ends normally
        # (a conversation records its turn then).
        self.on_done: Callable[[Response], None] | None = None
        self.text_format = text_format
        self.total_timeout = total_timeout
        self.deadline: float | None = None
        self.response: httpx.Response | None = None
        self.finished = False
        self.max_event_bytes = DEFAULT_MAX_EVENT_BYTES
        self.max_body_bytes = DEFAULT_MAX_BODY_BYTES
        self.idle: float | None = None

    def read_limits(self, response: httpx.Response) -> None:
        """Take the client's size limits and idle timeout from the request (see ``build_request``)."""
        limits = self.request_extensions(response).get(LIMITS_EXTENSION)
        if limits is not None:
            self.max_event_bytes, self.max_body_bytes, self.idle = limits
            self.core.limit_events(self.max_event_bytes)

    @staticmethod
    def request_extensions(response: httpx.Response) -> dict[str, Any]:
        try:
            return response.request.extensions
        except RuntimeError:  # a Response built by hand has no request
            return {}

    def wait_until(self) -> float | None:
        """When the wait for the next complete event must end (idle or total, the sooner)."""
        if self.idle is None:
            return self.deadline
        by_idle = time.monotonic() + self.idle
        return by_idle if self.deadline is None else min(by_idle, self.deadline)

    def stalled(self) -> APITimeoutError:
        """The error for a stream past its total timeout or without progress for too long."""
        if self.past_deadline():
            problem = "The stream exceeded its total timeout"
        else:
            problem = (
                f"The stream made no progress (no complete event) within the read "
                f"timeout of {self.idle} s"
            )
        return APITimeoutError(problem, request=self.request(), snapshot=self.core.snapshot())

    def guard_socket(self, response: httpx.Response) -> Alarm | None:
        """Sync streams: cut the socket at the total deadline, even mid-read."""
        stream = response.extensions.get("network_stream")
        if self.deadline is None or stream is None:
            return None
        return arm(self.deadline, lambda: cut(stream))

    def start_clock(self) -> None:
        """Start the total timeout when the stream is opened (not when it is built)."""
        if self.total_timeout is not None and self.deadline is None:
            self.deadline = time.monotonic() + self.total_timeout

    def final_response(self) -> Response:
        """The final response, with ``output_parsed`` when a ``text_format`` was asked for."""
        response = self.core.final_response()
        if self.text_format is not None:
            response.output_parsed = parse_output(response, self.text_format)
        return response

    def done(self) -> None:
        """The stream ended normally: hand the final response to ``on_done``, once."""
        on_done, self.on_done = self.on_done, None
        if on_done is not None:
            final = self.core.snapshot()
            if final is not None:
                on_done(final)

    def past_deadline(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def request(self) -> httpx.Request | None:
        try:
            return self.response.request if self.response is not None else None
        except RuntimeError:
            return None

    def wrap(self, exc: httpx.HTTPError) -> APIConnectionError:
        """The typed error for an httpx failure while reading the stream."""
        snapshot = self.core.snapshot()
        if isinstance(exc, httpx.TimeoutException) or self.past_deadline():
            # The read timeout is capped by the total timeout when one is set;
            # past the deadline the watchdog may have cut the socket (a read error).
            problem = (
                "The stream exceeded its total timeout"
                if self.past_deadline()
                else "The stream timed out (no data within the read timeout)"
            )
            return APITimeoutError(problem, request=self.request(), snapshot=snapshot)
        return APIConnectionError(
            f"The connection dropped mid-stream: {type(exc).__name__}: {exc}",
            request=self.request(),
            snapshot=snapshot,
        )


S = TypeVar("S", httpx.SyncByteStream, httpx.AsyncByteStream)


def _direct_stream(response: httpx.Response, kind: type[S]) -> S | None:
    """The transport's own byte stream when the body can be read from it directly.

    A body that is not compressed is read from ``response.stream`` itself, which
    skips ``iter_raw()``'s generator and chunker on every chunk; what ``iter_raw()``
    does once is kept (the response is marked consumed; :func:`_with_request`
    names the request in errors). ``None`` for anything unusual (a compressed
    body, a consumed or closed response, a stream of the wrong kind): httpx's
    own iterators and errors handle those.
    """
    stream = response.stream
    if (
        "content-encoding" in response.headers
        or response.is_stream_consumed
        or response.is_closed
        or not isinstance(stream, kind)
    ):
        return None
    response.is_stream_consumed = True
    return stream


def _body_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body's bytes, through as few layers per chunk as httpx's public API allows."""
    stream = _direct_stream(response, httpx.SyncByteStream)
    return response.iter_bytes() if stream is None else iter(stream)


def _abody_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """Asynchronous twin of :func:`_body_chunks`."""
    stream = _direct_stream(response, httpx.AsyncByteStream)
    return response.aiter_bytes() if stream is None else aiter(stream)


def _with_request(exc: httpx.HTTPError, response: httpx.Response) -> httpx.HTTPError:
    """Name the request in a transport error, as ``iter_raw()`` would have."""
    if isinstance(exc, httpx.RequestError):
        try:
            exc.request  # noqa: B018 - raises when no request is set
        except RuntimeError:
            with contextlib.suppress(RuntimeError):  # a Response built by hand has no request
                exc.request = response.request
    return exc


def _sync_events(state: _StreamState, response: httpx.Response) -> Iterator[StreamEvent]:
    core = state.core
    alarm = None
    try:
        state.read_limits(response)
        pending = core.start(response)
        if "text/event-stream" not in (core.content_type or ""):
            try:
                body = read_body(response, state.max_body_bytes, state.wait_until())
            except httpx.HTTPError as exc:
                raise state.wrap(exc) from exc
            yield from core.accept_json_body(body)
            state.done()
            return
        yield from pending
        alarm = state.guard_socket(response)
        # The chunk loop is inline, as in the async twin: a generator level
        # between it and the caller would cost a frame switch per event.  Per
        # chunk: one clock read; the clocks reset only on progress.  The SSE
        # decoder bounds an unfinished event (max_event_bytes).
        feed, take, wait_until = core.feed, core.take_event, state.wait_until
        progress = core.progress
        until = wait_until()
        monotonic = time.monotonic
        try:
            chunks = _body_chunks(response)
            for chunk in chunks:
                if until is not None and monotonic() > until:
                    raise state.stalled()
                event = take(chunk)
                if event is not None:
                    yield event
                    progress = core.progress
                    until = wait_until()
                    continue
                yield from feed(chunk)
                if core.progress != progress:
                    progress = core.progress
                    until = wait_until()
                if core.saw_done:
                    _drain(response, chunks)
                    break
        except httpx.HTTPError as exc:
            raise state.wrap(_with_request(exc, response)) from exc
        yield from core.finish()
        state.done()
    finally:
        if alarm is not None:
            alarm.cancel()
        state.finished = True
        response.close()


async def _async_events(
    state: _StreamState, response: httpx.Response
) -> AsyncIterator[StreamEvent]:
    core = state.core
    timer = None
    try:
        state.read_limits(response)
        for event in core.start(response):
            yield event
        if "text/event-stream" not in (core.content_type or ""):
            try:
                body = await aread_body(response, state.max_body_bytes, state.wait_until())
            except httpx.HTTPError as exc:
                raise state.wrap(exc) from exc
            for parsed in core.accept_json_body(body):
                yield parsed
            state.done()
            return
        # The chunk loop is inline (not a helper generator like the sync twin's):
        # each extra async generator level costs a frame switch per event.
        feed, take, wait_until = core.feed, core.take_event, state.wait_until
        progress = core.progress
        until = wait_until()
        monotonic = time.monotonic
        timer = cut_in_loop_at(state.deadline, response.extensions.get("network_stream"))
        try:
            chunks = _abody_chunks(response)
            async for chunk in chunks:
                if until is not None and monotonic() > until:
                    raise state.stalled()
                one = take(chunk)
                if one is not None:
                    yield one
                    progress = core.progress
                    until = wait_until()
                    continue
                for event in feed(chunk):
                    yield event
                if core.progress != progress:
                    progress = core.progress
                    until = wait_until()
                if core.saw_done:
                    await _adrain(chunks)
                    break
        except httpx.HTTPError as exc:
            raise state.wrap(_with_request(exc, response)) from exc
        for event in core.finish():
            yield event
        state.done()
    finally:
        if timer is not None:
            timer.cancel()
        state.finished = True
        await response.aclose()


class _StreamBase(AccumulatedView):
    """State shared by the sync and async stream shells."""

    _core: StreamCore

    def __init__(
        self, *, strict: bool, total_timeout: float | None, text_format: Any = None
    ) -> None:
        self._state = _StreamState(
            strict=strict, total_timeout=total_timeout, text_format=text_format
        )
        self._core = self._state.core

    @property
    def http_response(self) -> httpx.Response | None:
        """The HTTP reply carrying the stream (once opened)."""
        return self._state.response

    def _final_response(self) -> Response:
        return self._state.final_response()


class ResponseStream(_StreamBase, EventStream):
    """A streamed response: iterate it for typed events.

    Use it in a ``with`` block (or iterate it to the end) so the connection is
    released; leaving the block closes it, and so does breaking out of a loop
    over a stream nothing else refers to (``for e in client.responses.create(...,
    stream=True)``).  A closed stream yields no more events.
    """

    def __init__(
        self,
        opener: Callable[[], httpx.Response],
        *,
        strict: bool = False,
        total_timeout: float | None = None,
        text_format: Any = None,
    ) -> None:
        super().__init__(strict=strict, total_timeout=total_timeout, text_format=text_format)
        self._opener = opener
        self._iterator: Iterator[StreamEvent] | None = None

    def open(self) -> ResponseStream:
        """Send the request now (errors such as HTTP 4xx are raised here, before any event)."""
        if self._state.response is None and not self._state.finished:
            self._state.start_clock()
            self._state.response = self._opener()
        return self

    def __enter__(self) -> ResponseStream:
        return self.open()

    def close(self) -> None:
        """Close the connection; further iteration stops."""
        self._state.finished = True
        if self._iterator is not None:
            self._iterator.close()  # type: ignore[attr-defined]
        if self._state.response is not None:
            self._state.response.close()

    def __iter__(self) -> Iterator[StreamEvent]:
        # The event generator itself: a for loop then resumes it directly,
        # without a Python-level __next__ call per event.
        return self._events()

    def __next__(self) -> StreamEvent:
        return next(self._events())

    def _events(self) -> Iterator[StreamEvent]:
        if self._iterator is None:
            response = self.open()._state.response
            if response is None or self._state.finished:  # closed before iterating
                return iter(())
            self._iterator = _sync_events(self._state, response)
        return self._iterator


class AsyncResponseStream(_StreamBase, AsyncEventStream):
    """The asyncio twin of :class:`ResponseStream` (``async with`` / ``async for``)."""

    def __init__(
        self,
        opener: Callable[[], Awaitable[httpx.Response]],
        *,
        strict: bool = False,
        total_timeout: float | None = None,
        text_format: Any = None,
    ) -> None:
        super().__init__(strict=strict, total_timeout=total_timeout, text_format=text_format)
        self._opener = opener
        self._iterator: AsyncIterator[StreamEvent] | None = None

    async def open(self) -> AsyncResponseStream:
        """Send the request now (errors such as HTTP 4xx are raised here, before any event)."""
        if self._state.response is None and not self._state.finished:
            self._state.start_clock()
            self._state.response = await self._opener()
        return self

    async def __aenter__(self) -> AsyncResponseStream:
        return await self.open()

    async def close(self) -> None:
        """Close the connection; further iteration stops."""
        self._state.finished = True
        if self._iterator is not None:
            await self._iterator.aclose()  # type: ignore[attr-defined]
        if self._state.response is not None:
            await self._state.response.aclose()

    def __aiter__(self) -> AsyncIterator[StreamEvent]:
        # The event generator itself once the stream is open, so `async for`
        # resumes it directly instead of awaiting an __anext__ coroutine per
        # event (like the sync __iter__); before that, a generator that opens it.
        if self._iterator is None and self._state.response is not None:
            if self._state.finished:
                return self
            self._iterator = _async_events(self._state, self._state.response)
        return self._iterator if self._iterator is not None else self._opening()

    async def _opening(self) -> AsyncIterator[StreamEvent]:
        try:
            first = await self.__anext__()  # opens the stream
        except StopAsyncIteration:
            return
        yield first
        assert self._iterator is not None
        async for event in self._iterator:
            yield event

    async def __anext__(self) -> StreamEvent:
        if self._iterator is None:
            response = (await self.open())._state.response
            if response is None or self._state.finished:  # closed before iterating
                raise StopAsyncIteration
            self._iterator = _async_events(self._state, response)
        return await self._iterator.__anext__()
