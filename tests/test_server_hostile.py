"""The embedded server against hostile and broken clients, over raw loopback sockets.

Malformed framing, oversized bodies and heads, hostile JSON, slow and idle
connections, memory under load and retried ``POST`` requests. Every error must
be a 4xx in the spec's error shape with no traceback on stderr; every bound
(time, memory) is generous, since the point is that one exists at all.
"""

from __future__ import annotations

import contextlib
import gc
import json
import select
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from open_responses import Client
from open_responses.testing import (
    Reply,
    ResponsesApp,
    ResponsesServer,
    ServerLimits,
    StoreLimits,
)

SMALL_BODY_LIMIT = 256 * 1024  # above the 200 kB of the deep JSON below
# A reply (or a close) well within this many seconds; the server's own timeouts are 1 s.
WAIT = 10.0


@pytest.fixture
def server() -> Iterator[ResponsesServer]:
    """A server with a small body limit and 1-second read and idle timeouts."""
    limits = ServerLimits(max_body_bytes=SMALL_BODY_LIMIT, idle_timeout=1.0, read_timeout=1.0)
    with ResponsesServer(limits=limits) as running:
        yield running


# -- raw HTTP helpers --------------------------------------------------------------------


def connect(srv: ResponsesServer) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", srv.port), timeout=WAIT)
    return sock


def read_reply(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """One reply framed by Content-Length (what error replies use)."""
    reader = sock.makefile("rb")
    status_line = reader.readline()
    assert status_line, "the server closed the connection without a status"
    status = int(status_line.split()[1])
    headers: dict[str, str] = {}
    while (line := reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    body = reader.read(int(headers.get("content-length", "0")))
    reader.close()
    return status, headers, body


def exchange(srv: ResponsesServer, raw: bytes, *, half_close: bool = False) -> tuple[int, Any]:
    with connect(srv) as sock:
        sock.sendall(raw)
        if half_close:
            sock.shutdown(socket.SHUT_WR)  # the client is done: the body ends early
        status, headers, body = read_reply(sock)
    assert headers["content-type"].startswith("application/json")
    return status, json.loads(body)


def post(body: bytes, *headers: str, path: str = "/v1/responses") -> bytes:
    head = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    return ("\r\n".join([*head, *headers, "", ""])).encode("latin-1") + body


def sized(body: bytes, path: str = "/v1/responses") -> bytes:
    return post(body, f"Content-Length: {len(body)}", path=path)


def assert_error(payload: Any, code: str | None = None) -> dict[str, Any]:
    assert set(payload) == {"error"}
    error: dict[str, Any] = payload["error"]
    assert set(error) == {"message", "type", "code", "param"}
    assert isinstance(error["message"], str) and error["message"]
    assert error["type"] == "invalid_request"
    if code is not None:
        assert error["code"] == code
    return error


def assert_serves(srv: ResponsesServer) -> None:
    """The server still answers a well-formed request."""
    status, resource = exchange(srv, sized(b'{"model": "m", "input": "Say ok"}'))
    assert status == 200 and resource["status"] == "completed"


# -- malformed requests ------------------------------------------------------------------

DEEP = b"[" * 100_000 + b"]" * 100_000
CHUNKED = "Transfer-Encoding: chunked"
BAD_REQUESTS = {
    "content-length-not-a-number": (post(b"{}", "Content-Length: abc"), 400),
    "content-length-negative": (post(b"{}", "Content-Length: -5"), 400),
    "content-length-conflicting": (post(b"{}", "Content-Length: 2", "Content-Length: 3"), 400),
    "content-length-and-chunked": (post(b"0\r\n\r\n", "Content-Length: 5", CHUNKED), 400),
    "unknown-transfer-encoding": (post(b"{}", "Transfer-Encoding: gzip"), 400),
    "chunk-size-not-hex": (post(b"zz\r\nhello\r\n0\r\n\r\n", CHUNKED), 400),
    "chunk-without-crlf": (post(b"2\r\n{}XX0\r\n\r\n", CHUNKED), 400),
    "chunk-size-line-endless": (post(b"1" * 10_000, CHUNKED), 400),
    "chunk-size-1-tb": (post(b"10000000000\r\n{", CHUNKED), 413),
    "chunk-size-huge-digits": (post(b"f" * 200 + b"\r\n", CHUNKED), 413),
    "chunks-over-limit": (post((b"10000\r\n" + b" " * 0x10000 + b"\r\n") * 5, CHUNKED), 413),
    "content-length-1-tib": (post(b"", "Content-Length: 1099511627776"), 413),
    "content-length-over-limit": (post(b"", f"Content-Length: {SMALL_BODY_LIMIT + 1}"), 413),
    "deep-json": (sized(DEEP), 400),
    "broken-json": (sized(b'{"model": "m", "input": '), 400),
    "not-utf8-json": (sized(b'{"model": "\xff"}'), 400),
    "header-line-too-long": (post(b"{}", "Content-Length: 2", "X-Big: " + "a" * 70_000), 431),
    "headers-too-large": (
        post(b"{}", "Content-Length: 2", *[f"X-{i}: {'b' * 1000}" for i in range(80)]),
        431,
    ),
    "request-line-garbage": (b"HELLO\r\n\r\n", 400),
    "request-line-too-long": (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414),
}


@pytest.mark.parametrize("name", list(BAD_REQUESTS))
def test_malformed_request_gets_a_4xx_error(
    server: ResponsesServer, capfd: pytest.CaptureFixture[str], name: str
) -> None:
    raw, expected = BAD_REQUESTS[name]
    status, payload = exchange(server, raw)
    assert status == expected
    assert_error(payload)
    assert_serves(server)
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize(
    "raw",
    [
        post(b'{"model": "m"}', "Content-Length: 40"),
        post(b"a\r\n{}", CHUNKED),
    ],
    ids=["content-length", "chunked"],
)
def test_body_ending_early_gets_400(
    server: ResponsesServer, capfd: pytest.CaptureFixture[str], raw: bytes
) -> None:
    status, payload = exchange(server, raw, half_close=True)
    assert status == 400
    assert_error(payload, "invalid_request_framing")
    assert "Traceback" not in capfd.readouterr().err


def test_default_body_limit_is_checked_before_reading() -> None:
    # Nothing of the announced gibibyte is sent: the 413 must come from the header alone.
    with ResponsesServer() as srv:
        status, payload = exchange(srv, post(b"", f"Content-Length: {2**30}"))
        assert status == 413
        assert_error(payload, "request_too_large")
        assert srv.limits.max_body_bytes == 32 * 2**20


def test_client_uploading_too_much_sees_the_413(server: ResponsesServer) -> None:
    # The client is still sending when the 413 goes out: it must read it, not a reset.
    with httpx.Client(base_url=server.v1_url, timeout=WAIT) as client:
        reply = client.post("/responses", content=b" " * (8 * SMALL_BODY_LIMIT))
    assert reply.status_code == 413
    assert_error(reply.json(), "request_too_large")


def test_expect_continue_over_the_limit_gets_413_first(server: ResponsesServer) -> None:
    raw = post(b"", f"Content-Length: {SMALL_BODY_LIMIT + 1}", "Expect: 100-continue")
    status, payload = exchange(server, raw)
    assert status == 413  # not "100 Continue"
    assert_error(payload, "request_too_large")


def test_deep_json_error_names_json(server: ResponsesServer) -> None:
    status, payload = exchange(server, sized(DEEP))
    assert status == 400
    assert "nested" in assert_error(payload, "invalid_json")["message"]


@pytest.mark.parametrize("path", ["/v1/responses", "/v1/responses/compact"])
def test_missing_model_is_400_with_param(server: ResponsesServer, path: str) -> None:
    for body in (b'{"input": "hi"}', b'{"model": null, "input": "hi"}', b""):
        status, payload = exchange(server, sized(body, path))
        assert status == 400
        error = assert_error(payload, "missing_required_parameter")
        assert error["param"] == "model"
    assert server.app.stored_count == 0


def test_default_model_fills_a_missing_model(server: ResponsesServer) -> None:
    server.app.model.default_model = "house-model"
    status, resource = exchange(server, sized(b'{"input": "hi"}'))
    assert status == 200 and resource["model"] == "house-model"
    status, compacted = exchange(server, sized(b'{"input": "hi"}', "/v1/responses/compact"))
    assert status == 200 and compacted["object"] == "response.compaction"


# -- slow and idle connections -----------------------------------------------------------


def closed_by_server(sock: socket.socket) -> bool:
    """Whether the peer closed (EOF or reset); never blocks."""
    readable, _, _ = select.select([sock], [], [], 0)
    if not readable:
        return False
    try:
        return sock.recv(65536) == b""
    except OSError:
        return True


def test_slowloris_burst_is_closed_while_normal_requests_are_served(
    server: ResponsesServer,
) -> None:
    baseline = threading.active_count()
    idle = [connect(server) for _ in range(100)]
    dripping = [connect(server) for _ in range(100)]
    for sock in dripping:
        sock.sendall(b"POST /v1/responses HTTP/1.1\r\nHost: x\r\n")
    try:
        # A normal client is answered while 200 connections hang.
        with httpx.Client(base_url=server.v1_url, timeout=WAIT) as client:
            answer = client.post("/responses", json={"model": "m", "input": "Say ok"})
        assert answer.status_code == 200 and answer.json()["status"] == "completed"

        open_socks = set(idle + dripping)
        deadline = time.monotonic() + WAIT
        while open_socks and time.monotonic() < deadline:
            for sock in dripping:
                if sock in open_socks:
                    with contextlib.suppress(OSError):
                        sock.send(b"X")  # one header byte at a time keeps the request unfinished
            open_socks = {s for s in open_socks if not closed_by_server(s)}
            time.sleep(0.2)
        assert not open_socks, f"{len(open_socks)} of 200 slow connections are still open"
    finally:
        for sock in idle + dripping:
            sock.close()
    # The handler threads go with their connections.
    deadline = time.monotonic() + WAIT
    while threading.active_count() > baseline + 5 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert threading.active_count() <= baseline + 5


def test_slow_body_is_closed_after_read_timeout(server: ResponsesServer) -> None:
    with connect(server) as sock:
        sock.sendall(post(b"{", "Content-Length: 100"))
        start = time.monotonic()
        sock.settimeout(WAIT)
        while True:
            try:
                sock.send(b" ")
            except OSError:
                break
            if closed_by_server(sock):
                break
            assert time.monotonic() - start < WAIT, "a dripping body was never cut off"
            time.sleep(0.2)


def test_keep_alive_connection_serves_several_requests_then_idles_out(
    server: ResponsesServer,
) -> None:
    with connect(server) as sock:
        for _ in range(3):
            sock.sendall(sized(b'{"model": "m", "input": "hi"}'))
            status, _, _ = read_reply(sock)
            assert status == 200
        sock.settimeout(WAIT)
        assert sock.recv(1) == b""  # closed by the idle timeout, not by the test's WAIT
    assert server.connections_accepted == 1


# -- memory --------------------------------------------------------------------------------


def rss_mib() -> float:
    gc.collect()
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    pytest.skip("no /proc/self/status VmRSS on this platform")


def stream_many(srv: ResponsesServer, count: int, offset: int) -> None:
    """``count`` streamed creates on one keep-alive connection, each with its own key."""
    body = b'{"model": "m", "input": "Say ok", "stream": true}'
    with connect(srv) as sock:
        reader = sock.makefile("rb")
        for n in range(count):
            sock.sendall(
                post(body, f"Content-Length: {len(body)}", f"Idempotency-Key: k{offset + n}")
            )
            assert reader.readline().startswith(b"HTTP/1.1 200")
            while reader.readline() != b"\r\n":
                pass
            while (size := int(reader.readline(), 16)) != 0:
                reader.read(size + 2)
            reader.readline()
        reader.close()


def test_memory_is_flat_over_thousands_of_streams() -> None:
    with ResponsesServer() as srv:
        stream_many(srv, 2000, 0)
        before = rss_mib()
        stream_many(srv, 2000, 2000)
        grown = rss_mib() - before
        assert grown < 10, f"RSS grew {grown:.1f} MiB over the second 2,000 streams"
        limits = srv.app.limits
        assert srv.app.stored_count == limits.max_responses
        assert len(srv.app.requests) == limits.request_log


def websocket_turns(srv: ResponsesServer, count: int, headers: dict[str, str]) -> list[str]:
    """``count`` identical turns on one WebSocket connection; the response ids."""
    sync_client = pytest.importorskip("websockets.sync.client")
    url = f"ws://127.0.0.1:{srv.port}/v1/responses"
    frame = json.dumps({"type": "response.create", "model": "m", "input": "Say ok"})
    ids: list[str] = []
    with sync_client.connect(url, additional_headers=headers, open_timeout=WAIT) as ws:
        for _ in range(count):
            ws.send(frame)
            while (event := json.loads(ws.recv(timeout=WAIT)))["type"] != "response.completed":
                assert event["type"] != "error", event
            ids.append(event["response"]["id"])
    return ids


def test_memory_is_flat_over_thousands_of_websocket_turns() -> None:
    with ResponsesServer() as srv:
        websocket_turns(srv, 2000, {})
        before = rss_mib()
        websocket_turns(srv, 2000, {})
        grown = rss_mib() - before
        assert grown < 10, f"RSS grew {grown:.1f} MiB over the second 2,000 WebSocket turns"


def test_websocket_handshake_key_does_not_merge_turns(server: ResponsesServer) -> None:
    ids = websocket_turns(server, 3, {"Idempotency-Key": "handshake"})
    assert len(set(ids)) == 3


def test_websocket_deep_json_gets_an_error_frame(
    server: ResponsesServer, capfd: pytest.CaptureFixture[str]
) -> None:
    sync_client = pytest.importorskip("websockets.sync.client")
    url = f"ws://127.0.0.1:{server.port}/v1/responses"
    with sync_client.connect(url, open_timeout=WAIT) as ws:
        ws.send(DEEP.decode())
        error = json.loads(ws.recv(timeout=WAIT))
        assert error["type"] == "error" and error["status"] == 400
        assert "nested" in error["error"]["message"]
    assert websocket_turns(server, 1, {})  # the server is still answering turns
    assert "Traceback" not in capfd.readouterr().err


def test_store_drops_the_oldest_responses_and_their_items() -> None:
    app = ResponsesApp(limits=StoreLimits(max_responses=3, request_log=4))
    with ResponsesServer(app=app) as srv, httpx.Client(base_url=srv.v1_url) as client:
        made = [
            client.post("/responses", json={"model": "m", "input": f"n{i}"}).json()
            for i in range(5)
        ]
        kept = [r["id"] for r in made if client.get(f"/responses/{r['id']}").status_code == 200]
        assert kept == [r["id"] for r in made[2:]]
        assert app.stored_count == 3
        assert len(app.requests) == 4
        # An item of a dropped response no longer resolves as a reference.
        old_item = made[0]["output"][0]["id"]
        reference = {"model": "m", "input": [{"type": "item_reference", "id": old_item}]}
        fresh = client.post("/responses", json=reference).json()
        assert fresh["output"][0]["content"][0]["text"] == "Hello! How can I help you today?"


def test_store_is_bounded_by_bytes() -> None:
    app = ResponsesApp(limits=StoreLimits(max_bytes=50_000))
    with ResponsesServer(app=app) as srv, httpx.Client(base_url=srv.v1_url) as client:
        for _ in range(6):
            client.post("/responses", json={"model": "m", "input": "x" * 20_000})
        assert 1 <= app.stored_count <= 2


# -- idempotent retries --------------------------------------------------------------------


def test_same_idempotency_key_returns_the_same_response(server: ResponsesServer) -> None:
    body = b'{"model": "m", "input": "Say once"}'
    raw = post(body, f"Content-Length: {len(body)}", "Idempotency-Key: retry-1")
    first_status, first = exchange(server, raw)
    again_status, again = exchange(server, raw)
    assert first_status == again_status == 200
    assert again["id"] == first["id"] and again["output"] == first["output"]
    assert server.app.stored_count == 1
    # Another key, or a different body under the same key, is a new request.
    other = post(body, f"Content-Length: {len(body)}", "Idempotency-Key: retry-2")
    assert exchange(server, other)[1]["id"] != first["id"]
    changed = b'{"model": "m", "input": "Say twice"}'
    reused = post(changed, f"Content-Length: {len(changed)}", "Idempotency-Key: retry-1")
    assert exchange(server, reused)[1]["id"] != first["id"]
    assert server.app.stored_count == 3


def test_streamed_retry_replays_the_same_response(server: ResponsesServer) -> None:
    headers = {"Idempotency-Key": "stream-1"}
    body = {"model": "m", "input": "Say streamed", "stream": True}
    with httpx.Client(base_url=server.v1_url, timeout=WAIT) as client:
        first = client.post("/responses", json=body, headers=headers)
        again = client.post("/responses", json=body, headers=headers)
    assert again.headers.get("idempotent-replayed") == "true"

    def created_id(text: str) -> str:
        data = next(line for line in text.splitlines() if line.startswith("data: {"))
        return str(json.loads(data[6:])["response"]["id"])

    assert created_id(first.text) == created_id(again.text)
    assert first.text.count("response.output_text.delta") > 0
    assert again.text.count("event:") == first.text.count("event:")
    assert server.app.stored_count == 1


def test_client_retry_after_a_dropped_reply_creates_one_response(
    server: ResponsesServer,
) -> None:
    # The first attempt's response is created, then the connection drops before the
    # reply: the client's retry (same Idempotency-Key) must get that response back.
    server.app.model.enqueue(Reply(text="created once", cut_after=0))
    with Client(base_url=server.v1_url, api_key="k", max_retries=2) as client:
        response = client.responses.create(model="m", input="hi")
    posts = [r for r in server.app.requests if r.method == "POST"]
    assert len(posts) == 2
    assert posts[0].headers["idempotency-key"] == posts[1].headers["idempotency-key"]
    assert response.output_text == "created once"
    assert server.app.stored_count == 1


def test_idempotency_keys_expire() -> None:
    now = [0.0]
    app = ResponsesApp(clock=lambda: now[0], limits=StoreLimits(idempotency_ttl=60))
    with ResponsesServer(app=app) as srv:
        raw = post(b'{"model": "m"}', "Content-Length: 14", "Idempotency-Key: old")
        first = exchange(srv, raw)[1]["id"]
        assert exchange(srv, raw)[1]["id"] == first
        now[0] = 61.0
        assert exchange(srv, raw)[1]["id"] != first
