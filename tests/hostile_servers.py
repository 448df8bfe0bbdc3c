"""Raw-socket servers on 127.0.0.1 that misbehave on purpose (for test_hostile_peers.py).

Each connection is served by a handler running in its own daemon thread; the
handler gets the socket after the request head (and body) has been read.
Nothing here allocates what it sends: big bodies are one small block repeated.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any

Handler = Callable[[socket.socket, bytes], None]

SSE_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
)


def chunk(data: bytes) -> bytes:
    """One HTTP/1.1 chunk."""
    return b"%x\r\n%s\r\n" % (len(data), data)


def response_json(status: str = "completed", output: list[Any] | None = None) -> dict[str, Any]:
    """A minimal response object."""
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "model": "m",
        "status": status,
        "output": output or [],
    }


def completed_stream() -> bytes:
    """The SSE body of a short completed response, ending with ``[DONE]``."""
    events = [
        {
            "type": "response.created",
            "sequence_number": 0,
            "response": response_json("in_progress"),
        },
        {"type": "response.completed", "sequence_number": 1, "response": response_json()},
    ]
    return b"".join(b"data: %s\n\n" % json.dumps(e).encode() for e in events) + b"data: [DONE]\n\n"


def read_request(conn: socket.socket) -> bytes:
    """Read one request head and its Content-Length body; return the whole request."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return data
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        piece = conn.recv(65536)
        if not piece:
            break
        body += piece
    return head + b"\r\n\r\n" + body


def header_of(request: bytes, name: str) -> str | None:
    """A request header's value (case-insensitive), or None."""
    head = request.partition(b"\r\n\r\n")[0].decode("latin-1")
    for line in head.split("\r\n")[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == name.lower():
            return value.strip()
    return None


class RawServer:
    """Accept connections on 127.0.0.1 and run ``handler(conn, request)`` for each."""

    def __init__(self, handler: Handler, *, read: bool = True) -> None:
        self.handler = handler
        self.read = read
        self.requests: list[bytes] = []
        self.connections = 0
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """The base URL to give a client."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def stopped(self) -> bool:
        """Whether the server is shutting down (handlers stop sending)."""
        return self._stop.is_set()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            request = read_request(conn) if self.read else b""
            self.requests.append(request)
            self.handler(conn, request)
        except OSError:
            pass  # the client hung up: that is what most tests want
        finally:
            conn.close()

    def close(self) -> None:
        """Stop accepting; handler threads end at their next send."""
        self._stop.set()
        self._thread.join(timeout=2)
        self._sock.close()

    def __enter__(self) -> RawServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def drip(
    conn: socket.socket,
    server: RawServer,
    byte: bytes = b"x",
    every: float = 0.2,
    seconds: float | None = None,
) -> None:
    """Send ``byte`` every ``every`` seconds until the client hangs up or the server stops.

    With ``seconds``, stop after that long (a test of a client that fails to cut
    the drip then ends anyway, just too late).
    """
    end = None if seconds is None else time.monotonic() + seconds
    while not server.stopped and (end is None or time.monotonic() < end):
        conn.sendall(byte)
        time.sleep(every)


def drip_headers(conn: socket.socket, server: RawServer, seconds: float | None = None) -> None:
    """Start a 200 reply, then drip one header's value a byte at a time (see :func:`drip`)."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nx-slow: ")
    drip(conn, server, seconds=seconds)


def idle(server: RawServer) -> None:
    """Send nothing until the server stops."""
    while not server.stopped:
        time.sleep(0.05)


def gzip_bomb_pieces(megabytes: int) -> Iterator[bytes]:
    """A gzip stream of ``megabytes`` MiB of zeros (never finished), piece by piece.

    After a full flush the compressor starts afresh, so every further MiB of
    zeros compresses to the same ~1 KiB: it is computed once and repeated.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(2**20)
    yield compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    piece = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    for _ in range(megabytes - 1):
        yield piece


def websocket_accept(request: bytes) -> bytes:
    """The 101 reply completing a WebSocket handshake (no extensions)."""
    key = header_of(request, "sec-websocket-key") or ""
    digest = hashlib.sha1((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()
    accept = base64.b64encode(digest).decode()
    return (
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Accept: {accept}\r\n\r\n"
    ).encode()


def websocket_text_frame(text: str) -> bytes:
    """One unmasked server text frame."""
    payload = text.encode()
    size = len(payload)
    if size < 126:
        head = bytes([0x81, size])
    elif size < 65536:
        head = bytes([0x81, 126]) + size.to_bytes(2, "big")
    else:
        head = bytes([0x81, 127]) + size.to_bytes(8, "big")
    return head + payload


Respond = Callable[[socket.socket, bytes, int], bool]


def keep_alive(conn: socket.socket, request: bytes, respond: Respond) -> None:
    """Serve request after request on one connection: ``respond(conn, request, n)``.

    ``n`` counts the requests on this connection from 0; ``respond`` returns
    False to stop serving it (after a reply with ``connection: close``, say).
    """
    n = 0
    while request and respond(conn, request, n):
        n += 1
        request = read_request(conn)


def sse_events(*events: dict[str, Any]) -> bytes:
    """SSE ``data:`` blocks for ``events``."""
    return b"".join(b"data: %s\n\n" % json.dumps(e).encode() for e in events)


def created_event() -> dict[str, Any]:
    """The ``response.created`` event of :func:`response_json`."""
    return {"type": "response.created", "sequence_number": 0, "response": response_json("x")}


def text_delta(text: str, sequence_number: int = 1) -> list[dict[str, Any]]:
    """The events adding one output message whose text is ``text``."""
    message = {"type": "message", "id": "msg_1", "role": "assistant", "status": "in_progress"}
    part = {"type": "output_text", "text": "", "annotations": []}
    n = sequence_number
    return [
        {"type": "response.output_item.added", "sequence_number": n, "output_index": 0,
         "item": {**message, "content": []}},
        {"type": "response.content_part.added", "sequence_number": n + 1, "output_index": 0,
         "item_id": "msg_1", "content_index": 0, "part": part},
        {"type": "response.output_text.delta", "sequence_number": n + 2, "output_index": 0,
         "item_id": "msg_1", "content_index": 0, "delta": text, "logprobs": []},
    ]  # fmt: skip
