"""Streaming responses end to end: real SSE over loopback HTTP, sync and async.

Every scenario is written once as a coroutine and runs against both clients
through the parametrized ``kind`` fixture: the sync stream is driven with plain
``for``/``with`` (the helpers below only dispatch), the async one with ``async
for``/``async with``.  Servers are ``pytest-httpserver`` (byte-exact replay of
the reference recordings, hand-made faulty streams, chunked delivery) and the
project's embedded :class:`~open_responses.testing.ResponsesServer` (scripted
faults, background responses, resumption).  Async-only idioms live in
``test_streaming_async.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar

import httpx
import parity
import pytest
from conftest import REFERENCE, SSE_TERMINAL, reference_path
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parity import aw
from pytest_httpserver import HTTPServer
from werkzeug import Request
from werkzeug import Response as WResponse

from open_responses import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    AsyncResponseStream,
    AuthenticationError,
    BadRequestError,
    Client,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    ProtocolError,
    RateLimitError,
    Response,
    ResponseStream,
    ResponseValidationError,
    UnknownEvent,
)
from open_responses._events import event_classes
from open_responses._generated.models import (
    ErrorStreamingEvent,
    ResponseCompletedStreamingEvent,
    ResponseCreatedStreamingEvent,
    ResponseFailedStreamingEvent,
    ResponseOutputTextDeltaStreamingEvent,
)
from open_responses.testing import Reply, ResponsesServer, http_error, stream_error, text

Event = dict[str, Any]

RECORDINGS = REFERENCE / "recordings"
LOCAL = RECORDINGS / "local-servers"
TERMINALS = ("response.completed", "response.incomplete", "response.failed")
SSE = "text/event-stream; charset=utf-8"
FAST = httpx.Timeout(10.0, connect=5.0)

# Event types the recordings use that have no generated class: only these may
# come out as UnknownEvent (checked against the live table as well).
NO_CLASS_PREFIXES = ("response.web_search_call.", "response.reasoning_text.")

# Recordings whose terminal response keeps less text than the deltas streamed (a
# server bug): the terminal response is authoritative, the deltas only extend it.
TERMINAL_TEXT_SHORTER = {"open-responses-server-text-and-function-call.sse"}


# --------------------------------------------------------------------------- drivers


@contextlib.asynccontextmanager
async def opened(stream: Any) -> AsyncIterator[Any]:
    """``with stream`` or ``async with stream``, whichever the stream is."""
    if isinstance(stream, AsyncResponseStream):
        async with stream as s:
            yield s
    else:
        with stream as s:
            yield s


async def collect(stream: Any) -> list[Any]:
    """All remaining events, by ``for`` or ``async for``."""
    if isinstance(stream, AsyncResponseStream):
        return [event async for event in stream]
    return list(stream)


async def collect_into(stream: Any, seen: list[Any]) -> None:
    """Append the remaining events to ``seen`` as they come, so those before an error stay."""
    if isinstance(stream, AsyncResponseStream):
        async for event in stream:
            seen.append(event)
    else:
        for event in stream:
            seen.append(event)


async def take(stream: Any, n: int) -> list[Any]:
    """The next ``n`` events, leaving the stream open."""
    out = []
    for _ in range(n):
        if isinstance(stream, AsyncResponseStream):
            out.append(await stream.__anext__())
        else:
            out.append(next(stream))
    return out


async def text_deltas(stream: Any) -> list[str]:
    if isinstance(stream, AsyncResponseStream):
        return [delta async for delta in stream.text_deltas()]
    return list(stream.text_deltas())


class Kind(parity.Kind):
    """Clients with a generous timeout and a test key."""

    client_defaults: ClassVar[dict[str, Any]] = {"timeout": FAST, "api_key": "test-key"}


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    return Kind(request.param)


@pytest.fixture
def embedded() -> Iterator[ResponsesServer]:
    with ResponsesServer() as srv:
        yield srv


def url(srv: HTTPServer | ResponsesServer) -> str:
    if isinstance(srv, ResponsesServer):
        return srv.base_url
    return f"http://127.0.0.1:{srv.port}"


def posts(srv: ResponsesServer) -> int:
    return sum(1 for r in srv.app.requests if r.method == "POST")


# --------------------------------------------------------------------------- SSE bodies


def frame(events: list[Any], *, names: list[str] | None = None, done: bool = True) -> bytes:
    """Re-frame event payloads as SSE: ``event: <type>`` + ``data: <json>`` + blank line."""
    out = []
    for i, event in enumerate(events):
        data = event if isinstance(event, str) else json.dumps(event)
        name = names[i] if names is not None else event["type"]
        out.append(f"event: {name}\ndata: {data}\n\n")
    if done:
        out.append("data: [DONE]\n\n")
    return "".join(out).encode()


def serve(
    srv: HTTPServer,
    pieces: list[bytes] | bytes,
    *,
    status: int = 200,
    content_type: str = SSE,
    pause: float = 0.0,
) -> None:
    """Answer ``POST /v1/responses`` with these bytes, one write (chunk) per piece."""
    parts = [pieces] if isinstance(pieces, bytes) else list(pieces)

    def handler(_: Request) -> WResponse:
        def body() -> Iterator[bytes]:
            for i, part in enumerate(parts):
                if pause and i:
                    time.sleep(pause)
                yield part

        return WResponse(body(), status=status, content_type=content_type)

    srv.expect_request("/v1/responses", method="POST").respond_with_handler(handler)


def response_body(rid: str = "resp_1", status: str = "in_progress", **extra: Any) -> Event:
    body: Event = {
        "id": rid,
        "object": "response",
        "created_at": 1700000000,
        "status": status,
        "model": "m",
        "output": [],
    }
    body.update(extra)
    return body


def message_events(words: list[str], *, terminal: str | None = "response.completed") -> list[Event]:
    """A hand-made spec stream of one message whose text is ``"".join(words)``."""
    full = "".join(words)
    item = {"id": "msg_1", "type": "message", "role": "assistant", "status": "in_progress"}
    part = {"type": "output_text", "text": "", "annotations": []}
    done_part = dict(part, text=full)
    done_item = dict(item, status="completed", content=[done_part])
    events: list[Event] = [
        {"type": "response.created", "response": response_body()},
        {"type": "response.in_progress", "response": response_body()},
        {"type": "response.output_item.added", "output_index": 0, "item": dict(item, content=[])},
        {"type": "response.content_part.added", "output_index": 0, "item_id": "msg_1",
         "content_index": 0, "part": part},
    ]  # fmt: skip
    for word in words:
        events.append(
            {"type": "response.output_text.delta", "output_index": 0, "item_id": "msg_1",
             "content_index": 0, "delta": word, "logprobs": []}
        )  # fmt: skip
    events += [
        {"type": "response.output_text.done", "output_index": 0, "item_id": "msg_1",
         "content_index": 0, "text": full, "logprobs": []},
        {"type": "response.content_part.done", "output_index": 0, "item_id": "msg_1",
         "content_index": 0, "part": done_part},
        {"type": "response.output_item.done", "output_index": 0, "item": done_item},
    ]  # fmt: skip
    if terminal is not None:
        status = terminal.removeprefix("response.")
        events.append(
            {"type": terminal, "response": response_body(status=status, output=[done_item])}
        )
    for n, event in enumerate(events):
        event["sequence_number"] = n
    return events


# --------------------------------------------------------------------------- recordings


def load_chunks(name: str) -> list[Event]:
    path = reference_path("recordings", name)
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def split_responses(events: list[Event]) -> list[list[Event]]:
    """One list per response (the 4-steps recording holds four streams)."""
    streams: list[list[Event]] = []
    for event in events:
        if event.get("type") == "response.created" or not streams:
            streams.append([])
        streams[-1].append(event)
    return streams


def sse_payloads(raw: bytes) -> list[Any]:
    """Independent, minimal reading of a raw SSE file: the JSON data payloads, no [DONE]."""
    out = []
    for block in raw.decode().replace("\r\n", "\n").split("\n\n"):
        data = [line[5:].lstrip(" ") for line in block.split("\n") if line.startswith("data:")]
        if data and data != ["[DONE]"]:
            out.append(json.loads("\n".join(data)))
    return out


def terminal_of(events: list[Event]) -> Event | None:
    found = [e for e in events if isinstance(e, dict) and e.get("type") in TERMINALS]
    return found[-1] if found else None


def chunk_params() -> list[Any]:
    if not RECORDINGS.exists():
        return [pytest.param("missing", 0, id="recordings-missing")]
    params = []
    for path in sorted(RECORDINGS.glob("*.chunks.jsonl")):
        events = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        for i in range(len(split_responses(events))):
            params.append(pytest.param(path.name, i, id=f"{path.stem}#{i}"))
    return params


def sse_params() -> list[Any]:
    if not LOCAL.exists():
        return [pytest.param("missing", id="recordings-missing")]
    return sorted(p.name for p in LOCAL.glob("*.sse"))


def response_json_params() -> list[Any]:
    if not RECORDINGS.exists():
        return [pytest.param("missing", id="recordings-missing")]
    return sorted(p.name for p in RECORDINGS.glob("*.response.json"))


def assert_typed(events: list[Any], payloads: list[Any]) -> None:
    """Each event has its generated class (or is an UnknownEvent for a type with none)."""
    table = event_classes()
    assert len(events) == len(payloads)
    for event, payload in zip(events, payloads, strict=True):
        kind = payload.get("type")
        if kind is None and "error" in payload:
            kind = "error"  # LiteLLM's type-less error payload
        if kind in table:
            assert isinstance(event, table[kind]), (kind, event)
            if kind != "error":
                assert event.to_dict() == payload
        else:
            assert kind.startswith(NO_CLASS_PREFIXES), f"unexpected class-less type {kind}"
            assert isinstance(event, UnknownEvent)
            assert event.type == kind
            assert event.data == payload
            assert event.sequence_number == payload.get("sequence_number")


def output_text_of(response: Event) -> str:
    return "".join(
        part["text"]
        for item in response.get("output") or []
        if item.get("type") == "message"
        for part in item.get("content") or []
        if part.get("type") == "output_text"
    )


def assert_deltas_match(payloads: list[Event], output_text: str) -> None:
    """``output_text`` is the concatenated deltas (each part's deltas are a prefix of its
    final text in the trimmed phase-two recording, whose sequence numbers have gaps)."""
    deltas = [e for e in payloads if e.get("type") == "response.output_text.delta"]
    seqs = [e["sequence_number"] for e in payloads if "sequence_number" in e]
    if not seqs or seqs == list(range(seqs[0], seqs[0] + len(seqs))):
        assert "".join(e["delta"] for e in deltas) == output_text
        return
    streamed: dict[tuple[int, int], str] = {}
    for e in deltas:
        key = (e["output_index"], e["content_index"])
        streamed[key] = streamed.get(key, "") + e["delta"]
    dones = {
        (e["output_index"], e["content_index"]): e["text"]
        for e in payloads
        if e.get("type") == "response.output_text.done"
    }
    assert streamed.keys() == dones.keys()
    assert "".join(dones[k] for k in sorted(dones)) == output_text
    for key, prefix in streamed.items():
        assert dones[key].startswith(prefix)


async def consume(client: Any) -> dict[str, Any]:
    """Stream one response with ``with``/``async with`` and report everything observable."""
    stream = client.responses.stream(model="m", input="hi")
    async with opened(stream) as s:
        events: list[Any] = []
        final = None
        error: Exception | None = None
        try:
            await collect_into(s, events)
            final = await aw(s.get_final_response())
        except IncompleteStreamError as exc:
            error = exc
        return {
            "events": events,
            "final": final,
            "error": error,
            "output_text": s.output_text,
            "response_id": s.response_id,
            "last_sequence_number": s.last_sequence_number,
        }


@pytest.mark.parametrize(("name", "index"), chunk_params())
def test_chunk_recording_over_http(kind: Kind, server: HTTPServer, name: str, index: int) -> None:
    payloads = split_responses(load_chunks(name))[index]
    serve(server, frame(payloads))
    got = kind.run(consume, base_url=url(server))

    assert_typed(got["events"], payloads)
    terminal = terminal_of(payloads)
    assert terminal is not None
    final: Response = got["final"]
    assert final.to_dict() == terminal["response"]
    assert final.status == terminal["response"]["status"]
    assert got["output_text"] == final.output_text == output_text_of(terminal["response"])
    assert_deltas_match(payloads, got["output_text"])
    assert got["response_id"] == terminal["response"]["id"]
    assert got["last_sequence_number"] == payloads[-1]["sequence_number"]
    if terminal["type"] == "response.failed":
        errors = [e for e in got["events"] if isinstance(e, ErrorStreamingEvent)]
        assert errors and final.error is not None
        assert final.error.code == errors[-1].error.code


@pytest.mark.parametrize("name", sse_params())
def test_local_server_recording_over_http(kind: Kind, server: HTTPServer, name: str) -> None:
    raw = reference_path("recordings", "local-servers", name).read_bytes()
    payloads = sse_payloads(raw)
    serve(server, raw)  # the bytes exactly as the server sent them
    got = kind.run(consume, base_url=url(server))

    assert_typed(got["events"], payloads)
    expected = SSE_TERMINAL[name]
    terminal = terminal_of(payloads)
    if expected is None:
        assert terminal is None
        error = got["error"]
        assert isinstance(error, IncompleteStreamError)
        [error_event] = [e for e in got["events"] if isinstance(e, ErrorStreamingEvent)]
        # The server's error is not lost in the report of the broken stream.
        assert error_event.error.message in str(error)
        return
    assert terminal is not None and terminal["type"] == expected
    final: Response = got["final"]
    got_dict = final.to_dict()
    # Sloppy servers send partial terminal responses; the accumulated response
    # keeps what earlier lifecycle events said, and agrees on everything the
    # terminal event does say.
    assert {k: got_dict.get(k) for k in terminal["response"]} == terminal["response"]
    assert got["output_text"] == final.output_text
    assert final.output_text == output_text_of(terminal["response"])
    if name in TERMINAL_TEXT_SHORTER:
        streamed = "".join(
            e["delta"] for e in payloads if e.get("type") == "response.output_text.delta"
        )
        assert streamed.startswith(final.output_text) and streamed != final.output_text
    else:
        assert_deltas_match(payloads, got["output_text"])
    assert got["response_id"] == terminal["response"]["id"]
    if expected == "response.failed":
        assert final.error is not None


@pytest.mark.parametrize("name", response_json_params())
def test_server_ignoring_stream_answers_recorded_json(
    kind: Kind, server: HTTPServer, name: str
) -> None:
    """A server that ignores ``stream`` and answers JSON: accepted as the final response."""
    body = reference_path("recordings", name).read_bytes()
    serve(server, body, content_type="application/json")
    got = kind.run(consume, base_url=url(server))
    expected = json.loads(body)
    assert len(got["events"]) == 1
    assert got["events"][0].to_dict()["response"] == expected
    assert got["final"].to_dict() == expected
    assert got["output_text"] == output_text_of(expected)
    assert got["response_id"] == expected["id"]


# --------------------------------------------------------------------------- byte splits

# Loopback TCP coalesces back-to-back writes into one read; a millisecond between
# pieces makes the client read (and the decoder get fed) each piece on its own.
PIECE_PAUSE = 0.001

_BASELINES: dict[tuple[str, str], tuple[list[Any], Any]] = {}


def _split_sources() -> list[str]:
    if not RECORDINGS.exists():
        return []
    names = [p.name for p in sorted(RECORDINGS.glob("*.chunks.jsonl"))]
    return names + [f"local-servers/{p.name}" for p in sorted(LOCAL.glob("*.sse"))]


def _source_bytes(name: str) -> bytes:
    if name.endswith(".sse"):
        return reference_path("recordings", *name.split("/")).read_bytes()
    return frame(split_responses(load_chunks(name))[0])


def _summary(got: dict[str, Any]) -> tuple[list[Any], Any]:
    events = [e.to_dict() for e in got["events"]]
    final = got["final"].to_dict() if got["final"] is not None else None
    return events, (final, got["output_text"], got["last_sequence_number"])


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_byte_splits_give_identical_results(
    kind: Kind, server: HTTPServer, data: st.DataObject
) -> None:
    sources = _split_sources()
    if not sources:
        reference_path("recordings")
    name = data.draw(st.sampled_from(sources), label="recording")
    raw = _source_bytes(name)
    holder: dict[str, list[bytes]] = {}

    def handler(_: Request) -> WResponse:
        def body() -> Iterator[bytes]:
            for i, piece in enumerate(holder["pieces"]):
                if i:
                    time.sleep(PIECE_PAUSE)
                yield piece

        return WResponse(body(), status=200, content_type=SSE)

    server.clear()
    server.expect_request("/v1/responses", method="POST").respond_with_handler(handler)
    key = (kind.name, name)
    if key not in _BASELINES:
        holder["pieces"] = [raw]
        _BASELINES[key] = _summary(kind.run(consume, base_url=url(server)))
    cuts = data.draw(
        st.lists(st.integers(1, max(len(raw) - 1, 1)), max_size=40, unique=True), label="cuts"
    )
    bounds = [0, *sorted(cuts), len(raw)]
    holder["pieces"] = [raw[a:b] for a, b in itertools.pairwise(bounds) if b > a]
    assert _summary(kind.run(consume, base_url=url(server))) == _BASELINES[key]


def test_one_byte_pieces(kind: Kind, server: HTTPServer) -> None:
    """Every byte its own chunk: cuts inside UTF-8 characters, ``\\n\\n`` and ``[DONE]``."""
    payloads = message_events(["Grüße, ", "wörld — ", "✓ done"])
    raw = frame(payloads)
    serve(server, [raw[i : i + 1] for i in range(len(raw))], pause=PIECE_PAUSE / 2)
    got = kind.run(consume, base_url=url(server))
    assert [e.to_dict() for e in got["events"]] == payloads
    assert got["output_text"] == got["final"].output_text == "Grüße, wörld — ✓ done"


# --------------------------------------------------------------------------- API surface


def test_create_stream_true_iterates_events(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("The quick brown fox jumps over the lazy dog"))

    async def scenario(client: Any) -> Any:
        stream = await aw(client.responses.create(model="m", input="hi", stream=True))
        assert isinstance(stream, AsyncResponseStream if kind.is_async else ResponseStream)
        events = await collect(stream)
        return events, await aw(stream.get_final_response()), stream

    events, final, stream = kind.run(scenario, base_url=url(embedded))
    assert isinstance(events[0], ResponseCreatedStreamingEvent)
    assert isinstance(events[-1], ResponseCompletedStreamingEvent)
    assert [e.sequence_number for e in events] == list(range(len(events)))
    deltas = [e.delta for e in events if isinstance(e, ResponseOutputTextDeltaStreamingEvent)]
    assert len(deltas) > 3
    assert "".join(deltas) == final.output_text == stream.output_text
    assert final.output_text == "The quick brown fox jumps over the lazy dog"
    assert final.status == "completed"
    assert final.to_dict() == events[-1].response.to_dict()
    assert final.request_id is not None
    assert stream.last_sequence_number == events[-1].sequence_number
    assert posts(embedded) == 1
    assert embedded.app.requests[0].json["stream"] is True


def test_text_deltas(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("one two three four five"))

    async def scenario(client: Any) -> Any:
        stream = client.responses.stream(model="m", input="hi")
        return await text_deltas(stream), stream

    deltas, stream = kind.run(scenario, base_url=url(embedded))
    assert len(deltas) >= 5
    assert "".join(deltas) == "one two three four five"
    assert stream.http_response is not None and stream.http_response.is_closed


def test_current_response_mid_stream(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("alpha beta gamma delta"))

    async def scenario(client: Any) -> Any:
        seen = []
        stream = client.responses.stream(model="m", input="hi")
        async with opened(stream) as s:
            # Nothing is known before the first event.
            assert s.current_response is None
            assert s.response_id is None and s.last_sequence_number is None
            so_far = ""
            if kind.is_async:
                iterator: Any = s.__aiter__()
            while True:
                try:
                    event = await iterator.__anext__() if kind.is_async else next(s)
                except (StopIteration, StopAsyncIteration):
                    break
                assert s.last_sequence_number == event.sequence_number
                if isinstance(event, ResponseOutputTextDeltaStreamingEvent):
                    so_far += event.delta
                    snap = s.current_response
                    seen.append((snap.status, snap.output_text, s.output_text, so_far))
                    assert s.response_id == snap.id
            final = await aw(s.get_final_response())
        return seen, final

    seen, final = kind.run(scenario, base_url=url(embedded))
    assert len(seen) >= 4
    for status, snap_text, live_text, expected in seen:
        assert status == "in_progress"
        assert snap_text == live_text == expected
    assert seen[0][3] != final.output_text  # really mid-stream
    assert final.output_text == "alpha beta gamma delta"


# --------------------------------------------------------------------------- endings


def test_incomplete_gives_final_response(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("cut short here", incomplete=True))
    got = kind.run(consume, base_url=url(embedded))
    final = got["final"]
    assert final.status == "incomplete"
    assert final.incomplete_details.reason == "max_output_tokens"
    assert type(got["events"][-1]).__name__ == "ResponseIncompleteStreamingEvent"


def test_spec_error_event_then_failed(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(stream_error(after=5, code="model_overloaded", message="Boom."))
    got = kind.run(consume, base_url=url(embedded))
    events = got["events"]
    assert isinstance(events[-2], ErrorStreamingEvent)
    assert events[-2].error.code == "model_overloaded"
    assert events[-2].error.message == "Boom."
    assert isinstance(events[-1], ResponseFailedStreamingEvent)
    final = got["final"]
    assert final.status == "failed"
    assert (final.error.code, final.error.message) == ("model_overloaded", "Boom.")


def test_openai_flat_error_event_surfaces_in_final_response(kind: Kind, server: HTTPServer) -> None:
    """OpenAI's flat ``error`` event (fields beside ``type``) then a ``response.failed``
    whose response has no error: the event is an ErrorStreamingEvent and its error
    becomes the final response's."""
    events: list[Event] = [
        {"type": "response.created", "sequence_number": 0, "response": response_body()},
        {"type": "error", "sequence_number": 1, "code": "rate_limit_exceeded",
         "message": "Slow down.", "param": None},
        {"type": "response.failed", "sequence_number": 2,
         "response": response_body(status="failed", error=None)},
    ]  # fmt: skip
    serve(server, frame(events))
    got = kind.run(consume, base_url=url(server))
    error_event = got["events"][1]
    assert isinstance(error_event, ErrorStreamingEvent)
    assert error_event.sequence_number == 1
    assert error_event.error.code == "rate_limit_exceeded"
    assert error_event.error.message == "Slow down."
    final = got["final"]
    assert final.status == "failed"
    assert (final.error.code, final.error.message) == ("rate_limit_exceeded", "Slow down.")


@pytest.mark.parametrize("done", [False, True], ids=["eof", "done-marker"])
def test_no_terminal_event_raises_incomplete_with_snapshot(
    kind: Kind, server: HTTPServer, done: bool
) -> None:
    events = message_events(["Hel", "lo", " wor"], terminal=None)[:7]  # up to the 3rd delta
    serve(server, frame(events, done=done))

    async def scenario(client: Any) -> Any:
        stream = client.responses.stream(model="m", input="hi")
        seen: list[Any] = []
        async with opened(stream) as s:
            with pytest.raises(IncompleteStreamError) as info:
                await collect_into(s, seen)
            with pytest.raises(IncompleteStreamError):
                await aw(s.get_final_response())
        return seen, info.value

    seen, exc = kind.run(scenario, base_url=url(server))
    assert len(seen) == 7  # every event arrived before the error
    assert exc.snapshot is not None
    assert exc.snapshot.output_text == "Hello wor"
    assert exc.snapshot.id == "resp_1"
    assert exc.last_sequence_number == 6
    assert ("[DONE]" in str(exc)) is done


def test_connection_cut_mid_stream(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("one two three four five six", cut_after=7))

    async def scenario(client: Any) -> Any:
        stream = client.responses.stream(model="m", input="hi")
        seen: list[Any] = []
        async with opened(stream) as s:
            with pytest.raises(APIConnectionError) as info:
                await collect_into(s, seen)
        return seen, info.value, s

    seen, exc, stream = kind.run(scenario, base_url=url(embedded))
    assert type(exc) is APIConnectionError  # not a timeout, not a raw httpx error
    assert not isinstance(exc, httpx.HTTPError)
    assert len(seen) == 7
    assert exc.snapshot is not None and exc.snapshot.id == stream.response_id
    deltas = "".join(e.delta for e in seen if isinstance(e, ResponseOutputTextDeltaStreamingEvent))
    assert deltas and exc.snapshot.output_text == deltas
    assert stream.last_sequence_number == 6
    assert posts(embedded) == 1  # a stream that yielded events is never retried


def test_stall_longer_than_read_timeout(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("one two three", stall_after=3, stall_seconds=5))

    async def scenario(client: Any) -> Any:
        stream = client.responses.stream(model="m", input="hi")
        seen: list[Any] = []
        start = time.monotonic()
        async with opened(stream) as s:
            with pytest.raises(APITimeoutError) as info:
                seen.extend(await collect(s))
        return seen, info.value, time.monotonic() - start

    timeout = httpx.Timeout(5.0, read=0.3)
    _, exc, elapsed = kind.run(scenario, base_url=url(embedded), timeout=timeout)
    assert not isinstance(exc, httpx.HTTPError)
    assert exc.snapshot is not None and exc.snapshot.status == "in_progress"
    assert elapsed < 3
    assert posts(embedded) == 1


def test_total_timeout_is_separate_from_idle_timeout(kind: Kind, embedded: ResponsesServer) -> None:
    """Events every 50 ms never trip a 1 s idle timeout, but do exceed a 0.4 s total."""
    words = " ".join(f"w{i}" for i in range(30))
    embedded.app.model.enqueue(text(words, event_delay=0.05), text(words, event_delay=0.05))
    timeout = httpx.Timeout(5.0, read=1.0)

    async def scenario(client: Any) -> Any:
        start = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            await consume_with(client, total_timeout=0.4)
        elapsed = time.monotonic() - start
        # Without a total timeout the same slow stream completes.
        final = await consume_with(client, total_timeout=None)
        return info.value, elapsed, final

    exc, elapsed, final = kind.run(scenario, base_url=url(embedded), timeout=timeout)
    assert "total" in str(exc)
    assert exc.snapshot is not None
    assert elapsed < 1.0
    assert final.output_text == words


def test_total_timeout_bounds_a_stalled_read(kind: Kind, embedded: ResponsesServer) -> None:
    """A server that stalls for longer than ``total_timeout`` (but within the idle
    timeout) must not hold the caller past the total timeout."""
    embedded.app.model.enqueue(text("one two three", stall_after=3, stall_seconds=4))
    timeout = httpx.Timeout(10.0, read=10.0)

    async def scenario(client: Any) -> Any:
        start = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            await consume_with(client, total_timeout=0.5)
        return info.value, time.monotonic() - start

    exc, elapsed = kind.run(scenario, base_url=url(embedded), timeout=timeout)
    assert "total" in str(exc)
    assert elapsed < 2.0


def test_client_level_total_timeout(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("a b c d e f g h", event_delay=0.1))

    async def scenario(client: Any) -> Any:
        with pytest.raises(APITimeoutError) as info:
            await consume_with(client)
        return info.value

    exc = kind.run(scenario, base_url=url(embedded), total_timeout=0.3)
    assert "total" in str(exc)


async def consume_with(client: Any, **kwargs: Any) -> Response:
    stream = client.responses.stream(model="m", input="hi", **kwargs)
    async with opened(stream) as s:
        await collect(s)
        final: Response = await aw(s.get_final_response())
        return final


# --------------------------------------------------------------------------- HTTP errors


@pytest.mark.parametrize(
    ("status", "exc_type"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, InternalServerError),
    ],
)
def test_http_error_on_stream_open_matches_non_streaming(
    kind: Kind, embedded: ResponsesServer, status: int, exc_type: type[APIStatusError]
) -> None:
    model = embedded.app.model
    model.enqueue(*[http_error(status, "nope", code="some_code") for _ in range(3)])

    async def scenario(client: Any) -> Any:
        raised = []
        with pytest.raises(APIStatusError) as plain:
            await aw(client.responses.create(model="m", input="hi"))
        raised.append(plain.value)
        with pytest.raises(APIStatusError) as created:
            await aw(client.responses.create(model="m", input="hi", stream=True))
        raised.append(created.value)
        stream = client.responses.stream(model="m", input="hi")
        with pytest.raises(APIStatusError) as entered:
            async with opened(stream):
                pytest.fail("the block must not run: the error comes before any event")
        raised.append(entered.value)
        return raised

    errors = kind.run(scenario, base_url=url(embedded), max_retries=0)
    assert [type(e) for e in errors] == [exc_type] * 3
    assert all(e.status_code == status for e in errors)
    assert all(e.message == errors[0].message for e in errors)
    assert posts(embedded) == 3


def test_503_then_success_on_open_is_retried(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(http_error(503, retry_after_ms=1), text("after retry"))
    got = kind.run(consume, base_url=url(embedded), max_retries=2)
    assert got["final"].output_text == "after retry"
    assert isinstance(got["events"][0], ResponseCreatedStreamingEvent)
    assert posts(embedded) == 2


# --------------------------------------------------------------------------- faults


def test_malformed_event_lenient_and_strict(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("one two three", malformed_at=3), text("x", malformed_at=3))
    got = kind.run(consume, base_url=url(embedded))
    broken = [e for e in got["events"] if isinstance(e, UnknownEvent)]
    assert len(broken) == 1
    assert isinstance(broken[0].data, str) and broken[0].data.startswith('{"type":')
    assert got["events"].index(broken[0]) == 3
    assert got["final"].status == "completed"
    assert got["final"].output_text == "one two three"

    with pytest.raises(ProtocolError, match="not JSON"):
        kind.run(consume, base_url=url(embedded), strict=True)


def test_html_page_instead_of_sse(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(Reply(html=True))
    with pytest.raises(ResponseValidationError) as info:
        kind.run(consume, base_url=url(embedded))
    assert info.value.status_code == 200
    assert "html" in (info.value.content_type or "")
    assert posts(embedded) == 1


def test_server_ignoring_stream_lenient_and_strict(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(
        text("plain json", ignore_stream=True), text("x", ignore_stream=True)
    )
    got = kind.run(consume, base_url=url(embedded))
    assert len(got["events"]) == 1
    assert isinstance(got["events"][0], ResponseCompletedStreamingEvent)
    assert got["final"].output_text == got["output_text"] == "plain json"
    assert got["response_id"] == got["final"].id
    with pytest.raises(ProtocolError, match="Content-Type"):
        kind.run(consume, base_url=url(embedded), strict=True)


def test_strict_mode_accepts_a_conforming_stream(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("all good here"))
    got = kind.run(consume, base_url=url(embedded), strict=True)
    assert got["final"].output_text == "all good here"


def test_missing_done_marker(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("no marker", no_done=True), text("no marker", no_done=True))
    got = kind.run(consume, base_url=url(embedded))
    assert got["final"].output_text == "no marker"
    with pytest.raises(ProtocolError, match=r"\[DONE\]"):
        kind.run(consume, base_url=url(embedded), strict=True)


def test_event_name_mismatch(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(
        text("named wrong", wrong_event_names=True), text("x", wrong_event_names=True)
    )
    got = kind.run(consume, base_url=url(embedded))
    assert got["final"].output_text == "named wrong"
    assert not any(isinstance(e, UnknownEvent) for e in got["events"])
    with pytest.raises(ProtocolError, match="event name"):
        kind.run(consume, base_url=url(embedded), strict=True)


def test_missing_sequence_numbers(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(
        text("unnumbered", no_sequence_number=True), text("x", no_sequence_number=True)
    )
    got = kind.run(consume, base_url=url(embedded))
    assert got["final"].output_text == "unnumbered"
    assert got["last_sequence_number"] is None
    with pytest.raises(ProtocolError, match="sequence_number"):
        kind.run(consume, base_url=url(embedded), strict=True)


def test_non_increasing_sequence_number(kind: Kind, server: HTTPServer) -> None:
    events = message_events(["a", "b", "c"])
    events[5]["sequence_number"] = 4  # repeats the previous number
    serve(server, frame(events))
    got = kind.run(consume, base_url=url(server))
    assert got["final"].output_text == "abc"
    with pytest.raises(ProtocolError, match="not greater") as info:
        kind.run(consume, base_url=url(server), strict=True)
    assert info.value.event is not None and info.value.event["sequence_number"] == 4


# --------------------------------------------------------------------------- closing


class Endless:
    """A streaming handler that sends events until the client goes away.

    ``closed`` is set when the server notices: the WSGI server closes the body
    generator (``GeneratorExit``) after a write fails.
    """

    def __init__(self) -> None:
        self.closed = threading.Event()
        self.sent = 0

    def __call__(self, _: Request) -> WResponse:
        def body() -> Iterator[bytes]:
            try:
                events = message_events(["x"] * 4000, terminal=None)
                for event in events:
                    self.sent += 1
                    yield frame([event], done=False)
                    time.sleep(0.005)
            except GeneratorExit:
                self.closed.set()
                raise

        return WResponse(body(), status=200, content_type=SSE)


async def seen_closed(handler: Endless, seconds: float = 5.0) -> bool:
    """Wait (letting the event loop run) until the server saw the connection close.

    Called while the client is still open, so closing the client's pool cannot
    be what closed the connection.
    """
    deadline = time.monotonic() + seconds
    while not handler.closed.is_set() and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    return handler.closed.is_set()


def test_leaving_with_block_early_closes_connection(kind: Kind, server: HTTPServer) -> None:
    handler = Endless()
    server.expect_request("/v1/responses", method="POST").respond_with_handler(handler)

    async def scenario(client: Any) -> Any:
        stream = client.responses.stream(model="m", input="hi")
        async with opened(stream) as s:
            first = await take(s, 5)
            assert not s.http_response.is_closed
        assert s.http_response.is_closed
        closed = await seen_closed(handler)
        assert await collect(s) == []  # a closed stream yields nothing more
        return first, closed

    first, closed = kind.run(scenario, base_url=url(server))
    assert len(first) == 5
    assert closed, "the server never saw the connection close"
    assert handler.sent < 3000


def test_break_out_of_loop_closes_connection(kind: Kind, server: HTTPServer) -> None:
    """``break`` out of a loop over a stream nothing else refers to closes it."""
    handler = Endless()
    server.expect_request("/v1/responses", method="POST").respond_with_handler(handler)

    async def scenario(client: Any) -> tuple[int, bool]:
        count = 0
        if kind.is_async:
            async for _ in await client.responses.create(model="m", input="hi", stream=True):
                count += 1
                if count == 5:
                    break
        else:
            for _ in client.responses.create(model="m", input="hi", stream=True):
                count += 1
                if count == 5:
                    break
        # (The abandoned async generator is closed by the event loop's finaliser.)
        return count, await seen_closed(handler)

    count, closed = kind.run(scenario, base_url=url(server))
    assert count == 5
    assert closed, "the server never saw the connection close"


def test_close_mid_stream(kind: Kind, server: HTTPServer) -> None:
    handler = Endless()
    server.expect_request("/v1/responses", method="POST").respond_with_handler(handler)

    async def scenario(client: Any) -> Any:
        stream = client.responses.stream(model="m", input="hi")
        await take(stream, 3)
        await aw(stream.close())
        return await collect(stream), await seen_closed(handler)

    rest, closed = kind.run(scenario, base_url=url(server))
    assert rest == []
    assert closed


def test_close_before_iterating(kind: Kind, embedded: ResponsesServer) -> None:
    """A stream closed before iteration yields nothing (no request, no raw httpx error)."""

    async def scenario(client: Any) -> Any:
        never_opened = client.responses.stream(model="m", input="hi")
        await aw(never_opened.close())
        opened_only = await aw(client.responses.create(model="m", input="hi", stream=True))
        await aw(opened_only.close())
        return await collect(never_opened), await collect(opened_only)

    assert kind.run(scenario, base_url=url(embedded)) == ([], [])
    assert posts(embedded) == 1


# --------------------------------------------------------------------------- resumption


async def replay(client: Any, rid: str, after: int | None = None) -> list[Any]:
    stream = client.responses.stream(response_id=rid, starting_after=after)
    async with opened(stream) as s:
        return await collect(s)


def test_resume_background_response(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("one two three four five six seven eight", delay=0.6))

    async def scenario(client: Any) -> Any:
        stream = client.responses.stream(model="m", input="hi", background=True, store=True)
        async with opened(stream) as s:
            first = await take(s, 6)
            rid, last = s.response_id, s.last_sequence_number
        resumed = client.responses.stream(response_id=rid, starting_after=last)
        async with opened(resumed) as r:
            rest = await collect(r)
            final = await aw(r.get_final_response())
        full = await replay(client, rid)
        return first, last, rest, final, full

    first, last, rest, final, full = kind.run(scenario, base_url=url(embedded))
    assert last == first[-1].sequence_number == 5
    assert rest[0].sequence_number == last + 1
    as_dicts = [e.to_dict() for e in first + rest]
    assert as_dicts == [e.to_dict() for e in full]
    assert [e.sequence_number for e in full] == list(range(len(full)))
    assert final.status == "completed"
    assert final.output_text == "one two three four five six seven eight"
    gets = [r for r in embedded.app.requests if r.method == "GET"]
    assert len(gets) == 2


def test_resume_after_connection_cut(kind: Kind, embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("resume me after the cut please", cut_after=6))

    async def scenario(client: Any) -> Any:
        stream = client.responses.stream(model="m", input="hi", store=True)
        first: list[Any] = []
        async with opened(stream) as s:
            with pytest.raises(APIConnectionError):
                await collect_into(s, first)
            rid, last = s.response_id, s.last_sequence_number
        rest = await replay(client, rid, last)
        full = await replay(client, rid)
        return first, last, rest, full

    first, last, rest, full = kind.run(scenario, base_url=url(embedded))
    assert len(first) == 6 and last == 5
    assert [e.to_dict() for e in first + rest] == [e.to_dict() for e in full]
    text_out = "".join(
        e.delta for e in first + rest if isinstance(e, ResponseOutputTextDeltaStreamingEvent)
    )
    assert text_out == "resume me after the cut please"


def test_resume_unknown_response_is_404(kind: Kind, embedded: ResponsesServer) -> None:
    async def scenario(client: Any) -> Any:
        with pytest.raises(NotFoundError):
            await replay(client, "resp_missing", 3)

    kind.run(scenario, base_url=url(embedded), max_retries=0)


def test_finished_streams_reuse_the_connection() -> None:
    # Reading to the end of the body after [DONE] hands the connection back to the
    # pool: three streams (and a plain create) cost one TCP connection, sync and async.
    with ResponsesServer() as server:
        with Client(base_url=server.base_url) as client:
            for _ in range(3):
                with client.responses.stream(model="m", input="hi") as stream:
                    stream.get_final_response()
            client.responses.create(model="m", input="hi")
        assert server.connections_accepted == 1

        async def run_async() -> None:
            async with AsyncClient(base_url=server.base_url) as client:
                for _ in range(3):
                    async with client.responses.stream(model="m", input="hi") as stream:
                        await stream.get_final_response()

        asyncio.run(run_async())
        assert server.connections_accepted == 2


def test_event_data_must_be_exactly_one_json_value() -> None:
    # The fast decoder must not accept what json.loads would refuse.
    from open_responses._stream_core import StreamCore

    core = StreamCore()
    body = (
        b'data: {"type":"acme:a","sequence_number":0} trailing\n\n'
        b'data:  {"type":"acme:b","sequence_number":1}  \n\n'
        b"data: [1, 2]\n\n"
    )
    events = list(core.feed(body))
    assert isinstance(events[0], UnknownEvent)
    assert events[0].data == '{"type":"acme:a","sequence_number":0} trailing'
    assert events[1].type == "acme:b"  # surrounding whitespace is fine
    assert events[2].data == [1, 2]
