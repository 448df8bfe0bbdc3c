"""Deadlines against hostile peers, part two: reused connections, silence mid-stream, pings.

Raw-socket servers on 127.0.0.1 (see hostile_servers.py).  Every drip here is
itself bounded (``drip(seconds=...)``), so a client that fails to cut it fails
the time bound instead of hanging the suite.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from typing import Any

import parity
import pytest
from hostile_servers import (
    SSE_HEAD,
    RawServer,
    Respond,
    chunk,
    created_event,
    drip,
    drip_headers,
    idle,
    keep_alive,
    response_json,
    sse_events,
)
from parity import aw
from test_hostile_peers import both_scenarios, stream_to_end, timed, timed_out

from open_responses import APITimeoutError, Client


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> parity.Kind:
    return parity.Kind(request.param)


def completed_events() -> bytes:
    done = {"type": "response.completed", "sequence_number": 9, "response": response_json()}
    return sse_events(done) + b"data: [DONE]\n\n"


def json_keep_alive(payload: bytes) -> bytes:
    head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    return f"{head}content-length: {len(payload)}\r\n\r\n".encode() + payload


def ok_then_drip(server: RawServer) -> Respond:
    """A keep-alive responder: the first request is answered at once, the next one's headers drip."""
    body = json.dumps(response_json()).encode()

    def respond(conn: socket.socket, _: bytes, n: int) -> bool:
        if n == 0:
            conn.sendall(json_keep_alive(body))
            return True
        drip_headers(conn, server, seconds=15)
        return False

    return respond


# --------------------------------------------------------------------------- headers


@both_scenarios
def test_dripping_headers_on_a_reused_keep_alive_connection_are_cut_off(
    kind: parity.Kind, scenario: Any
) -> None:
    async def twice(client: Any) -> tuple[Any, float]:
        await aw(client.responses.create(model="m", input="warm the pool"))
        start = time.monotonic()
        try:
            result: Any = await scenario(client)
        except Exception as exc:
            result = exc
        return result, time.monotonic() - start

    with RawServer(lambda conn, request: keep_alive(conn, request, ok_then_drip(server))) as server:
        error, seconds = kind.run(twice, base_url=server.url, total_timeout=2, max_retries=0)
    assert server.connections == 1  # the second request did go out on the pooled connection
    assert isinstance(error, APITimeoutError), error
    assert seconds < 6


@both_scenarios
def test_dripping_headers_after_a_redirect_on_the_same_connection_are_cut_off(
    kind: parity.Kind, scenario: Any
) -> None:
    """The deadline follows the request to its redirect hop, on the connection it reuses."""
    hops: list[bytes] = []

    def respond(conn: socket.socket, request: bytes, n: int) -> bool:
        hops.append(request.split(b"\r\n", 1)[0])
        if n == 0:
            conn.sendall(
                b"HTTP/1.1 307 Temporary Redirect\r\nlocation: /v1/responses?hop=2\r\n"
                b"content-length: 0\r\n\r\n"
            )
            return True
        drip_headers(conn, server, seconds=15)
        return False

    with RawServer(lambda conn, request: keep_alive(conn, request, respond)) as server:
        _, seconds = timed_out(kind, scenario, base_url=server.url, total_timeout=2, max_retries=0)
    assert hops == [b"POST /v1/responses HTTP/1.1", b"POST /v1/responses?hop=2 HTTP/1.1"]
    assert server.connections == 1
    assert seconds < 6


@both_scenarios
def test_dripping_headers_get_the_idle_timeout_whole_without_a_total_timeout(
    kind: parity.Kind, scenario: Any
) -> None:
    """No total timeout (a stream's default): the headers are one unit of progress."""

    def handler(conn: socket.socket, _: bytes) -> None:
        drip_headers(conn, server, seconds=15)

    with RawServer(handler) as server:
        _, seconds = timed_out(
            kind, scenario, base_url=server.url, timeout=1.0, max_retries=0, total_timeout=None
        )
    assert seconds < 5


def test_a_shared_client_cuts_only_the_request_whose_deadline_passed() -> None:
    """Two threads, one client: the dripping request is cut, the healthy stream is not."""
    streaming = threading.Event()

    def respond(conn: socket.socket, request: bytes, n: int) -> bool:
        if b'"slow stream"' in request:
            conn.sendall(SSE_HEAD + chunk(sse_events(created_event())))
            streaming.set()
            for i in range(15):  # 3 s of steady progress
                time.sleep(0.2)
                event = {"type": "response.in_progress", "sequence_number": i + 1,
                         "response": response_json("in_progress")}  # fmt: skip
                conn.sendall(chunk(sse_events(event)))
            conn.sendall(chunk(completed_events()) + chunk(b""))
            return False
        return ok_then_drip(server)(conn, request, n)

    outcome: dict[str, Any] = {}

    def healthy(client: Client) -> None:
        try:
            with client.responses.stream(model="m", input="slow stream", total_timeout=30) as s:
                outcome["healthy"] = s.get_final_response().status
        except Exception as exc:  # reported below
            outcome["healthy"] = exc

    with (
        RawServer(lambda conn, request: keep_alive(conn, request, respond)) as server,
        Client(base_url=server.url, total_timeout=1.5, max_retries=0) as client,
    ):
        thread = threading.Thread(target=healthy, args=(client,))
        thread.start()
        assert streaming.wait(5)
        client.responses.create(model="m", input="warm a second connection")
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.responses.create(model="m", input="drip")
        seconds = time.monotonic() - start
        thread.join(10)
    assert server.connections == 2
    assert seconds < 5
    assert outcome["healthy"] == "completed", outcome


# --------------------------------------------------------------------------- mid-stream


def test_total_timeout_holds_when_the_server_falls_silent_mid_stream(kind: parity.Kind) -> None:
    """Busy for 2.7 s, then silent: a 3 s total timeout ends the stream at ~3 s, not ~5.7 s."""

    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(SSE_HEAD + chunk(sse_events(created_event())))
        for i in range(9):
            time.sleep(0.3)
            event = {"type": "response.in_progress", "sequence_number": i + 1,
                     "response": response_json("in_progress")}  # fmt: skip
            conn.sendall(chunk(sse_events(event)))
        idle(server)

    with RawServer(handler) as server:
        error, seconds = timed_out(kind, stream_to_end, base_url=server.url, total_timeout=3)
    assert "total timeout" in str(error)
    assert 2.5 < seconds < 4.5


# --------------------------------------------------------------------------- keep-alive comments


@pytest.mark.parametrize(
    ("pings_for", "idle_timeout", "survives"),
    [(15.0, 1.0, False), (1.5, 4.0, True)],
    ids=["past-the-idle-timeout", "within-it"],
)
def test_keep_alive_comments_are_not_progress(
    kind: parity.Kind, pings_for: float, idle_timeout: float, survives: bool
) -> None:
    """Comments alone never hold a stream past the idle timeout; a shorter pause is survived."""

    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(SSE_HEAD + chunk(sse_events(created_event())))
        drip(conn, server, chunk(b": ping\n\n"), every=0.2, seconds=pings_for)
        conn.sendall(chunk(completed_events()) + chunk(b""))

    with RawServer(handler) as server:
        result, seconds = timed(kind, stream_to_end, base_url=server.url, timeout=idle_timeout)
    if survives:
        assert not isinstance(result, Exception), result
        assert result.status == "completed"
    else:
        assert isinstance(result, APITimeoutError), result
        assert "no progress" in str(result)
    assert seconds < 4
