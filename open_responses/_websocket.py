"""WebSocket mode: one persistent socket to ``/v1/responses``, one turn at a time.

:class:`ConnectionCore` and :class:`TurnCore` are the whole protocol, sans I/O:
they build ``response.create`` frames, turn received frames into the same typed
events as SSE (same classes, same accumulator), map ``error`` frames to typed
exceptions, keep the chain of items for recovery and decide when to reconnect.
:class:`ResponsesConnection` (``websockets.sync``, no event loop needed) and
:class:`AsyncResponsesConnection` (``websockets.asyncio``) only move frames.

``websockets`` is an optional dependency, imported only when a socket is opened.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlencode

import httpx

from ._accumulate import ResponseAccumulator, StrictChecker
from ._base import NOT_GIVEN, NotGiven, encode_body, merge_body
from ._error_replies import status_error_from_payload, status_error_from_response
from ._errors import (
    PREVIOUS_RESPONSE_NOT_FOUND,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    IncompleteStreamError,
    OpenResponsesError,
    ProtocolError,
)
from ._events import UnknownEvent, parse_event
from ._limits import WEBSOCKET_CLOSE_TIMEOUT
from ._logging import logger, redact_headers
from ._response import Response
from ._secrets import scrub
from ._streaming import AccumulatedView
from ._urls import join_url, to_websocket_url
from ._ws_close import close_error
from ._ws_guard import async_connection_class, sync_connection_class

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncWSConnection
    from websockets.sync.client import ClientConnection as SyncWSConnection

    from ._base import ClientSettings
    from ._client import AsyncClient, Client
    from ._events import StreamEvent

__all__ = [
    "CONNECTION_LIMIT_REACHED",
    "INSTALL_HINT",
    "AsyncResponsesConnection",
    "AsyncWebSocketTurn",
    "ConnectionCore",
    "ResponsesConnection",
    "TurnCore",
    "TurnInProgressError",
    "WebSocketTurn",
    "WebSocketUnavailableError",
    "aconnect",
    "connect",
]

INSTALL_HINT: Final = "pip install 'open_responses[websocket]'"
CONNECTION_LIMIT_REACHED: Final = "websocket_connection_limit_reached"
# HTTP/SSE-only fields the spec forbids on a WebSocket ``response.create``.
_TRANSPORT_FIELDS: Final = ("stream", "stream_options", "background")
# websockets' default (1 MiB) is too small for a final ``response.completed``
# frame carrying a long output or image data; SSE has no such cap at all.
DEFAULT_MAX_SIZE: Final = 64 * 2**20
_DONE: Final = "[DONE]"


class WebSocketUnavailableError(OpenResponsesError):
    """WebSocket mode needs the optional ``websockets`` package, which is not installed."""


class TurnInProgressError(OpenResponsesError):
    """``create`` was called while the previous turn on the same connection was not consumed.

    A connection carries at most one in-flight response (the spec forbids
    multiplexing). Consume the previous turn first (iterate it to the end, call
    ``get_final_response()`` or ``close()`` it), or open a second connection for
    parallel runs.
    """


def _import_websockets() -> ModuleType:
    """Import ``websockets`` or raise :class:`WebSocketUnavailableError`."""
    try:
        # The top-level import comes first on purpose: submodules cached in
        # sys.modules would otherwise hide a missing (or blocked) package.
        import websockets
    except ImportError as exc:
        raise WebSocketUnavailableError(
            f"WebSocket mode needs the 'websockets' package: {INSTALL_HINT}"
        ) from exc
    return websockets


# --------------------------------------------------------------------------- sans-I/O core


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


def _to_response(data: Mapping[str, Any] | None) -> Response | None:
    if data is None:
        return None
    try:
        return Response.from_dict(dict(data))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


class TurnCore:
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
        self.accumulator = ResponseAccumulator()
        self._checker = StrictChecker() if self._strict else None
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
        """The response accumulated so far."""
        return _to_response(self.accumulator.snapshot()) if self.events_seen else None

    def final_response(self) -> Response:
        """The final response of a finished turn."""
        response = _to_response(self.accumulator.final())
        if response is None:
            raise IncompleteStreamError(
                "The turn has no usable final response", snapshot=self.snapshot()
            )
        return response

    def feed(self, data: str | bytes) -> list[StreamEvent]:
        """Typed events of one frame; an ``error`` frame ends the turn and is raised."""
        if self.finished:
            return []
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        if text.strip() == _DONE:  # tolerated, as the compliance suite does
            if not self.accumulator.is_terminal:
                raise self.fail(
                    IncompleteStreamError(
                        "The server sent [DONE] before a terminal event",
                        snapshot=self.snapshot(),
                        last_sequence_number=self.accumulator.last_sequence_number,
                    )
                )
            self.finished = True
            return []
        try:
            payload = json.loads(text)
        except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
            if self._checker is not None:
                raise self.fail(
                    ProtocolError(f"frame is not JSON: {scrub(text[:200])!r}")
                ) from None
            return [UnknownEvent("", text)]  # lenient: surfaced, not fatal
        if type(payload) is dict:
            if payload.get("type") == "error" or (
                "type" not in payload and isinstance(payload.get("error"), Mapping)
            ):
                error = status_error_from_payload(None, payload)
                error.snapshot = self.snapshot()
                rid = self.accumulator.response_id
                if rid is not None:
                    # Frames the server may still send for this response belong to no turn.
                    self._stale_ids.add(rid)
                raise self.fail(error)
            if self._is_stale(payload):
                return []
            if self._checker is not None:
                violation = self._checker.check(payload, None)
                if violation:
                    raise self.fail(ProtocolError(violation, event=payload))
            self.accumulator.feed(payload)
        self.events_seen += 1
        if self.accumulator.is_terminal:
            self.finished = True
        return [parse_event(payload)]

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


# --------------------------------------------------------------------------- options


@dataclass(frozen=True, slots=True)
class _Options:
    """Everything needed to open (and reopen) a socket, resolved once."""

    url: str
    headers: dict[str, str]
    auth_header: str
    user_agent: str | None
    open_timeout: float | None
    read_timeout: float | None
    total_timeout: float | None
    max_size: int | None
    compression: str | None

    def handshake_error(self, exc: BaseException) -> APIConnectionError | APIStatusError:
        """Map a failed handshake (refused, bad status, timeout) to our errors."""
        response = getattr(exc, "response", None)
        status = getattr(response, "status_code", None)
        request = httpx.Request("GET", self.url.replace("ws", "http", 1), headers=self.headers)
        if isinstance(status, int):
            raw: Any = getattr(response, "headers", None)
            items = list(raw.raw_items()) if hasattr(raw, "raw_items") else []
            body = bytes(getattr(response, "body", None) or b"")  # may be a bytearray
            reply = httpx.Response(status, headers=items, content=body, request=request)
            reply.read()  # the factory only reads bodies marked as read
            return status_error_from_response(reply)
        if isinstance(exc, TimeoutError):
            return APITimeoutError("The WebSocket handshake timed out", request=request)
        return APIConnectionError(
            f"WebSocket connection to {self.url} failed: {type(exc).__name__}: {exc}",
            request=request,
        )


def _seconds(value: float | NotGiven | None, default: float | None) -> float | None:
    return default if isinstance(value, NotGiven) else value


def _resolve(
    settings: ClientSettings,
    *,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str] | None,
    open_timeout: float | NotGiven | None,
    timeout: float | NotGiven | None,
    total_timeout: float | NotGiven | None,
    max_size: int | None,
    compression: str | None,
) -> _Options:
    url = to_websocket_url(settings.base_url)
    query = {**settings.default_query, **(extra_query or {})}
    if query:
        url = join_url(url, "?" + urlencode(query))
    headers = dict(settings.headers)
    headers.update(extra_headers or {})
    # The handshake is a GET upgrade: no JSON Accept; User-Agent goes its own way
    # so websockets does not add a second one.
    for name in list(headers):
        if name.lower() == "accept":
            del headers[name]
    user_agent = next((headers.pop(n) for n in list(headers) if n.lower() == "user-agent"), None)
    return _Options(
        url=url,
        headers=headers,
        auth_header=settings.auth_header,
        user_agent=user_agent,
        open_timeout=_seconds(open_timeout, settings.timeout.connect),
        read_timeout=_seconds(timeout, settings.timeout.read),
        total_timeout=_seconds(total_timeout, settings.total_timeout),
        max_size=max_size,
        compression=compression,
    )


# --------------------------------------------------------------------------- turns


class _TurnView(AccumulatedView):
    """Accessors shared by the sync and async turns."""

    _core: TurnCore

    def __init__(self, core: TurnCore) -> None:
        self._core = core

    @property
    def request(self) -> dict[str, Any]:
        """The ``response.create`` frame sent (the last one, after a transparent resend)."""
        return dict(self._core.frame)

    @property
    def done(self) -> bool:
        """Whether the turn has ended (terminal event, error or connection loss)."""
        return self._core.finished


class WebSocketTurn(_TurnView):
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

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Read and discard the rest of the turn so the connection can take the next one.

        The spec has no way to cancel a WebSocket turn; its frames must be read.
        """
        with contextlib.suppress(OpenResponsesError):
            self.until_done()

    def until_done(self) -> WebSocketTurn:
        """Consume the remaining events."""
        for _ in self:
            pass
        return self

    def get_final_response(self) -> Response:
        """Consume the rest of the turn and return the final response.

        An ``error`` frame raises its typed :class:`APIStatusError`; a dropped
        socket raises :class:`APIConnectionError` with the partial ``snapshot``.
        """
        self.until_done()
        if self._core.error is not None:
            raise self._core.error
        return self._core.final_response()

    def text_deltas(self) -> Iterator[str]:
        """Yield only the output text as it arrives."""
        from ._generated.models import ResponseOutputTextDeltaStreamingEvent

        # Like the SSE twin: stopping early still drains the turn, so the
        # connection can take the next one.
        with self:
            for event in self:
                if isinstance(event, ResponseOutputTextDeltaStreamingEvent):
                    yield event.delta


class AsyncWebSocketTurn(_TurnView):
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

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Read and discard the rest of the turn (see the sync twin)."""
        with contextlib.suppress(OpenResponsesError):
            await self.until_done()

    async def until_done(self) -> AsyncWebSocketTurn:
        """Consume the remaining events."""
        async for _ in self:
            pass
        return self

    async def get_final_response(self) -> Response:
        """Consume the rest of the turn and return the final response (see the sync twin)."""
        await self.until_done()
        if self._core.error is not None:
            raise self._core.error
        return self._core.final_response()

    async def text_deltas(self) -> AsyncIterator[str]:
        """Yield only the output text as it arrives."""
        from ._generated.models import ResponseOutputTextDeltaStreamingEvent

        async with self:
            async for event in self:
                if isinstance(event, ResponseOutputTextDeltaStreamingEvent):
                    yield event.delta


# --------------------------------------------------------------------------- connections


class _ConnectionView:
    """State accessors shared by the sync and async connections."""

    def __init__(self, options: _Options, core: ConnectionCore) -> None:
        self._options = options
        self._core = core
        self._dead = False  # the socket closed under us; reconnect() before the next turn
        self._closed = False  # close() was called
        # The ConnectionClosed that killed the socket: its close code picks the error.
        self._close_cause: BaseException | None = None

    @property
    def url(self) -> str:
        """The ``ws(s)://…/responses`` URL of the connection."""
        return self._options.url

    @property
    def last_response_id(self) -> str | None:
        """The id of the last completed (or incomplete) response on this connection."""
        return self._core.last_response_id

    @property
    def last_response(self) -> Response | None:
        """The last completed (or incomplete) response on this connection."""
        return _to_response(self._core.last_response)

    @property
    def context(self) -> list[dict[str, Any]] | None:
        """A copy of the chain's items (inputs and outputs) up to ``last_response_id``.

        ``None`` when the chain began from a ``previous_response_id`` this
        connection did not create (its earlier items are unknown).
        """
        chain = self._core.chain
        return None if chain is None else [dict(item) for item in chain]

    @property
    def can_continue(self) -> bool:
        """Whether continuing with ``previous_response_id=last_response_id`` should work.

        False after a reconnect when the response was not stored (``store=False``),
        or after a failed continuation evicted it; use ``create(..., recover=True)``.
        """
        return self._core.can_continue

    def _deadline(self) -> float | None:
        total = self._options.total_timeout
        return None if total is None else time.monotonic() + total

    def _wait_time(self, deadline: float | None) -> float | None:
        wait = self._options.read_timeout
        if deadline is not None:
            left = max(deadline - time.monotonic(), 0.0)
            wait = left if wait is None else min(wait, left)
        return wait

    def _lost(self, turn: TurnCore, exc: BaseException) -> APIError:
        self._dead = True
        self._close_cause = exc
        snapshot = turn.snapshot()
        typed = close_error(exc, snapshot=snapshot)
        if typed is not None:
            turn.fail(typed)
            return typed
        if isinstance(exc, TimeoutError):
            error: APIConnectionError = APITimeoutError(
                "No WebSocket frame arrived within the timeout", snapshot=snapshot
            )
        else:
            error = APIConnectionError(
                f"The WebSocket connection dropped mid-turn: {type(exc).__name__}: {exc}",
                snapshot=snapshot,
            )
        turn.fail(error)
        return error

    def _closed_error(self, exc: BaseException | None = None) -> APIError:
        if exc is not None:
            self._close_cause = exc
        typed = close_error(self._close_cause)
        if typed is not None:
            return typed
        return APIConnectionError(
            "The WebSocket connection is closed; call reconnect() (then create(..., "
            "recover=True) to rebuild a store=False chain)"
        )


class ResponsesConnection(_ConnectionView):
    """A synchronous WebSocket connection to ``/v1/responses`` (no asyncio loop needed).

    Made by :func:`connect` (``client.responses.connect()``), which performs the
    handshake. Use it in a ``with`` block or call :meth:`close`. One turn at a
    time; one thread at a time.
    """

    def __init__(self, options: _Options, core: ConnectionCore) -> None:
        super().__init__(options, core)
        self._ws: SyncWSConnection | None = None

    def _open(self) -> None:
        _import_websockets()
        from websockets.sync.client import connect as ws_connect

        opts = self._options
        logger.debug(
            "WebSocket connect %s headers=%s",
            opts.url,
            redact_headers(opts.headers, also=(opts.auth_header,)),
        )
        try:
            ws = ws_connect(
                opts.url,
                additional_headers=opts.headers,
                user_agent_header=opts.user_agent,
                open_timeout=opts.open_timeout,
                close_timeout=WEBSOCKET_CLOSE_TIMEOUT,
                max_size=opts.max_size,
                compression=opts.compression,
                create_connection=sync_connection_class(opts.url, opts.auth_header),
            )
        except Exception as exc:
            raise opts.handshake_error(exc) from exc
        # Entering the connection marks it as managed (websockets >= 17 warns otherwise);
        # close() below is its exit.
        self._ws = ws.__enter__()
        self._dead = False
        self._close_cause = None
        self._core.new_socket()

    @property
    def closed(self) -> bool:
        """Whether the socket is closed (by :meth:`close` or by the server)."""
        return self._ws is None or self._dead

    def reconnect(self) -> None:
        """Replace the socket with a new one, keeping the recorded chain.

        The server's connection-local state is lost: continuing a ``store=False``
        response by id then fails with ``PreviousResponseNotFoundError``; use
        ``create(..., recover=True)``.
        """
        self._core.abandon_turn()
        self._reopen()

    def _reopen(self) -> None:
        self._close_socket()
        self._closed = False
        self._open()

    def close(self) -> None:
        """Close the socket."""
        self._closed = True
        self._close_cause = None  # closed by the caller: no server close code to explain
        self._close_socket()

    def _close_socket(self) -> None:
        ws, self._ws = self._ws, None
        if ws is not None:
            with contextlib.suppress(Exception):
                ws.close()

    def __enter__(self) -> ResponsesConnection:
        if self._ws is None:
            self._open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def create(
        self,
        body: Any = None,
        /,
        *,
        recover: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> WebSocketTurn:
        """Send ``response.create`` with the body and return the turn to read.

        Keywords mirror ``CreateResponseBody``; ``stream``, ``stream_options`` and
        ``background`` are dropped (with a warning). Continue a chain with
        ``previous_response_id`` and only the new items. ``recover=True`` starts
        a new chain instead: the recorded context plus ``input``, without the id.
        Raises :class:`TurnInProgressError` while the previous turn is unconsumed.
        """
        core = self._core
        turn = core.prepare(body, params, extra_body, recover=recover)
        try:
            if self._ws is None or self._dead or self._closed:
                raise self._closed_error()
            text = turn.encode()
            if core.must_reconnect:  # the server announced its connection limit earlier
                self._reopen()
                text = core.frame_for_new_socket(turn)
            self._send(turn, text)
        except BaseException as exc:
            if not turn.finished:
                turn.fail(exc if isinstance(exc, OpenResponsesError) else APIConnectionError())
            raise
        return WebSocketTurn(self, turn)

    def _send(self, turn: TurnCore, text: str) -> None:
        from websockets.exceptions import ConnectionClosed

        assert self._ws is not None
        try:
            self._ws.send(text)
            return
        except ConnectionClosed as exc:
            drained = self._drain()
            if not (self._core.reconnect_on_limit and self._core.limit_in(drained)):
                self._dead = True
                raise self._closed_error(exc) from exc
        # The socket closed while idle after the server's connection-limit error.
        self._reopen()
        self._ws_send(self._core.frame_for_new_socket(turn))

    def _ws_send(self, text: str) -> None:
        from websockets.exceptions import ConnectionClosed

        assert self._ws is not None
        try:
            self._ws.send(text)
        except ConnectionClosed as exc:
            self._dead = True
            raise self._closed_error(exc) from exc

    def _drain(self) -> list[str | bytes]:
        frames: list[str | bytes] = []
        assert self._ws is not None
        with contextlib.suppress(Exception):
            while True:
                frames.append(self._ws.recv(timeout=0))
        return frames

    def _events(self, turn: TurnCore) -> Generator[StreamEvent, None, None]:
        from websockets.exceptions import ConnectionClosed

        deadline = self._deadline()
        while not turn.finished:
            if self._ws is None:
                raise turn.fail(self._closed_error())
            try:
                data = self._ws.recv(timeout=self._wait_time(deadline))
            except (ConnectionClosed, TimeoutError, OSError) as exc:
                raise self._lost(turn, exc) from exc
            step = self._core.receive(turn, data)
            if step.resend is not None:
                self._reopen()
                self._ws_send(step.resend)
                continue
            yield from step.events


class AsyncResponsesConnection(_ConnectionView):
    """The asyncio twin of :class:`ResponsesConnection`.

    Made by :func:`aconnect`; the handshake happens on ``async with``, on
    ``await`` (``ws = await client.responses.connect()``), or on the first turn.
    """

    def __init__(self, options: _Options, core: ConnectionCore) -> None:
        super().__init__(options, core)
        self._ws: AsyncWSConnection | None = None

    async def open(self) -> AsyncResponsesConnection:
        """Perform the handshake (if not done yet); returns ``self``."""
        if self._ws is None:
            await self._open()
        return self

    def __await__(self) -> Generator[Any, None, AsyncResponsesConnection]:
        return self.open().__await__()

    async def _open(self) -> None:
        _import_websockets()
        from websockets.asyncio.client import connect as ws_connect

        opts = self._options
        logger.debug(
            "WebSocket connect %s headers=%s",
            opts.url,
            redact_headers(opts.headers, also=(opts.auth_header,)),
        )
        try:
            self._ws = await ws_connect(
                opts.url,
                additional_headers=opts.headers,
                user_agent_header=opts.user_agent,
                open_timeout=opts.open_timeout,
                close_timeout=WEBSOCKET_CLOSE_TIMEOUT,
                max_size=opts.max_size,
                compression=opts.compression,
                create_connection=async_connection_class(opts.url, opts.auth_header),
            )
        except Exception as exc:
            raise opts.handshake_error(exc) from exc
        self._dead = False
        self._close_cause = None
        self._core.new_socket()

    @property
    def closed(self) -> bool:
        """Whether the socket is closed (or not opened yet)."""
        return self._ws is None or self._dead

    async def reconnect(self) -> None:
        """Replace the socket with a new one, keeping the recorded chain (see the sync twin)."""
        self._core.abandon_turn()
        await self._reopen()

    async def _reopen(self) -> None:
        await self._close_socket()
        self._closed = False
        await self._open()

    async def close(self) -> None:
        """Close the socket."""
        self._closed = True
        self._close_cause = None  # closed by the caller: no server close code to explain
        await self._close_socket()

    async def _close_socket(self) -> None:
        ws, self._ws = self._ws, None
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()

    async def __aenter__(self) -> AsyncResponsesConnection:
        return await self.open()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def create(
        self,
        body: Any = None,
        /,
        *,
        recover: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> AsyncWebSocketTurn:
        """Send ``response.create`` and return the turn (see the sync twin)."""
        core = self._core
        turn = core.prepare(body, params, extra_body, recover=recover)
        try:
            if self._ws is None and not self._dead and not self._closed:
                await self._open()  # lazily, when neither awaited nor entered
            if self._ws is None or self._dead or self._closed:
                raise self._closed_error()
            text = turn.encode()
            if core.must_reconnect:
                await self._reopen()
                text = core.frame_for_new_socket(turn)
            await self._send(turn, text)
        except BaseException as exc:
            if not turn.finished:
                turn.fail(exc if isinstance(exc, OpenResponsesError) else APIConnectionError())
            raise
        return AsyncWebSocketTurn(self, turn)

    async def _send(self, turn: TurnCore, text: str) -> None:
        from websockets.exceptions import ConnectionClosed

        assert self._ws is not None
        try:
            await self._ws.send(text)
            return
        except ConnectionClosed as exc:
            drained = await self._drain()
            if not (self._core.reconnect_on_limit and self._core.limit_in(drained)):
                self._dead = True
                raise self._closed_error(exc) from exc
        await self._reopen()
        await self._ws_send(self._core.frame_for_new_socket(turn))

    async def _ws_send(self, text: str) -> None:
        from websockets.exceptions import ConnectionClosed

        assert self._ws is not None
        try:
            await self._ws.send(text)
        except ConnectionClosed as exc:
            self._dead = True
            raise self._closed_error(exc) from exc

    async def _drain(self) -> list[str | bytes]:
        frames: list[str | bytes] = []
        assert self._ws is not None
        with contextlib.suppress(Exception):
            while True:
                async with asyncio.timeout(0.01):
                    frames.append(await self._ws.recv())
        return frames

    async def _events(self, turn: TurnCore) -> AsyncIterator[StreamEvent]:
        from websockets.exceptions import ConnectionClosed

        deadline = self._deadline()
        while not turn.finished:
            if self._ws is None:
                raise turn.fail(self._closed_error())
            try:
                async with asyncio.timeout(self._wait_time(deadline)):
                    data = await self._ws.recv()
            except (ConnectionClosed, TimeoutError, OSError) as exc:
                raise self._lost(turn, exc) from exc
            step = self._core.receive(turn, data)
            if step.resend is not None:
                await self._reopen()
                await self._ws_send(step.resend)
                continue
            for event in step.events:
                yield event


# --------------------------------------------------------------------------- entry points


def _options_and_core(
    settings: ClientSettings,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str] | None,
    open_timeout: float | NotGiven | None,
    timeout: float | NotGiven | None,
    total_timeout: float | NotGiven | None,
    strict: bool | None,
    max_size: int | None,
    compression: str | None,
    reconnect_on_limit: bool,
) -> tuple[_Options, ConnectionCore]:
    _import_websockets()  # fail early, with the install hint
    options = _resolve(
        settings,
        extra_headers=extra_headers,
        extra_query=extra_query,
        open_timeout=open_timeout,
        timeout=timeout,
        total_timeout=total_timeout,
        max_size=max_size,
        compression=compression,
    )
    core = ConnectionCore(
        strict=settings.strict if strict is None else strict,
        reconnect_on_limit=reconnect_on_limit,
    )
    return options, core


def connect(
    client: Client,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    open_timeout: float | NotGiven | None = NOT_GIVEN,
    timeout: float | NotGiven | None = NOT_GIVEN,
    total_timeout: float | NotGiven | None = NOT_GIVEN,
    strict: bool | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
    compression: str | None = "deflate",
    reconnect_on_limit: bool = True,
) -> ResponsesConnection:
    """Open a WebSocket connection to the client's ``/responses`` (handshake done here).

    The handshake carries the client's auth and default headers, User-Agent
    and default query. ``open_timeout`` bounds the handshake (default: the
    client's connect timeout), ``timeout`` the wait for each frame (default: its
    read timeout), ``total_timeout`` a whole turn. ``reconnect_on_limit`` makes
    the server's ``websocket_connection_limit_reached`` transparent: reconnect
    and resend (by id if stored, else with the recorded context).
    Raises :class:`WebSocketUnavailableError` without ``websockets``.
    """
    options, core = _options_and_core(
        client.settings,
        extra_headers,
        extra_query,
        open_timeout,
        timeout,
        total_timeout,
        strict,
        max_size,
        compression,
        reconnect_on_limit,
    )
    connection = ResponsesConnection(options, core)
    connection._open()
    return connection


def aconnect(
    client: AsyncClient,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
    open_timeout: float | NotGiven | None = NOT_GIVEN,
    timeout: float | NotGiven | None = NOT_GIVEN,
    total_timeout: float | NotGiven | None = NOT_GIVEN,
    strict: bool | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
    compression: str | None = "deflate",
    reconnect_on_limit: bool = True,
) -> AsyncResponsesConnection:
    """The asyncio twin of :func:`connect`; the handshake runs on ``async with`` or ``await``."""
    options, core = _options_and_core(
        client.settings,
        extra_headers,
        extra_query,
        open_timeout,
        timeout,
        total_timeout,
        strict,
        max_size,
        compression,
        reconnect_on_limit,
    )
    return AsyncResponsesConnection(options, core)
