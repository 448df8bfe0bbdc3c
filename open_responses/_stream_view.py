"""What SSE streams and WebSocket turns show of the response they accumulate.

:func:`to_response` is the one place a streamed response dict becomes a
:class:`Response`; :class:`AccumulatedView` gives both transports' stream
objects the same read-only properties over their pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from ._accumulate import ResponseAccumulator
from ._response import Response

if TYPE_CHECKING:
    import httpx

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
