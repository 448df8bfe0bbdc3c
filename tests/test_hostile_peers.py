"""Hostile and broken peers: huge or endless replies, dripping servers, echoed keys, tool floods.

Every server here is a raw socket on 127.0.0.1 (see hostile_servers.py). Time
bounds are generous (a 2 s deadline must end within 6 s); the memory cases run
in a subprocess under a 2 GiB address-space cap (see hostile_memory.py).
"""

from __future__ import annotations

import json
import logging
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import parity
import pytest
from hostile_servers import (
    SSE_HEAD,
    RawServer,
    chunk,
    completed_stream,
    created_event,
    drip,
    drip_headers,
    gzip_bomb_pieces,
    header_of,
    idle,
    response_json,
    sse_events,
    text_delta,
    websocket_accept,
    websocket_text_frame,
)
from parity import aw

from open_responses import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    Client,
    EventTooLargeError,
    IncompleteStreamError,
    InvalidArgumentError,
    ResponseTooLargeError,
    ResponseValidationError,
    tool,
)
from open_responses._base import RequestSpec, call_deadline

KEY = "sk-hostile-0123456789abcdef"
TESTS = Path(__file__).parent


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> parity.Kind:
    return parity.Kind(request.param)


def timed(kind: parity.Kind, scenario: parity.Scenario, **client_kwargs: Any) -> tuple[Any, float]:
    """Run the scenario; return (its result or the exception it raised, seconds taken)."""
    start = time.monotonic()
    try:
        result: Any = kind.run(scenario, **client_kwargs)
    except Exception as exc:
        result = exc
    return result, time.monotonic() - start


def timed_out(
    kind: parity.Kind, scenario: parity.Scenario, **client_kwargs: Any
) -> tuple[APITimeoutError, float]:
    """Run a scenario that must time out; return (the timeout error, seconds taken)."""
    error, seconds = timed(kind, scenario, **client_kwargs)
    assert isinstance(error, APITimeoutError), error
    return error, seconds


async def create(client: Any) -> Any:
    return await aw(client.responses.create(model="m", input="hi"))


async def stream_to_end(client: Any) -> Any:
    stream = await aw(client.responses.create(model="m", input="hi", stream=True))
    return await aw(stream.get_final_response())


# Run a test once with a plain create and once with a stream read to its end.
both_scenarios = pytest.mark.parametrize(
    "scenario", [create, stream_to_end], ids=["create", "stream"]
)


def json_reply(body: bytes, status: str = "200 OK", extra: str = "") -> bytes:
    head = f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\n{extra}"
    return f"{head}content-length: {len(body)}\r\nconnection: close\r\n\r\n".encode() + body


# --------------------------------------------------------------------------- sizes


def test_an_endless_sse_line_stops_at_max_event_bytes(kind: parity.Kind) -> None:
    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(SSE_HEAD + chunk(b"data: "))
        block = chunk(b"x" * 65536)
        while not server.stopped:
            conn.sendall(block)

    with RawServer(handler) as server:
        error, seconds = timed(kind, stream_to_end, base_url=server.url, max_event_bytes=2**20)
    assert isinstance(error, ResponseTooLargeError), error
    assert error.limit == "max_event_bytes" and error.limit_bytes == 2**20
    assert "max_event_bytes=1048576" in str(error)
    assert seconds < 6


def test_a_huge_json_body_stops_at_max_body_bytes(kind: parity.Kind) -> None:
    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n")
        conn.sendall(b'content-length: 500000000\r\n\r\n{"output": "')
        block = b"x" * 65536
        while not server.stopped:
            conn.sendall(block)

    with RawServer(handler) as server:
        error, seconds = timed(kind, create, base_url=server.url, max_body_bytes=2**20)
    assert isinstance(error, ResponseTooLargeError), error
    assert error.limit == "max_body_bytes" and "max_body_bytes=1048576" in str(error)
    assert seconds < 6


def test_a_gzip_bomb_is_counted_after_decompression(kind: parity.Kind) -> None:
    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
            b"transfer-encoding: chunked\r\n\r\n"
        )
        for piece in gzip_bomb_pieces(1024):
            if server.stopped:
                return
            conn.sendall(chunk(piece))

    with RawServer(handler) as server:
        error, seconds = timed(kind, create, base_url=server.url, max_body_bytes=8 * 2**20)
    assert isinstance(error, ResponseTooLargeError), error
    assert error.limit == "max_body_bytes"
    assert seconds < 6


def run_memory_case(case: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(TESTS / "hostile_memory.py"), case],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=TESTS,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_default_max_event_bytes_holds_memory_well_below_a_200_mb_line() -> None:
    result = run_memory_case("sse_line")
    assert result["error"] == "EventTooLargeError"  # a ResponseTooLargeError
    assert result["growth_mib"] < 140  # the line is 200 MB; the limit 64 MiB


def test_default_max_body_bytes_stops_a_10_gib_gzip_bomb_without_memory_error() -> None:
    result = run_memory_case("gzip_bomb")
    assert result["error"] == "ResponseTooLargeError"
    assert result["growth_mib"] < 600  # 256 MiB limit plus one decoded read


@pytest.mark.parametrize("option", ["max_event_bytes", "max_body_bytes", "max_tool_calls_per_turn"])
@pytest.mark.parametrize("value", [0, -1, 1.5, "big", True])
def test_unusable_limits_are_invalid_arguments(option: str, value: Any) -> None:
    with pytest.raises(InvalidArgumentError, match=option):
        Client(base_url="http://127.0.0.1:9", **{option: value})


@pytest.mark.parametrize("value", [0, -2.0, float("nan"), "10"])
def test_unusable_total_timeouts_are_invalid_arguments(value: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="total_timeout"):
        Client(base_url="http://127.0.0.1:9", total_timeout=value)


# --------------------------------------------------------------------------- deadlines


def test_a_dripping_stream_is_cut_by_the_idle_timeout(kind: parity.Kind) -> None:
    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(SSE_HEAD + chunk(b"data: {"))
        drip(conn, server, chunk(b"x"))

    with RawServer(handler) as server:
        error, seconds = timed_out(kind, stream_to_end, base_url=server.url, timeout=1.0)
    assert "no progress" in str(error)
    assert seconds < 6


def test_total_timeout_bounds_a_non_streaming_call_with_a_dripping_body(kind: parity.Kind) -> None:
    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n")
        conn.sendall(b"content-length: 100000\r\n\r\n")
        drip(conn, server)

    with RawServer(handler) as server:
        _, seconds = timed_out(kind, create, base_url=server.url, total_timeout=2)
    assert seconds < 6
    assert server.connections == 1  # no retry could finish before the deadline


@both_scenarios
def test_dripping_response_headers_are_cut_off(kind: parity.Kind, scenario: Any) -> None:
    def handler(conn: socket.socket, _: bytes) -> None:
        drip_headers(conn, server)

    with RawServer(handler) as server:
        _, seconds = timed_out(kind, scenario, base_url=server.url, total_timeout=2)
    assert seconds < 6


@both_scenarios
def test_a_silent_server_costs_the_total_timeout_not_one_per_retry(
    kind: parity.Kind, scenario: Any
) -> None:
    with RawServer(lambda conn, _: idle(server)) as server:
        error, seconds = timed_out(
            kind, scenario, base_url=server.url, total_timeout=2, max_retries=3
        )
    assert "total timeout" in str(error)
    assert 1.5 < seconds < 4.5
    assert server.connections == 1


@pytest.mark.parametrize("after", ["drip", "silence"])
def test_a_stream_is_released_soon_after_its_terminal_event(kind: parity.Kind, after: str) -> None:
    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(SSE_HEAD + chunk(completed_stream()))
        if after == "drip":
            drip(conn, server, chunk(b":"))
        else:
            idle(server)

    with RawServer(handler) as server:
        final, seconds = timed(kind, stream_to_end, base_url=server.url)
    assert not isinstance(final, Exception), final
    assert final.status == "completed"
    assert seconds < 4


def test_non_streaming_calls_have_a_ten_minute_default_deadline() -> None:
    with Client(base_url="http://127.0.0.1:9") as client:
        settings = client.settings
    plain = RequestSpec("POST", "responses", lambda r: r)
    left = call_deadline(settings, plain).remaining()
    assert left is not None and 590 < left <= 600
    streamed = RequestSpec("POST", "responses", lambda r: r, stream=True)
    assert call_deadline(settings, streamed).remaining() is None
    unlimited = RequestSpec("POST", "responses", lambda r: r, timeout=None)
    assert call_deadline(settings, unlimited).remaining() is None


# --------------------------------------------------------------------------- WebSocket


def ws_handler(then: Any) -> Any:
    """A WebSocket server: handshake, read the first frame, then ``then(conn)``."""

    def handler(conn: socket.socket, request: bytes) -> None:
        conn.sendall(websocket_accept(request))
        conn.recv(65536)  # the client's response.create
        then(conn)

    return handler


async def ws_turn(client: Any) -> Any:
    async def run(ws: Any) -> Any:
        turn = await aw(ws.create(model="m", input="hi"))
        return await aw(turn.get_final_response())

    connection = client.responses.connect(timeout=1.0)
    if hasattr(connection, "__aenter__"):
        async with connection as ws:
            return await run(ws)
    with connection as ws:
        return await run(ws)


def test_a_websocket_turn_times_out_and_closes_promptly(kind: parity.Kind) -> None:
    pytest.importorskip("websockets")
    with RawServer(ws_handler(lambda conn: idle(server))) as server:
        _, seconds = timed_out(kind, ws_turn, base_url=server.url)
    assert seconds < 5  # 1 s idle timeout + a bounded close handshake


def test_a_websocket_frame_dripping_in_is_cut_by_the_idle_timeout(kind: parity.Kind) -> None:
    pytest.importorskip("websockets")

    def then(conn: socket.socket) -> None:
        conn.sendall(bytes([0x81, 100]))
        drip(conn, server)

    with RawServer(ws_handler(then)) as server:
        _, seconds = timed_out(kind, ws_turn, base_url=server.url)
    assert seconds < 5


# --------------------------------------------------------------------------- secrets


def assert_clean(error: Any) -> None:
    """No field of the error shows the key."""
    fields = [
        str(error),
        repr(error),
        getattr(error, "message", ""),
        getattr(error, "code", ""),
        getattr(error, "param", ""),
        getattr(error, "request_id", ""),
        json.dumps(getattr(error, "body", None), default=str),
        str(dict(getattr(error, "headers", {}) or {})),
    ]
    assert all(KEY not in (field or "") for field in fields), fields


@pytest.mark.parametrize("auth_header", ["Authorization", "X-Auth", "api-key"])
def test_a_key_echoed_in_an_error_reply_is_scrubbed_everywhere(
    kind: parity.Kind, auth_header: str
) -> None:
    body = json.dumps(
        {"error": {"message": f"bad key {KEY}", "code": KEY, "param": KEY, "type": "x"}}
    ).encode()

    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(json_reply(body, "401 Unauthorized", f"x-request-id: {KEY}\r\n"))

    with RawServer(handler) as server:
        error, _ = timed(
            kind, create, base_url=server.url, api_key=KEY, auth_header=auth_header, max_retries=0
        )
    assert isinstance(error, APIStatusError), error
    assert_clean(error)
    assert "<redacted>" in error.message


def test_a_key_in_an_html_reply_is_scrubbed_from_the_validation_error(kind: parity.Kind) -> None:
    page = f"<html><title>Denied for {KEY}</title></html>".encode()

    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(json_reply(page).replace(b"application/json", b"text/html"))

    with RawServer(handler) as server:
        error, _ = timed(kind, create, base_url=server.url, api_key=KEY, auth_header="X-Auth")
    assert isinstance(error, ResponseValidationError), error
    assert_clean(error)


def test_a_key_in_an_sse_error_event_is_scrubbed(kind: parity.Kind) -> None:
    created = {"type": "response.created", "sequence_number": 0, "response": response_json("x")}
    error_event = {"type": "error", "sequence_number": 1, "code": KEY, "message": f"no {KEY}"}
    body = b"".join(b"data: %s\n\n" % json.dumps(e).encode() for e in (created, error_event))

    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(SSE_HEAD + chunk(body + b"data: [DONE]\n\n") + chunk(b""))

    with RawServer(handler) as server:
        error, _ = timed(kind, stream_to_end, base_url=server.url, api_key=KEY)
    assert isinstance(error, IncompleteStreamError), error
    assert "the server sent an error" in str(error)
    assert_clean(error)


def assert_clean_snapshot(error: APIError) -> None:
    """The partial response an error carries shows the redaction, never the key."""
    snapshot: Any = error.snapshot
    assert snapshot is not None, error
    assert KEY not in json.dumps(snapshot.to_dict())
    assert snapshot.output_text == f"my key is {REDACTED}"


REDACTED = "<redacted>"
BREAKS = {
    "end": (IncompleteStreamError, {}),
    "drop": (APIConnectionError, {}),
    "silence": (APITimeoutError, {"timeout": 1.0}),
    "endless_event": (EventTooLargeError, {"max_event_bytes": 65536}),
}


@pytest.mark.parametrize("how", list(BREAKS))
def test_a_key_echoed_in_streamed_text_is_scrubbed_from_the_snapshot(
    kind: parity.Kind, how: str
) -> None:
    """However the stream breaks, ``exc.snapshot`` hides the key the server echoed."""
    echoed = sse_events(created_event(), *text_delta(f"my key is {KEY}"))

    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(SSE_HEAD + chunk(echoed))
        if how == "end":
            conn.sendall(chunk(b""))
        elif how == "silence":
            idle(server)
        elif how == "endless_event":
            conn.sendall(chunk(b"data: "))
            drip(conn, server, chunk(b"x" * 4096), every=0.01, seconds=10)

    expected, options = BREAKS[how]
    with RawServer(handler) as server:
        error, _ = timed(
            kind, stream_to_end, base_url=server.url, api_key=KEY, max_retries=0, **options
        )
    assert type(error) is expected, error
    assert_clean_snapshot(error)


def test_a_key_echoed_in_websocket_text_is_scrubbed_from_the_snapshot(kind: parity.Kind) -> None:
    pytest.importorskip("websockets")
    events = [created_event(), *text_delta(f"my key is {KEY}")]

    def then(conn: socket.socket) -> None:
        conn.sendall(b"".join(websocket_text_frame(json.dumps(e)) for e in events))
        idle(server)

    with RawServer(ws_handler(then)) as server:
        error, _ = timed_out(kind, ws_turn, base_url=server.url, api_key=KEY, auth_header="X-Auth")
    assert_clean_snapshot(error)


def test_a_snapshot_without_the_key_is_kept_as_it_is(kind: parity.Kind) -> None:
    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(SSE_HEAD + chunk(sse_events(created_event(), *text_delta("hello"))))
        conn.sendall(chunk(b""))

    with RawServer(handler) as server:
        error, _ = timed(kind, stream_to_end, base_url=server.url, api_key=KEY)
    assert isinstance(error, IncompleteStreamError), error
    assert error.snapshot is not None and error.snapshot.output_text == "hello"
    assert error.snapshot.http_response is not None


def test_a_key_in_a_websocket_error_frame_is_scrubbed(kind: parity.Kind) -> None:
    pytest.importorskip("websockets")
    frame = {"type": "error", "status": 401, "error": {"message": KEY, "code": KEY, "param": KEY}}

    def then(conn: socket.socket) -> None:
        conn.sendall(websocket_text_frame(json.dumps(frame)))
        idle(server)

    with RawServer(ws_handler(then)) as server:
        error, _ = timed(kind, ws_turn, base_url=server.url, api_key=KEY, auth_header="api-key")
    assert isinstance(error, APIStatusError), error
    assert_clean(error)


def test_a_custom_auth_header_is_redacted_in_debug_logs(
    kind: parity.Kind, caplog: pytest.LogCaptureFixture
) -> None:
    body = json.dumps(response_json()).encode()
    caplog.set_level(logging.DEBUG)
    with RawServer(lambda conn, _: conn.sendall(json_reply(body))) as server:
        result, _ = timed(kind, create, base_url=server.url, api_key=KEY, auth_header="X-Auth")
    assert not isinstance(result, Exception), result
    assert "'x-auth': '<redacted>'" in caplog.text.lower()
    assert KEY not in caplog.text


def test_the_websockets_debug_log_does_not_show_the_key(
    kind: parity.Kind, caplog: pytest.LogCaptureFixture
) -> None:
    pytest.importorskip("websockets")
    caplog.set_level(logging.DEBUG)
    with RawServer(ws_handler(lambda conn: idle(server))) as server:
        timed(kind, ws_turn, base_url=server.url, api_key=KEY)
    assert "Authorization" in caplog.text  # websockets did log the handshake headers
    assert KEY not in caplog.text


def redirecting(target: RawServer, status: str) -> Any:
    def handler(conn: socket.socket, _: bytes) -> None:
        location = f"127.0.0.1:{target.port}/v1/responses"
        conn.sendall(
            f"HTTP/1.1 {status}\r\nlocation: {{}}://{location}\r\ncontent-length: 0\r\n"
            "connection: close\r\n\r\n".encode()
        )

    return handler


@pytest.mark.parametrize("auth_header", ["X-Auth", "api-key"])
def test_a_cross_origin_http_redirect_drops_the_credential(
    kind: parity.Kind, auth_header: str
) -> None:
    body = json.dumps(response_json()).encode()
    with RawServer(lambda conn, _: conn.sendall(json_reply(body))) as target:
        handler = redirecting(target, "307 Temporary Redirect")
        with RawServer(lambda c, r: handler(_Scheme(c, "http"), r)) as server:
            result, _ = timed(
                kind, create, base_url=server.url, api_key=KEY, auth_header=auth_header
            )
    assert not isinstance(result, Exception), result
    assert header_of(server.requests[0], auth_header) == KEY
    assert header_of(target.requests[0], auth_header) is None


@pytest.mark.parametrize("auth_header", ["Authorization", "X-Auth", "api-key"])
def test_a_cross_origin_websocket_redirect_drops_the_credential(
    kind: parity.Kind, auth_header: str
) -> None:
    pytest.importorskip("websockets")
    with RawServer(ws_handler(lambda conn: idle(target))) as target:
        handler = redirecting(target, "302 Found")
        with RawServer(lambda c, r: handler(_Scheme(c, "ws"), r)) as server:
            timed(kind, ws_turn, base_url=server.url, api_key=KEY, auth_header=auth_header)
    assert header_of(server.requests[0], auth_header) is not None
    assert target.requests, "the redirect was not followed"
    assert header_of(target.requests[0], auth_header) is None


class _Scheme:
    """A socket whose ``sendall`` fills the ``{}`` of a redirect's location with a scheme."""

    def __init__(self, conn: socket.socket, scheme: str) -> None:
        self.conn = conn
        self.scheme = scheme

    def sendall(self, data: bytes) -> None:
        self.conn.sendall(data.replace(b"{}", self.scheme.encode()))


# --------------------------------------------------------------------------- tools


def function_call(call_id: str, arguments: str = '{"a": 1}') -> dict[str, Any]:
    return {
        "type": "function_call",
        "id": f"fc_{call_id}",
        "call_id": call_id,
        "name": "add_one",
        "arguments": arguments,
        "status": "completed",
    }


def run_tool_loop(kind: parity.Kind, calls: list[dict[str, Any]], **client_kwargs: Any) -> Any:
    """Serve one response with ``calls``, then a final one; return (runs, outputs sent back)."""
    replies = [
        json.dumps(response_json(output=calls)).encode(),
        json.dumps(response_json()).encode(),
    ]
    runs: list[int] = []

    @tool
    def add_one(a: int) -> int:
        """Add one."""
        runs.append(a)
        return a + 1

    async def scenario(client: Any) -> Any:
        return await aw(client.responses.run(model="m", input="go", tools=[add_one]))

    with RawServer(lambda conn, _: conn.sendall(json_reply(replies.pop(0)))) as server:
        result = kind.run(scenario, base_url=server.url, **client_kwargs)
    assert result.status == "completed"
    second = json.loads(server.requests[1].partition(b"\r\n\r\n")[2])
    outputs = [i for i in second["input"] if i.get("type") == "function_call_output"]
    return runs, outputs


def test_a_repeated_call_id_runs_once(kind: parity.Kind) -> None:
    runs, outputs = run_tool_loop(kind, [function_call("c1"), function_call("c1")])
    assert runs == [1]
    assert [o["call_id"] for o in outputs] == ["c1", "c1"]
    assert outputs[0]["output"] == "2"
    assert "duplicate call_id" in outputs[1]["output"]


def test_calls_past_the_per_turn_cap_are_not_run(kind: parity.Kind) -> None:
    calls = [function_call(f"c{i}") for i in range(140)]
    runs, outputs = run_tool_loop(kind, calls)
    assert len(runs) == 128  # the default cap
    assert len(outputs) == 140
    assert all("max_tool_calls_per_turn=128" in o["output"] for o in outputs[128:])


def test_oversized_arguments_are_not_run(kind: parity.Kind) -> None:
    padded = json.dumps({"a": 1, "pad": "x" * 4096})
    runs, outputs = run_tool_loop(
        kind, [function_call("c1", padded), function_call("c2")], max_tool_argument_bytes=1024
    )
    assert runs == [1]  # only c2 ran
    assert "max_tool_argument_bytes=1024" in outputs[0]["output"]
    assert outputs[1]["output"] == "2"


def test_the_timeout_type_stays_an_httpx_timeout() -> None:
    # The per-attempt shortening must keep httpx's own Timeout working for callers.
    with Client(base_url="http://127.0.0.1:9", timeout=httpx.Timeout(3.0)) as client:
        assert client.settings.timeout.read == 3.0
