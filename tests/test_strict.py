"""Tests for the strict-mode checker: the spec's framing and ordering rules, one event at a time."""

from __future__ import annotations

import pytest
from test_accumulate import (
    Event,
    _args,
    _chunk_streams,
    _completed,
    _created,
    _fc_added,
    _item_done,
    _load_chunks,
    _load_sse,
    _msg,
    _msg_added,
    _part_added,
    _part_done,
    _responses,
    _text_delta,
    _text_done,
)

from open_responses._strict import StrictChecker


def _seq(events: list[Event]) -> list[Event]:
    return [dict(e, sequence_number=i) for i, e in enumerate(events)]


def _clean_stream() -> list[Event]:
    return _seq(
        [
            _created(),
            {"type": "response.in_progress", "response": {"id": "resp_1", "output": []}},
            _msg_added(0, "m1"),
            _part_added(0, "m1"),
            _text_delta(0, "m1", "Hi"),
            _text_done(0, "m1", "Hi"),
            _part_done(0, "m1", "Hi"),
            _item_done(0, _msg("m1", "Hi")),
            _fc_added(1, "fc1"),
            _args(1, "fc1", "{}"),
            {
                "type": "response.function_call_arguments.done",
                "output_index": 1,
                "item_id": "fc1",
                "arguments": "{}",
            },
            _item_done(
                1,
                {
                    "type": "function_call",
                    "id": "fc1",
                    "call_id": "c",
                    "name": "f",
                    "arguments": "{}",
                    "status": "completed",
                },
            ),
            {"type": "acme:progress"},
            _completed([_msg("m1", "Hi")]),
        ]
    )


def _first_violation(events: list[Event], names: list[str] | None = None) -> str | None:
    checker = StrictChecker()
    for i, event in enumerate(events):
        name = names[i] if names is not None else event["type"]
        problem = checker.check(event, name)
        if problem is not None:
            return problem
    return None


def test_strict_clean_stream_has_no_violation() -> None:
    checker = StrictChecker()
    for event in _clean_stream():
        assert checker.check(event, event["type"]) is None
    assert checker.end_of_stream(True, "text/event-stream; charset=utf-8") is None


def test_strict_event_name_mismatch() -> None:
    events = _clean_stream()
    names = [e["type"] for e in events]
    names[0] = "message"  # no `event:` line
    assert _first_violation(events, names) == (
        "SSE event name 'message' does not match payload type 'response.created'"
    )


def test_strict_missing_sequence_number() -> None:
    events = _clean_stream()
    del events[3]["sequence_number"]
    assert _first_violation(events) == "response.content_part.added has no integer sequence_number"


def test_strict_non_increasing_sequence_number() -> None:
    events = _clean_stream()
    events[4]["sequence_number"] = 3
    assert _first_violation(events) == (
        "response.output_text.delta sequence_number 3 is not greater than the previous 3"
    )


_FC_DONE = {"type": "function_call", "id": "fc1"}
# An open message part whose text is done.
_TEXT_DONE = [_msg_added(0, "m1"), _part_added(0, "m1"), _text_done(0, "m1", "")]
_SUMMARY_ADDED = {
    "type": "response.reasoning_summary_part.added",
    "output_index": 0,
    "item_id": "m1",
    "summary_index": 0,
    "part": {"type": "summary_text", "text": ""},
}

# Each row: a stream after response.created, and the first violation the checker reports.
_ORDER_VIOLATIONS = {
    "delta for an item never added": (
        [_text_delta(0, "m1", "x")],
        "response.output_text.delta for output_index 0 before response.output_item.added",
    ),
    "delta before its content part": (
        [_msg_added(0, "m1"), _text_delta(0, "m1", "x")],
        "response.output_text.delta for content index 0 before response.content_part.added",
    ),
    "summary delta before its summary part": (
        [
            _msg_added(0, "m1"),
            {
                "type": "response.reasoning_summary_text.delta",
                "output_index": 0,
                "item_id": "m1",
                "summary_index": 0,
                "delta": "x",
            },
        ],
        "response.reasoning_summary_text.delta for summary index 0 "
        "before response.reasoning_summary_part.added",
    ),
    "event after its item is done": (
        [_fc_added(0, "fc1"), _item_done(0, _FC_DONE), _args(0, "fc1", "{")],
        "response.function_call_arguments.delta for output_index 0 after response.output_item.done",
    ),
    "part done before its text done": (
        [
            _msg_added(0, "m1"),
            _part_added(0, "m1"),
            _text_delta(0, "m1", "x"),
            _part_done(0, "m1", "x"),
        ],
        "response.content_part.done for content index 0 before its text `.done` event",
    ),
    "part added twice": (
        [_msg_added(0, "m1"), _part_added(0, "m1"), _part_added(0, "m1")],
        "response.content_part.added for content index 0, which was already added",
    ),
    "part done before added": (
        [_msg_added(0, "m1"), _part_done(0, "m1", "")],
        "response.content_part.done for content index 0 before it was added",
    ),
    "part done twice": (
        [*_TEXT_DONE, _part_done(0, "m1", ""), _part_done(0, "m1", "")],
        "response.content_part.done for content index 0, which was already done",
    ),
    "delta after its part is done": (
        [*_TEXT_DONE, _part_done(0, "m1", ""), _text_delta(0, "m1", "x")],
        "response.output_text.delta for content index 0 after its part was done",
    ),
    "delta after its text done": (
        [*_TEXT_DONE, _text_delta(0, "m1", "x")],
        "response.output_text.delta for content index 0 after its text `.done` event",
    ),
    "summary part without an index": (
        [_msg_added(0, "m1"), {k: v for k, v in _SUMMARY_ADDED.items() if k != "summary_index"}],
        "response.reasoning_summary_part.added has no valid summary_index",
    ),
    "event after the terminal one": (
        [_completed([]), {"type": "acme:late"}],
        "acme:late received after terminal event response.completed",
    ),
    "part names another item": (
        [_msg_added(0, "m1"), _part_added(0, "other")],
        "response.content_part.added names item 'other' but output_index 0 holds item 'm1'",
    ),
    "flat error event": (
        [{"type": "error", "code": "x", "message": "y"}],
        "error event has no `error` object (flat error fields are not spec)",
    ),
}


@pytest.mark.parametrize(("events", "expected"), _ORDER_VIOLATIONS.values(), ids=_ORDER_VIOLATIONS)
def test_strict_order_violation(events: list[Event], expected: str) -> None:
    assert _first_violation(_seq([_created(), *events])) == expected


def test_strict_summary_part_in_order_is_clean() -> None:
    # The summary rows above fail for their one fault, not for the summary events themselves.
    events = _seq([_created(), _msg_added(0, "m1"), _SUMMARY_ADDED])
    assert _first_violation(events) is None


def test_strict_end_of_stream() -> None:
    finished = StrictChecker()
    for event in _clean_stream():
        finished.check(event, event["type"])
    assert finished.end_of_stream(False, "text/event-stream") == (
        "stream ended without the terminal `data: [DONE]` marker"
    )
    assert finished.end_of_stream(True, "application/json") == (
        "Content-Type is 'application/json', expected 'text/event-stream'"
    )
    assert finished.end_of_stream(True, None) == (
        "Content-Type is None, expected 'text/event-stream'"
    )
    unfinished = StrictChecker()
    unfinished.check(_seq([_created()])[0], "response.created")
    assert unfinished.end_of_stream(True, "text/event-stream") == (
        "stream ended without a terminal event "
        "(response.completed, response.incomplete or response.failed)"
    )


@pytest.mark.parametrize(("name", "index"), list(_chunk_streams()))
def test_strict_real_provider_streams_conform(name: str, index: int) -> None:
    stream = _responses(_load_chunks(name))[index]
    checker = StrictChecker()
    for event in stream:
        # The recorder stripped SSE framing, so there are no event names to check.
        assert checker.check(event, None) is None
    assert checker.end_of_stream(True, "text/event-stream") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("fastresponses-function-call.sse", None),
        ("fastresponses-reasoning-text.sse", None),
        ("fastresponses-error-failed.sse", None),
        ("aimock-reasoning-text.sse", "response.created has no integer sequence_number"),
        (
            "llm-mock-api-text-and-function-call.sse",
            "SSE event name 'message' does not match payload type 'response.created'",
        ),
    ],
)
def test_strict_local_servers(name: str, expected: str | None) -> None:
    events, saw_done = _load_sse(name)
    checker = StrictChecker()
    problems = [checker.check(payload, event_name) for event_name, payload in events]
    assert next((p for p in problems if p is not None), None) == expected
    end = checker.end_of_stream(saw_done, "text/event-stream")
    if name.startswith("fastresponses"):
        assert end is None
    else:
        assert end is not None  # neither sends [DONE]
