"""A minimal, fast HTTP/1.1 keep-alive server for the benchmarks.

Run by ``run.py`` in its own process (so its CPU is not charged to the client):
``python benchmarks/server.py`` binds ``127.0.0.1`` on a free port, prints the
port on stdout and serves until terminated.

``POST /v1/responses`` answers with a fixed, spec-shaped ``ResponseResource``;
with ``"stream": true`` in the body it answers with a pre-rendered SSE body whose
number of text deltas is taken from the model name (``bench-model/20000``; see
``fixtures.model_for_stream``).  ``GET /stats`` tells how many connections were
accepted, so a worker can see whether a client reuses its connection.  Bodies are rendered once and cached, and each
reply is handed to the transport in one write, so the kernel moves it in large
chunks.  Replies carry ``Content-Length`` (no chunked framing).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
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
    b"cache-control: no-cache\r\nx-request-id: req_bench\r\ncontent-length: %d\r\n\r\n"
)


@cache
def _sse(n_deltas: int) -> tuple[bytes, bytes]:
    body = sse_body(n_deltas)
    return _SSE_HEAD % len(body), body


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
    _, _, count = str(payload.get("model", "")).rpartition("/")
    return _sse(int(count) if count.isdigit() else 20)


class _Connection(asyncio.Protocol):
    def __init__(self) -> None:
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

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
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            raw_head = bytes(buffer[:end])
            head = raw_head.lower()
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
