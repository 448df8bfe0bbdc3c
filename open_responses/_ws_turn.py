"""WebSocket turns: the stream objects a connection's ``create()`` returns.

A turn reads like an SSE stream (same typed events, same accumulated views);
its frames come from the connection that made it, one turn at a time, and its
protocol state is the connection's :class:`~._ws_protocol.TurnCore`.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ._errors import OpenResponsesError
from ._response import Response
from ._stream_view import AccumulatedView, AsyncEventStream, EventStream
from ._ws_protocol import TurnCore

if TYPE_CHECKING:
    from ._events import StreamEvent
    from ._websocket import AsyncResponsesConnection, ResponsesConnection

__all__ = ["AsyncWebSocketTurn", "WebSocketTurn"]


class _TurnView(AccumulatedView):
    """Accessors shared by the sync and async turns."""

    _core: TurnCore

    def __init__(self, core: TurnCore) -> None:
        self._core = core

    @property
    def request(self) -> dict[str, Any]:
        """The ``response.create`` frame sent (the last one, after a transparent resend)."""
        return dict(self._core.frame)

    def _final_response(self) -> Response:
        if self._core.error is not None:
            raise self._core.error  # the turn's `error` frame, or the dropped connection
        return self._core.final_response()

    @property
    def done(self) -> bool:
        """Whether the turn has ended (terminal event, error or connection loss)."""
        return self._core.finished


class WebSocketTurn(_TurnView, EventStream):
    """One turn on a :class:`ResponsesConnection`: iterate it for typed events.

    The events are the same classes as over SSE. Iterate to the end, call
    :meth:`get_final_response` or :meth:`close` (leaving a ``with`` block does)
    before the next ``create`` on the same connection.
    """

    def __init__(self, connection: ResponsesConnection, core: TurnCore) -> None:
        super().__init__(core)
        self._connection = connection
        self._iterator: Iterator[StreamEvent] | None = None

    def __iter__(self) -> WebSocketTurn:
        return self

    def __next__(self) -> StreamEvent:
        if self._iterator is None:
            self._iterator = self._connection._events(self._core)
        return next(self._iterator)

    def __enter__(self) -> WebSocketTurn:
        return self

    def close(self) -> None:
        """Read and discard the rest of the turn so the connection can take the next one.

        The spec has no way to cancel a WebSocket turn; its frames must be read.
        """
        with contextlib.suppress(OpenResponsesError):
            self.until_done()


class AsyncWebSocketTurn(_TurnView, AsyncEventStream):
    """The asyncio twin of :class:`WebSocketTurn` (``async for`` / ``async with``)."""

    def __init__(self, connection: AsyncResponsesConnection, core: TurnCore) -> None:
        super().__init__(core)
        self._connection = connection
        self._iterator: AsyncIterator[StreamEvent] | None = None

    def __aiter__(self) -> AsyncWebSocketTurn:
        return self

    async def __anext__(self) -> StreamEvent:
        if self._iterator is None:
            self._iterator = self._connection._events(self._core)
        return await self._iterator.__anext__()

    async def __aenter__(self) -> AsyncWebSocketTurn:
        return self

    async def close(self) -> None:
        """Read and discard the rest of the turn (see the sync twin)."""
        with contextlib.suppress(OpenResponsesError):
            await self.until_done()
