"""WebSocket mode: one persistent socket to ``/v1/responses``, one turn at a time.

The protocol is sans I/O in ``_ws_protocol`` (turn discipline, the chain,
recovery; each frame goes through the same event pipeline as an SSE event).
:class:`ResponsesConnection` (``websockets.sync``, no event loop needed) and
:class:`AsyncResponsesConnection` (``websockets.asyncio``) only open sockets and
move frames; their turns are in ``_ws_turn`` and their options in ``_ws_options``.

``websockets`` is an optional dependency, imported only when a socket is opened.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import time
from collections.abc import AsyncIterator, Generator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final

from ._base import NOT_GIVEN, NotGiven
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    OpenResponsesError,
    WebSocketUnavailableError,
)
from ._response import Response
from ._stream_view import to_response
from ._ws_close import close_error
from ._ws_guard import async_connection_class, sync_connection_class
from ._ws_options import DEFAULT_MAX_SIZE, Options, connection_core, resolve
from ._ws_protocol import ConnectionCore, TurnCore
from ._ws_turn import AsyncWebSocketTurn, WebSocketTurn

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncWSConnection
    from websockets.sync.client import ClientConnection as SyncWSConnection

    from ._client import AsyncClient, Client
    from ._events import StreamEvent

__all__ = [
    "AsyncResponsesConnection",
    "ResponsesConnection",
]

INSTALL_HINT: Final = "pip install 'open_responses[websocket]'"


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


class _ConnectionView:
    """State, accessors and error mapping shared by the sync and async connections."""

    _ws: Any  # the websockets connection of the current socket (None when closed)

    def __init__(self, options: Options, core: ConnectionCore) -> None:
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
    def closed(self) -> bool:
        """Whether the socket is closed (by :meth:`close`, by the server, or not opened yet)."""
        return self._ws is None or self._dead

    @property
    def last_response_id(self) -> str | None:
        """The id of the last completed (or incomplete) response on this connection."""
        return self._core.last_response_id

    @property
    def last_response(self) -> Response | None:
        """The last completed (or incomplete) response on this connection."""
        last = self._core.last_response
        return None if last is None else to_response(last)

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

    # -- socket state ------------------------------------------------------------------

    def _opened(self) -> None:
        """A new socket is up: the server keeps nothing of the previous one."""
        self._dead = False
        self._close_cause = None
        self._core.new_socket()

    def _closing(self) -> None:
        self._closed = True
        self._close_cause = None  # closed by the caller: no server close code to explain

    def _check_usable(self) -> None:
        if self._ws is None or self._dead or self._closed:
            raise self._closed_error()

    def _abort(self, turn: TurnCore, exc: BaseException) -> None:
        """A ``create`` failed before its turn was handed out: end the turn with the error."""
        if not turn.finished:
            turn.fail(exc if isinstance(exc, OpenResponsesError) else APIConnectionError())

    def _send_failed(self, exc: BaseException, drained: list[str | bytes]) -> None:
        """Sending found the socket closed: raise, unless it closed on the connection limit."""
        if not (self._core.reconnect_on_limit and self._core.limit_in(drained)):
            self._dead = True
            raise self._closed_error(exc) from exc

    # -- waiting and errors --------------------------------------------------------

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

    def __init__(self, options: Options, core: ConnectionCore) -> None:
        super().__init__(options, core)
        self._ws: SyncWSConnection | None = None

    def _open(self) -> None:
        _import_websockets()
        from websockets.sync.client import connect as ws_connect

        opts = self._options
        guard = sync_connection_class(opts.url, opts.auth_header)
        try:
            ws = ws_connect(opts.url, **opts.connect_arguments(guard))
        except Exception as exc:
            raise opts.handshake_error(exc) from exc
        # Entering the connection marks it as managed (websockets >= 17 warns otherwise);
        # close() below is its exit.
        self._ws = ws.__enter__()
        self._opened()

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
        self._closing()
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

    def __exit__(self, *exc_info: object) -> None:
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
            self._check_usable()
            text = turn.encode()
            if core.must_reconnect:  # the server announced its connection limit earlier
                self._reopen()
                text = core.frame_for_new_socket(turn)
            self._send(turn, text)
        except BaseException as exc:
            self._abort(turn, exc)
            raise
        return WebSocketTurn(self, turn)

    def _send(self, turn: TurnCore, text: str) -> None:
        from websockets.exceptions import ConnectionClosed

        assert self._ws is not None
        try:
            self._ws.send(text)
            return
        except ConnectionClosed as exc:
            self._send_failed(exc, self._drain())
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

    def __init__(self, options: Options, core: ConnectionCore) -> None:
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
        guard = async_connection_class(opts.url, opts.auth_header)
        try:
            self._ws = await ws_connect(opts.url, **opts.connect_arguments(guard))
        except Exception as exc:
            raise opts.handshake_error(exc) from exc
        self._opened()

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
        self._closing()
        await self._close_socket()

    async def _close_socket(self) -> None:
        ws, self._ws = self._ws, None
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()

    async def __aenter__(self) -> AsyncResponsesConnection:
        return await self.open()

    async def __aexit__(self, *exc_info: object) -> None:
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
            self._check_usable()
            text = turn.encode()
            if core.must_reconnect:
                await self._reopen()
                text = core.frame_for_new_socket(turn)
            await self._send(turn, text)
        except BaseException as exc:
            self._abort(turn, exc)
            raise
        return AsyncWebSocketTurn(self, turn)

    async def _send(self, turn: TurnCore, text: str) -> None:
        from websockets.exceptions import ConnectionClosed

        assert self._ws is not None
        try:
            await self._ws.send(text)
            return
        except ConnectionClosed as exc:
            self._send_failed(exc, await self._drain())
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


def _prepare(arguments: Mapping[str, Any]) -> tuple[Options, ConnectionCore]:
    """Resolve ``connect()``/``aconnect()``'s ``locals()`` (one reading for the twins)."""
    _import_websockets()  # fail early, with the install hint
    settings = arguments["client"].settings
    options = resolve(settings, **{name: arguments[name] for name in _OPTION_NAMES})
    core = connection_core(settings, arguments["strict"], arguments["reconnect_on_limit"])
    return options, core


# The connect() keywords that become Options (all of resolve()'s but the settings);
# the rest configure the ConnectionCore.
_OPTION_NAMES = tuple(inspect.signature(resolve).parameters)[1:]


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
    connection = ResponsesConnection(*_prepare(locals()))
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
    return AsyncResponsesConnection(*_prepare(locals()))
