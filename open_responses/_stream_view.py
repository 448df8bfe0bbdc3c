"""What SSE streams and WebSocket turns show of the response they accumulate.

:func:`to_response` is the one place a streamed response dict becomes a
:class:`Response`; :class:`AccumulatedView` gives both transports' stream
objects the same read-only properties over their pipeline, and
:class:`EventStream` / :class:`AsyncEventStream` the same ways to consume them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Protocol, Self

from ._accumulate import ResponseAccumulator
from ._response import Response

if TYPE_CHECKING:
    import httpx

    from ._events import StreamEvent

__all__: list[str] = []


def to_response(data: dict[str, Any], http: httpx.Response | None = None) -> Response:
    """``data`` (an accumulated response dict) as a :class:`Response` read from ``http``."""
    response = Response.from_dict(data)
    if http is not None:
        response.http_response = http
    return response


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


class EventStream(AccumulatedView):
    """How a sync stream is consumed, over the events its transport shell yields."""

    def __iter__(self) -> Iterator[StreamEvent]:
        raise NotImplementedError

    def close(self) -> None:
        """Release the stream; further iteration stops."""
        raise NotImplementedError

    def _final_response(self) -> Response:
        raise NotImplementedError  # the shell's: the response, or the error that ended the stream

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def text_deltas(self) -> Iterator[str]:
        """Yield only the output text as it arrives; the stream is closed after."""
        from ._generated.models import ResponseOutputTextDeltaStreamingEvent

        try:
            for event in self:
                if isinstance(event, ResponseOutputTextDeltaStreamingEvent):
                    yield event.delta
        finally:
            self.close()

    def until_done(self) -> Self:
        """Consume the remaining events."""
        for _ in self:
            pass
        return self

    def get_final_response(self) -> Response:
        """Consume the rest of the stream and return the final response.

        Completed, incomplete and failed responses are all returned (a failed one
        carries ``error``). A stream that ends without a terminal event raises
        :class:`IncompleteStreamError`, a dropped connection
        :class:`APIConnectionError`, each with the partial ``snapshot``; a
        WebSocket ``error`` frame raises its :class:`APIStatusError`.
        """
        self.until_done()
        return self._final_response()


class AsyncEventStream(AccumulatedView):
    """The asyncio twin of :class:`EventStream`."""

    def __aiter__(self) -> AsyncIterator[StreamEvent]:
        raise NotImplementedError

    async def close(self) -> None:
        """Release the stream; further iteration stops."""
        raise NotImplementedError

    def _final_response(self) -> Response:
        raise NotImplementedError

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def text_deltas(self) -> AsyncIterator[str]:
        """Yield only the output text as it arrives; the stream is closed after."""
        from ._generated.models import ResponseOutputTextDeltaStreamingEvent

        try:
            async for event in self:
                if isinstance(event, ResponseOutputTextDeltaStreamingEvent):
                    yield event.delta
        finally:
            await self.close()

    async def until_done(self) -> Self:
        """Consume the remaining events."""
        async for _ in self:
            pass
        return self

    async def get_final_response(self) -> Response:
        """Consume the rest of the stream and return the final response (see the sync twin)."""
        await self.until_done()
        return self._final_response()
