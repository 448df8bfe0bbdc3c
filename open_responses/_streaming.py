"""Streaming responses: SSE bytes → typed events, with the response accumulated on the way.

``StreamCore`` is the whole protocol, sans I/O: it is fed network chunks and
returns typed events, keeping the accumulated response and (in strict mode)
checking the spec's rules.  ``ResponseStream`` and ``AsyncResponseStream`` are
thin shells that read bytes from httpx and map its failures to typed errors.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from ._accumulate import ResponseAccumulator, StrictChecker
from ._base import LIMITS_EXTENSION
from ._error_replies import validation_error_from_response
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    EventTooLargeError,
    IncompleteStreamError,
    ProtocolError,
)
from ._events import UnknownEvent, parse_event
from ._json_decode import loads as _default_loads
from ._limits import DEFAULT_MAX_BODY_BYTES, DRAIN_SECONDS
from ._response import Response
from ._secrets import scrub
from ._sse import DEFAULT_MAX_EVENT_BYTES, ServerSentEvent, SSEDecoder
from ._transport import aread_body, read_body
from ._watchdog import Alarm, arm, cut, cut_in_loop_at

if TYPE_CHECKING:
    from ._events import StreamEvent

__all__ = ["AsyncResponseStream", "ResponseStream", "StreamCore"]

_DONE = "[DONE]"


def _to_response(data: dict[str, Any] | None, http: httpx.Response | None) -> Response | None:
    if data is None:
        return None
    response = Response.from_dict(data)
    response.http_response = http
    return response


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


_TERMINAL_FOR_STATUS = {
    "completed": "response.completed",
    "failed": "response.failed",
    "incomplete": "response.incomplete",
    "cancelled": "response.failed",
}
_SSE_FIELDS = (b"data:", b"event:", b"id:", b"retry:", b":")


def _looks_like_sse(body: bytes) -> bool:
    """Whether a body is an event stream, whatever its content type said."""
    head = body.lstrip(b"\xef\xbb\xbf").lstrip()
    return head.startswith(_SSE_FIELDS)


class StreamCore:
    """The sans-I/O stream protocol: decode, type, accumulate, and check one stream.

    ``max_event_bytes`` bounds one unfinished event (see :class:`SSEDecoder`);
    ``loads`` decodes one event's JSON (orjson when installed, else ``json``).
    """

    def __init__(
        self,
        *,
        strict: bool = False,
        max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES,
        loads: Callable[[str], Any] = _default_loads,
    ) -> None:
        self._decoder = SSEDecoder(max_event_bytes=max_event_bytes)
        self._loads = loads
        self.accumulator = ResponseAccumulator()
        self._accumulate = self.accumulator.feed
        self._checker = StrictChecker() if strict else None
        self.saw_done = False
        self.content_type: str | None = None
        self.http_response: httpx.Response | None = None
        # Bumped once per chunk that completes at least one event: the stream
        # shells read it to reset their size and idle clocks.
        self.progress = 0

    def start(self, response: httpx.Response) -> list[StreamEvent]:
        """Look at the reply's content type before reading events.

        A server that ignored ``stream: true`` and sent a JSON response is accepted
        (leniently) as a finished stream; anything else that is not SSE is refused.
        """
        self.http_response = response
        content_type = response.headers.get("content-type", "")
        self.content_type = content_type
        if "text/event-stream" in content_type:
            return []
        if self._checker is not None:
            violation = self._checker.end_of_stream(
                saw_done_marker=False, content_type=content_type
            )
            raise ProtocolError(violation or f"content type {content_type!r} is not SSE")
        return []

    def feed(self, chunk: bytes) -> Iterator[StreamEvent]:
        """The events one network chunk completes (none after ``[DONE]``).

        A generator: each event is decoded and typed when it is taken, so the
        first event of a large read reaches the caller before the rest are parsed.
        """
        if self.saw_done:
            return
        handle = self.handle
        sses = self.decode(chunk)
        if not sses:
            return
        self.progress += 1
        for sse in sses:
            event = handle(sse.data, sse.event)
            if event is not None:
                yield event
            elif self.saw_done:
                return

    def limit_events(self, max_event_bytes: int) -> None:
        """Bound the bytes of one unfinished event (the client's ``max_event_bytes``)."""
        self._decoder.max_event_bytes = max_event_bytes

    def decode(self, chunk: bytes) -> list[ServerSentEvent]:
        """The SSE events one network chunk completes (for loops that type them one by one)."""
        try:
            return self._decoder.feed(chunk)
        except EventTooLargeError as exc:
            exc.snapshot = self.snapshot()
            raise

    def finish(self) -> list[StreamEvent]:
        """End of the byte stream: flush a pending event and check that the stream ended well."""
        events = []
        if not self.saw_done:
            for sse in self._decoder.flush():
                event = self.handle(sse.data, sse.event)
                if event is not None:
                    events.append(event)
        if self._checker is not None:
            violation = self._checker.end_of_stream(
                saw_done_marker=self.saw_done, content_type=self.content_type
            )
            if violation:
                raise ProtocolError(violation)
        if not self.accumulator.is_terminal:
            message = (
                "The stream ended before a terminal event (response.completed, "
                "response.incomplete or response.failed)"
                + (" although [DONE] was sent" if self.saw_done else "")
            )
            error = self.accumulator.error
            if error is not None:
                # An `error` event with no `response.failed` after it (LiteLLM does
                # this): the server's own words are the useful part of the report.
                code = f"{error['code']}: " if error.get("code") else ""
                message += scrub(f"; the server sent an error: {code}{error.get('message')}")
            raise IncompleteStreamError(
                message,
                snapshot=self.snapshot(),
                last_sequence_number=self.accumulator.last_sequence_number,
            )
        return events

    def handle(self, data: str, name: str) -> StreamEvent | None:
        """Type and accumulate one event's data (None for ``[DONE]``, which sets ``saw_done``)."""
        if data == _DONE:
            self.saw_done = True
            return None
        try:
            payload = self._loads(data)
        except ValueError:
            if self._checker is not None:
                raise ProtocolError(f"event data is not JSON: {scrub(data[:200])!r}") from None
            # Lenient: a broken event is surfaced, not fatal, and loses nothing.
            return UnknownEvent("", data)
        if self._checker is not None:
            violation = self._checker.check(payload, name or None)
            if violation:
                raise ProtocolError(violation, event=payload)
        if type(payload) is dict:
            self._accumulate(payload)
        return parse_event(payload)

    def accept_json_body(self, body: bytes) -> list[StreamEvent]:
        """Read a reply that was not labelled ``text/event-stream`` (lenient mode only).

        An SSE body under another content type (``text/plain``, say) is read as the
        stream it is.  A JSON response (the server ignored ``stream``) is the final
        response when its status is terminal; one still ``in_progress`` is not
        passed off as finished, so the stream ends incomplete.
        """
        assert self.http_response is not None
        if _looks_like_sse(body):
            events = list(self.feed(body))
            return events + self.finish()
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if not isinstance(data, dict) or "output" not in data:
            raise validation_error_from_response(
                self.http_response, "Expected an SSE stream (text/event-stream)"
            )
        kind = _TERMINAL_FOR_STATUS.get(data.get("status"))  # type: ignore[arg-type]
        payload = {"type": kind or "response.in_progress", "response": data}
        self.accumulator.feed(payload)
        self.saw_done = kind is not None
        return [parse_event(payload)]

    def snapshot(self) -> Response | None:
        """The response accumulated so far, as a :class:`Response` (None before any event)."""
        if not self.accumulator.started:
            return None
        return _to_response(self.accumulator.snapshot(), self.http_response)

    def final_response(self) -> Response:
        """The final response of a finished stream."""
        final = self.accumulator.final()
        response = _to_response(final, self.http_response)
        if response is None:
            raise IncompleteStreamError(
                "The stream has no usable final response", snapshot=self.snapshot()
            )
        return response


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
            from ._structured import parse_output

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


def _body_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body's bytes: raw when not compressed (skips httpx's decoder layer per chunk)."""
    if "content-encoding" in response.headers:
        return response.iter_bytes()
    return response.iter_raw()


def _abody_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """Asynchronous twin of :func:`_body_chunks`."""
    if "content-encoding" in response.headers:
        return response.aiter_bytes()
    return response.aiter_raw()


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
        try:
            yield from _sync_feed(state, response)
        except httpx.HTTPError as exc:
            raise state.wrap(exc) from exc
        yield from core.finish()
        state.done()
    finally:
        if alarm is not None:
            alarm.cancel()
        state.finished = True
        response.close()


def _sync_feed(state: _StreamState, response: httpx.Response) -> Iterator[StreamEvent]:
    # Per chunk: one clock read; the clocks reset only on progress.  The SSE
    # decoder bounds an unfinished event (max_event_bytes).
    core = state.core
    feed = core.feed
    progress = core.progress
    until = state.wait_until()
    chunks = _body_chunks(response)
    for chunk in chunks:
        if until is not None and time.monotonic() > until:
            raise state.stalled()
        yield from feed(chunk)
        if core.progress != progress:
            progress = core.progress
            until = state.wait_until()
        if core.saw_done:
            _drain(response, chunks)
            break


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
        feed = core.feed
        progress = core.progress
        until = state.wait_until()
        timer = cut_in_loop_at(state.deadline, response.extensions.get("network_stream"))
        try:
            chunks = _abody_chunks(response)
            async for chunk in chunks:
                if until is not None and time.monotonic() > until:
                    raise state.stalled()
                for event in feed(chunk):
                    yield event
                if core.progress != progress:
                    progress = core.progress
                    until = state.wait_until()
                if core.saw_done:
                    await _adrain(chunks)
                    break
        except httpx.HTTPError as exc:
            raise state.wrap(exc) from exc
        for event in core.finish():
            yield event
        state.done()
    finally:
        if timer is not None:
            timer.cancel()
        state.finished = True
        await response.aclose()


class _HasAccumulator(Protocol):
    accumulator: ResponseAccumulator

    def snapshot(self) -> Response | None: ...


class AccumulatedView:
    """Read-only views of an accumulated stream, shared by SSE streams and WebSocket turns."""

    _core: _HasAccumulator

    @property
    def response_id(self) -> str | None:
        """The id of the streamed response, once an event has named it."""
        return self._core.accumulator.response_id

    @property
    def last_sequence_number(self) -> int | None:
        """The last ``sequence_number`` seen (resume with ``starting_after`` this)."""
        return self._core.accumulator.last_sequence_number

    @property
    def current_response(self) -> Response | None:
        """A snapshot of the response accumulated so far (None before the first event)."""
        return self._core.snapshot()

    @property
    def output_text(self) -> str:
        """The output text accumulated so far."""
        return self._core.accumulator.output_text


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
    def _response(self) -> httpx.Response | None:
        return self._state.response

    @property
    def http_response(self) -> httpx.Response | None:
        """The HTTP reply carrying the stream (once opened)."""
        return self._state.response


class ResponseStream(_StreamBase):
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

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

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

    def text_deltas(self) -> Iterator[str]:
        """Yield only the output text as it arrives."""
        from ._generated.models import ResponseOutputTextDeltaStreamingEvent

        with self:
            for event in self:
                if isinstance(event, ResponseOutputTextDeltaStreamingEvent):
                    yield event.delta

    def until_done(self) -> ResponseStream:
        """Consume the remaining events."""
        for _ in self:
            pass
        return self

    def get_final_response(self) -> Response:
        """Consume the rest of the stream and return the final response.

        Completed, incomplete and failed streams all give a response (a failed one
        carries ``error``); a stream that ended without a terminal event raises
        :class:`IncompleteStreamError` with the partial snapshot.
        """
        self.until_done()
        return self._state.final_response()


class AsyncResponseStream(_StreamBase):
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

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connection; further iteration stops."""
        self._state.finished = True
        if self._iterator is not None:
            await self._iterator.aclose()  # type: ignore[attr-defined]
        if self._state.response is not None:
            await self._state.response.aclose()

    def __aiter__(self) -> AsyncResponseStream:
        return self

    async def __anext__(self) -> StreamEvent:
        if self._iterator is None:
            response = (await self.open())._state.response
            if response is None or self._state.finished:  # closed before iterating
                raise StopAsyncIteration
            self._iterator = _async_events(self._state, response)
        return await self._iterator.__anext__()

    async def text_deltas(self) -> AsyncIterator[str]:
        """Yield only the output text as it arrives."""
        from ._generated.models import ResponseOutputTextDeltaStreamingEvent

        async with self:
            async for event in self:
                if isinstance(event, ResponseOutputTextDeltaStreamingEvent):
                    yield event.delta

    async def until_done(self) -> AsyncResponseStream:
        """Consume the remaining events."""
        async for _ in self:
            pass
        return self

    async def get_final_response(self) -> Response:
        """Consume the rest of the stream and return the final response (see the sync twin)."""
        await self.until_done()
        return self._state.final_response()
