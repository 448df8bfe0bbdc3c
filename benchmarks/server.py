"""A minimal, fast HTTP/1.1 keep-alive server for the benchmarks.

Run by ``run.py`` in its own process (so its CPU is not charged to the client):
``python benchmarks/server.py`` binds ``127.0.0.1`` on a free port, prints the
port on stdout and serves until terminated.

``POST /v1/responses`` answers with a fixed, spec-shaped ``ResponseResource``;
with ``"stream": true`` in the body it answers with a pre-rendered SSE body whose
number of text deltas is taken from the model name (``bench-model/20000``; see
``fixtures.model_for_stream``).  ``GET /stats`` tells how many connections were
accepted, so a worker can see whether a client reuses its connection.

Streams are sent the way model servers send them: ``Transfer-Encoding: chunked``
with **one HTTP chunk per SSE event**, each chunk handed to the socket in its own
write (a flush per event).  Every client pays the HTTP layer's per-chunk cost
once per event, as it does against a real server.  Bodies are rendered once and
cached, so the server is never the bottleneck.

``GET /v1/responses`` with ``Upgrade: websocket`` opens WebSocket mode: each
``response.create`` text frame is answered with the same events, one JSON text
frame each (no ``[DONE]``), the number of deltas again taken from the model name.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import struct
import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures import response_json, sse_body

_JSON_BODY = response_json()
_JSON_REPLY = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    b"x-request-id: req_bench\r\ncontent-length: %d\r\n\r\n" % len(_JSON_BODY)
) + _JSON_BODY
_NOT_FOUND = (
    b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"
)
_BAD = b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"
_SSE_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
    b"cache-control: no-cache\r\nx-request-id: req_bench\r\ntransfer-encoding: chunked\r\n\r\n"
)
_WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def _events(n_deltas: int) -> list[bytes]:
    """The SSE body cut into its events (compact JSON never holds a blank line)."""
    return [event + b"\n\n" for event in sse_body(n_deltas).split(b"\n\n") if event]


@cache
def _sse(n_deltas: int) -> tuple[bytes, ...]:
    """Head, one HTTP chunk per event, and the last chunk: one write each."""
    chunks = [b"%x\r\n%s\r\n" % (len(event), event) for event in _events(n_deltas)]
    return (_SSE_HEAD, *chunks, b"0\r\n\r\n")


def _ws_frame(payload: bytes, opcode: int = 1) -> bytes:
    """One unmasked server frame."""
    size = len(payload)
    if size < 126:
        return bytes((0x80 | opcode, size)) + payload
    if size < 65536:
        return bytes((0x80 | opcode, 126)) + struct.pack("!H", size) + payload
    return bytes((0x80 | opcode, 127)) + struct.pack("!Q", size) + payload


@cache
def _ws_turn(n_deltas: int) -> tuple[bytes, ...]:
    """The events of one turn as WebSocket text frames (the SSE data, no [DONE])."""
    frames = []
    for event in _events(n_deltas):
        data = event[event.index(b"data: ") + 6 : -2]
        if data != b"[DONE]":
            frames.append(_ws_frame(data))
    return tuple(frames)


def _n_deltas(model: object) -> int:
    _, _, count = str(model).rpartition("/")
    return int(count) if count.isdigit() else 20


_accepted = 0  # connections accepted so far (GET /stats), to see whether clients reuse them


def _reply(request_line: bytes, body: bytes) -> tuple[bytes, ...]:
    if request_line.startswith(b"GET /stats "):
        stats = b'{"connections":%d}' % _accepted
        return (
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
            b"content-length: %d\r\n\r\n%s" % (len(stats), stats),
        )
    if not request_line.startswith(b"POST /v1/responses "):
        return (_NOT_FOUND,)
    if b'"stream"' not in body:
        return (_JSON_REPLY,)
    try:
        payload = json.loads(body)
    except ValueError:
        return (_BAD,)
    if payload.get("stream") is not True:
        return (_JSON_REPLY,)
    return _sse(_n_deltas(payload.get("model", "")))


class _Connection(asyncio.Protocol):
    def __init__(self) -> None:
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self._websocket = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        global _accepted
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        _accepted += 1

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        buffer += data
        transport = self._transport
        assert transport is not None
        if self._websocket:
            self._ws_frames()
            return
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            raw_head = bytes(buffer[:end])
            head = raw_head.lower()
            if b"\r\nupgrade: websocket" in head:
                del buffer[: end + 4]
                self._ws_accept(raw_head, head)
                return
            if b"\r\ntransfer-encoding:" in head:
                transport.write(_BAD)  # the clients measured here always send a length
                transport.close()
                return
            length = 0
            at = head.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = head.find(b"\r\n", at + 2)
                length = int(head[at + 17 : stop if stop >= 0 else len(head)])
            total = end + 4 + length
            if len(buffer) < total:
                return
            body = bytes(buffer[end + 4 : total])
            del buffer[:total]
            for part in _reply(raw_head[: raw_head.find(b"\r\n")], body):
                transport.write(part)

    def _ws_accept(self, raw_head: bytes, head: bytes) -> None:
        assert self._transport is not None
        at = head.index(b"\r\nsec-websocket-key:") + 20
        stop = head.find(b"\r\n", at)
        key = raw_head[at : stop if stop > 0 else len(head)]  # base64: case matters
        accept = base64.b64encode(hashlib.sha1(key.strip() + _WS_GUID).digest())
        self._transport.write(
            b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\n"
            b"connection: Upgrade\r\nsec-websocket-accept: %s\r\n\r\n" % accept
        )
        self._websocket = True
        self._ws_frames()

    def _ws_frames(self) -> None:
        """Answer every complete client frame in the buffer."""
        buffer, transport = self._buffer, self._transport
        assert transport is not None
        while len(buffer) >= 2:
            opcode, size = buffer[0] & 0x0F, buffer[1] & 0x7F
            at = 2
            if size == 126:
                if len(buffer) < 4:
                    return
                size, at = struct.unpack("!H", buffer[2:4])[0], 4
            elif size == 127:
                if len(buffer) < 10:
                    return
                size, at = struct.unpack("!Q", buffer[2:10])[0], 10
            if len(buffer) < at + 4 + size:
                return
            mask = buffer[at : at + 4]
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(buffer[at + 4 : at + 4 + size]))
            del buffer[: at + 4 + size]
            if opcode == 8:  # close
                transport.write(_ws_frame(payload[:2], 8))
                transport.close()
                return
            if opcode == 9:  # ping
                transport.write(_ws_frame(payload, 10))
            elif opcode == 1:
                request = json.loads(payload)
                for frame in _ws_turn(_n_deltas(request.get("model", ""))):
                    transport.write(frame)


async def _main() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Connection, "127.0.0.1", 0, backlog=2048)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main())
