"""The SSE stream protocol, sans I/O: network chunks in, typed events out.

:class:`StreamCore` is the SSE framing (``_sse.SSEDecoder``) in front of the
event pipeline (``_pipeline.EventPipeline``): it is fed the body's chunks and
returns typed events, keeping the accumulated response and (in strict mode)
checking the spec's rules.  It also reads the replies of servers that ignored
``stream: true``.  The stream shells in ``_streaming`` only move bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ._error_replies import validation_error_from_response
from ._errors import EventTooLargeError, ProtocolError
from ._events import parse_event
from ._json_decode import bytes_loader
from ._json_decode import loads as _default_loads
from ._pipeline import EventPipeline
from ._response import Response
from ._sse import DEFAULT_MAX_EVENT_BYTES, ServerSentEvent, SSEDecoder
from ._stream_view import to_response

if TYPE_CHECKING:
    import httpx

    from ._events import StreamEvent

__all__: list[str] = []

# How a JSON reply's `status` reads as the terminal event it stands for.
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


class StreamCore(EventPipeline[Response]):
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
        super().__init__(self._response_of, strict=strict, loads=loads)
        self._decoder = SSEDecoder(max_event_bytes=max_event_bytes)
        self._whole_data = self._decoder.whole_data
        # Raw-bytes decoding of whole-event chunks: lenient mode with one of the
        # library's decoders (the strict checker also reads the event name).
        self._loads_bytes = None if strict else bytes_loader(loads)
        self.content_type: str | None = None
        self.http_response: httpx.Response | None = None
        # Bumped once per chunk that completes at least one event: the stream
        # shells read it to reset their size and idle clocks.
        self.progress = 0

    def _response_of(self, data: dict[str, Any]) -> Response:
        return to_response(data, self.http_response)

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
        if self.checker is not None:
            violation = self.checker.end_of_stream(saw_done_marker=False, content_type=content_type)
            raise ProtocolError(violation or f"content type {content_type!r} is not SSE")
        return []

    def feed(self, chunk: bytes) -> Iterable[StreamEvent]:
        """The events one network chunk completes (none after ``[DONE]``).

        A chunk holding exactly one plain event (what servers flush) is handled
        at once by :meth:`take_event`.  Any other chunk gives a generator: each
        event is decoded and typed when it is taken, so the first event of a
        large read reaches the caller before the rest are parsed.
        """
        event = self.take_event(chunk)
        if event is not None:
            return (event,)
        if self.saw_done:
            return ()
        return self._feed_events(chunk)

    def take_event(self, chunk: bytes) -> StreamEvent | None:
        """The event of a chunk that is one plain event holding a JSON object, else None.

        The usual chunk, so it is decoded straight from its bytes (no ``str``,
        no :class:`ServerSentEvent`), accumulated and typed.  For any other
        chunk (several events, part of one, ``[DONE]``, data that is not a JSON
        object) nothing is done and None is returned; :meth:`feed` then takes
        the chunk the general way.  The stream loops call this first, to spare
        the usual chunk the iterable :meth:`feed` returns.
        """
        loads_bytes = self._loads_bytes
        if loads_bytes is None or self.saw_done:
            return None
        data = self._whole_data(chunk)
        if data is None:
            return None
        try:
            payload = loads_bytes(data)
        except (ValueError, RecursionError):
            return None
        if type(payload) is not dict:
            return None
        self.progress += 1
        self._accumulate(payload)
        return parse_event(payload)

    def _feed_events(self, chunk: bytes) -> Iterator[StreamEvent]:
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
        self.check_end(self.content_type)
        return events

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
        except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
            data = None
        if not isinstance(data, dict) or "output" not in data:
            raise validation_error_from_response(
                self.http_response, "Expected an SSE stream (text/event-stream)"
            )
        kind = _TERMINAL_FOR_STATUS.get(data.get("status"))  # type: ignore[arg-type]
        payload = {"type": kind or "response.in_progress", "response": data}
        event = self.event(payload)
        self.saw_done = kind is not None
        return [event]
