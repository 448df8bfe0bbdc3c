"""WebSocket mode's protocol, sans I/O: frames out, frames in, one turn at a time.

:class:`ConnectionCore` keeps a connection's state: the one turn in flight,
the chain of items for recovery, which ids the server still knows, and when a
new socket is needed.  :class:`TurnCore` is one ``response.create`` and the
frames answering it: each frame is one payload through the same event pipeline
as an SSE event (``_pipeline.EventPipeline``), so the events, the accumulated
response and the errors are the SSE stream's.  ``error`` frames raise their
typed errors.  The connections in ``_websocket`` only move frames.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from ._base import NotGiven, encode_body, merge_body
from ._errors import (
    PREVIOUS_RESPONSE_NOT_FOUND,
    APIConnectionError,
    APIStatusError,
    OpenResponsesError,
    TurnInProgressError,
)
from ._logging import logger
from ._pipeline import DONE, EventPipeline
from ._response import Response
from ._stream_view import to_response

if TYPE_CHECKING:
    from ._events import StreamEvent

__all__: list[str] = []

CONNECTION_LIMIT_REACHED: Final = "websocket_connection_limit_reached"
# HTTP/SSE-only fields the spec forbids on a WebSocket ``response.create``.
_TRANSPORT_FIELDS: Final = ("stream", "stream_options", "background")


def _plain(value: Any) -> Any:
    """A JSON-ready deep copy (generated models serialize themselves)."""
    return json.loads(encode_body(value))


def _input_items(value: Any) -> list[dict[str, Any]]:
    """The request's ``input`` as a list of item dicts (a string is one user message)."""
    if value is None or isinstance(value, NotGiven):
        return []
    if isinstance(value, str):
        return [{"type": "message", "role": "user", "content": value}]
    plain = _plain(value)
    if isinstance(plain, dict):
        return [plain]
    if isinstance(plain, list):
        return plain
    raise OpenResponsesError(
        f"input must be a string or a list of items, not {type(value).__name__}"
    )


class TurnCore(EventPipeline[Response]):
    """One ``response.create`` and the frames answering it (sans I/O).

    ``frame`` is the message sent; ``new_items`` the items this turn adds to the
    chain; ``base_context`` the chain it continues (``[]`` for a new chain,
    ``None`` when the client does not know it, e.g. a foreign
    ``previous_response_id``).
    """

    def __init__(
        self,
        frame: dict[str, Any],
        *,
        new_items: list[dict[str, Any]],
        base_context: list[dict[str, Any]] | None,
        strict: bool,
        stale_ids: set[str],
    ) -> None:
        self.frame = frame
        self.new_items = new_items
        self.base_context = base_context
        self._strict = strict
        self._stale_ids = stale_ids
        self.reconnects = 0
        self._reset()

    def _reset(self) -> None:
        # A fresh pipeline: nothing of an abandoned attempt carries over.
        super().__init__(
            to_response, strict=self._strict, loads=json.loads, noun="turn", unit="frame"
        )
        self.events_seen = 0
        self.finished = False
        self.error: OpenResponsesError | None = None

    def restart(self, frame: dict[str, Any]) -> str:
        """Start over with ``frame`` (after a transparent reconnect); returns its text."""
        self.frame = frame
        self.reconnects += 1
        self._reset()
        return self.encode()

    def encode(self) -> str:
        """The frame as JSON text."""
        return encode_body(self.frame).decode()

    def fail(self, error: OpenResponsesError) -> OpenResponsesError:
        """End the turn with ``error`` (returned for ``raise``)."""
        self.finished = True
        self.error = error
        return error

    def snapshot(self) -> Response | None:
        """The response accumulated so far (any frame received gives one, even an empty one)."""
        return to_response(self.accumulator.snapshot()) if self.events_seen else None

    def feed(self, data: str | bytes) -> list[StreamEvent]:
        """Typed events of one frame; an ``error`` frame ends the turn and is raised."""
        if self.finished:
            return []
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        try:
            return self._frame(text)
        except OpenResponsesError as error:
            self.fail(error)
            raise

    def _frame(self, text: str) -> list[StreamEvent]:
        if text.strip() == DONE:  # tolerated, as the compliance suite does
            if not self.accumulator.is_terminal:
                raise self.incomplete("The server sent [DONE] before a terminal event")
            self.finished = True
            return []
        try:
            payload = self._loads(text)
        except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
            return [self.not_json(text)]
        if type(payload) is dict:
            error = self.error_of(payload)
            if error is not None:
                rid = self.accumulator.response_id
                if rid is not None:
                    # Frames the server may still send for this response belong to no turn.
                    self._stale_ids.add(rid)
                raise error
            if self._is_stale(payload):
                return []
        event = self.event(payload)
        self.events_seen += 1
        if self.accumulator.is_terminal:
            self.finished = True
        return [event]

    def _is_stale(self, payload: dict[str, Any]) -> bool:
        # E.g. a ``response.failed`` trailing the error frame that ended the previous turn.
        if self.events_seen or not self._stale_ids:
            return False
        response = payload.get("response")
        return isinstance(response, Mapping) and response.get("id") in self._stale_ids


@dataclass(slots=True)
class Step:
    """What the shell must do after a frame: yield ``events``; if ``resend`` is set,
    open a new socket, send that frame and keep reading for the same turn."""

    events: list[StreamEvent] = field(default_factory=list)
    resend: str | None = None


class ConnectionCore:
    """Per-connection protocol state (sans I/O): turn discipline, the chain, recovery."""

    def __init__(self, *, strict: bool = False, reconnect_on_limit: bool = True) -> None:
        self.strict = strict
        self.reconnect_on_limit = reconnect_on_limit
        self.turn: TurnCore | None = None
        self.last_response_id: str | None = None
        self.last_response: dict[str, Any] | None = None
        self.last_stored = False
        self.chain: list[dict[str, Any]] | None = []
        """Inputs and outputs of the chain ending at ``last_response_id`` (None: unknown)."""
        self.must_reconnect = False
        """The server announced its connection limit; the next turn needs a new socket."""
        self._socket_ids: set[str] = set()
        self._evicted: set[str] = set()
        self._stale_ids: set[str] = set()

    # -- turns ---------------------------------------------------------------------

    def prepare(
        self,
        body: Any,
        params: Mapping[str, Any],
        extra_body: Mapping[str, Any] | None,
        *,
        recover: bool = False,
    ) -> TurnCore:
        """Build the next turn's ``response.create`` frame and make it the current turn."""
        if self.turn is not None and not self.turn.finished:
            raise TurnInProgressError(
                "A turn is already in flight on this WebSocket connection; consume it "
                "(iterate to the end, get_final_response() or close()) before the next "
                "create(), or open another connection for parallel runs"
            )
        payload = merge_body(body, params, extra_body)
        for key in _TRANSPORT_FIELDS:
            if key in payload:
                del payload[key]
                logger.warning("%r is not sent in WebSocket mode (the spec forbids it)", key)
        payload.pop("type", None)
        new_items = _input_items(payload.get("input"))
        previous = payload.get("previous_response_id")
        base: list[dict[str, Any]] | None
        if recover:
            if previous is not None and previous != self.last_response_id:
                raise OpenResponsesError(
                    f"cannot recover from {previous!r}: this connection has not recorded "
                    "its chain; resend the full context without previous_response_id"
                )
            if self.chain is None:
                raise OpenResponsesError(
                    "cannot recover: the chain started from a previous_response_id this "
                    "connection did not create, so its full context is unknown"
                )
            # A new chain: the recorded context replaces the id (spec: WebSocket Reconnects).
            base = list(self.chain)
            payload.pop("previous_response_id", None)
            payload["input"] = base + new_items
        elif previous is None:
            base = []
        elif previous == self.last_response_id and self.chain is not None:
            base = list(self.chain)
        else:
            base = None
        turn = TurnCore(
            {"type": "response.create", **payload},
            new_items=new_items,
            base_context=base,
            strict=self.strict,
            stale_ids=self._stale_ids,
        )
        self.turn = turn
        return turn

    def receive(self, turn: TurnCore, data: str | bytes) -> Step:
        """Process one frame of ``turn``: events to yield, a resend, or a raised error."""
        try:
            events = turn.feed(data)
        except APIStatusError as error:
            resend = self._after_error(turn, error)
            if resend is None:
                raise
            logger.info("WebSocket connection limit reached; reconnecting and resending")
            return Step(resend=resend)
        if turn.finished:
            self._record(turn)
        return Step(events)

    def _after_error(self, turn: TurnCore, error: APIStatusError) -> str | None:
        previous = turn.frame.get("previous_response_id")
        if error.code == CONNECTION_LIMIT_REACHED:
            # Transparent only while nothing of this turn reached the caller.
            if self.reconnect_on_limit and turn.events_seen == 0 and turn.reconnects == 0:
                return self.frame_for_new_socket(turn)
            self.must_reconnect = True
            return None
        if isinstance(previous, str) and (
            error.code == PREVIOUS_RESPONSE_NOT_FOUND
            or (error.status_code is not None and error.status_code >= 400)
        ):
            # Mirror the server: a failed continuation evicts the id it continued from.
            self._evicted.add(previous)
        return None

    def _record(self, turn: TurnCore) -> None:
        acc = turn.accumulator
        final = acc.final()
        rid = acc.response_id
        # A failed response does not extend the chain; completed and incomplete do.
        if final is None or rid is None or acc.terminal_type == "response.failed":
            return
        self.last_response_id = rid
        self.last_response = final
        stored = final.get("store")
        self.last_stored = (
            stored if isinstance(stored, bool) else turn.frame.get("store") is not False
        )
        output = [dict(item) for item in final.get("output") or [] if isinstance(item, Mapping)]
        self.chain = (
            None if turn.base_context is None else turn.base_context + turn.new_items + output
        )
        self._socket_ids.add(rid)

    def frame_for_new_socket(self, turn: TurnCore) -> str:
        """Restart ``turn`` for a fresh socket and return the frame to send there.

        A continuation of a stored response keeps ``previous_response_id`` (the
        server may rehydrate it); one of an unstored response cannot survive the
        socket, so it becomes a new chain carrying the recorded context.
        """
        frame = turn.frame
        previous = frame.get("previous_response_id")
        if (
            previous is not None
            and previous == self.last_response_id
            and not self.last_stored
            and turn.base_context is not None
        ):
            frame = {k: v for k, v in frame.items() if k != "previous_response_id"}
            frame["input"] = turn.base_context + turn.new_items
        return turn.restart(frame)

    def limit_in(self, frames: list[str | bytes]) -> bool:
        """Whether frames drained from a closed socket include the connection-limit error."""
        for data in frames:
            try:
                payload = json.loads(data)
            except (ValueError, RecursionError):
                continue
            error = payload.get("error") if isinstance(payload, dict) else None
            if isinstance(error, Mapping) and error.get("code") == CONNECTION_LIMIT_REACHED:
                return True
        return False

    def new_socket(self) -> None:
        """Forget connection-local state: the server keeps none across sockets."""
        self._socket_ids.clear()
        self._evicted.clear()
        self._stale_ids.clear()
        self.must_reconnect = False

    def abandon_turn(self) -> None:
        """Fail an in-flight turn whose socket is being replaced by the caller."""
        if self.turn is not None and not self.turn.finished:
            self.turn.fail(APIConnectionError("The WebSocket was replaced mid-turn"))

    # -- views -----------------------------------------------------------------------

    @property
    def can_continue(self) -> bool:
        """Whether ``previous_response_id=last_response_id`` is expected to work now."""
        rid = self.last_response_id
        if rid is None or rid in self._evicted:
            return False
        return self.last_stored or rid in self._socket_ids
