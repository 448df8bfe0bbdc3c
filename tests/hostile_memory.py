"""Run one memory-hungry hostile case in this process and print what happened, as JSON.

``python hostile_memory.py sse_line|gzip_bomb [limit]``: serves the case on
127.0.0.1 from a thread, points a default (or ``limit``-lowered) client at it
under a 2 GiB address-space cap, and prints the error type and the growth of
the peak RSS during the call (MiB).  Run in a subprocess by
test_hostile_peers.py (and by hand for before/after figures).
"""

from __future__ import annotations

import json
import resource
import socket
import sys
from typing import Any

from hostile_servers import SSE_HEAD, RawServer, chunk, gzip_bomb_pieces

LINE_MB = 200
BOMB_MB = 10 * 1024


def _sse_line(conn: socket.socket, _request: bytes, server: RawServer) -> None:
    conn.sendall(SSE_HEAD + chunk(b"data: "))
    block = chunk(b"x" * 65536)
    for _ in range(LINE_MB * 16):
        if server.stopped:
            return
        conn.sendall(block)


def _gzip_bomb(conn: socket.socket, _request: bytes, server: RawServer) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
        b"transfer-encoding: chunked\r\n\r\n"
    )
    for piece in gzip_bomb_pieces(BOMB_MB):
        if server.stopped:
            return
        conn.sendall(chunk(piece))


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    case = sys.argv[1]
    limits: dict[str, Any] = {}
    if len(sys.argv) > 2:
        limits = {"max_event_bytes" if case == "sse_line" else "max_body_bytes": int(sys.argv[2])}
    resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))
    from open_responses import Client

    handler = _sse_line if case == "sse_line" else _gzip_bomb
    server = RawServer(lambda conn, request: handler(conn, request, server))
    error = None
    before = _peak_mib()
    try:
        with Client(base_url=server.url, max_retries=0, **limits) as client:
            if case == "sse_line":
                client.responses.create(model="m", input="hi", stream=True).until_done()
            else:
                client.responses.create(model="m", input="hi")
    except BaseException as exc:  # MemoryError included: that is the point
        error = type(exc).__name__
    finally:
        server.close()
    print(json.dumps({"error": error, "growth_mib": round(_peak_mib() - before, 1)}))


if __name__ == "__main__":
    main()
