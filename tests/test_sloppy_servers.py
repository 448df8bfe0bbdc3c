"""Replies shaped like real, sloppy servers, served over loopback to both clients.

The shapes come from what LiteLLM, DeepSeek/OpenRouter-style gateways and small
local servers actually send: ``null`` where the spec wants a value, ``text``
objects with ``verbosity: null``, streams with no ``response.created``, no
``sequence_number`` and no ``[DONE]``, items finished out of order, and a
terminal response that is only ``{"id", "status"}``.  The recordings in
``../shared/reference/recordings/local-servers/`` are replayed with the same
sloppiness mixed in.
"""

from __future__ import annotations

import copy
import json
from typing import Any, ClassVar

import parity
import pytest
from conftest import REFERENCE, reference_path
from parity import aw
from pytest_httpserver import HTTPServer

from open_responses import AsyncResponseStream, Response, UnknownEvent
from open_responses._events import event_classes
from open_responses._generated.models import (
    FunctionCall,
    Message,
    OutputTextContent,
    TextResponseFormat,
)
from open_responses.types import UNSET

Event = dict[str, Any]
LOCAL = REFERENCE / "recordings" / "local-servers"
LIFECYCLE = ("response.created", "response.in_progress", "response.queued")
TERMINALS = ("response.completed", "response.incomplete", "response.failed")
# Spelled as DeepSeek (through OpenRouter) sends it on every lifecycle event.
NULL_VERBOSITY_TEXT = {"format": {"type": "text"}, "verbosity": None}


class Kind(parity.Kind):
    """Clients that never retry, so a bad reply fails the test at once."""

    client_defaults: ClassVar[dict[str, Any]] = {"api_key": "k", "max_retries": 0}


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    return Kind(request.param)


def base_url(server: HTTPServer) -> str:
    return server.url_for("/v1")


# --------------------------------------------------------------------------- serving


def frame(events: list[Any], *, done: bool) -> bytes:
    """SSE with ``data:`` lines only (no ``event:`` names, as several servers do)."""
    out = [f"data: {json.dumps(event)}\n\n" for event in events]
    if done:
        out.append("data: [DONE]\n\n")
    return "".join(out).encode()


def serve_sse(server: HTTPServer, events: list[Any], *, done: bool = True) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_data(
        frame(events, done=done), content_type="text/event-stream"
    )


def serve_json(server: HTTPServer, body: Event) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_json(body)


async def create(client: Any) -> Response:
    response: Response = await aw(client.responses.create(model="m", input="hi"))
    return response


async def stream_all(client: Any) -> tuple[list[Any], Response]:
    """Every event of a streamed ``create``, then the final response."""
    stream = await aw(client.responses.create(model="m", input="hi", stream=True))
    if isinstance(stream, AsyncResponseStream):
        async with stream:
            events = [event async for event in stream]
            return events, await stream.get_final_response()
    with stream:
        events = list(stream)
        return events, stream.get_final_response()


# --------------------------------------------------------------------------- expectations


def expected_output_text(response: Event) -> str:
    """The text of the ``output_text`` parts (str ``text``) of the ``message`` items."""
    texts = []
    for item in response.get("output") or []:
        if isinstance(item, dict) and item.get("type") == "message":
            for part in item.get("content") or []:
                if isinstance(part, dict) and part.get("type") == "output_text":
                    texts.append(part["text"])
    return "".join(texts)


def assert_typed(events: list[Any]) -> None:
    classes = event_classes()
    assert events
    for event in events:
        assert not isinstance(event, UnknownEvent), event
        assert type(event) is classes[event.type]


def assert_items_typed(response: Response, sent: list[Event]) -> None:
    by_tag = {"message": Message, "function_call": FunctionCall}
    assert len(response.output) == len(sent)
    for item, raw in zip(response.output, sent, strict=True):
        if raw["type"] in by_tag:
            assert type(item) is by_tag[raw["type"]]


def response_body(**fields: Any) -> Event:
    body: Event = {
        "id": "resp_1",
        "object": "response",
        "created_at": 1795542854,
        "status": "in_progress",
        "model": "deepseek/deepseek-chat",
        "output": [],
        "text": copy.deepcopy(NULL_VERBOSITY_TEXT),
    }
    body.update(fields)
    return body


def message(mid: str, text: str, **fields: Any) -> Event:
    part = {"type": "output_text", "text": text, "annotations": []}
    return {"type": "message", "id": mid, "status": "completed", "role": "assistant",
            "content": [part], **fields}  # fmt: skip


def deltas(mid: str, index: int, pieces: list[str]) -> list[Event]:
    return [
        {"type": "response.output_text.delta", "item_id": mid, "output_index": index,
         "content_index": 0, "delta": piece}
        for piece in pieces
    ]  # fmt: skip


# --------------------------------------------------------------------------- (a) LiteLLM JSON

LITELLM_REPLY: Event = {
    "id": "resp_litellm",
    "object": "response",
    "created_at": 1795542854,
    "status": "completed",
    "model": "custom_openai/fake-model",
    "completed_at": None,
    "error": None,
    "incomplete_details": None,
    "instructions": None,
    "max_output_tokens": None,
    "previous_response_id": None,
    "parallel_tool_calls": True,
    "reasoning": {"effort": None, "summary": None},
    "service_tier": None,
    "store": None,
    "temperature": None,
    "text": None,
    "tool_choice": "auto",
    "tools": [],
    "top_p": None,
    "truncation": None,
    "usage": None,
    "user": None,
    "metadata": None,
    "output": [message("msg_1", "Hello from LiteLLM.", phase=None)],
}


def test_litellm_reply_with_nulls(kind: Kind, httpserver: HTTPServer) -> None:
    serve_json(httpserver, LITELLM_REPLY)
    response = kind.run(create, base_url=base_url(httpserver))
    assert isinstance(response, Response)
    assert response.output_text == "Hello from LiteLLM."
    assert type(response.output[0]) is Message
    assert response.output[0].phase is None
    assert type(response.output[0].content[0]) is OutputTextContent
    assert response.truncation is None and response.usage is None
    assert response.to_dict() == LITELLM_REPLY


MINIMAL_REPLY: Event = {
    "id": "resp_min",
    "object": "response",
    "status": None,
    "model": None,
    "output": [{"type": "message", "role": "assistant",
                "content": [{"type": "output_text", "text": "Minimal."}]}],
}  # fmt: skip


def test_reply_without_time_model_or_status_is_kept(kind: Kind, httpserver: HTTPServer) -> None:
    # Omitted created_at, null model and status, a message without id or status:
    # the reply is still a response, returned whole rather than rejected.
    serve_json(httpserver, MINIMAL_REPLY)
    response = kind.run(create, base_url=base_url(httpserver))
    assert response.output_text == "Minimal."
    assert response.created_at is UNSET and response.model is None and response.status is None
    assert type(response.output[0]) is Message
    assert response.to_dict() == MINIMAL_REPLY


# --------------------------------------------------------------------------- (b) DeepSeek SSE


def deepseek_events() -> list[Event]:
    item = {"type": "message", "id": "msg_ds", "status": "in_progress", "role": "assistant",
            "content": []}  # fmt: skip
    done = message("msg_ds", "Hi there, friend.")
    events: list[Event] = [
        {"type": "response.created", "response": response_body()},
        {"type": "response.in_progress", "response": response_body()},
        {"type": "response.output_item.added", "output_index": 0, "item": item},
        {"type": "response.content_part.added", "item_id": "msg_ds", "output_index": 0,
         "content_index": 0, "part": {"type": "output_text", "text": "", "annotations": []}},
        *deltas("msg_ds", 0, ["Hi", " there,", " friend."]),
        {"type": "response.output_text.done", "item_id": "msg_ds", "output_index": 0,
         "content_index": 0, "text": "Hi there, friend."},
        {"type": "response.output_item.done", "output_index": 0, "item": done},
        {"type": "response.completed",
         "response": response_body(status="completed", output=[done])},
    ]  # fmt: skip
    for n, event in enumerate(events):
        event["sequence_number"] = n
    return events


def test_deepseek_stream_with_null_verbosity(kind: Kind, httpserver: HTTPServer) -> None:
    events = deepseek_events()
    serve_sse(httpserver, events)
    got, final = kind.run(stream_all, base_url=base_url(httpserver))
    assert_typed(got)
    assert [e.type for e in got] == [e["type"] for e in events]
    assert final.output_text == "Hi there, friend."
    assert final.text.verbosity is None
    assert type(final.text.format) is TextResponseFormat
    assert final.status == "completed"


# --------------------------------------------------------------------------- (c) sloppy stream


def sloppy_events(*, announce: bool) -> list[Event]:
    """Two messages, finished in reverse order; no created, sequence numbers or [DONE]."""
    events: list[Event] = []
    if announce:
        for index, mid in enumerate(["msg_a", "msg_b"]):
            item = {"type": "message", "id": mid, "role": "assistant", "content": []}
            events.append(
                {"type": "response.output_item.added", "output_index": index, "item": item}
            )
        events += deltas("msg_a", 0, ["First ", "message. "])
        events += deltas("msg_b", 1, ["Second ", "message."])
    events += [
        {"type": "response.output_item.done", "output_index": 1,
         "item": message("msg_b", "Second message.")},
        {"type": "response.output_item.done", "output_index": 0,
         "item": message("msg_a", "First message. ")},
        {"type": "response.completed", "response": {"id": "resp_sloppy", "status": "completed"}},
    ]  # fmt: skip
    return events


@pytest.mark.parametrize("announce", [True, False], ids=["announced", "done-only"])
def test_sloppy_stream_out_of_order_items(
    kind: Kind, httpserver: HTTPServer, announce: bool
) -> None:
    serve_sse(httpserver, sloppy_events(announce=announce), done=False)
    got, final = kind.run(stream_all, base_url=base_url(httpserver))
    assert_typed(got)
    assert final.status == "completed"
    assert final.id == "resp_sloppy"
    assert [item.id for item in final.output] == ["msg_a", "msg_b"]
    assert all(type(item) is Message for item in final.output)
    assert final.output_text == "First message. Second message."


# --------------------------------------------------------------------------- (d) terminal as sent


def test_full_terminal_response_is_returned_as_sent(kind: Kind, httpserver: HTTPServer) -> None:
    events = deepseek_events()
    events[0]["response"]["x_created_only"] = {"seen": "only in response.created"}
    terminal = events[-1]["response"]
    terminal["usage"] = {"input_tokens": 3, "output_tokens": 4, "total_tokens": 7}
    serve_sse(httpserver, events)
    _, final = kind.run(stream_all, base_url=base_url(httpserver))
    assert final.to_dict() == terminal
    assert "x_created_only" not in final


# --------------------------------------------------------------------------- recordings


def recording(name: str) -> list[Event]:
    """The JSON payloads of a recorded SSE file (no [DONE])."""
    return sse_payloads(reference_path("recordings", "local-servers", name).read_text())


def sse_payloads(raw: str) -> list[Event]:
    payloads = []
    for block in raw.replace("\r\n", "\n").split("\n\n"):
        data = [line[5:].lstrip(" ") for line in block.split("\n") if line.startswith("data:")]
        if data and data != ["[DONE]"]:
            payloads.append(json.loads("\n".join(data)))
    return payloads


def sloppify(response: Event) -> Event:
    """The same response with the nulls LiteLLM and DeepSeek send."""
    out = copy.deepcopy(response)
    out.update(truncation=None, completed_at=None, instructions=None, error=None)
    out["text"] = copy.deepcopy(NULL_VERBOSITY_TEXT)
    for item in out.get("output") or []:
        if isinstance(item, dict) and item.get("type") == "message":
            item["phase"] = None
    return out


def recording_params() -> list[Any]:
    """The recordings that end with ``response.completed`` (the others end in errors)."""
    if not LOCAL.exists():
        return [pytest.param("missing", id="recordings-missing")]
    names = []
    for path in sorted(LOCAL.glob("*.sse")):
        events = sse_payloads(path.read_text())
        if events and events[-1].get("type") == "response.completed":
            names.append(path.name)
    assert names, f"no completed stream among the recordings in {LOCAL}"
    return names


def completed_recording(name: str) -> list[Event]:
    events = recording(name)
    assert events[-1]["type"] == "response.completed"
    return events


@pytest.mark.parametrize("name", recording_params())
def test_recorded_response_as_sloppy_json(kind: Kind, httpserver: HTTPServer, name: str) -> None:
    reply = sloppify(completed_recording(name)[-1]["response"])
    serve_json(httpserver, reply)
    response = kind.run(create, base_url=base_url(httpserver))
    assert response.to_dict() == reply
    assert response.output_text == expected_output_text(reply)
    assert response.truncation is None
    assert_items_typed(response, reply["output"])


@pytest.mark.parametrize("name", recording_params())
def test_recorded_stream_made_sloppy(kind: Kind, httpserver: HTTPServer, name: str) -> None:
    # Lifecycle events get DeepSeek's text object, sequence numbers go, [DONE] goes.
    events = []
    for event in completed_recording(name):
        event = {k: v for k, v in event.items() if k != "sequence_number"}
        if event.get("type") in LIFECYCLE + TERMINALS and isinstance(event.get("response"), dict):
            event["response"] = sloppify(event["response"])
        events.append(event)
    serve_sse(httpserver, events, done=False)
    got, final = kind.run(stream_all, base_url=base_url(httpserver))
    classes = event_classes()
    for event, sent in zip(got, events, strict=True):
        want = classes.get(sent["type"], UnknownEvent)
        assert type(event) is want or (want is UnknownEvent and isinstance(event, UnknownEvent))
    terminal = events[-1]["response"]
    assert final.to_dict() == terminal  # a terminal response with output is the truth
    assert final.output_text == expected_output_text(terminal)
