"""WebSocket mode of the embedded server (``ResponsesServer``), over real loopback sockets.

The scenarios follow the compliance suite's ``websocket-*`` list and run through
the project's client (``client.responses.connect()`` and its async twin), so the
client's recovery rules are exercised against the same scripted model and stored
responses the HTTP endpoints use. A few protocol details the client hides
(refused transport fields, the raw connection-limit frame, the ``/responses``
path, the missing-dependency reply) are checked with a bare ``websockets`` client.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("websockets")

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection
from websockets.sync.client import connect as ws_connect

from open_responses import (
    APIConnectionError,
    APIStatusError,
    AsyncClient,
    BadRequestError,
    Client,
    PreviousResponseNotFoundError,
    RateLimitError,
    Response,
)
from open_responses._events import UnknownEvent, parse_event
from open_responses._generated.models import (
    FunctionCall,
    ResponseCompletedStreamingEvent,
    ResponseCreatedStreamingEvent,
    ResponseOutputTextDeltaStreamingEvent,
)
from open_responses._websocket import AsyncResponsesConnection, ResponsesConnection
from open_responses.testing import Reply, ResponsesServer, http_error, stream_error

MODEL = "scripted-ws"
WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather for a city.",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}


def user(text: str) -> dict[str, Any]:
    return {"type": "message", "role": "user", "content": text}


# --------------------------------------------------------------------------- drivers


class Turn:
    """A sync or async turn behind one blocking interface; every event is checked."""

    def __init__(self, runner: asyncio.Runner | None, turn: Any) -> None:
        self.runner = runner
        self.turn = turn
        self.seen: list[Any] = []

    def _check(self, event: Any) -> None:
        assert not isinstance(event, UnknownEvent), event
        self.seen.append(event)

    def events(self) -> list[Any]:
        if self.runner is None:
            for event in self.turn:
                self._check(event)
        else:

            async def collect() -> None:
                async for event in self.turn:
                    self._check(event)

            self.runner.run(collect())
        return self.seen

    def final(self) -> Response:
        self.events()
        if self.runner is None:
            return self.turn.get_final_response()  # type: ignore[no-any-return]
        return self.runner.run(self.turn.get_final_response())  # type: ignore[no-any-return]

    @property
    def request(self) -> dict[str, Any]:
        return self.turn.request  # type: ignore[no-any-return]


class Conn:
    """A sync or async connection behind one blocking interface."""

    def __init__(self, runner: asyncio.Runner | None, conn: Any) -> None:
        self.runner = runner
        self.conn = conn

    def _run(self, value: Any) -> Any:
        return value if self.runner is None else self.runner.run(value)

    def create(self, **params: Any) -> Turn:
        params.setdefault("model", MODEL)
        return Turn(self.runner, self._run(self.conn.create(**params)))

    def ask(self, **params: Any) -> Response:
        return self.create(**params).final()

    def reconnect(self) -> None:
        self._run(self.conn.reconnect())

    def close(self) -> None:
        self._run(self.conn.close())

    @property
    def closed(self) -> bool:
        return bool(self.conn.closed)


class Driver:
    """Opens strict connections of one flavour (``sync`` or ``async``) to the server."""

    def __init__(self, kind: str, server: ResponsesServer) -> None:
        self.kind = kind
        self.server = server
        self.runner = asyncio.Runner() if kind == "async" else None
        self.opened: list[Conn] = []

    def connect(self, **options: Any) -> Conn:
        options.setdefault("strict", True)  # the client checks event order too
        options.setdefault("timeout", 10)
        conn: Any
        if self.runner is None:
            conn = Client(base_url=self.server.base_url, api_key="sk-ws").responses.connect(
                **options
            )
            assert isinstance(conn, ResponsesConnection)
        else:
            client = AsyncClient(base_url=self.server.base_url, api_key="sk-ws")
            conn = self.runner.run(client.responses.connect(**options).open())
            assert isinstance(conn, AsyncResponsesConnection)
        opened = Conn(self.runner, conn)
        self.opened.append(opened)
        return opened

    def shutdown(self) -> None:
        for conn in self.opened:
            conn.close()
        if self.runner is not None:
            self.runner.close()


@pytest.fixture
def server() -> Iterator[ResponsesServer]:
    with ResponsesServer() as srv:
        yield srv


@pytest.fixture(params=["sync", "async"])
def driver(request: pytest.FixtureRequest, server: ResponsesServer) -> Iterator[Driver]:
    drv = Driver(request.param, server)
    yield drv
    drv.shutdown()


def ws_frames(server: ResponsesServer) -> list[dict[str, Any]]:
    """The ``response.create`` frames the app logged, in order."""
    return [r.json for r in server.app.requests if r.method == "WEBSOCKET"]


def raw(server: ResponsesServer, path: str = "/v1/responses") -> ClientConnection:
    """A bare websockets client, for what the project's client never sends."""
    return ws_connect(f"ws://127.0.0.1:{server.port}{path}", open_timeout=5)


def recv_json(ws: ClientConnection) -> dict[str, Any]:
    frame = json.loads(ws.recv(timeout=5))
    assert isinstance(frame, dict)
    assert not isinstance(parse_event(frame), UnknownEvent), frame
    return frame


def raw_turn(ws: ClientConnection, **body: Any) -> list[dict[str, Any]]:
    """Send one create and read frames up to a terminal event or an error."""
    ws.send(json.dumps({"type": "response.create", "model": MODEL, **body}))
    frames = []
    while True:
        frame = recv_json(ws)
        frames.append(frame)
        if frame["type"] in ("response.completed", "response.failed", "error"):
            return frames


# --------------------------------------------------------------------------- scenarios


def test_one_turn(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    turn = ws.create(input="Say hello", store=False)
    events = turn.events()
    final = turn.final()

    assert final.status == "completed"
    assert final.output_text == "Hello!"
    assert isinstance(events[0], ResponseCreatedStreamingEvent)
    assert isinstance(events[-1], ResponseCompletedStreamingEvent)
    assert [e.sequence_number for e in events] == list(range(len(events)))
    deltas = [e.delta for e in events if isinstance(e, ResponseOutputTextDeltaStreamingEvent)]
    assert "".join(deltas) == "Hello!"
    # The app logged the frame as the client sent it, with the handshake's auth.
    [logged] = [r for r in server.app.requests if r.method == "WEBSOCKET"]
    assert logged.json == {
        "type": "response.create",
        "model": MODEL,
        "input": "Say hello",
        "store": False,
    }
    assert logged.headers["authorization"] == "Bearer sk-ws"
    # Only stored responses reach the app's storage.
    assert server.app.get_response(final.id) is None


def test_two_sequential_turns(driver: Driver) -> None:
    ws = driver.connect()
    first = ws.ask(input="Say one", store=False)
    second = ws.ask(input="Say two", store=False)
    assert (first.output_text, second.output_text) == ("One!", "Two!")
    assert first.id != second.id


def test_continuation_with_only_new_items(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    first = ws.ask(input=[user("My name is Ada.")], store=False)
    turn = ws.create(
        previous_response_id=first.id, input=[user("What is our history?")], store=False
    )
    second = turn.final()

    assert second.previous_response_id == first.id
    # The model saw the whole chain although only the new message was sent.
    assert second.output_text.startswith("Conversation so far: user: My name is Ada.")
    assert "assistant: You said: My name is Ada." in second.output_text
    frame = ws_frames(server)[-1]
    assert frame["previous_response_id"] == first.id
    assert frame["input"] == [user("What is our history?")]


def test_stored_continuation_is_rehydrated_by_the_app(
    driver: Driver, server: ResponsesServer
) -> None:
    ws = driver.connect()
    first = ws.ask(input="My name is Ada.", store=True)
    ws.reconnect()  # a new socket knows nothing, but the app stored the response
    second = ws.ask(previous_response_id=first.id, input="Show the history.")
    assert "user: My name is Ada." in second.output_text
    stored = server.app.get_response(second.id)
    assert stored is not None and stored["previous_response_id"] == first.id


def test_tool_call_round_trip_store_false(driver: Driver) -> None:
    ws = driver.connect()
    first = ws.ask(input="Please get_weather for Paris", tools=[WEATHER_TOOL], store=False)
    [call] = [item for item in first.output if isinstance(item, FunctionCall)]
    output = {"type": "function_call_output", "call_id": call.call_id, "output": "sunny"}
    second = ws.ask(
        previous_response_id=first.id, input=[output], tools=[WEATHER_TOOL], store=False
    )
    assert second.output_text == "The tool returned: sunny"


def test_unknown_previous_response_id(driver: Driver) -> None:
    ws = driver.connect()
    with pytest.raises(PreviousResponseNotFoundError) as caught:
        ws.ask(previous_response_id="resp_unknown", input="hi", store=False)
    assert caught.value.status_code == 400
    assert ws.ask(input="Say fine").output_text == "Fine!"  # the socket stays usable


def test_reconnect_store_false_then_recover(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    first = ws.ask(input="My name is Ada.", store=False)
    ws.reconnect()
    with pytest.raises(PreviousResponseNotFoundError) as caught:
        ws.ask(previous_response_id=first.id, input="Show the history.", store=False)
    assert first.id in str(caught.value)

    turn = ws.create(input="Show the history.", store=False, recover=True)
    recovered = turn.final()
    assert "previous_response_id" not in turn.request
    assert recovered.previous_response_id is None
    assert "user: My name is Ada. | assistant: You said: My name is Ada." in recovered.output_text
    assert len(ws_frames(server)[-1]["input"]) == 3  # question, answer, new question


def test_failed_continuation_evicts_the_id(driver: Driver) -> None:
    ws = driver.connect()
    first = ws.ask(input="hello", store=False)
    orphan = {"type": "function_call_output", "call_id": "call_missing", "output": "x"}
    with pytest.raises(BadRequestError) as caught:
        ws.ask(previous_response_id=first.id, input=[orphan], store=False)
    assert not isinstance(caught.value, PreviousResponseNotFoundError)
    assert caught.value.code  # WebSocket errors always carry a code
    with pytest.raises(PreviousResponseNotFoundError):
        ws.ask(previous_response_id=first.id, input="hello again", store=False)


def test_compacted_window_starts_a_new_chain(driver: Driver, server: ResponsesServer) -> None:
    client = Client(base_url=server.base_url, api_key="sk-ws")
    compacted = client.responses.compact(
        model=MODEL,
        input=[
            user("My name is Ada."),
            {"type": "message", "role": "assistant", "content": "Hello Ada."},
        ],
    )
    window = [item.to_dict() for item in compacted.output]
    assert any(item["type"] == "compaction" for item in window)

    ws = driver.connect(strict=False)  # the compacted items are opaque to the checker
    turn = ws.create(input=[*window, user("Show the history.")], tools=[], store=False)
    final = turn.final()
    assert final.status == "completed"
    assert "user: My name is Ada. | assistant: Hello Ada." in final.output_text
    assert "previous_response_id" not in ws_frames(server)[-1]


def test_connection_limit_reconnects_transparently(driver: Driver, server: ResponsesServer) -> None:
    server.websocket.time_limit = 0.4
    ws = driver.connect()
    first = ws.ask(input="My name is Ada.", store=False)
    time.sleep(0.8)  # the server sends websocket_connection_limit_reached and closes
    second = ws.ask(previous_response_id=first.id, input="Show the history.", store=False)

    assert "user: My name is Ada." in second.output_text
    # store=false cannot cross sockets: the client resent the recorded context instead.
    resent = ws_frames(server)[-1]
    assert "previous_response_id" not in resent
    assert len(resent["input"]) == 3


def test_connection_limit_with_a_stored_chain(driver: Driver, server: ResponsesServer) -> None:
    server.websocket.time_limit = 0.4
    ws = driver.connect()
    first = ws.ask(input="My name is Ada.", store=True)
    time.sleep(0.8)
    second = ws.ask(previous_response_id=first.id, input="Show the history.")
    assert "user: My name is Ada." in second.output_text
    assert ws_frames(server)[-1]["previous_response_id"] == first.id


def test_dropped_connection_mid_turn(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    server.app.model.enqueue(Reply(text="This answer will be cut short", cut_after=4))
    turn = ws.create(input="hi", store=False)
    with pytest.raises(APIConnectionError) as caught:
        turn.final()
    snapshot = caught.value.snapshot
    assert isinstance(snapshot, Response) and snapshot.status == "in_progress"
    assert len(turn.seen) == 4
    assert ws.closed

    ws.reconnect()
    assert ws.ask(input="Say again").output_text == "Again!"


def test_scripted_http_error_becomes_an_error_frame(
    driver: Driver, server: ResponsesServer
) -> None:
    ws = driver.connect()
    server.app.model.enqueue(http_error(429, "Slow down.", code="rate_limit_exceeded"))
    with pytest.raises(RateLimitError) as caught:
        ws.ask(input="hi", store=False)
    assert caught.value.status_code == 429
    assert caught.value.code == "rate_limit_exceeded"
    assert ws.ask(input="Say after").output_text == "After!"


def test_stream_error_then_next_turn(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    server.app.model.enqueue(stream_error(after=3, code="server_error"))
    with pytest.raises(APIStatusError) as caught:
        ws.ask(input="hi", store=False)
    assert caught.value.code == "server_error"
    # The trailing response.failed belongs to no turn; the next turn is clean.
    assert ws.ask(input="Say next").output_text == "Next!"


# --------------------------------------------------------------------------- bare protocol


def test_every_frame_is_a_typed_event(server: ResponsesServer) -> None:
    with raw(server) as ws:
        assert ws.response is not None  # the client asked for compression; the server agreed
        assert "permessage-deflate" in ws.response.headers["Sec-WebSocket-Extensions"]
        frames = raw_turn(
            ws, input="Please get_weather for Oslo", tools=[WEATHER_TOOL], store=False
        )
        rid = frames[-1]["response"]["id"]
        call = frames[-1]["response"]["output"][0]
        output = {"type": "function_call_output", "call_id": call["call_id"], "output": "cold"}
        frames += raw_turn(ws, previous_response_id=rid, input=[output], store=False)
    assert frames[-1]["type"] == "response.completed"
    assert frames[-1]["response"]["previous_response_id"] == rid
    for frame in frames:
        assert not isinstance(parse_event(frame), UnknownEvent), frame


def test_unversioned_path_and_transport_fields(server: ResponsesServer) -> None:
    with raw(server, "/responses") as ws:
        for key, value in [("stream", True), ("stream_options", {}), ("background", False)]:
            [error] = raw_turn(ws, input="hi", **{key: value})
            assert error == {
                "type": "error",
                "status": 400,
                "error": {
                    "type": "invalid_request",
                    "code": "unsupported_parameter",
                    "message": f"'{key}' is not allowed on WebSocket requests.",
                    "param": key,
                },
            }
        ws.send("not json")
        assert recv_json(ws)["error"]["code"] == "invalid_json"
        ws.send(json.dumps({"type": "response.cancel"}))
        assert recv_json(ws)["error"]["param"] == "type"
        assert raw_turn(ws, input="Say ok")[-1]["type"] == "response.completed"


def test_raw_connection_limit_frame(server: ResponsesServer) -> None:
    server.websocket.time_limit = 0.3
    with raw(server) as ws:
        frame = recv_json(ws)
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=5)
    assert frame["type"] == "error"
    assert frame["status"] == 400
    assert "sequence_number" not in frame
    assert frame["error"]["code"] == "websocket_connection_limit_reached"
    assert ws.close_code == 1000


def test_turn_in_flight_finishes_before_the_limit(server: ResponsesServer) -> None:
    server.websocket.time_limit = 0.5
    server.app.model.enqueue(Reply(text="one two three four five", event_delay=0.1))
    with raw(server) as ws:
        frames = raw_turn(ws, input="hi", store=False)
        limit = recv_json(ws)
    assert frames[-1]["type"] == "response.completed"
    assert limit["error"]["code"] == "websocket_connection_limit_reached"


def test_plain_get_is_still_http(server: ResponsesServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("GET", "/v1/responses")
    assert conn.getresponse().status == 405
    conn.close()


def test_invalid_handshake_is_rejected(server: ResponsesServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    # No Sec-WebSocket-Key: websockets' own validation answers.
    conn.request("GET", "/v1/responses", headers={"Upgrade": "websocket", "Connection": "Upgrade"})
    reply = conn.getresponse()
    assert reply.status == 400
    assert b"Sec-WebSocket-Key" in reply.read()
    conn.close()


def test_server_stop_closes_open_sockets() -> None:
    srv = ResponsesServer().start()
    with raw(srv) as ws:
        started = time.monotonic()
        srv.stop()
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=5)
    assert time.monotonic() - started < 5


def test_upgrade_without_websockets_is_501(
    server: ResponsesServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "websockets", None)  # as if not installed
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request(
        "GET",
        "/v1/responses",
        headers={
            "Upgrade": "websocket",
            "Connection": "Upgrade",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
            "Sec-WebSocket-Version": "13",
        },
    )
    reply = conn.getresponse()
    body = json.loads(reply.read())
    conn.close()
    assert reply.status == 501
    assert body["error"]["code"] == "websockets_not_installed"
    assert "websockets" in body["error"]["message"]
