"""Every hand-optimised path against a plain one, on random input.

* The accumulator's shortcut for runs of text deltas (``ResponseAccumulator._fast``)
  against the same accumulator forced onto its general path, and against a plain
  model of the text (deltas joined per part), with snapshots read mid-stream.
* ``TextBuffer`` (deltas folded into blocks every 256) against a plain string.
* The SSE decoder's whole-event chunk shortcuts (``feed``'s and the bytes-only
  ``whole_data``) against whole-body decoding and a naive line-by-line reading,
  for chunks cut at event boundaries and anywhere, tricky bytes included.
* ``copy_json`` (the accumulator's copy of server values) against ``copy.deepcopy``.
* ``Response.output_text`` read from the received JSON (``raw_output_text``)
  against the typed models' reading (``output_text_of``).
* The orjson JSON decoder against the standard library's (same values, same
  types, same failures), each decoder's bytes twin against it, and the full
  stream pipeline with each of them (raw-bytes path against the text path).
"""

from __future__ import annotations

import asyncio
import copy
import gzip
import itertools
import json
import math
import os
import socket
import subprocess
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_sse import reference_decode

from open_responses import APIConnectionError, AsyncClient, Client
from open_responses._accumulate import ResponseAccumulator
from open_responses._json_decode import HAVE_ORJSON, bytes_loader, loads_orjson, loads_stdlib
from open_responses._response import Response, output_text_of, raw_output_text
from open_responses._response_parts import TextBuffer, copy_json
from open_responses._sse import ServerSentEvent, SSEDecoder
from open_responses._stream_core import StreamCore
from open_responses._transport import send
from open_responses._watchdog import _Watchdog
from open_responses.testing import ResponsesServer

Event = dict[str, Any]

DECODERS = [
    pytest.param(loads_stdlib, id="json"),
    pytest.param(
        loads_orjson,
        id="orjson",
        marks=pytest.mark.skipif(
            not HAVE_ORJSON, reason="orjson is not installed (pip install 'open_responses[fast]')"
        ),
    ),
]

# An event type the accumulator ignores; feeding it between two events clears the
# delta shortcut, so the next delta takes the general path.
NOOP: Event = {"type": "x.test.noop"}


# ----------------------------------------------------------------- accumulator


def item_added(index: int) -> Event:
    item = {"id": f"msg_{index}", "type": "message", "role": "assistant", "content": []}
    return {"type": "response.output_item.added", "output_index": index, "item": item}


def part_added(index: int, part: int) -> Event:
    return {
        "type": "response.content_part.added",
        "output_index": index,
        "item_id": f"msg_{index}",
        "content_index": part,
        "part": {"type": "output_text", "text": "", "annotations": []},
    }


def delta(index: int, part: int, text: str, *, logprobs: bool = False) -> Event:
    return {
        "type": "response.output_text.delta",
        "output_index": index,
        "item_id": f"msg_{index}",
        "content_index": part,
        "delta": text,
        "logprobs": [{"token": text, "logprob": -0.5}] if logprobs else [],
    }


# A stream is a list of runs: (item, part, number of deltas, logprobs on the
# first one, read a snapshot after the run).  Runs expand to deltas whose text
# names their place, so a delta put into the wrong part shows.
_runs = st.lists(
    st.tuples(
        st.integers(0, 1),
        st.integers(0, 2),
        st.one_of(st.integers(1, 4), st.integers(250, 300)),
        st.booleans(),
        st.booleans(),
    ),
    min_size=1,
    max_size=12,
)


def expand(runs: list[tuple[int, int, int, bool, bool]]) -> Iterator[tuple[Event | None, bool]]:
    """(event, read a snapshot after it); announced items and parts first."""
    yield {"type": "response.created", "response": {"id": "resp_1", "output": []}}, False
    for index in range(2):
        yield item_added(index), False
        for part in range(3):
            yield part_added(index, part), False
    counter = itertools.count()
    for index, part, count, logprobs, read in runs:
        for i in range(count):
            n = next(counter)
            yield delta(index, part, f"<{index}.{part}.{n}>", logprobs=logprobs and i == 0), False
        yield None, read


def texts(acc: ResponseAccumulator) -> list[list[str]]:
    snapshot = acc.snapshot()
    return [[part["text"] for part in item["content"]] for item in snapshot["output"]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(runs=_runs)
def test_delta_shortcut_matches_the_general_path(
    runs: list[tuple[int, int, int, bool, bool]],
) -> None:
    fast, plain = ResponseAccumulator(), ResponseAccumulator()
    model: dict[tuple[int, int], list[str]] = {(i, p): [] for i in range(2) for p in range(3)}
    for event, read in expand(runs):
        if event is not None:
            fast.feed(event)
            plain.feed(NOOP)
            plain.feed(event)
            if event["type"] == "response.output_text.delta":
                model[event["output_index"], event["content_index"]].append(event["delta"])
        if read:  # mid-stream reads join the buffers, which later deltas must extend
            assert fast.snapshot() == plain.snapshot()
            assert fast.output_text == plain.output_text
    expected = [["".join(model[i, p]) for p in range(3)] for i in range(2)]
    assert texts(fast) == expected
    assert fast.snapshot() == plain.snapshot()
    assert fast.output_text == "".join(itertools.chain.from_iterable(expected))


def test_interleaved_parts_keep_their_own_deltas() -> None:
    acc = ResponseAccumulator()
    for event in [item_added(0), part_added(0, 0), part_added(0, 1)]:
        acc.feed(event)
    for n in range(10):
        acc.feed(delta(0, n % 2, str(n)))
    assert texts(acc) == [["02468", "13579"]]


_ops = st.lists(
    st.one_of(
        st.tuples(st.just("append"), st.text(max_size=3), st.integers(1, 300)),
        st.tuples(st.just("value"), st.just(""), st.just(0)),
        st.tuples(st.just("set"), st.text(max_size=3), st.just(0)),
        st.tuples(st.just("fold"), st.just(""), st.just(0)),
    ),
    max_size=30,
)


@settings(max_examples=100, deadline=None)
@given(initial=st.text(max_size=3), ops=_ops)
def test_text_buffer_equals_a_plain_string(initial: str, ops: list[tuple[str, str, int]]) -> None:
    buffer, plain = TextBuffer(initial), initial
    for op, text, times in ops:
        if op == "append":
            for n in range(times):
                buffer.append(f"{text}{n % 10}")
                plain += f"{text}{n % 10}"
        elif op == "set":
            buffer.set(text)
            plain = text
        elif op == "fold":
            buffer.fold()
        assert buffer.value() == plain if op == "value" else True
        assert bool(buffer) == bool(plain)
    assert buffer.value() == plain


# ---------------------------------------------- text read mid-stream, over HTTP


def serve_raw(body: bytes, *, declared: int, headers: bytes = b"") -> tuple[str, threading.Thread]:
    """One HTTP/1.1 reply announcing ``declared`` body bytes, sending ``body``, then closing."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(30)

    def run() -> None:
        with listener:
            conn, _ = listener.accept()
            with conn:
                conn.settimeout(30)
                request = b""
                while b"\r\n\r\n" not in request:
                    request += conn.recv(65536)
                head, _, rest = request.partition(b"\r\n\r\n")
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                while len(rest) < length:
                    rest += conn.recv(65536)
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n%s"
                    b"content-length: %d\r\n\r\n%s" % (headers, declared, body)
                )

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{listener.getsockname()[1]}", thread


def sse(events: list[Event]) -> bytes:
    return b"".join(b"data: %s\n\n" % json.dumps(e).encode() for e in events)


def test_text_read_mid_stream_and_after_a_cut_past_the_fold() -> None:
    n = 3 * TextBuffer.FOLD + 7
    words = [f"w{i} " for i in range(n)]
    created = {"id": "resp_1", "object": "response", "created_at": 1700000000,
               "status": "in_progress", "model": "m", "output": []}  # fmt: skip
    head = [{"type": "response.created", "response": created}]
    events = head + [item_added(0), part_added(0, 0)] + [delta(0, 0, w) for w in words]
    body = sse(events)
    url, thread = serve_raw(body, declared=len(body) + 1000)  # the connection drops early
    reads = {1, TextBuffer.FOLD - 1, TextBuffer.FOLD, TextBuffer.FOLD + 1, 2 * TextBuffer.FOLD}
    seen = 0
    with Client(base_url=url, api_key="k", max_retries=0) as client:
        stream = client.responses.create(model="m", input="hi", stream=True)
        with pytest.raises(APIConnectionError) as caught:
            for event in stream:
                if getattr(event, "delta", None) is not None:
                    seen += 1
                    if seen in reads:
                        assert stream.output_text == "".join(words[:seen])
                        current = stream.current_response
                        assert current is not None
                        assert current.output_text == "".join(words[:seen])
    thread.join(30)
    assert seen == n
    snapshot = caught.value.snapshot
    assert snapshot is not None
    assert snapshot.output_text == "".join(words)  # type: ignore[attr-defined]


# ------------------------------------------------ reading the body (sync and async)


def stream_all(kind: str, url: str) -> tuple[list[Any], httpx.Response, Exception | None]:
    """The events of one stream, its HTTP response, and the error that ended it, if any."""

    async def main() -> tuple[list[Any], httpx.Response, Exception | None]:
        events: list[Any] = []
        error: Exception | None = None
        if kind == "sync":
            with Client(base_url=url, api_key="k", max_retries=0) as client:
                stream = client.responses.create(model="m", input="hi", stream=True)
                try:
                    events.extend(stream)
                except APIConnectionError as exc:
                    error = exc
                assert stream.http_response is not None
                return events, stream.http_response, error
        async with AsyncClient(base_url=url, api_key="k", max_retries=0) as aclient:
            astream = await aclient.responses.create(model="m", input="hi", stream=True)
            try:
                async for event in astream:
                    events.append(event)
            except APIConnectionError as exc:
                error = exc
            assert astream.http_response is not None
            return events, astream.http_response, error

    return asyncio.run(main())


def _turn(words: list[str]) -> list[Event]:
    created = {"id": "resp_1", "output": []}
    completed = {"id": "resp_1", "status": "completed"}
    return (
        [{"type": "response.created", "response": created}, item_added(0), part_added(0, 0)]
        + [delta(0, 0, w) for w in words]
        + [{"type": "response.completed", "response": completed}]
    )


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_body_read_from_the_transport_stream_is_marked_consumed(kind: str) -> None:
    events = _turn(["a", "b"])
    body = sse(events) + b"data: [DONE]\n\n"
    url, thread = serve_raw(body, declared=len(body))
    got, response, error = stream_all(kind, url)
    thread.join(30)
    assert error is None
    assert [e.to_dict() for e in got] == events
    # As after iter_raw(): the body was read here, and cannot be read again.
    assert response.is_stream_consumed
    with pytest.raises(httpx.StreamConsumed):
        response.read()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_compressed_stream_is_decompressed(kind: str) -> None:
    events = _turn(["x" * 50, "y"])
    body = gzip.compress(sse(events) + b"data: [DONE]\n\n")
    url, thread = serve_raw(body, declared=len(body), headers=b"content-encoding: gzip\r\n")
    got, _, error = stream_all(kind, url)
    thread.join(30)
    assert error is None
    assert [e.to_dict() for e in got] == events


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_dropped_stream_names_its_request_in_the_transport_error(kind: str) -> None:
    body = sse(_turn(["a"])[:-1])
    url, thread = serve_raw(body, declared=len(body) + 100)
    got, _, error = stream_all(kind, url)
    thread.join(30)
    assert len(got) == 4
    assert isinstance(error, APIConnectionError)
    cause = error.__cause__
    assert isinstance(cause, httpx.RequestError)
    assert cause.request.url.path.endswith("/responses")


# ------------------------------------------------------------------ SSE decoder

_field_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=8
)
_one_event = st.one_of(
    st.builds(lambda d: f"data: {d}\n\n", _field_text),
    st.builds(lambda t, d: f"event: {t}\ndata: {d}\n\n", _field_text, _field_text),
    st.builds(lambda d, e: f"data: {d}\ndata: {e}\n\n", _field_text, _field_text),
    st.builds(lambda i, d: f"id: {i}\ndata: {d}\n\n", _field_text, _field_text),
    st.builds(lambda r, d: f"retry: {r}\ndata: {d}\n\n", st.integers(0, 99), _field_text),
    st.builds(lambda c, d: f":{c}\ndata:{d}\r\n\r\n", _field_text, _field_text),
    st.builds(lambda d: f"event: x\ndata: {d}\n", _field_text),  # ends inside the next one
    st.just("\n\n"),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    events=st.lists(_one_event, max_size=12),
    groups=st.lists(st.integers(1, 3), max_size=12),
    cuts=st.lists(st.integers(0, 400), max_size=4),
)
def test_event_sized_chunks_decode_like_the_whole_body(
    events: list[str], groups: list[int], cuts: list[int]
) -> None:
    rendered = [e.encode() for e in events]
    body = b"".join(rendered)
    expected, last_id, retry = reference_decode(body)
    whole = SSEDecoder()
    assert whole.feed(body) + whole.flush() == expected
    # Chunks of whole events (what real servers flush), a few events per chunk at times,
    # then some of them cut again anywhere.
    chunks: list[bytes] = []
    at = 0
    for size in [*groups, len(rendered)]:
        chunks.append(b"".join(rendered[at : at + size]))
        at += size
    for cut in cuts:
        if chunks:
            i = cut % len(chunks)
            piece = chunks[i]
            k = cut % (len(piece) + 1)
            chunks[i : i + 1] = [piece[:k], piece[k:]]
    decoder = SSEDecoder()
    got: list[ServerSentEvent] = []
    for chunk in chunks:
        got += decoder.feed(chunk)
    assert got + decoder.flush() == expected
    assert (decoder.last_event_id, decoder.retry) == (last_id, retry)


# Bytes that matter to the whole-event shortcut: line ends of every kind, field
# names, invalid UTF-8, a byte order mark.
_tricky = st.lists(
    st.sampled_from([b"a", b"{}", b" ", b":", b"\r", b"\n", b"\r\n", b"\xff", b"\xef\xbb\xbf",
                     b"data: ", b"event: ", b"id: 7", b"retry: 5", b"\xc3\xa9"]),
    max_size=5,
).map(b"".join)  # fmt: skip
_chunk = st.one_of(
    st.builds(lambda d: b"data: %s\n\n" % d, _tricky),
    st.builds(lambda t, d: b"event: %s\ndata: %s\n\n" % (t, d), _tricky, _tricky),
    st.builds(lambda d: b"event: response.output_text.delta\ndata: %s\n\n" % d, _tricky),
    st.builds(lambda d: b"data: %s\r\n\r\n" % d, _tricky),
    st.builds(lambda d: b"data: %s" % d, _tricky),  # an event cut short
    st.builds(lambda d, e: b"data: %s\n%s" % (d, e), _tricky, _tricky),
    _tricky,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chunks=st.lists(_chunk, max_size=12))
def test_whole_data_shortcut_matches_feed(chunks: list[bytes]) -> None:
    """``whole_data`` gives what ``feed`` would, or None, and leaves the same state."""
    plain, fast = SSEDecoder(), SSEDecoder()
    expected: list[tuple[str, str | None]] = []
    got: list[tuple[str, str | None]] = []
    for chunk in chunks:
        expected += [(e.data, e.id) for e in plain.feed(chunk)]
        data = fast.whole_data(chunk)
        if data is None:
            got += [(e.data, e.id) for e in fast.feed(chunk)]
        else:
            got.append((data.decode("utf-8", "replace"), fast.last_event_id))
        assert got == expected
    expected += [(e.data, e.id) for e in plain.flush()]
    got += [(e.data, e.id) for e in fast.flush()]
    assert got == expected
    assert (fast.last_event_id, fast.retry) == (plain.last_event_id, plain.retry)


def test_whole_data_takes_the_plain_shapes_only() -> None:
    decoder = SSEDecoder()
    assert decoder.whole_data(b"data: 1\n\n") is None  # a byte order mark may still come
    assert decoder.feed(b"data: 0\n\n")[0].data == "0"
    assert decoder.whole_data(b"data: 1\n\n") == b"1"
    assert decoder.whole_data(b"event: t\ndata: {}\n\n") == b"{}"
    assert decoder.whole_data(b"event: t\ndata: []\n\n") == b"[]"  # the remembered head
    assert decoder.whole_data(b"event: u\ndata: \n\n") == b""
    for chunk in [b"data: 1\r\n\r\n", b"data: 1\n", b"id: 1\ndata: 1\n\n", b"data: 1\ndata: 2\n\n",
                  b"event: t\ndata: 1\n\n\n", b"data:1\n\n", b"event: t\r\ndata: 1\n\n",
                  b"event: t\ndata: 1\r2\n\n", b": hi\ndata: 1\n\n", b"", b"data: 1\nx"]:  # fmt: skip
        assert decoder.whole_data(chunk) is None, chunk
    decoder.feed(b"data: unfinished")
    assert decoder.whole_data(b"data: 1\n\n") is None  # something is pending


# ------------------------------------------------------------------ JSON decoders


def same(a: Any, b: Any) -> bool:
    """Equal values of the very same types, all the way down (NaN equals NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or (
            a == b and math.copysign(1, a) == math.copysign(1, b)
        )
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


_strings = st.text() | st.sampled_from(["\ud800", "x\udfff", "\ud83d\ude00", "\x00", "\u2028"])
_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(-(2**70), 2**70)
    | st.floats()
    | _strings,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(_strings, children, max_size=4)
    ),
    max_leaves=12,
)


def outcome(loads: Callable[[str], Any], text: str) -> tuple[str, Any]:
    try:
        return "value", loads(text)
    except ValueError:
        return "error", None


@pytest.mark.parametrize("loads", DECODERS)
@settings(max_examples=300, deadline=None)
@given(value=_json_values, ascii_only=st.booleans())
def test_json_decoder_gives_json_loads_values(
    loads: Callable[[str], Any], value: Any, ascii_only: bool
) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    kind, got = outcome(loads, text)
    assert kind == "value"
    assert same(got, json.loads(text))


@pytest.mark.parametrize("loads", DECODERS)
@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "a": 2}',
        "18446744073709551616",
        "-9223372036854775809",
        "123456789012345678901234567890",
        '{"n": 12345678901234567890123}',
        '["1234567890123456789012", 1.5]',
        "1e400",
        "-1e400",
        "NaN",
        "[Infinity, -Infinity]",
        '"\\ud800"',
        "[" * 2000 + "]" * 2000,
        " {} ",
        "{} x",
        "",
        "[1,]",
        '"\x01"',
        "\ufeff{}",
        "-0",
        "-0.0",
        "1.0e-400",
    ],
)
def test_json_decoder_edge_cases(loads: Callable[[str], Any], text: str) -> None:
    kind, got = outcome(loads, text)
    if text.startswith("[" * 2000):
        # json.loads raises RecursionError here; the library must give a ValueError.
        assert kind == "error"
        return
    expected_kind, expected = outcome(json.loads, text)
    assert kind == expected_kind
    assert same(got, expected)


_junk = st.sampled_from(
    [b"", b"\xff", b"\xef\xbb\xbf", b" ", b"\r", b"\xed\xa0\x80", b"\x00", b"1" * 20, b"\xc3"]
)


@pytest.mark.parametrize("loads", DECODERS)
@settings(max_examples=300, deadline=None)
@given(value=_json_values, ascii_only=st.booleans(), junk=_junk, at=st.integers(0, 400))
def test_bytes_twin_gives_the_text_decoders_results(
    loads: Callable[[str], Any], value: Any, ascii_only: bool, junk: bytes, at: int
) -> None:
    raw = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    if at % 3 == 0:  # valid JSON two times in three
        at %= len(raw) + 1
        raw = raw[:at] + junk + raw[at:]
    twin = bytes_loader(loads)
    assert twin is not None
    kind, got = outcome(twin, raw)  # type: ignore[arg-type]
    expected_kind, expected = outcome(loads, raw.decode("utf-8", "replace"))
    assert kind == expected_kind
    assert same(got, expected)


def test_only_the_librarys_decoders_have_a_bytes_twin() -> None:
    assert bytes_loader(json.loads) is None
    assert bytes_loader(loads_stdlib) is not None


_odd_data = st.one_of(
    st.sampled_from(
        [b"[DONE]", b"not json", b"null", b"", b"\xff", b"1e400", b"NaN", b"[1] [2]", b" {} ",
         b'{"type": "response.output_text.delta", "delta": "x", "n": 12345678901234567890123}',
         b'{"type": "error", "code": "c", "message": "m"}', b'{"error": {"message": "m"}}',
         b'{"type": "acme:progress", "value": 1}', b'{"delta": "no type"}', b"[1, 2]"]
    ),
    st.builds(lambda v: json.dumps(v).encode(), _json_values),
)  # fmt: skip
_shapes = [b"data: %s\n\n", b"event: e\ndata: %s\n\n", b"data: %s\r\n\r\n", b"data: %s\n"]


def _digest(event: Any) -> list[Any]:
    return [type(event).__name__, event.to_dict()]


@pytest.mark.parametrize("loads", DECODERS)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    items=st.lists(
        st.tuples(
            st.integers(0, 5),
            st.one_of(_odd_data, st.sampled_from(range(6)).map(lambda i: b"*%d" % i)),
        ),
        max_size=14,
    )
)
def test_raw_bytes_events_equal_the_text_path(
    loads: Callable[[str], Any], items: list[tuple[int, bytes]]
) -> None:
    """One event per chunk (the raw-bytes path) gives what the text path gives."""
    words = ["hi", "x\ny", "\u00e9", "1" * 25, "\ud83d\ude00", ""]
    frame = [{"type": "response.created", "response": {"id": "r", "output": []}},
             item_added(0), part_added(0, 0)]  # fmt: skip
    chunks = [b"data: %s\n\n" % json.dumps(e).encode() for e in frame]
    for shape, data in items:
        if data.startswith(b"*"):  # a plain delta, often several in a row
            data = json.dumps(delta(0, 0, words[int(data[1:])])).encode()
        chunks.append(_shapes[shape % len(_shapes)] % data)
    fast = StreamCore(loads=loads)
    plain = StreamCore(loads=lambda text: loads(text))  # not a known decoder: text path only
    assert fast._loads_bytes is not None and plain._loads_bytes is None
    for chunk in chunks:
        got = [_digest(e) for e in fast.feed(chunk)]
        expected = [_digest(e) for e in plain.feed(chunk)]
        assert same(got, expected)
        assert (fast.saw_done, fast.progress) == (plain.saw_done, plain.progress)
    assert same(fast.accumulator.snapshot(), plain.accumulator.snapshot())
    assert fast.accumulator.output_text == plain.accumulator.output_text


@pytest.mark.parametrize("loads", DECODERS)
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(_strings, min_size=1, max_size=20),
    cuts=st.lists(st.integers(0, 5000), max_size=6),
)
def test_stream_pipeline_is_the_same_with_either_decoder(
    loads: Callable[[str], Any], words: list[str], cuts: list[int]
) -> None:
    events = [{"type": "response.created", "response": {"id": "resp_1", "output": []}}]
    events += [item_added(0), part_added(0, 0)] + [delta(0, 0, w) for w in words]
    events.append(
        {"type": "response.completed", "response": {"id": "resp_1", "status": "completed"}}
    )
    body = b"".join(b"data: %s\n\n" % json.dumps(e).encode() for e in events) + b"data: [DONE]\n\n"
    points = sorted({c % (len(body) + 1) for c in cuts})
    pieces = [body[a:b] for a, b in itertools.pairwise([0, *points, len(body)])]
    core = StreamCore(loads=loads)
    count = 0
    for piece in pieces:
        count += sum(1 for _ in core.feed(piece))
    core.finish()
    assert count == len(events)
    reference = ResponseAccumulator()
    for event in events:
        reference.feed(json.loads(json.dumps(event)))
    assert core.accumulator.snapshot() == reference.snapshot()
    # json.dumps escapes a surrogate pair given as two characters, which decodes as one.
    assert core.accumulator.output_text == "".join(json.loads(json.dumps(w)) for w in words)


# ------------------------------------------------------------ copying JSON values


def shares_nothing_mutable(a: Any, b: Any) -> bool:
    if isinstance(a, dict):
        return a is not b and all(shares_nothing_mutable(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return a is not b and all(shares_nothing_mutable(x, y) for x, y in zip(a, b, strict=True))
    return True


@settings(max_examples=200, deadline=None)
@given(value=_json_values)
def test_json_copy_equals_deepcopy(value: Any) -> None:
    copied = copy_json(value)
    assert same(copied, copy.deepcopy(value))
    assert shares_nothing_mutable(value, copied)


def test_json_copy_hands_other_values_to_deepcopy() -> None:
    value = {"t": (1, [2]), "o": OrderedDict(a=[1])}
    copied = copy_json(value)
    assert copied == value
    assert copied["t"][1] is not value["t"][1]
    assert copied["o"]["a"] is not value["o"]["a"]


# ------------------------------------------------ the sync deadline, per request


def test_a_deadline_leaves_the_request_alone_and_the_callers_trace_hook_sees_every_step(
    open_responses_server: ResponsesServer,
) -> None:
    """A send under a deadline installs nothing on the request (so a send that
    beats it costs only the alarm), on a new connection and a pooled one."""
    url = f"{open_responses_server.base_url}/responses/resp_missing"
    steps: list[list[str]] = []
    with httpx.Client() as http:
        for _ in range(2):
            names: list[str] = []

            def hook(name: str, _info: Any, names: list[str] = names) -> None:
                names.append(name)

            request = http.build_request("GET", url, extensions={"trace": hook})
            response = send(http, request, {}, time.monotonic() + 30)
            response.read()
            response.close()
            assert request.extensions["trace"] is hook
            steps.append(names)
        untraced = http.build_request("GET", url)
        send(http, untraced, {}, time.monotonic() + 30).close()
    fresh, pooled = steps
    assert "connection.connect_tcp.complete" in fresh
    assert pooled == [name for name in fresh if not name.startswith("connection.")]
    assert len(pooled) >= 8
    assert "trace" not in untraced.extensions


def test_cancelled_alarms_do_not_pile_up_until_their_deadline() -> None:
    """Every request arms a deadline minutes away and cancels it at once; the
    watchdog must not keep them all until then."""
    watchdog = _Watchdog()
    far = time.monotonic() + 600
    live = [watchdog.arm(far, lambda: None) for _ in range(10)]
    for _ in range(20_000):
        watchdog.arm(far, lambda: None).cancel()
    assert sorted(watchdog._live.values(), key=id) == sorted(live, key=id)


def _fired_within(watchdog: _Watchdog, seconds: float) -> threading.Event:
    fired = threading.Event()
    watchdog.arm(time.monotonic() + seconds, fired.set)
    return fired


def test_an_alarm_due_before_the_watchdogs_wake_up_still_fires_on_time() -> None:
    # The thread sleeps until the earliest deadline it knows (here 10 minutes, or
    # its 30 s idle wait); a sooner alarm must wake it, a later one need not.
    watchdog = _Watchdog()
    far = watchdog.arm(time.monotonic() + 600, lambda: None)
    time.sleep(0.05)  # the thread is now asleep until `far`
    started = time.monotonic()
    assert _fired_within(watchdog, 0.1).wait(5)
    assert time.monotonic() - started < 2
    far.cancel()
    time.sleep(0.05)  # asleep on its idle wait, with no alarm at all
    assert _fired_within(watchdog, 0.1).wait(5)
    assert not watchdog._live


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_alarms_fire_in_a_forked_child() -> None:
    # A pre-forking server's worker inherits the watchdog's state but not its thread.
    code = (
        "import os, sys, threading, time\n"
        "from open_responses._watchdog import arm\n"
        "arm(time.monotonic() + 600, lambda: None)  # the parent's thread now sleeps\n"
        "pid = os.fork()\n"
        "if pid == 0:\n"
        "    fired = threading.Event()\n"
        "    arm(time.monotonic() + 0.05, fired.set)\n"
        "    os._exit(0 if fired.wait(5) else 1)\n"
        "_, status = os.waitpid(pid, 0)\n"
        "sys.exit(os.waitstatus_to_exitcode(status))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert run.returncode == 0, run.stderr


def test_alarms_armed_from_many_threads_fire_or_cancel_exactly_once() -> None:
    watchdog = _Watchdog()
    fired: list[int] = []
    cancelled_ok: list[int] = []

    def worker(n: int) -> None:
        for i in range(200):
            key = n * 1000 + i
            alarm = watchdog.arm(
                time.monotonic() + (0.0 if i % 3 else 0.002), lambda k=key: fired.append(k)
            )
            if i % 2:
                alarm.cancel()
                if key not in fired:
                    cancelled_ok.append(key)

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(worker, range(4)))
    deadline = time.monotonic() + 5
    while watchdog._live and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not watchdog._live
    assert len(fired) == len(set(fired))
    assert not set(fired) & set(cancelled_ok)  # none ran after its cancel() returned
    assert len(fired) + len(cancelled_ok) == 800


# -- output_text from the received JSON ------------------------------------------------

_odd = st.sampled_from([None, 3, "text", [], {}, {"type": None}, {"type": 7}])
_text = st.one_of(st.text(max_size=4), st.none(), st.integers())
_part = st.one_of(
    st.fixed_dictionaries({"type": st.just("output_text"), "text": _text}),
    st.fixed_dictionaries(
        {"type": st.sampled_from(["output_text", "refusal", "input_text", "acme:text"])},
        optional={"text": _text},
    ),
    _odd,
)
_item = st.one_of(
    st.fixed_dictionaries({"type": st.just("message"), "content": st.lists(_part, max_size=4)}),
    st.fixed_dictionaries(
        {"type": st.sampled_from(["message", "function_call", "reasoning", "acme:item"])},
        optional={
            "content": st.one_of(st.lists(_part, max_size=4), _odd),
            "role": st.sampled_from(["assistant", "user"]),
        },
    ),
    _odd,
)


@settings(max_examples=400, deadline=None)
@given(output=st.one_of(st.lists(_item, max_size=5), _odd))
def test_output_text_from_json_matches_the_typed_models(output: Any) -> None:
    fast = Response.from_dict({"output": copy.deepcopy(output)}).output_text
    typed = output_text_of(Response.from_dict({"output": copy.deepcopy(output)}).output)
    assert fast == typed


def test_output_text_from_json_is_taken_for_plain_replies_only() -> None:
    text = {"type": "output_text", "text": "Hi", "annotations": []}
    plain = [{"type": "reasoning", "summary": []}, {"type": "message", "content": [text]}]
    assert raw_output_text(plain) == "Hi"
    assert raw_output_text([{"content": [text]}]) is None  # the decoder decides what it is
    # Once the typed output exists it is what the user sees (and may have changed).
    response = Response.from_dict({"output": plain})
    response.output[1].content.append(response.output[1].content[0])
    assert response.output_text == "HiHi"
