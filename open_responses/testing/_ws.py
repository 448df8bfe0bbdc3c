"""WebSocket mode for the embedded server (spec section "WebSocket Transport").

:class:`ResponsesServer` hands a ``GET /v1/responses`` (or ``/responses``)
carrying ``Upgrade: websocket`` to :func:`serve_websocket`, which runs the
whole connection in the handler's thread:

- the handshake and the framing come from ``websockets``' sans-I/O
  ``ServerProtocol`` (an optional dependency, imported here lazily; without it
  the upgrade gets a 501 JSON error);
- each ``{"type": "response.create", ...}`` message is one turn through
  :meth:`ResponsesApp.handle`, as a streamed ``POST /responses``: the SSE events
  the app produces are sent as JSON text frames (no SSE framing, no ``[DONE]``),
  so the scripted model, its fault queue and the stored responses are shared
  with HTTP. ``cut_after`` drops the socket mid-turn, ``stall_*``/``event_delay``
  pause, ``http_error`` becomes an error frame;
- turns run strictly one after the other;
- ``stream``, ``stream_options`` and ``background`` are refused with an error frame;
- responses are remembered per connection (the newest
  :attr:`WebSocketSettings.remembered_responses`), so ``store: false`` responses can be
  continued by id on the same socket only; stored ones are rehydrated by the
  app on any socket. A continuation that fails with a 4xx/5xx evicts its
  ``previous_response_id`` from the connection's memory;
- errors are ``{"type": "error", "status": N, "error": {type, code, message, param}}``;
- after :attr:`WebSocketSettings.time_limit` seconds the server sends
  ``websocket_connection_limit_reached`` and closes (an in-flight turn finishes first).

Turns are recorded in ``app.requests`` as the frame the client sent, with the
method ``"WEBSOCKET"`` and the handshake's headers.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

from ._app import ResponsesApp
from ._checks import parse_json
from ._exchange import (
    JSON,
    Disconnect,
    JSONReply,
    Pause,
    RecordedRequest,
    Request,
    StreamReply,
    dumps,
)
from ._store import BoundedMap

if TYPE_CHECKING:
    from websockets.server import ServerProtocol

__all__ = ["WebSocketSettings"]


DEFAULT_TIME_LIMIT = 60 * 60.0
"""The spec caps a WebSocket connection at 60 minutes."""
CONNECTION_LIMIT_REACHED = "websocket_connection_limit_reached"
WEBSOCKET_PATHS = frozenset({"/v1/responses", "/responses"})
# HTTP/SSE-only fields the spec forbids on a WebSocket ``response.create``.
_TRANSPORT_FIELDS = ("stream", "stream_options", "background")
_TERMINAL = frozenset({"response.completed", "response.incomplete", "response.failed"})
# How long a closing handshake may take before the socket is simply shut.
_CLOSE_WAIT = 2.0


@dataclass
class WebSocketSettings:
    """Tunables of the WebSocket endpoint, read when a connection opens."""

    time_limit: float = DEFAULT_TIME_LIMIT
    """Seconds before ``websocket_connection_limit_reached`` (tests use a fraction of a second)."""
    max_size: int | None = 64 * 2**20
    """Largest accepted incoming message; compacted windows can be big."""
    remembered_responses: int = 256
    """Responses a connection remembers for ``previous_response_id`` (the newest)."""


def is_websocket_upgrade(method: str, path: str, upgrade: str | None) -> bool:
    """Whether a request is a WebSocket upgrade on the responses resource."""
    if method.upper() != "GET" or "websocket" not in (upgrade or "").lower():
        return False
    return (path.split("?", 1)[0].rstrip("/") or "/") in WEBSOCKET_PATHS


def _error_frame(
    status: int, code: str, message: str, param: str | None = None, type: str | None = None
) -> JSON:
    """The spec's WebSocket error envelope (no ``sequence_number``)."""
    error = {
        "type": type or ("server_error" if status >= 500 else "invalid_request"),
        "code": code,
        "message": message,
        "param": param,
    }
    return {"type": "error", "status": status, "error": error}


# --------------------------------------------------------------------------- entry point


def serve_websocket(
    handler: BaseHTTPRequestHandler,
    app: ResponsesApp,
    settings: WebSocketSettings,
    stopping: threading.Event,
) -> None:
    """Take over the handler's connection: handshake, then turns until it closes."""
    handler.close_connection = True  # the socket never returns to HTTP
    try:
        # Lazy: websockets is optional (the 'websocket' extra), and a server without
        # it still serves HTTP. The top-level import first: cached submodules would
        # hide a missing package.
        import websockets  # noqa: F401
        from websockets.extensions.permessage_deflate import enable_server_permessage_deflate
        from websockets.http11 import Request as HandshakeRequest
        from websockets.server import ServerProtocol
    except ImportError:
        _refuse_without_websockets(handler)
        return

    protocol = ServerProtocol(
        extensions=enable_server_permessage_deflate(None),  # the client asks for deflate
        max_size=settings.max_size,
    )
    link = _Link(handler.connection, protocol, stopping)
    # BaseHTTPRequestHandler already parsed the request; feed its bytes to the
    # protocol so the handshake is checked and answered exactly as websockets does.
    head = [handler.requestline.encode("latin-1") + b"\r\n"]
    head += [f"{name}: {value}\r\n".encode("latin-1") for name, value in handler.headers.items()]
    protocol.receive_data(b"".join([*head, b"\r\n"]))
    request = next((e for e in protocol.events_received() if isinstance(e, HandshakeRequest)), None)
    if request is None:  # unparsable head: the protocol has queued its own answer
        link.flush()
        return
    response = protocol.accept(request)
    if "Server" in response.headers:
        del response.headers["Server"]
    response.headers["Server"] = handler.version_string()
    protocol.send_response(response)
    if not link.flush() or response.status_code != 101:
        return
    # A client must wait for the 101 before sending, but bytes already read
    # into the handler's buffer would otherwise be lost.
    early = _buffered(handler)
    if early:
        link.feed(early)
    headers = {name.lower(): value for name, value in handler.headers.items()}
    path = handler.path.split("?", 1)[0]
    _Session(app, path, headers, link, settings).run()


def _refuse_without_websockets(handler: BaseHTTPRequestHandler) -> None:
    body = dumps(
        {
            "error": {
                "message": "WebSocket mode needs the optional 'websockets' package on the "
                "server: pip install 'open_responses[websocket]'",
                "type": "server_error",
                "param": None,
                "code": "websockets_not_installed",
            }
        }
    ).encode()
    handler.send_response(501)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(body)


def _buffered(handler: BaseHTTPRequestHandler) -> bytes:
    """Bytes already received beyond the request head, read without blocking."""
    sock = handler.connection
    try:
        sock.setblocking(False)
        return handler.rfile.read1(65536) or b""
    except OSError:
        return b""
    finally:
        with contextlib.suppress(OSError):
            sock.setblocking(True)


# --------------------------------------------------------------------------- framing


class _Link:
    """The sans-I/O protocol bound to one socket: whole messages in, text frames out."""

    def __init__(
        self, sock: socket.socket, protocol: ServerProtocol, stopping: threading.Event
    ) -> None:
        self.sock = sock
        self.protocol = protocol
        self.stopping = stopping
        self.alive = True
        self._partial: bytearray | None = None
        self._messages: list[str] = []

    def flush(self) -> bool:
        """Write what the protocol produced; False once the socket is unusable."""
        for data in self.protocol.data_to_send():
            try:
                if data:
                    self.sock.sendall(data)
                else:  # websockets' SEND_EOF: half-close after the closing handshake
                    self.sock.shutdown(socket.SHUT_WR)
            except OSError:
                self.alive = False
        return self.alive

    def feed(self, data: bytes) -> None:
        """Pass received bytes (``b""`` is EOF) to the protocol and collect messages."""
        # Lazy (websockets is optional); only reached after serve_websocket imported it.
        from websockets.frames import Frame, Opcode

        if data:
            self.protocol.receive_data(data)
        else:
            self.protocol.receive_eof()
            self.alive = False
        for event in self.protocol.events_received():
            if not isinstance(event, Frame):
                continue
            opcode = event.opcode
            if opcode in (Opcode.TEXT, Opcode.BINARY):
                self._partial = bytearray(event.data)
            elif opcode is Opcode.CONT and self._partial is not None:
                self._partial += event.data
            else:
                continue  # ping, pong and close are answered by the protocol itself
            if event.fin and self._partial is not None:
                self._messages.append(self._partial.decode("utf-8", "replace"))
                self._partial = None
        self.flush()

    @property
    def open(self) -> bool:
        """Whether frames can still be exchanged."""
        # Lazy (websockets is optional); only reached after serve_websocket imported it.
        from websockets.protocol import State

        return self.alive and self.protocol.state is State.OPEN

    def receive(self, timeout: float) -> list[str]:
        """The next complete messages; ``[]`` once closed. Raises TimeoutError."""
        while not self._messages and self.open:
            self.sock.settimeout(timeout)
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                raise
            except OSError:
                data = b""
            finally:
                with contextlib.suppress(OSError):
                    self.sock.settimeout(None)
            self.feed(data)
        messages, self._messages = self._messages, []
        return messages

    def send(self, text: str) -> bool:
        """Send one text frame; False if the socket is gone."""
        if not self.open:
            return False
        self.protocol.send_text(text.encode())
        return self.flush()

    def pause(self, seconds: float) -> bool:
        """Wait, unless the server is stopping (then False)."""
        return not self.stopping.wait(seconds)

    def abort(self) -> None:
        """Drop the TCP connection without a closing handshake (a network failure)."""
        self.alive = False
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)

    def close(self, reason: str) -> None:
        """Closing handshake (code 1000), bounded in time, then shut the socket."""
        if self.open:
            self.protocol.send_close(1000, reason)
            self.flush()
            deadline = time.monotonic() + _CLOSE_WAIT
            with contextlib.suppress(OSError):
                while self.alive and not self.stopping.is_set():
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self.sock.settimeout(left)
                    self.feed(self.sock.recv(65536))
        self.abort()


# --------------------------------------------------------------------------- turns


@dataclass
class _Chain:
    """What a response remembered on the connection stands for.

    ``base`` is a stored response the chain starts from (the app keeps its
    history) or ``None``; ``items`` are the inputs and outputs after it.
    """

    base: str | None
    items: list[Any] = field(default_factory=list)


def _as_items(raw: Any) -> list[Any] | None:
    """``input`` as a list of items (a string is one user message); None if malformed."""
    if raw is None:
        return []
    if isinstance(raw, str):
        return [{"type": "message", "role": "user", "content": raw}]
    return list(raw) if isinstance(raw, list) else None


def _sse_data(chunk: bytes) -> str | None:
    """The ``data`` of one SSE event chunk as the app writes them (None: no data)."""
    lines = [
        line[5:].removeprefix(" ")
        for line in chunk.decode("utf-8", "replace").splitlines()
        if line.startswith("data:")
    ]
    return "\n".join(lines) if lines else None


class _Session:
    """One WebSocket connection: connection-local state and the turn loop."""

    def __init__(
        self,
        app: ResponsesApp,
        path: str,
        headers: dict[str, str],
        link: _Link,
        settings: WebSocketSettings,
    ) -> None:
        self.app = app
        self.path = path
        self.headers = headers
        self.link = link
        self.time_limit = settings.time_limit
        self.deadline = time.monotonic() + settings.time_limit
        self.chains: BoundedMap[_Chain] = BoundedMap(settings.remembered_responses)
        # A handshake's Idempotency-Key would make every turn a retry of the first.
        self.turn_headers = {k: v for k, v in headers.items() if k != "idempotency-key"}

    def run(self) -> None:
        """Answer messages one at a time until the socket closes or the limit is hit."""
        while self.link.open:
            left = self.deadline - time.monotonic()
            try:
                messages = self.link.receive(max(left, 0.0)) if left > 0 else None
            except TimeoutError:
                messages = None
            if messages is None:
                return self._limit_reached()
            for text in messages:
                # A turn that started in time finishes; the next one gets the limit error.
                if time.monotonic() >= self.deadline:
                    return self._limit_reached()
                if not self._turn(text):
                    return
        self.link.abort()

    def _limit_reached(self) -> None:
        minutes = self.time_limit / 60
        limit = f"{minutes:g} minutes" if minutes >= 1 else f"{self.time_limit:g} seconds"
        frame = _error_frame(
            400,
            CONNECTION_LIMIT_REACHED,
            f"Responses websocket connection limit reached ({limit}). "
            "Create a new websocket connection to continue.",
        )
        self.link.send(dumps(frame))
        self.link.close("connection limit reached")

    def _send_error(self, frame: JSON) -> bool:
        return self.link.send(dumps(frame))

    def _turn(self, text: str) -> bool:
        """Answer one message; False when the socket is gone."""
        try:
            frame = parse_json(text)
        except ValueError as exc:
            return self._send_error(
                _error_frame(400, "invalid_json", f"The message is not valid JSON: {exc}")
            )
        if not isinstance(frame, dict):
            return self._send_error(
                _error_frame(400, "invalid_type", "A message must be a JSON object.")
            )
        if frame.get("type") != "response.create":
            return self._send_error(
                _error_frame(
                    400,
                    "invalid_value",
                    f"Unsupported message type {frame.get('type')!r}; expected 'response.create'.",
                    "type",
                )
            )
        for key in _TRANSPORT_FIELDS:
            if key in frame:
                return self._send_error(
                    _error_frame(
                        400,
                        "unsupported_parameter",
                        f"'{key}' is not allowed on WebSocket requests.",
                        key,
                    )
                )
        return self._create(frame)

    def _create(self, frame: JSON) -> bool:
        body = {k: v for k, v in frame.items() if k != "type"}
        previous = body.get("previous_response_id")
        new_items = _as_items(body.get("input"))
        sent = dict(body, stream=True)
        chain, inlined = self._continue(previous, new_items, sent)
        reply = self._handle(frame, sent)
        if isinstance(reply, JSONReply):
            return self._json_reply(reply, previous, inlined)
        return self._forward(reply, chain, new_items, inlined)

    def _continue(
        self, previous: Any, new_items: list[Any] | None, sent: JSON
    ) -> tuple[_Chain, str | None]:
        """The chain a turn extends, and the unstored id it inlines (``sent`` is rewritten)."""
        if not isinstance(previous, str):
            return _Chain(None), None
        local = self.chains.get(previous)
        # Stored responses are the app's business (rehydration); an unstored
        # one from this socket is replayed as its history in ``input``.
        if local is None or new_items is None or self.app.get_response(previous) is not None:
            return _Chain(previous), None
        chain = _Chain(local.base, list(local.items))
        sent["input"] = chain.items + new_items
        if local.base is None:
            del sent["previous_response_id"]
        else:
            sent["previous_response_id"] = local.base
        return chain, previous

    def _forward(
        self, reply: StreamReply, chain: _Chain, new_items: list[Any] | None, inlined: str | None
    ) -> bool:
        """Send the app's SSE events as text frames; False when the socket is gone."""
        for chunk in reply.chunks:
            if isinstance(chunk, Pause):
                if not self.link.pause(chunk.seconds):
                    self.link.abort()
                    return False
                continue
            if isinstance(chunk, Disconnect):
                self.link.abort()  # scripted fault: the socket dies mid-turn
                return False
            data = _sse_data(chunk)
            if data is None or data == "[DONE]":
                continue  # SSE's end marker has no WebSocket counterpart
            if not self.link.send(self._frame_text(data, chain, new_items, inlined)):
                return False
        return True

    def _frame_text(
        self, data: str, chain: _Chain, new_items: list[Any] | None, inlined: str | None
    ) -> str:
        """One event as sent; a terminal one is remembered on the connection."""
        try:
            event = json.loads(data)
        except ValueError:
            return data  # scripted malformed event: sent as it is
        if not isinstance(event, dict):
            return data
        response = event.get("response")
        if inlined is not None and isinstance(response, dict):
            response["previous_response_id"] = inlined
            data = dumps(event)
        if event.get("type") in _TERMINAL and isinstance(response, dict):
            output = list(response.get("output") or [])
            rid = response.get("id")
            if isinstance(rid, str) and new_items is not None:
                self.chains.put(rid, _Chain(chain.base, chain.items + new_items + output))
        return data

    def _handle(self, frame: JSON, sent: JSON) -> JSONReply | StreamReply:
        """Run the turn through the app as a streamed ``POST`` and log the frame instead."""
        request = Request("POST", self.path, {}, self.turn_headers, dumps(sent).encode())
        reply = self.app.handle(request)
        log = self.app.requests
        with contextlib.suppress(IndexError):  # a concurrent reset() may empty the log
            for index in range(len(log) - 1, -1, -1):
                entry = log[index]
                if entry.method == "POST" and entry.path == self.path and entry.json == sent:
                    log[index] = RecordedRequest("WEBSOCKET", self.path, frame, dict(self.headers))
                    break
        return reply

    def _json_reply(self, reply: JSONReply, previous: Any, inlined: str | None) -> bool:
        if reply.delay > 0 and not self.link.pause(reply.delay):
            self.link.abort()
            return False
        if reply.disconnect:
            self.link.abort()
            return False
        if reply.status < 400:
            # Only sloppy-server faults (ignore_stream, html) get here: sent verbatim.
            return self.link.send(reply.body.decode("utf-8", "replace"))
        if isinstance(previous, str):
            self.chains.pop(previous)  # a failed continuation evicts its id
        try:
            payload = json.loads(reply.body)
            error = payload["error"] if isinstance(payload.get("error"), dict) else {}
        except (ValueError, AttributeError, KeyError):
            error = {}
        message = str(error.get("message") or f"Request failed with status {reply.status}.")
        code = (
            error.get("code")
            or error.get("type")
            or ("server_error" if reply.status >= 500 else "invalid_request")
        )
        if inlined is not None and code == "previous_response_not_found":
            message = f"Previous response with id '{inlined}' not found."
        param = error.get("param")
        frame = _error_frame(
            reply.status,
            str(code),
            message,
            param if isinstance(param, str) else None,
            str(error["type"]) if error.get("type") else None,
        )
        return self._send_error(frame)
