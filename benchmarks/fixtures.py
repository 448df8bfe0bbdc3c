"""Spec-shaped payloads shared by the benchmark server and the workers.

Everything here is deterministic, so a worker can check what it received
(the final text, the number of events) without the server telling it.
"""

from __future__ import annotations

import json
from typing import Any

from open_responses.testing import response_resource

__all__ = [
    "MODEL",
    "PROMPT",
    "RESPONSE_TEXT",
    "delta",
    "model_for_stream",
    "response_json",
    "sse_body",
    "stream_event_count",
    "stream_text",
]

MODEL = "bench-model"
PROMPT = "Say something short."
RESPONSE_TEXT = "Hello! This is a short, fixed answer from the benchmark server."

_WORDS = ("lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit")
# Events around the deltas: created, in_progress, output_item.added, content_part.added
# before; output_text.done, content_part.done, output_item.done, completed after.
_FRAMING_EVENTS = 8

_compact = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def model_for_stream(n_deltas: int) -> str:
    """The model name that asks the benchmark server for a stream of ``n_deltas`` deltas."""
    return f"{MODEL}/{n_deltas}"


def delta(i: int) -> str:
    """The text of delta number ``i`` (a word and a space, like a token)."""
    return _WORDS[i % len(_WORDS)] + " "


def stream_text(n_deltas: int) -> str:
    """The text a stream of ``n_deltas`` deltas adds up to."""
    return "".join(delta(i) for i in range(n_deltas))


def stream_event_count(n_deltas: int) -> int:
    """Events (not counting ``[DONE]``) in a stream of ``n_deltas`` deltas."""
    return n_deltas + _FRAMING_EVENTS


def _message(text: str, status: str) -> dict[str, Any]:
    return {
        "type": "message",
        "id": "msg_bench_0001",
        "status": status,
        "role": "assistant",
        "content": (
            [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}]
            if status == "completed"
            else []
        ),
    }


def _resource(status: str, output: list[dict[str, Any]], output_tokens: int) -> dict[str, Any]:
    done = status == "completed"
    usage = {
        "input_tokens": 12,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": 12 + output_tokens,
    }
    return response_resource(
        output,
        id="resp_bench_0001",
        created_at=1_732_000_000,
        completed_at=1_732_000_001 if done else None,
        status=status,
        model=MODEL,
        text={"format": {"type": "text"}, "verbosity": "medium"},
        usage=usage if done else None,
    )


def response_json() -> bytes:
    """The body of the non-streaming reply: one completed ``ResponseResource``."""
    resource = _resource("completed", [_message(RESPONSE_TEXT, "completed")], 14)
    return _compact(resource).encode()


def sse_body(n_deltas: int) -> bytes:
    """A whole ``text/event-stream`` body with ``n_deltas`` ``response.output_text.delta`` events."""
    text = stream_text(n_deltas)
    at = {"item_id": "msg_bench_0001", "output_index": 0, "content_index": 0}
    empty_part = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
    full_part = dict(empty_part, text=text)
    final_item = _message(text, "completed")
    head: list[dict[str, Any]] = [
        {"type": "response.created", "response": _resource("in_progress", [], 0)},
        {"type": "response.in_progress", "response": _resource("in_progress", [], 0)},
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": _message("", "in_progress"),
        },
        {"type": "response.content_part.added", **at, "part": empty_part},
    ]
    tail: list[dict[str, Any]] = [
        {"type": "response.output_text.done", **at, "text": text, "logprobs": []},
        {"type": "response.content_part.done", **at, "part": full_part},
        {"type": "response.output_item.done", "output_index": 0, "item": final_item},
        {
            "type": "response.completed",
            "response": _resource("completed", [final_item], n_deltas),
        },
    ]
    out: list[str] = []
    seq = 0

    def emit(event: dict[str, Any]) -> None:
        nonlocal seq
        payload = {"type": event["type"], "sequence_number": seq, **event}
        out.append(f"event: {event['type']}\ndata: {_compact(payload)}\n\n")
        seq += 1

    for event in head:
        emit(event)
    # The deltas differ only in sequence number and word: render them from a template.
    template = (
        'event: response.output_text.delta\ndata: {{"type":"response.output_text.delta",'
        '"sequence_number":{seq},"item_id":"msg_bench_0001","output_index":0,'
        '"content_index":0,"delta":"{delta}","logprobs":[]}}\n\n'
    )
    for i in range(n_deltas):
        out.append(template.format(seq=seq, delta=delta(i)))
        seq += 1
    for event in tail:
        emit(event)
    out.append("data: [DONE]\n\n")
    return "".join(out).encode()
