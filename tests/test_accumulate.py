"""Tests for the sans-I/O stream accumulator (the strict checker's are in test_strict.py)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import REFERENCE, SSE_TERMINAL
from hypothesis import given, settings
from hypothesis import strategies as st

from open_responses._accumulate import ResponseAccumulator
from open_responses._generated.models import ResponseOutputTextDeltaStreamingEvent
from open_responses._stream_core import StreamCore
from open_responses._strict import StrictChecker

RECORDINGS = REFERENCE / "recordings"
LOCAL_SERVERS = RECORDINGS / "local-servers"
MISSING = f"reference recordings not found at {RECORDINGS} (they sit beside the checkout)"

Event = dict[str, Any]

# What each recording must end with; None means the stream has no terminal event.
CHUNKS_TERMINAL = {
    "aisdk-azure-function-call.chunks.jsonl": "response.completed",
    "aisdk-azure-text.chunks.jsonl": "response.completed",
    "aisdk-lmstudio-basic.chunks.jsonl": "response.completed",
    "aisdk-lmstudio-reasoning-function-call.chunks.jsonl": "response.completed",
    "aisdk-openai-error-insufficient-quota.chunks.jsonl": "response.failed",
    "aisdk-openai-mcp-tool.chunks.jsonl": "response.completed",
    "aisdk-openai-phase-two-messages.chunks.jsonl": "response.completed",
    "aisdk-openai-reasoning-function-calls-4-steps.chunks.jsonl": "response.completed",
    "aisdk-openai-reasoning-summary-12-parts.chunks.jsonl": "response.completed",
    "aisdk-openai-web-search.chunks.jsonl": "response.completed",
}
TERMINALS = ("response.completed", "response.incomplete", "response.failed")


# --------------------------------------------------------------------- helpers


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(MISSING if not RECORDINGS.exists() else f"recording {path.name} not found")
    return path


def _load_chunks(name: str) -> list[Event]:
    path = _need(RECORDINGS / name)
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _load_sse(name: str) -> tuple[list[tuple[str, Event]], bool]:
    """Tiny SSE splitter: (dispatched event name, payload) pairs and whether [DONE] came."""
    path = _need(LOCAL_SERVERS / name)
    events: list[tuple[str, Event]] = []
    saw_done = False
    name_field = "message"  # the SSE default when no `event:` line is given
    for line in path.read_text().splitlines():
        if line.startswith("event:"):
            name_field = line[len("event:") :].strip()
        elif line.startswith("data:"):
            data = line[len("data:") :].strip()
            if data == "[DONE]":
                saw_done = True
            else:
                events.append((name_field, json.loads(data)))
            name_field = "message"
    return events, saw_done


def _responses(events: list[Event]) -> list[list[Event]]:
    """Split a recording into its responses (the 4-steps file holds four streams)."""
    streams: list[list[Event]] = []
    for event in events:
        if event.get("type") == "response.created" or not streams:
            streams.append([])
        streams[-1].append(event)
    return streams


def _terminal(events: list[Event]) -> Event:
    found = [e for e in events if e.get("type") in TERMINALS]
    assert found, "recording has no terminal event"
    return found[-1]


def _output_text(response: dict[str, Any]) -> str:
    """Independent reference for a Response's `output_text`."""
    return "".join(
        part["text"]
        for item in response.get("output", [])
        if item.get("type") == "message"
        for part in item.get("content", [])
        if part.get("type") == "output_text"
    )


def _deltas(events: list[Event]) -> str:
    """The text of the typed ``output_text`` deltas a stream of ``events`` yields."""
    body = b"".join(b"data: " + json.dumps(event).encode() + b"\n\n" for event in events)
    typed = StreamCore().feed(body)
    return "".join(e.delta for e in typed if isinstance(e, ResponseOutputTextDeltaStreamingEvent))


def _seq_contiguous(events: list[Event]) -> bool:
    seqs = [e["sequence_number"] for e in events if "sequence_number" in e]
    return seqs == list(range(seqs[0], seqs[0] + len(seqs))) if seqs else True


def _without_encrypted(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in item.items() if k != "encrypted_content"} for item in items]


def _accumulate(events: list[Event]) -> ResponseAccumulator:
    acc = ResponseAccumulator()
    for event in events:
        acc.feed(event)
    return acc


def _chunk_streams() -> Iterator[Any]:
    if not RECORDINGS.exists():
        yield pytest.param(None, 0, marks=pytest.mark.skip(reason=MISSING))
        return
    for path in sorted(RECORDINGS.glob("*.chunks.jsonl")):
        events = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        for i, stream in enumerate(_responses(events)):
            if any(e.get("type") in TERMINALS for e in stream):
                yield pytest.param(path.name, i, id=f"{path.name}#{i}")


def _with_response_json() -> list[Any]:
    if not RECORDINGS.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=MISSING))]
    return [
        p.name.replace(".response.json", ".chunks.jsonl")
        for p in sorted(RECORDINGS.glob("*.response.json"))
        if p.with_name(p.name.replace(".response.json", ".chunks.jsonl")).exists()
    ]


def _names(directory: Path, pattern: str) -> list[Any]:
    if not directory.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=MISSING))]
    return sorted(p.name for p in directory.glob(pattern))


# ------------------------------------------------------------ recorded streams


@pytest.mark.parametrize("name", _with_response_json())
def test_recording_final_output_and_text(name: str) -> None:
    events = _load_chunks(name)
    terminal = _terminal(events)["response"]
    acc = _accumulate(events)
    final = acc.final()
    assert final is not None
    assert final["output"] == terminal["output"]
    assert final["id"] == terminal["id"] == acc.response_id
    expected_text = _output_text(terminal)
    assert acc.output_text == expected_text
    assert _deltas(events) == expected_text


@pytest.mark.parametrize(("name", "index"), list(_chunk_streams()))
def test_recording_rebuilt_from_events_alone(name: str, index: int) -> None:
    """Blank the terminal output: items and text must come from the events."""
    stream = _responses(_load_chunks(name))[index]
    terminal = _terminal(stream)
    blanked = copy.deepcopy(terminal)
    blanked["response"]["output"] = []
    events = [blanked if e is terminal else e for e in stream]

    acc = _accumulate(events)
    final = acc.final()
    assert final is not None
    assert final["status"] == terminal["response"]["status"]
    # OpenAI re-encrypts reasoning between output_item.done and response.completed,
    # so encrypted_content is the one field that legitimately differs.
    assert _without_encrypted(final["output"]) == _without_encrypted(terminal["response"]["output"])

    # Drop output_item.done as well: text must then come from deltas and `.done`s.
    bare = [e for e in events if e.get("type") != "response.output_item.done"]
    bare_acc = _accumulate(bare)
    expected_text = _output_text(terminal["response"])
    assert bare_acc.output_text == expected_text
    if _seq_contiguous(stream):
        assert _deltas(stream) == expected_text
    else:
        # The phase-two fixture was trimmed (sequence gaps), so each part's deltas
        # are only a prefix of the text its `.done` event carries.
        streamed: dict[tuple[int, int], str] = {}
        for e in stream:
            if e.get("type") == "response.output_text.delta":
                key = (e["output_index"], e["content_index"])
                streamed[key] = streamed.get(key, "") + e["delta"]
        dones = {
            (e["output_index"], e["content_index"]): e["text"]
            for e in stream
            if e.get("type") == "response.output_text.done"
        }
        assert streamed and streamed.keys() == dones.keys()
        for key, text in streamed.items():
            assert dones[key].startswith(text)
            assert len(dones[key]) > len(text)


@pytest.mark.parametrize("name", _names(RECORDINGS, "*.chunks.jsonl"))
def test_every_chunk_recording_reaches_expected_terminal(name: str) -> None:
    events = _load_chunks(name)
    for stream in _responses(events):
        acc = _accumulate(stream)
        assert acc.terminal_type == CHUNKS_TERMINAL[name]
        assert acc.is_terminal
        assert acc.last_sequence_number == stream[-1]["sequence_number"]
    # Fed as one body, everything after the first terminal event is ignored.
    whole = _accumulate(events)
    first = _responses(events)[0]
    assert whole.final() == _accumulate(first).final()


@pytest.mark.parametrize("name", _names(LOCAL_SERVERS, "*.sse"))
def test_every_local_server_recording_reaches_expected_terminal(name: str) -> None:
    events, _ = _load_sse(name)
    acc = _accumulate([payload for _, payload in events])
    expected = SSE_TERMINAL[name]
    assert acc.terminal_type == expected
    if expected is None:
        assert acc.final() is None
        assert not acc.is_terminal
    else:
        final = acc.final()
        assert final is not None
        assert final["output"] == _terminal([p for _, p in events])["response"]["output"]


def test_litellm_typeless_error_payload() -> None:
    events, saw_done = _load_sse("litellm-mock-response-stream-error.sse")
    assert saw_done
    acc = _accumulate([payload for _, payload in events])
    assert acc.error is not None
    assert acc.error["code"] == "500"
    assert acc.error["message"] == "Error processing stream start"
    assert acc.error["type"] == "internal_server_error"
    assert acc.final() is None


def test_fastresponses_failed_keeps_response_error_over_event_error() -> None:
    events, _ = _load_sse("fastresponses-error-failed.sse")
    acc = _accumulate([payload for _, payload in events])
    assert acc.error is not None
    assert acc.error["code"] is None  # the event's code is null
    final = acc.final()
    assert final is not None
    assert final["status"] == "failed"
    assert final["error"]["code"] == "server_error"  # the response's own error wins


def test_insufficient_quota_records_error_event() -> None:
    events = _load_chunks("aisdk-openai-error-insufficient-quota.chunks.jsonl")
    acc = _accumulate(events)
    assert acc.error is not None and acc.error["code"] == "insufficient_quota"
    final = acc.final()
    assert final is not None and final["error"]["code"] == "insufficient_quota"


def test_open_responses_server_deltas_without_added_events() -> None:
    """This server streams text with no output_item.added, no content_part.added,
    no content_index; the partial text must still be visible mid-stream."""
    events, _ = _load_sse("open-responses-server-text-and-function-call.sse")
    payloads = [p for _, p in events]
    acc = ResponseAccumulator()
    for payload in payloads[:6]:  # created, in_progress, four deltas
        acc.feed(payload)
    assert acc.output_text == "Looking up the weather for you..."
    item = acc.snapshot()["output"][0]
    assert item["type"] == "message"
    assert item["id"] == "msg_ec7509e9877e45109b262d93b0e916b3"
    for payload in payloads[6:]:
        acc.feed(payload)
    # Its terminal response truncates the text; the server's final word wins.
    assert acc.output_text == "Looking up"


def test_litellm_bridge_late_done_events_and_sparse_sequence_numbers() -> None:
    events, _ = _load_sse("litellm-bridge-text-and-function-call.sse")
    payloads = [p for _, p in events]
    terminal_at = next(i for i, p in enumerate(payloads) if p["type"] == "response.completed")
    acc = _accumulate(payloads[:terminal_at])
    output = acc.snapshot()["output"]
    assert [i["type"] for i in output] == ["message", "function_call"]
    assert output[0]["content"][0]["text"] == "Looking up the weather for you..."
    assert output[1]["arguments"] == json.dumps({"location": "Beijing", "unit": "celsius"})
    # Only two events carry sequence_number (17, then 1): the last one seen is kept.
    assert acc.last_sequence_number == 1


# ----------------------------------------------------------- synthetic streams


def _created(rid: str = "resp_1", **extra: Any) -> Event:
    response = {"id": rid, "object": "response", "status": "in_progress", "output": []}
    response.update(extra)
    return {"type": "response.created", "response": response}


def _msg_added(index: int, item_id: str) -> Event:
    return {
        "type": "response.output_item.added",
        "output_index": index,
        "item": {
            "type": "message",
            "id": item_id,
            "status": "in_progress",
            "role": "assistant",
            "content": [],
        },
    }


def _part_added(index: int, item_id: str, content_index: int = 0) -> Event:
    return {
        "type": "response.content_part.added",
        "output_index": index,
        "item_id": item_id,
        "content_index": content_index,
        "part": {"type": "output_text", "text": "", "annotations": []},
    }


def _text_delta(index: int, item_id: str, delta: str, content_index: int = 0) -> Event:
    return {
        "type": "response.output_text.delta",
        "output_index": index,
        "item_id": item_id,
        "content_index": content_index,
        "delta": delta,
    }


def _text_done(index: int, item_id: str, text: str, content_index: int = 0) -> Event:
    return {
        "type": "response.output_text.done",
        "output_index": index,
        "item_id": item_id,
        "content_index": content_index,
        "text": text,
    }


def _part_done(index: int, item_id: str, text: str, content_index: int = 0) -> Event:
    return {
        "type": "response.content_part.done",
        "output_index": index,
        "item_id": item_id,
        "content_index": content_index,
        "part": {"type": "output_text", "text": text, "annotations": []},
    }


def _msg(item_id: str, text: str) -> dict[str, Any]:
    return {
        "type": "message",
        "id": item_id,
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }


def _item_done(index: int, item: dict[str, Any]) -> Event:
    return {"type": "response.output_item.done", "output_index": index, "item": item}


def _completed(output: list[Any] | None, **extra: Any) -> Event:
    response: dict[str, Any] = {"id": "resp_1", "object": "response", "status": "completed"}
    if output is not None:
        response["output"] = output
    response.update(extra)
    return {"type": "response.completed", "response": response}


def _fc_added(index: int, item_id: str) -> Event:
    return {
        "type": "response.output_item.added",
        "output_index": index,
        "item": {
            "type": "function_call",
            "id": item_id,
            "call_id": "call_1",
            "name": "get_weather",
            "arguments": "",
            "status": "in_progress",
        },
    }


def _args(index: int, item_id: str, delta: str) -> Event:
    return {
        "type": "response.function_call_arguments.delta",
        "output_index": index,
        "item_id": item_id,
        "delta": delta,
    }


def test_no_created_no_sequence_numbers_partial_terminal() -> None:
    acc = _accumulate(
        [
            _msg_added(0, "m1"),
            _part_added(0, "m1"),
            _text_delta(0, "m1", "Hel"),
            _text_delta(0, "m1", "lo"),
            # Terminal event with a partial response: no output, only usage.
            {"type": "response.completed", "response": {"usage": {"total_tokens": 3}}},
        ]
    )
    assert acc.last_sequence_number is None
    assert acc.response_id is None
    final = acc.final()
    assert final is not None
    assert final["status"] == "completed"  # implied by the event type
    assert final["usage"] == {"total_tokens": 3}
    assert final["output"][0]["content"][0]["text"] == "Hello"
    assert acc.output_text == "Hello"


def test_terminal_with_empty_output_keeps_streamed_items() -> None:
    acc = _accumulate(
        [
            _created(model="m-1", temperature=0.5),
            _msg_added(0, "m1"),
            _part_added(0, "m1"),
            _text_delta(0, "m1", "Hi"),
            _completed([], model="m-2", usage={"total_tokens": 1}),
        ]
    )
    final = acc.final()
    assert final is not None
    assert [item["id"] for item in final["output"]] == ["m1"]
    assert final["output"][0]["content"][0]["text"] == "Hi"
    # The terminal response's fields are kept as sent: nothing from earlier events.
    assert final["model"] == "m-2"
    assert "temperature" not in final
    assert final["status"] == "completed"


def test_done_events_after_later_items() -> None:
    acc = _accumulate(
        [
            _created(),
            _msg_added(0, "m1"),
            _part_added(0, "m1"),
            _text_delta(0, "m1", "Look"),
            _fc_added(1, "fc1"),
            _args(1, "fc1", '{"a":'),
            _args(1, "fc1", "1}"),
            _item_done(
                1,
                {
                    "type": "function_call",
                    "id": "fc1",
                    "call_id": "call_1",
                    "name": "get_weather",
                    "arguments": '{"a":1}',
                    "status": "completed",
                },
            ),
            _text_delta(0, "m1", "ing"),
            _text_done(0, "m1", "Looking"),
            _part_done(0, "m1", "Looking"),
            _item_done(0, _msg("m1", "Looking")),
        ]
    )
    output = acc.snapshot()["output"]
    assert [item["id"] for item in output] == ["m1", "fc1"]
    assert output[0] == _msg("m1", "Looking")
    assert output[1]["arguments"] == '{"a":1}'
    assert output[1]["status"] == "completed"
    assert acc.final() is None and not acc.is_terminal


def test_error_then_failed_uses_error_event_when_response_has_none() -> None:
    acc = _accumulate(
        [
            _created(),
            {
                "type": "error",
                "sequence_number": 2,
                "error": {
                    "type": "model_error",
                    "code": "boom",
                    "message": "it broke",
                    "param": None,
                },
            },
            {
                "type": "response.failed",
                "response": {"id": "resp_1", "status": "failed", "error": None, "output": []},
            },
        ]
    )
    assert acc.terminal_type == "response.failed"
    assert acc.error == {
        "type": "model_error",
        "code": "boom",
        "message": "it broke",
        "param": None,
    }
    final = acc.final()
    assert final is not None
    assert final["error"]["code"] == "boom"
    assert final["error"]["message"] == "it broke"


def test_flat_openai_error_shape() -> None:
    acc = _accumulate(
        [
            _created(),
            {
                "type": "error",
                "sequence_number": 4,
                "code": "rate_limit_exceeded",
                "message": "slow down",
                "param": None,
            },
        ]
    )
    assert acc.error == {"code": "rate_limit_exceeded", "message": "slow down", "param": None}
    assert acc.last_sequence_number == 4
    assert not acc.is_terminal


def test_typeless_error_payload_with_numeric_code() -> None:
    acc = _accumulate([{"error": {"message": "bad start", "code": 500}}])
    assert acc.error is not None
    assert acc.error["code"] == "500"
    assert acc.error["message"] == "bad start"
    assert acc.final() is None


def test_unknown_event_types_are_ignored() -> None:
    acc = _accumulate([_created(), _msg_added(0, "m1"), _text_delta(0, "m1", "x")])
    before = copy.deepcopy(acc.snapshot())
    acc.feed({"type": "acme:progress", "sequence_number": 9, "percent": 50})
    acc.feed(
        {
            "type": "response.foo.delta",
            "sequence_number": 10,
            "output_index": 0,
            "item_id": "m1",
            "delta": "zzz",
        }
    )
    acc.feed(
        {
            "type": "response.mcp_call_arguments.delta",
            "sequence_number": 11,
            "output_index": 0,
            "item_id": "m1",
            "delta": "{}",
        }
    )
    assert acc.snapshot() == before
    assert acc.last_sequence_number == 11


def test_output_item_done_without_added_and_index_gaps() -> None:
    acc = _accumulate(
        [
            _item_done(3, _msg("m3", "third")),
            _item_done(1, _msg("m1", "first")),
        ]
    )
    assert [item["id"] for item in acc.snapshot()["output"]] == ["m1", "m3"]
    assert acc.output_text == "firstthird"


def test_deltas_without_part_added_and_item_id_fallback() -> None:
    acc = _accumulate(
        [
            _msg_added(0, "m1"),
            # No content_part.added; the second delta has no output_index at all.
            _text_delta(0, "m1", "a"),
            {
                "type": "response.output_text.delta",
                "item_id": "m1",
                "content_index": 0,
                "delta": "b",
            },
            _text_delta(0, "m1", "c", content_index=1),
        ]
    )
    content = acc.snapshot()["output"][0]["content"]
    assert content == [
        {"type": "output_text", "text": "ab", "annotations": []},
        {"type": "output_text", "text": "c", "annotations": []},
    ]


def test_item_done_keeps_accumulated_text_it_lacks() -> None:
    acc = _accumulate(
        [
            _msg_added(0, "m1"),
            _part_added(0, "m1"),
            _text_delta(0, "m1", "kept"),
            _item_done(
                0,
                {
                    "type": "message",
                    "id": "m1",
                    "status": "completed",
                    "role": "assistant",
                    "content": [],
                },
            ),
        ]
    )
    item = acc.snapshot()["output"][0]
    assert item["status"] == "completed"
    assert item["content"][0]["text"] == "kept"


def test_done_text_wins_over_deltas() -> None:
    acc = _accumulate(
        [_msg_added(0, "m1"), _text_delta(0, "m1", "drft"), _text_done(0, "m1", "draft")]
    )
    assert acc.output_text == "draft"


def test_refusal_reasoning_summary_annotations_and_arguments() -> None:
    acc = _accumulate(
        [
            {
                "type": "response.output_item.added",
                "output_index": 0,
                "item": {"type": "reasoning", "id": "r1", "summary": []},
            },
            {
                "type": "response.reasoning_summary_part.added",
                "output_index": 0,
                "item_id": "r1",
                "summary_index": 0,
                "part": {"type": "summary_text", "text": ""},
            },
            {
                "type": "response.reasoning_summary_text.delta",
                "output_index": 0,
                "item_id": "r1",
                "summary_index": 0,
                "delta": "Sum",
            },
            {
                "type": "response.reasoning_summary_text.delta",
                "output_index": 0,
                "item_id": "r1",
                "summary_index": 0,
                "delta": "mary",
            },
            {
                "type": "response.content_part.added",
                "output_index": 0,
                "item_id": "r1",
                "content_index": 0,
                "part": {"type": "reasoning_text", "text": ""},
            },
            {
                "type": "response.reasoning.delta",
                "output_index": 0,
                "item_id": "r1",
                "content_index": 0,
                "delta": "think",
            },
            _msg_added(1, "m1"),
            {
                "type": "response.refusal.delta",
                "output_index": 1,
                "item_id": "m1",
                "content_index": 0,
                "delta": "No",
            },
            {
                "type": "response.refusal.delta",
                "output_index": 1,
                "item_id": "m1",
                "content_index": 0,
                "delta": "pe",
            },
            _text_delta(1, "m1", "cited", content_index=1),
            {
                "type": "response.output_text.annotation.added",
                "output_index": 1,
                "item_id": "m1",
                "content_index": 1,
                "annotation_index": 0,
                "annotation": {
                    "type": "url_citation",
                    "url": "https://x",
                    "start_index": 0,
                    "end_index": 5,
                    "title": "x",
                },
            },
            _fc_added(2, "fc1"),
            _args(2, "fc1", '{"q"'),
            _args(2, "fc1", ':"x"}'),
        ]
    )
    reasoning, message, call = acc.snapshot()["output"]
    assert reasoning["summary"] == [{"type": "summary_text", "text": "Summary"}]
    assert reasoning["content"] == [{"type": "reasoning_text", "text": "think"}]
    assert message["content"][0] == {"type": "refusal", "refusal": "Nope"}
    assert message["content"][1]["text"] == "cited"
    assert message["content"][1]["annotations"][0]["url"] == "https://x"
    assert call["arguments"] == '{"q":"x"}'
    # Refusals are not output_text.
    assert acc.output_text == "cited"


def test_events_after_terminal_are_ignored() -> None:
    acc = _accumulate([_created(), _item_done(0, _msg("m1", "done")), _completed(None)])
    final = copy.deepcopy(acc.final())
    acc.feed(_text_delta(0, "m1", " more"))
    acc.feed(_created("resp_2"))
    assert acc.final() == final
    assert acc.response_id == "resp_1"


def test_snapshot_is_cached_until_next_feed_and_inputs_untouched() -> None:
    events = [
        _created(tools=[{"type": "function", "name": "f"}]),
        _msg_added(0, "m1"),
        _part_added(0, "m1"),
        _text_delta(0, "m1", "a"),
    ]
    pristine = copy.deepcopy(events)
    acc = _accumulate(events)
    first = acc.snapshot()
    assert acc.snapshot() is first
    acc.feed(_text_delta(0, "m1", "b"))
    second = acc.snapshot()
    assert second is not first
    assert second["output"][0]["content"][0]["text"] == "ab"
    assert first["output"][0]["content"][0]["text"] == "a"
    assert events == pristine  # the accumulator never writes into fed events


def test_only_output_text_deltas_are_text_deltas() -> None:
    refusal = {"type": "response.refusal.delta", "output_index": 0, "item_id": "m", "delta": "x"}
    assert _deltas([_text_delta(0, "m", "hi"), refusal, _text_delta(0, "m", "!")]) == "hi!"


def test_large_stream_keeps_deltas_in_fixed_size_blocks() -> None:
    n = 200_000
    acc = ResponseAccumulator()
    acc.feed(_msg_added(0, "m1"))
    acc.feed(_part_added(0, "m1"))
    for i in range(n):
        acc.feed(_text_delta(0, "m1", "ab" if i % 2 else "c"))
    buffer = acc._items[0].parts["content"][0].text
    # Deltas are kept as list entries, joined every FOLD entries into a block: never
    # concatenated onto a growing string (quadratic), never one object per delta
    # for the whole stream (memory).
    fold = type(buffer).FOLD
    assert len(buffer.blocks) == n // fold
    assert len(buffer.chunks) == n % fold
    assert all(len(block) == fold // 2 * 3 for block in buffer.blocks)
    text = acc.output_text
    assert len(text) == n // 2 * 3
    assert text == "cab" * (n // 2)
    assert len(buffer.chunks) == 1  # joined once, then collapsed


@settings(max_examples=60, deadline=None)
@given(
    chunks=st.lists(st.text(max_size=5), max_size=30),
    reads=st.sets(st.integers(min_value=0, max_value=30)),
)
def test_any_split_and_read_pattern_gives_the_joined_text(
    chunks: list[str], reads: set[int]
) -> None:
    acc = ResponseAccumulator()
    acc.feed(_msg_added(0, "m1"))
    acc.feed(_part_added(0, "m1"))
    for i, chunk in enumerate(chunks):
        if i in reads:  # reading mid-stream must not disturb later appends
            assert acc.output_text == "".join(chunks[:i])
        acc.feed(_text_delta(0, "m1", chunk))
    assert acc.snapshot()["output"][0]["content"][0]["text"] == "".join(chunks)


# --------------------------------------------------------------- fuzzing


_EVENT_TYPES = [
    "response.created",
    "response.in_progress",
    "response.completed",
    "response.failed",
    "response.incomplete",
    "response.output_item.added",
    "response.output_item.done",
    "response.content_part.added",
    "response.content_part.done",
    "response.reasoning_summary_part.added",
    "response.reasoning_summary_part.done",
    "response.output_text.delta",
    "response.output_text.done",
    "response.output_text.annotation.added",
    "response.refusal.delta",
    "response.refusal.done",
    "response.reasoning.delta",
    "response.reasoning.done",
    "response.reasoning_summary_text.delta",
    "response.reasoning_summary_text.done",
    "response.function_call_arguments.delta",
    "response.function_call_arguments.done",
    "error",
    "acme:thing",
]
_json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-2, 3), st.text(max_size=3), st.just("m1")
)
_json_values = st.recursive(
    _json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.sampled_from(
                [
                    "type",
                    "id",
                    "text",
                    "content",
                    "summary",
                    "arguments",
                    "annotations",
                    "output",
                    "error",
                    "code",
                    "message",
                ]
            ),
            inner,
            max_size=4,
        ),
    ),
    max_leaves=8,
)
_fuzz_event = st.fixed_dictionaries(
    {"type": st.one_of(st.sampled_from(_EVENT_TYPES), _json_scalars)},
    optional={
        key: _json_values
        for key in [
            "sequence_number",
            "output_index",
            "item_id",
            "content_index",
            "summary_index",
            "annotation_index",
            "delta",
            "text",
            "refusal",
            "arguments",
            "item",
            "part",
            "response",
            "annotation",
            "error",
            "logprobs",
            "code",
            "message",
        ]
    },
)


@settings(max_examples=150, deadline=None)
@given(events=st.lists(_fuzz_event, max_size=12))
def test_arbitrary_events_never_raise(events: list[Event]) -> None:
    acc = ResponseAccumulator()
    checker = StrictChecker()
    for event in events:
        acc.feed(event)
        checker.check(event, None)
        json.dumps(acc.snapshot())  # always a JSON-serialisable dict
        assert isinstance(acc.output_text, str)
    checker.end_of_stream(False, None)
