"""The event pipeline both transports feed, sans I/O: one payload in, one typed event out.

A payload is an SSE event's ``data`` or a WebSocket frame; whatever carried it,
it goes through the same steps here: JSON decoding, the strict checker (in
strict mode), the accumulator, and typing by :func:`parse_event`.  The pipeline
also owns what a stream's payloads mean as a whole: when it has ended (a
terminal event), which errors it raises (a stream cut short, an ``error``
frame, a strict-mode violation) and the final response.

Responses are built by the ``wrap`` function the transport passes in (the
``Response`` class sits above this layer); the pipeline only hands it dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from ._accumulate import ResponseAccumulator
from ._error_replies import status_error_from_payload
from ._errors import APIStatusError, IncompleteStreamError, ProtocolError
from ._events import UnknownEvent, parse_event
from ._json_decode import loads as default_loads
from ._secrets import scrub
from ._strict import StrictChecker

if TYPE_CHECKING:
    from ._events import StreamEvent

__all__: list[str] = []

#: The SSE ``data`` (and, tolerated, WebSocket frame) that closes a stream.
DONE: Final = "[DONE]"

R = TypeVar("R")


def is_error_payload(payload: Mapping[str, Any]) -> bool:
    """Whether a payload is an ``error`` event (LiteLLM's has an ``error`` and no ``type``)."""
    return payload.get("type") == "error" or (
        "type" not in payload and isinstance(payload.get("error"), Mapping)
    )


class EventPipeline(Generic[R]):
    """Decode, check, accumulate and type the payloads of one stream.

    ``wrap`` turns a response dict into the response object errors and callers
    get; ``strict`` adds the spec checker; ``loads`` decodes one payload's JSON.
    ``noun`` and ``unit`` name the stream and one payload in error messages.
    """

    def __init__(
        self,
        wrap: Callable[[dict[str, Any]], R],
        *,
        strict: bool = False,
        loads: Callable[[str], Any] = default_loads,
        noun: str = "stream",
        unit: str = "event data",
    ) -> None:
        self.accumulator = ResponseAccumulator()
        self._accumulate = self.accumulator.feed
        self.checker = StrictChecker() if strict else None
        self._wrap = wrap
        self._loads = loads
        self._noun = noun
        self._unit = unit
        self.saw_done = False

    def handle(self, data: str, name: str | None) -> StreamEvent | None:
        """Type and accumulate one payload's text (None for ``[DONE]``, which sets ``saw_done``).

        ``name`` is the SSE ``event:`` name the strict checker compares with the
        payload's ``type`` (None where the transport has none).
        """
        if data == DONE:
            self.saw_done = True
            return None
        try:
            payload = self._loads(data)
        except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
            return self.not_json(data)
        return self.event(payload, name)

    def not_json(self, text: str) -> UnknownEvent:
        """The event for a payload that is not JSON: surfaced (lenient) or a violation (strict)."""
        if self.checker is not None:
            raise ProtocolError(f"{self._unit} is not JSON: {scrub(text[:200])!r}") from None
        return UnknownEvent("", text)  # lenient: surfaced, not fatal, and nothing is lost

    def event(self, payload: Any, name: str | None = None) -> StreamEvent:
        """Check, accumulate and type one decoded payload."""
        if type(payload) is dict:
            checker = self.checker
            if checker is not None:
                violation = checker.check(payload, name or None)
                if violation:
                    raise ProtocolError(violation, event=payload)
            self._accumulate(payload)
        return parse_event(payload)

    def error_of(self, payload: dict[str, Any]) -> APIStatusError | None:
        """The typed error an ``error`` payload stands for (None for any other payload)."""
        if not is_error_payload(payload):
            return None
        error = status_error_from_payload(None, payload)
        error.snapshot = self.snapshot()
        return error

    # -- how the stream ended ----------------------------------------------------------

    @property
    def is_terminal(self) -> bool:
        """Whether a terminal event (completed, incomplete or failed) arrived."""
        return self.accumulator.is_terminal

    def incomplete(self, message: str) -> IncompleteStreamError:
        """The error for a stream that ended without a terminal event, with what it had."""
        return IncompleteStreamError(
            message,
            snapshot=self.snapshot(),
            last_sequence_number=self.accumulator.last_sequence_number,
        )

    def check_end(self, content_type: str | None) -> None:
        """The byte stream ended: raise if it ended badly (strict rules, no terminal event)."""
        if self.checker is not None:
            violation = self.checker.end_of_stream(
                saw_done_marker=self.saw_done, content_type=content_type
            )
            if violation:
                raise ProtocolError(violation)
        if self.accumulator.is_terminal:
            return
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
        raise self.incomplete(message)

    # -- the response ----------------------------------------------------------------

    def snapshot(self) -> R | None:
        """The response accumulated so far (None before any lifecycle or item event)."""
        if not self.accumulator.started:
            return None
        return self._wrap(self.accumulator.snapshot())

    def final_response(self) -> R:
        """The final response of a finished stream."""
        final = self.accumulator.final()
        if final is None:
            raise IncompleteStreamError(
                f"The {self._noun} has no usable final response", snapshot=self.snapshot()
            )
        return self._wrap(final)
