"""Tests for the sans-I/O Server-Sent Events decoder in ``open_responses._sse``."""

from __future__ import annotations

import asyncio
import itertools
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Response

from open_responses import EventTooLargeError
from open_responses._sse import ServerSentEvent, SSEDecoder, aiter_sse, iter_sse

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference"
RECORDINGS = REFERENCE / "recordings" / "local-servers"

E = ServerSentEvent


def feed_all(chunks: list[bytes]) -> list[ServerSentEvent]:
    """Run one decoder over the chunks and flush it."""
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    return events + decoder.flush()


def split_at(data: bytes, cuts: list[int]) -> list[bytes]:
    """Cut ``data`` at the given offsets (clamped, sorted, duplicates allowed)."""
    points = sorted(min(max(cut, 0), len(data)) for cut in cuts)
    bounds = [0, *points, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


def state(decoder: SSEDecoder) -> tuple[str | None, int | None]:
    """The decoder's last event id and retry value."""
    return decoder.last_event_id, decoder.retry


def one_byte_chunks(data: bytes) -> list[bytes]:
    """Cut ``data`` into chunks of a single byte."""
    return [data[i : i + 1] for i in range(len(data))]


def reference_decode(data: bytes) -> tuple[list[ServerSentEvent], str | None, int | None]:
    """A deliberately naive, line-at-a-time reading of the WHATWG rules.

    It works on the whole stream at once, so it shares none of the decoder's
    chunk handling or fast paths.  Returns the events, last id and retry.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = re.split(r"\r\n|\r|\n", data.decode("utf-8", "replace"))
    lines.append("")  # the forgiving end of stream acts as a final blank line
    events: list[ServerSentEvent] = []
    data_buf = ""
    event_type = ""
    last_id: str | None = None
    retry: int | None = None
    event_retry: int | None = None
    for line in lines:
        if line == "":
            if data_buf:
                events.append(E(event_type, data_buf[:-1], last_id, event_retry))
            data_buf, event_type, event_retry = "", "", None
            continue
        if line.startswith(":"):
            continue
        if ":" in line:
            name, value = line.split(":", 1)
            if value.startswith(" "):
                value = value[1:]
        else:
            name, value = line, ""
        if name == "data":
            data_buf += value + "\n"
        elif name == "event":
            event_type = value
        elif name == "id":
            if "\0" not in value:
                last_id = value
        elif name == "retry" and value != "" and all(c in "0123456789" for c in value):
            retry = event_retry = int(value)
    return events, last_id, retry


# --- table tests -------------------------------------------------------------

TABLE: list[tuple[str, list[bytes], list[ServerSentEvent]]] = [
    ("lf", [b"data: a\n\ndata: b\n\n"], [E("", "a", None, None), E("", "b", None, None)]),
    ("crlf", [b"data: a\r\n\r\ndata: b\r\n\r\n"], [E("", "a", None, None), E("", "b", None, None)]),
    ("cr", [b"data: a\r\rdata: b\r\r"], [E("", "a", None, None), E("", "b", None, None)]),
    ("mixed line ends", [b"data: a\r\ndata: b\rdata: c\n\r\n"], [E("", "a\nb\nc", None, None)]),
    (
        "cr cr lf is two line ends",
        [b"data: a\r\r\ndata: b\n\n"],
        [E("", "a", None, None), E("", "b", None, None)],
    ),
    ("bom dropped", [b"\xef\xbb\xbfdata: a\n\n"], [E("", "a", None, None)]),
    ("bom split over chunks", [b"\xef", b"\xbb", b"\xbfdata: a\n\n"], [E("", "a", None, None)]),
    (
        "bom dropped only once",
        [b"\xef\xbb\xbf\xef\xbb\xbfdata: a\n\ndata: b\n\n"],
        [E("", "b", None, None)],
    ),
    (
        "bom only at the very start",
        [b"data: a\n\n\xef\xbb\xbfdata: b\n\n"],
        [E("", "a", None, None)],
    ),
    (
        "bom prefix that is not a bom",
        [b"\xef\xbb", b"data: a\n\ndata: b\n\n"],
        [E("", "b", None, None)],
    ),
    ("comments ignored", [b": hello\ndata: a\n:\n: bye\n\n"], [E("", "a", None, None)]),
    (
        "comment-only block dispatches nothing",
        [b": keep-alive\n\ndata: a\n\n"],
        [E("", "a", None, None)],
    ),
    ("multi-line data", [b"data: a\ndata: b\ndata: c\n\n"], [E("", "a\nb\nc", None, None)]),
    ("empty data line keeps its line", [b"data: a\ndata:\n\n"], [E("", "a\n", None, None)]),
    ("event type", [b"event: add\ndata: 1\n\n"], [E("add", "1", None, None)]),
    (
        "event type resets per event",
        [b"event: add\ndata: 1\n\ndata: 2\n\n"],
        [E("add", "1", None, None), E("", "2", None, None)],
    ),
    (
        "event type of an undispatched block is dropped",
        [b"event: x\n\ndata: 1\n\n"],
        [E("", "1", None, None)],
    ),
    (
        "id persists",
        [b"id: 7\ndata: a\n\ndata: b\n\n"],
        [E("", "a", "7", None), E("", "b", "7", None)],
    ),
    (
        "id updates even without data",
        [b"data: a\n\nid: 9\n\ndata: b\n\n"],
        [E("", "a", None, None), E("", "b", "9", None)],
    ),
    (
        "empty id resets to empty string",
        [b"id: 3\ndata: a\n\nid\ndata: b\n\n"],
        [E("", "a", "3", None), E("", "b", "", None)],
    ),
    (
        "id with nul ignored",
        [b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n"],
        [E("", "a", "1", None), E("", "b", "1", None)],
    ),
    (
        "retry",
        [b"retry: 1500\ndata: a\n\ndata: b\n\n"],
        [E("", "a", None, 1500), E("", "b", None, None)],
    ),
    ("retry not all digits ignored", [b"retry: 15a\ndata: a\n\n"], [E("", "a", None, None)]),
    ("retry negative ignored", [b"retry: -5\ndata: a\n\n"], [E("", "a", None, None)]),
    ("retry empty ignored", [b"retry:\ndata: a\n\n"], [E("", "a", None, None)]),
    ("retry non-ascii digit ignored", ["retry: ²\ndata: a\n\n".encode()], [E("", "a", None, None)]),
    ("retry with two spaces ignored", [b"retry:  10\ndata: a\n\n"], [E("", "a", None, None)]),
    (
        "unknown fields ignored",
        [b"foo: bar\ndata: a\nDATA: b\nData: c\n\n"],
        [E("", "a", None, None)],
    ),
    ("no space after colon", [b"event:x\ndata:a\nid:5\nretry:20\n\n"], [E("x", "a", "5", 20)]),
    ("only one space stripped", [b"data:  a \n\n"], [E("", " a ", None, None)]),
    ("value keeps later colons", [b"data: a: b:c\n\n"], [E("", "a: b:c", None, None)]),
    ("field without colon", [b"data\n\n"], [E("", "", None, None)]),
    ("field without colon joins", [b"data\ndata\n\n"], [E("", "\n", None, None)]),
    ("event without colon", [b"event: x\nevent\ndata: a\n\n"], [E("", "a", None, None)]),
    ("no data field: nothing dispatched", [b"event: x\nid: 1\n\n"], []),
    ("blank lines alone", [b"\n\n\r\n\r\r\n"], []),
    (
        "odd blank-line runs",
        [b"data: a\n\n\ndata: b\n\n\n\n\ndata: c\n\n"],
        [E("", "a", None, None), E("", "b", None, None), E("", "c", None, None)],
    ),
    (
        "final event without blank line",
        [b"data: a\n\ndata: b"],
        [E("", "a", None, None), E("", "b", None, None)],
    ),
    ("final event with one line end", [b"event: t\ndata: b\n"], [E("t", "b", None, None)]),
    ("final event crlf", [b"data: b\r\n"], [E("", "b", None, None)]),
    (
        "cr at chunk end then lf",
        [b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"],
        [E("", "a\nb", None, None)],
    ),
    (
        "cr at chunk end then empty chunk then lf",
        [b"data: a\r", b"", b"\ndata: b\r\n\r\n"],
        [E("", "a\nb", None, None)],
    ),
    (
        "cr at chunk end then cr",
        [b"data: a\r", b"\rdata: b\r\r"],
        [E("", "a", None, None), E("", "b", None, None)],
    ),
    ("cr at chunk end then text", [b"data: a\r", b"data: b\r\r"], [E("", "a\nb", None, None)]),
    (
        "lf lf across chunks",
        [b"data: a\n", b"\ndata: b\n", b"\n"],
        [E("", "a", None, None), E("", "b", None, None)],
    ),
    (
        "multi-byte utf-8 split",
        [b"data: \xe2", b"\x82", b"\xac \xf0\x9f", b"\x98\x80\n\n"],
        [E("", "\u20ac \U0001f600", None, None)],
    ),
    ("invalid utf-8 replaced", [b"data: \xff\xfeok\n\n"], [E("", "\ufffd\ufffdok", None, None)]),
    ("truncated utf-8 at end of stream", [b"data: \xe2\x82"], [E("", "\ufffd", None, None)]),
    (
        "other unicode breaks are not line ends",
        ["data: a\x0bb\x0cc\x1cd\x85e\u2028f\u2029g\n\n".encode()],
        [E("", "a\x0bb\x0cc\x1cd\x85e\u2028f\u2029g", None, None)],
    ),
    ("nul in data kept", [b"data: a\x00b\n\n"], [E("", "a\x00b", None, None)]),
    ("all fields", [b"event: e\nid: i\nretry: 3\ndata: d\n\n"], [E("e", "d", "i", 3)]),
    (
        "json with done",
        [b'event: response.created\ndata: {"a":1}\n\ndata: [DONE]\n\n'],
        [E("response.created", '{"a":1}', None, None), E("", "[DONE]", None, None)],
    ),
    ("empty stream", [], []),
    ("empty chunks", [b"", b"", b""], []),
]


@pytest.mark.parametrize(
    ("chunks", "expected"), [pytest.param(c, e, id=name) for name, c, e in TABLE]
)
def test_table(chunks: list[bytes], expected: list[ServerSentEvent]) -> None:
    assert feed_all(chunks) == expected
    # The naive reference agrees, and so do other ways of cutting the bytes.
    whole = b"".join(chunks)
    assert reference_decode(whole)[0] == expected
    assert feed_all([whole]) == expected
    assert feed_all(one_byte_chunks(whole)) == expected
    assert list(iter_sse(iter(chunks))) == expected


def test_feed_returns_events_as_soon_as_complete() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"event: t\ndata: a\n") == []
    assert decoder.feed(b"\ndata: b") == [E("t", "a", None, None)]
    assert decoder.feed(b"\n") == []
    assert decoder.feed(b"\ndata: c\n\ndata: d\n\n") == [
        E("", "b", None, None),
        E("", "c", None, None),
        E("", "d", None, None),
    ]
    assert decoder.flush() == []


def test_decoder_attributes_track_id_and_retry() -> None:
    decoder = SSEDecoder()
    assert state(decoder) == (None, None)
    decoder.feed(b"id: a\nretry: 100\ndata: x\n\n")
    assert state(decoder) == ("a", 100)
    # Undispatched blocks still set them; invalid values leave them alone.
    decoder.feed(b"id: b\nretry: 250\n\nid: c\x00\nretry: x\n\n")
    assert state(decoder) == ("b", 250)


def test_id_is_only_applied_once_its_block_ends() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\nid: 5\n") == [E("", "a", None, None)]
    assert decoder.last_event_id is None
    assert decoder.feed(b"data: b\n\n") == [E("", "b", "5", None)]
    assert decoder.last_event_id == "5"


def test_flush_ends_the_stream_but_keeps_id_and_retry() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 4\nretry: 9\ndata: a") == []
    assert decoder.flush() == [E("", "a", "4", 9)]
    assert decoder.flush() == []
    # A new stream after flush: its byte order mark is dropped again.
    assert decoder.feed(b"\xef\xbb\xbfdata: b\n\n") == [E("", "b", "4", None)]
    assert (decoder.last_event_id, decoder.retry) == ("4", 9)


def test_flush_releases_a_held_back_partial_bom() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"\xef\xbb") == []
    assert decoder.flush() == []
    decoder = SSEDecoder()
    assert decoder.feed(b"\xef") == []
    # The held-back byte is part of the field name, which is then unknown.
    assert decoder.feed(b"data: a\n\ndata: b\n\n") == [E("", "b", None, None)]


def test_fast_and_general_paths_agree() -> None:
    typed = b"event: response.output_text.delta\ndata: {}\n\n"
    bare = b"data: {}\n\n"
    expect_typed = E("response.output_text.delta", "{}", None, None)
    expect_bare = E("", "{}", None, None)
    assert feed_all([typed * 7]) == [expect_typed] * 7
    assert feed_all([bare * 7]) == [expect_bare] * 7
    # Mixed shapes, comments and ids take the line-by-line route.
    assert feed_all([typed * 2 + bare + typed]) == [expect_typed] * 2 + [expect_bare, expect_typed]
    assert feed_all([typed + b": ping\n\n" + typed]) == [expect_typed] * 2
    assert feed_all([b"id: 1\n" + typed + typed]) == [expect_typed._replace(id="1")] * 2
    # An id from an earlier chunk is carried by fast-path events.
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 1\n\n") == []
    assert decoder.feed(typed * 3) == [expect_typed._replace(id="1")] * 3
    assert decoder.feed(bare * 2) == [expect_bare._replace(id="1")] * 2
    # Near misses of the fast shapes.
    assert feed_all([b"event: t\ndata: a\ndata: x\nevent: u\ndata: b\n\n"]) == [
        E("u", "a\nx\nb", None, None)
    ]
    assert feed_all([b"event:t\ndata: a\n\nevent: t\ndata: b\n\n"]) == [
        E("t", "a", None, None),
        E("t", "b", None, None),
    ]
    assert feed_all([b"event: t\ndata:a\n\nevent: t\ndata: b\n\n"]) == [
        E("t", "a", None, None),
        E("t", "b", None, None),
    ]
    assert feed_all([b"data:a\n\ndata: b\n\n"]) == [E("", "a", None, None), E("", "b", None, None)]
    assert feed_all([b"event: t\nevent: u\n\nevent: t\ndata: b\n\n"]) == [E("t", "b", None, None)]
    assert feed_all([b"data: a\ndata: b\n\ndata: c\ndata: d\n\n"]) == [
        E("", "a\nb", None, None),
        E("", "c\nd", None, None),
    ]


def test_large_event_over_many_chunks() -> None:
    payload = "x" * 300_000 + "\u00e9" * 1000
    body = f"event: big\ndata: {payload}\ndata: end\n\n".encode()
    chunks = [body[i : i + 1000] for i in range(0, len(body), 1000)]
    assert feed_all(chunks) == [E("big", payload + "\nend", None, None)]


def test_event_is_immutable() -> None:
    event = E("t", "d", None, None)
    with pytest.raises(AttributeError):
        event.data = "x"  # type: ignore[misc]
    assert (event.event, event.data, event.id, event.retry) == ("t", "d", None, None)


# --- property tests ----------------------------------------------------------

_value_text = st.text(
    alphabet=st.sampled_from(list("ab :0123456789\x00\u00e9\u20ac\U0001f600\x0b\u2028\ufeff")),
    max_size=8,
)
_line = st.one_of(
    st.builds(
        "{}{}{}".format,
        st.sampled_from(["data", "event", "id", "retry", "foo", "", ":", " data"]),
        st.sampled_from([":", ": ", ":  ", ""]),
        _value_text,
    ),
    st.just(""),
)
_line_end = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def sse_streams(draw: st.DrawFn) -> bytes:
    """Streams built from SSE-looking lines with assorted line ends and bytes."""
    parts = [line + draw(_line_end) for line in draw(st.lists(_line, max_size=30))]
    if draw(st.booleans()):
        parts.append(draw(_line))  # a final line without a line end
    body = "".join(parts).encode()
    if draw(st.booleans()):
        body = b"\xef\xbb\xbf" + body
    if draw(st.booleans()):
        # Invalid UTF-8 somewhere.
        at = draw(st.integers(0, len(body)))
        body = (
            body[:at]
            + draw(st.sampled_from([b"\xff", b"\xe2\x82", b"\xc3", b"\x80\x80"]))
            + body[at:]
        )
    return body


_any_stream = st.one_of(sse_streams(), st.binary(max_size=200))
_cuts = st.lists(st.integers(0, 10_000), max_size=20)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(body=_any_stream, cuts=_cuts)
def test_chunking_never_changes_the_events(body: bytes, cuts: list[int]) -> None:
    whole = SSEDecoder()
    expected = whole.feed(body) + whole.flush()
    pieces = SSEDecoder()
    got: list[ServerSentEvent] = []
    for chunk in split_at(body, [cut % (len(body) + 1) for cut in cuts]):
        got += pieces.feed(chunk)
    got += pieces.flush()
    assert got == expected
    assert (pieces.last_event_id, pieces.retry) == (whole.last_event_id, whole.retry)
    assert feed_all(one_byte_chunks(body)) == expected


@settings(max_examples=400)
@given(body=_any_stream)
def test_matches_the_naive_reference(body: bytes) -> None:
    events, last_id, retry = reference_decode(body)
    decoder = SSEDecoder()
    assert decoder.feed(body) + decoder.flush() == events
    assert (decoder.last_event_id, decoder.retry) == (last_id, retry)


@settings(max_examples=200)
@given(
    events=st.lists(
        st.tuples(st.sampled_from(["", "response.output_text.delta", "done"]), _value_text),
        max_size=40,
    ),
    cuts=_cuts,
)
def test_typical_streams_round_trip(events: list[tuple[str, str]], cuts: list[int]) -> None:
    # Values without line ends survive encoding, whatever the chunking.
    body = "".join((f"event: {t}\n" if t else "") + f"data: {d}\n\n" for t, d in events).encode()
    expected = [E(t, d, None, None) for t, d in events]
    assert feed_all([body]) == expected
    assert feed_all(split_at(body, [cut % (len(body) + 1) for cut in cuts])) == expected


def _recordings() -> list[object]:
    if not RECORDINGS.is_dir():
        return [
            pytest.param(
                None,
                marks=pytest.mark.skip(
                    reason=f"recordings not found at {RECORDINGS} (they sit beside the checkout)"
                ),
            )
        ]
    files = sorted(RECORDINGS.glob("*.sse"))
    if not files:
        return [
            pytest.param(
                None, marks=pytest.mark.skip(reason=f"no *.sse recordings in {RECORDINGS}")
            )
        ]
    return [pytest.param(path, id=path.name) for path in files]


@pytest.mark.parametrize("path", _recordings())
@settings(max_examples=50, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.integers(0, 100_000), max_size=40), crlf=st.booleans())
def test_recorded_streams(path: Path, cuts: list[int], crlf: bool) -> None:
    body = path.read_bytes()
    if crlf:
        body = body.replace(b"\n", b"\r\n")
    expected = feed_all([body])
    # The recordings are real Open Responses streams: one event per data line.
    assert len(expected) == body.count(b"data:") > 0
    assert all(event.data for event in expected)
    assert expected == reference_decode(body)[0]
    assert feed_all(split_at(body, [cut % (len(body) + 1) for cut in cuts])) == expected


@pytest.mark.parametrize("path", _recordings())
def test_recorded_streams_one_byte_at_a_time(path: Path) -> None:
    body = path.read_bytes()
    assert feed_all(one_byte_chunks(body)) == feed_all([body])


# --- iterator shells ---------------------------------------------------------

_SAMPLE = (
    "\ufeffevent: response.created\r\n"
    'data: {"type":"response.created"}\r\n'
    "\r\n"
    ": keep-alive\n\n"
    "id: 42\n"
    "event: response.output_text.delta\n"
    'data: {"delta":"h\u00e9llo \U0001f600"}\n'
    "\n"
    "data: [DONE]"
).encode()
_SAMPLE_EVENTS = [
    E("response.created", '{"type":"response.created"}', None, None),
    E("response.output_text.delta", '{"delta":"h\u00e9llo \U0001f600"}', "42", None),
    E("", "[DONE]", "42", None),
]


def test_iter_sse_is_lazy() -> None:
    fed: list[bytes] = []

    def chunks() -> Iterator[bytes]:
        for chunk in (b"data: a\n\n", b"data: b\n\n"):
            fed.append(chunk)
            yield chunk

    events = iter_sse(chunks())
    assert next(events) == E("", "a", None, None)
    assert fed == [b"data: a\n\n"]
    assert list(events) == [E("", "b", None, None)]


def test_aiter_sse() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for chunk in one_byte_chunks(_SAMPLE):
            await asyncio.sleep(0)
            yield chunk

    async def collect() -> list[ServerSentEvent]:
        return [event async for event in aiter_sse(chunks())]

    assert asyncio.run(collect()) == _SAMPLE_EVENTS


def test_iter_sse_over_loopback_http(httpserver: HTTPServer) -> None:
    # Awkward cut points: inside "\r\n", inside the BOM and inside a 4-byte
    # character; a streamed (chunked) response keeps them apart on the wire.
    cut_points = [1, 2, _SAMPLE.index(b"\r\n") + 1, _SAMPLE.index("\U0001f600".encode()) + 2]
    pieces = split_at(_SAMPLE, cut_points)

    def generate() -> Iterator[bytes]:
        yield from pieces

    httpserver.expect_request("/stream").respond_with_response(
        Response(generate(), mimetype="text/event-stream")
    )
    with httpx.stream("GET", httpserver.url_for("/stream")) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = list(iter_sse(response.iter_bytes()))
    assert events == _SAMPLE_EVENTS


# --- the size limit on an unfinished event ----------------------------------


def test_unfinished_event_past_the_limit_raises_a_typed_error() -> None:
    from open_responses import ResponseTooLargeError

    decoder = SSEDecoder(max_event_bytes=100)
    assert decoder.feed(b"data: " + b"x" * 44) == []  # 50 bytes held
    assert decoder.feed(b"y" * 50) == []  # exactly the limit is allowed
    with pytest.raises(EventTooLargeError) as caught:
        decoder.feed(b"z")
    assert isinstance(caught.value, ResponseTooLargeError)  # one error for every size limit
    assert (caught.value.limit, caught.value.limit_bytes) == ("max_event_bytes", 100)
    assert caught.value.max_event_bytes == 100
    assert "max_event_bytes=100" in str(caught.value)


def test_the_limit_counts_only_the_unfinished_event() -> None:
    decoder = SSEDecoder(max_event_bytes=100)
    events: list[ServerSentEvent] = []
    # Ten 60-byte events in 30-byte pieces: 600 bytes in all, never 100 unfinished.
    body = b"".join(b"data: %s\n\n" % (b"%d" % i * 52)[:52] for i in range(10))
    for at in range(0, len(body), 30):
        events += decoder.feed(body[at : at + 30])
    assert len(events + decoder.flush()) == 10
    # What follows the last complete event in a chunk counts from zero.
    decoder.feed(b"data: a\n\ndata: " + b"b" * 90)
    with pytest.raises(EventTooLargeError):
        decoder.feed(b"b" * 10)


def test_the_default_limit_is_64_mib() -> None:
    from open_responses._sse import DEFAULT_MAX_EVENT_BYTES

    assert DEFAULT_MAX_EVENT_BYTES == SSEDecoder().max_event_bytes == 64 * 1024 * 1024


def test_stream_core_attaches_the_snapshot_to_the_error() -> None:
    from open_responses._stream_core import StreamCore

    core = StreamCore(max_event_bytes=1000)
    created = (
        b'data: {"type":"response.created","response":{"id":"resp_1","object":"response",'
        b'"created_at":1700000000,"status":"in_progress","model":"m","output":[]}}\n\n'
    )
    assert len(list(core.feed(created))) == 1
    with pytest.raises(EventTooLargeError) as caught:
        for _ in range(20):
            list(core.feed(b"data: " + b"x" * 100))
    snapshot = caught.value.snapshot
    assert snapshot is not None
    assert snapshot.id == "resp_1"  # type: ignore[attr-defined]
