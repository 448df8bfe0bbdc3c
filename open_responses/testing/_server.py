"""A real HTTP/1.1 server on top of :class:`ResponsesApp` (stdlib only).

Requests are read within :class:`ServerLimits` (size and time, see ``_http.py``):
whatever a client sends, it gets a reply in the spec's error shape or a closed
connection, never a traceback, and an idle or dripping connection does not
keep its thread for long.
"""

from __future__ import annotations

import contextlib
import io
import socket
import socketserver
import sys
import threading
import time
import traceback
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ._app import ResponsesApp
from ._exchange import Disconnect, JSONReply, Pause, Request, StreamReply, error_body
from ._http import DeadlineReader, FramingError, ServerLimits, head_size, read_body
from ._model import ScriptedModel
from ._ws import DEFAULT_TIME_LIMIT, WebSocketSettings, is_websocket_upgrade, serve_websocket

__all__ = ["ResponsesServer", "serve"]

# After an error reply, how long the rest of a request is read and dropped, so
# the client sees the reply rather than a reset caused by unread data.
_LINGER = 1.0


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(
        self, address: tuple[str, int], app: ResponsesApp, limits: ServerLimits | None = None
    ) -> None:
        self.app = app
        self.limits = limits if limits is not None else ServerLimits()
        self.stopping = threading.Event()
        self.connections: set[socket.socket] = set()
        self.accepted = 0  # connections accepted so far (tells whether clients reuse them)
        self.connections_lock = threading.Lock()
        self.websocket = WebSocketSettings()  # WebSocket mode (_ws.py); shared with ResponsesServer
        self.abandoned: list[str] = []  # paths of streams the client closed before the end
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), which can block on DNS.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def get_request(self) -> tuple[socket.socket, Any]:
        conn, addr = super().get_request()
        # Small SSE frames must leave immediately, not wait for Nagle's algorithm.
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.connections_lock:
            self.connections.add(conn)
            self.accepted += 1
        return conn, addr

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up (reset, broken pipe) is normal for a test server;
        # anything else still gets the standard report.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def drop_connections(self) -> None:
        """Close every open keep-alive connection so no handler thread lingers."""
        with self.connections_lock:
            conns = list(self.connections)
            self.connections.clear()
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def version_string(self) -> str:
        """The ``Server`` header value."""
        return "open-responses-testing"

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: tests and benchmarks do not want access logs."""

    def setup(self) -> None:
        """Read the socket through a :class:`DeadlineReader` (idle and per-request timeouts)."""
        super().setup()
        self.rfile.close()  # the plain reader would keep the socket open after close()
        self.reader = DeadlineReader(self.connection, self.server.limits)
        self.rfile = io.BufferedReader(self.reader, 65536)

    def handle_one_request(self) -> None:
        """Serve one request; a read that times out closes the connection (stdlib)."""
        self.reader.next_request()
        super().handle_one_request()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors found while parsing the head (414, 431, 400...) in the spec's JSON shape."""
        status = HTTPStatus(code)
        self._send_problem(
            code,
            message or status.phrase,
            status.phrase.lower().replace(" ", "_").replace("-", "_"),
        )

    def _send_problem(self, status: int, message: str, code: str) -> None:
        """A JSON error, then close: the rest of the request cannot be trusted."""
        self.close_connection = True
        if self.request_version == "HTTP/0.9":
            self.request_version = "HTTP/1.1"  # HTTP/0.9 replies have no status line at all
        body = error_body(message, "server_error" if status >= 500 else "invalid_request", code)
        with contextlib.suppress(OSError):
            self.connection.settimeout(self.server.limits.write_timeout)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            self.wfile.flush()
        self._linger()

    def _linger(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_WR)
            deadline = time.monotonic() + _LINGER
            while (left := deadline - time.monotonic()) > 0:
                self.connection.settimeout(left)
                if not self.connection.recv(65536):
                    break

    def handle_expect_100(self) -> bool:
        """Refuse an announced body over the limit instead of inviting it (``Expect: 100-continue``)."""
        limit = self.server.limits.max_body_bytes
        length = (self.headers.get("Content-Length") or "").strip()
        if length.isdigit() and int(length) > limit:
            message = f"The request body exceeds the limit of {limit} bytes."
            self._send_problem(413, message, "request_too_large")
            return False
        return super().handle_expect_100()

    def _read_request(self) -> Request | None:
        """The request with its body, or None once an error reply has been sent."""
        limits = self.server.limits
        if head_size(self.headers) > limits.max_header_bytes:
            message = f"The request headers exceed the limit of {limits.max_header_bytes} bytes."
            self._send_problem(431, message, "request_header_fields_too_large")
            return None
        try:
            body = read_body(self.rfile, self.headers, limits.max_body_bytes)
        except FramingError as exc:
            self._send_problem(exc.status, exc.message, exc.code)
            return None
        url = urlsplit(self.path)
        return Request(
            method=self.command,
            path=url.path,
            query=dict(parse_qsl(url.query, keep_blank_values=True)),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )

    def _handle(self) -> None:
        # --- WebSocket mode: upgrades on /v1/responses and /responses (see _ws.py) ---
        if is_websocket_upgrade(self.command, self.path, self.headers.get("Upgrade")):
            server = self.server
            self.connection.settimeout(None)  # the WebSocket session manages its own timeouts
            return serve_websocket(self, server.app, server.websocket, server.stopping)
        # --- end WebSocket mode ---
        request = self._read_request()
        if request is None:
            return None
        # Reading is over: from here on the socket only bounds writes to a stuck client.
        self.connection.settimeout(self.server.limits.write_timeout)
        try:
            reply = self.server.app.handle(request)
        except Exception as exc:  # a bug in the app: say so instead of dropping the connection
            traceback.print_exc()
            message = f"The test server failed: {type(exc).__name__}: {exc}"
            return self._send_problem(500, message, "server_error")
        if isinstance(reply, JSONReply):
            self._send_json(reply)
        else:
            self._send_stream(reply)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _handle

    def _wait(self, seconds: float) -> bool:
        """Sleep, but wake up (returning False) when the server stops."""
        return not self.server.stopping.wait(seconds)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _send_json(self, reply: JSONReply) -> None:
        if reply.delay > 0 and not self._wait(reply.delay):
            return self._drop()
        if reply.disconnect:
            return self._drop()
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def _send_stream(self, reply: StreamReply) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for chunk in reply.chunks:
                if isinstance(chunk, Pause):
                    if not self._wait(chunk.seconds):
                        return self._drop()
                elif isinstance(chunk, Disconnect):
                    return self._drop()
                elif chunk:
                    # One write per event: size line, payload and CRLF together.
                    self.wfile.write(b"%x\r\n%b\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client went away mid-stream
            self.server.abandoned.append(self.path)


class ResponsesServer:
    """A local Open Responses server on 127.0.0.1 running in a background thread.

    >>> with ResponsesServer() as server:          # doctest: +SKIP
    ...     httpx.post(server.base_url + "/v1/responses", json={"model": "m", "input": "hi"})

    ``server.app`` is the :class:`ResponsesApp`; ``server.app.model`` the
    :class:`ScriptedModel` to script; ``server.app.requests`` the request log
    (the newest entries, see :class:`StoreLimits`).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        app: ResponsesApp | None = None,
        model: ScriptedModel | None = None,
        websocket_time_limit: float = DEFAULT_TIME_LIMIT,
        limits: ServerLimits | None = None,
    ) -> None:
        """Prepare a server; ``port=0`` picks a free port when started.

        ``websocket_time_limit``: seconds a WebSocket connection may stay open
        before ``websocket_connection_limit_reached`` (the spec's 60 minutes).
        ``limits``: body and header sizes, idle and read timeouts (:class:`ServerLimits`).
        """
        self.app = app if app is not None else ResponsesApp(model)
        self.limits = limits if limits is not None else ServerLimits()
        self.websocket = WebSocketSettings(time_limit=websocket_time_limit)
        self.host = host
        self.port = port
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.abandoned_streams: list[str] = []
        """Paths of streams the client closed before their end (a cancelled stream shows here)."""

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT`` (routes are served with and without the ``/v1`` prefix)."""
        if self._httpd is None:
            raise RuntimeError("the server is not running; call start() first")
        return f"http://{self.host}:{self.port}"

    @property
    def connections_accepted(self) -> int:
        """How many TCP connections the server has accepted (keep-alive reuse shows here)."""
        return self._httpd.accepted if self._httpd is not None else 0

    @property
    def v1_url(self) -> str:
        """``http://HOST:PORT/v1``, the base URL most clients expect."""
        return self.base_url + "/v1"

    def start(self) -> ResponsesServer:
        """Bind and serve in a daemon thread; returns ``self``."""
        if self._httpd is not None:
            return self
        httpd = _HTTPServer((self.host, self.port), self.app, self.limits)
        httpd.websocket = self.websocket  # later changes to server.websocket apply to new sockets
        httpd.abandoned = self.abandoned_streams
        self.port = int(httpd.server_address[1])
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="open-responses-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, interrupt streams in progress and close all connections."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.stopping.set()
        httpd.shutdown()
        httpd.drop_connections()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> ResponsesServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    app: ResponsesApp | None = None,
    limits: ServerLimits | None = None,
) -> None:
    """Run a server in the foreground until interrupted (for ``open-responses serve``)."""
    httpd = _HTTPServer((host, port), app if app is not None else ResponsesApp(), limits)
    bound = httpd.server_address[1]
    print(
        f"Open Responses test server listening on http://{host}:{bound}/v1",
        file=sys.stderr,
        flush=True,
    )
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.stopping.set()
        httpd.drop_connections()
        httpd.server_close()
