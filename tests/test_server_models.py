"""Every reply of the embedded server validates against this library's own generated models.

Requests go over real HTTP to a :class:`ResponsesServer`; replies are read raw
with httpx and checked with ``validate_payload`` (``from_dict`` succeeds, no known
type falls back to an ``Unknown*`` class, the spec's required properties are
present).  Streams are split with a deliberately small, strict SSE reader: each
event is exactly an ``event:`` line and a ``data:`` line, the name equals the
payload's ``type``, ``sequence_number`` counts from 0, and ``data: [DONE]`` is last.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from open_responses import UnknownEvent
from open_responses._events import parse_event
from open_responses.testing import (
    Reply,
    ResponsesServer,
    http_error,
    output_items,
    stream_error,
)
from open_responses.testing.compliance import model_problems, validate_payload

JSON = dict[str, Any]

WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather",
    "parameters": {
        "type": "object",
        "properties": {"location": {"type": "string"}},
        "required": ["location"],
    },
}
PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"
    "z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


@pytest.fixture(scope="module")
def server() -> Iterator[ResponsesServer]:
    with ResponsesServer() as running:
        yield running


@pytest.fixture(scope="module")
def http(server: ResponsesServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.v1_url, timeout=30) as client:
        yield client


def _ok(reply: httpx.Response, model: str) -> Any:
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"].startswith("application/json")
    parsed, problems = validate_payload(model, reply.json())
    assert problems == [], problems
    return parsed


def _stream(reply: httpx.Response, first: int = 0) -> list[JSON]:
    """The payloads of a strict SSE body, after checking its framing (numbered from ``first``)."""
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"].startswith("text/event-stream")
    blocks = reply.text.split("\n\n")
    assert blocks[-1] == "", "the body must end with a blank line"
    assert blocks[-2] == "data: [DONE]", "[DONE] must be the last event"
    payloads = []
    for number, block in enumerate(blocks[:-2]):
        name_line, data_line = block.split("\n")
        assert name_line.startswith("event: ") and data_line.startswith("data: "), block
        payload = json.loads(data_line.removeprefix("data: "))
        assert name_line.removeprefix("event: ") == payload["type"], block
        assert payload["sequence_number"] == first + number
        payloads.append(payload)
    return payloads


def _check_events(payloads: list[JSON]) -> list[Any]:
    events = []
    for payload in payloads:
        event = parse_event(payload)
        assert not isinstance(event, UnknownEvent), payload
        assert model_problems(event) == [], payload
        response = payload.get("response")
        if response is not None:
            _, problems = validate_payload("ResponseResource", response)
            assert problems == [], (payload["type"], problems)
        events.append(event)
    assert payloads[0]["type"] == "response.created"
    assert payloads[-1]["type"] in ("response.completed", "response.incomplete", "response.failed")
    return events


# -- POST /responses: the same requests as JSON and as a stream -------------------------------

Case = Callable[[ResponsesServer, httpx.Client], JSON]


def _text(server: ResponsesServer, http: httpx.Client) -> JSON:
    return {"model": "m", "input": "Say hello"}


def _instructions_and_roles(server: ResponsesServer, http: httpx.Client) -> JSON:
    return {
        "model": "m",
        "instructions": "Be brief.",
        "input": [
            {"type": "message", "role": "system", "content": "System rules."},
            {"type": "message", "role": "developer", "content": "Developer rules."},
            {"type": "message", "role": "user", "content": "Hi"},
            {"type": "message", "role": "assistant", "content": "Hello", "phase": "commentary"},
            {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "?"}]},
        ],
    }


def _reasoning(server: ResponsesServer, http: httpx.Client) -> JSON:
    return {
        "model": "m",
        "input": "Think, then say hello",
        "reasoning": {"effort": "high", "summary": "auto"},
        "include": ["reasoning.encrypted_content"],
    }


def _reasoning_text(server: ResponsesServer, http: httpx.Client) -> JSON:
    server.app.model.enqueue(Reply(text="Done.", reasoning_text="Step 1. Step 2."))
    return {"model": "m", "input": "Think aloud"}


def _tool_call(server: ResponsesServer, http: httpx.Client) -> JSON:
    return {
        "model": "m",
        "input": "What is the weather in Paris? Use get_weather.",
        "tools": [WEATHER_TOOL],
        "tool_choice": "auto",
    }


def _tool_output(server: ResponsesServer, http: httpx.Client) -> JSON:
    first = http.post("/responses", json=_tool_call(server, http)).json()
    call = next(i for i in first["output"] if i["type"] == "function_call")
    return {
        "model": "m",
        "previous_response_id": first["id"],
        "tools": [WEATHER_TOOL],
        "input": [{"type": "function_call_output", "call_id": call["call_id"], "output": "Sunny"}],
    }


def _forced_specific_tool(server: ResponsesServer, http: httpx.Client) -> JSON:
    return {
        "model": "m",
        "input": "Anything",
        "tools": [WEATHER_TOOL],
        "tool_choice": {"type": "function", "name": "get_weather"},
        "parallel_tool_calls": False,
    }


def _allowed_tools(server: ResponsesServer, http: httpx.Client) -> JSON:
    return {
        "model": "m",
        "input": "Anything",
        "tools": [WEATHER_TOOL],
        "tool_choice": {
            "type": "allowed_tools",
            "mode": "required",
            "tools": [{"type": "function", "name": "get_weather"}],
        },
    }


def _json_schema(server: ResponsesServer, http: httpx.Client) -> JSON:
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
        "required": ["city", "days"],
    }
    return {
        "model": "m",
        "input": "city: Oslo",
        "text": {"format": {"type": "json_schema", "name": "trip", "schema": schema}},
    }


def _image(server: ResponsesServer, http: httpx.Client) -> JSON:
    content = [
        {"type": "input_text", "text": "What is this?"},
        {"type": "input_image", "image_url": PNG, "detail": "low"},
    ]
    return {"model": "m", "input": [{"type": "message", "role": "user", "content": content}]}


def _refusal_and_citation(server: ResponsesServer, http: httpx.Client) -> JSON:
    citation = {
        "type": "url_citation",
        "url": "https://example.com",
        "title": "Example",
        "start_index": 0,
        "end_index": 4,
    }
    server.app.model.enqueue(
        output_items(
            [
                {
                    "type": "message",
                    "content": [
                        {"type": "output_text", "text": "Text", "annotations": [citation]},
                        {"type": "refusal", "refusal": "I can't help with that."},
                    ],
                }
            ]
        )
    )
    return {"model": "m", "input": "Cite and refuse"}


def _incomplete(server: ResponsesServer, http: httpx.Client) -> JSON:
    return {"model": "m", "input": "Say " + "many words " * 20, "max_output_tokens": 16}


def _failed(server: ResponsesServer, http: httpx.Client) -> JSON:
    server.app.model.enqueue(stream_error(after=5))
    return {"model": "m", "input": "Fail midway"}


def _compaction_input(server: ResponsesServer, http: httpx.Client) -> JSON:
    compacted = http.post("/responses/compact", json={"model": "m", "input": "Remember 42"}).json()
    return {
        "model": "m",
        "input": [*compacted["output"], {"type": "message", "role": "user", "content": "history"}],
    }


def _metadata_and_settings(server: ResponsesServer, http: httpx.Client) -> JSON:
    return {
        "model": "m",
        "input": "Say settings",
        "metadata": {"k": "v"},
        "temperature": 0.2,
        "top_p": 0.9,
        "truncation": "auto",
        "service_tier": "flex",
        "store": False,
        "safety_identifier": "user-1",
        "prompt_cache_key": "cache-1",
        "text": {"format": {"type": "text"}, "verbosity": "low"},
    }


CASES: dict[str, Case] = {
    "text": _text,
    "instructions-and-roles": _instructions_and_roles,
    "reasoning": _reasoning,
    "reasoning-text": _reasoning_text,
    "tool-call": _tool_call,
    "tool-output": _tool_output,
    "forced-tool": _forced_specific_tool,
    "allowed-tools": _allowed_tools,
    "json-schema": _json_schema,
    "image": _image,
    "refusal-and-citation": _refusal_and_citation,
    "incomplete": _incomplete,
    "failed": _failed,
    "compaction-input": _compaction_input,
    "settings": _metadata_and_settings,
}


@pytest.mark.parametrize("case", CASES)
def test_json_reply_validates(server: ResponsesServer, http: httpx.Client, case: str) -> None:
    body = CASES[case](server, http)
    _ok(http.post("/responses", json=body), "ResponseResource")


@pytest.mark.parametrize("case", CASES)
def test_stream_events_validate(server: ResponsesServer, http: httpx.Client, case: str) -> None:
    body = CASES[case](server, http)
    events = _check_events(_stream(http.post("/responses", json={**body, "stream": True})))
    if case == "failed":
        kinds = [type(e).__name__ for e in events[-2:]]
        assert kinds == ["ErrorStreamingEvent", "ResponseFailedStreamingEvent"]


def test_cases_cover_every_output_shape(server: ResponsesServer, http: httpx.Client) -> None:
    """The cases above really produce the item and content types they are named after."""
    seen: set[str] = set()
    for case in CASES:
        data = http.post("/responses", json=CASES[case](server, http)).json()
        for item in data["output"]:
            seen.add(item["type"])
            for part in item.get("content") or []:
                seen.add(part["type"])
                seen.update(a["type"] for a in part.get("annotations") or [])
            seen.update(p["type"] for p in item.get("summary") or [])
    assert {
        "message",
        "reasoning",
        "function_call",
        "output_text",
        "refusal",
        "summary_text",
        "reasoning_text",
        "url_citation",
    } <= seen


# -- the other endpoints ---------------------------------------------------------------------


def test_retrieve_and_replayed_stream_validate(http: httpx.Client) -> None:
    created = http.post("/responses", json={"model": "m", "input": "Say stored"}).json()
    retrieved = _ok(http.get(f"/responses/{created['id']}"), "ResponseResource")
    assert retrieved.id == created["id"]
    replay = _stream(http.get(f"/responses/{created['id']}", params={"stream": "true"}))
    _check_events(replay)
    after = _stream(
        http.get(f"/responses/{created['id']}", params={"stream": "true", "starting_after": 3}),
        first=4,
    )
    assert len(after) == len(replay) - 4
    for payload in after:
        assert not isinstance(parse_event(payload), UnknownEvent)


def test_background_cancel_and_stream_validate(server: ResponsesServer, http: httpx.Client) -> None:
    server.app.model.enqueue(Reply(delay=5.0))
    queued = _ok(
        http.post("/responses", json={"model": "m", "input": "Say slow", "background": True}),
        "ResponseResource",
    )
    assert queued.status in ("queued", "in_progress")
    polled = _ok(http.get(f"/responses/{queued.id}"), "ResponseResource")
    assert polled.background is True
    cancelled = _ok(http.post(f"/responses/{queued.id}/cancel"), "ResponseResource")
    assert cancelled.status == "cancelled"  # not a spec status; status is a free string

    server.app.model.enqueue(Reply(delay=0.3))
    body = {"model": "m", "input": "Say background", "background": True, "stream": True}
    payloads = _stream(http.post("/responses", json=body))
    assert [p["type"] for p in payloads[:2]] == ["response.created", "response.queued"]
    _check_events(payloads)


def test_delete_validates(http: httpx.Client) -> None:
    created = http.post("/responses", json={"model": "m", "input": "Say bye"}).json()
    deleted = _ok(http.delete(f"/responses/{created['id']}"), "DeletedResponseResource")
    assert deleted.deleted is True


def test_input_items_validate(http: httpx.Client) -> None:
    body = _instructions_and_roles(None, http)  # type: ignore[arg-type]
    created = http.post("/responses", json=body).json()
    page = _ok(
        http.get(f"/responses/{created['id']}/input_items", params={"order": "asc", "limit": 3}),
        "InputItemListResource",
    )
    assert len(page.data) == 3
    assert page.has_more is True
    rest = _ok(
        http.get(
            f"/responses/{created['id']}/input_items",
            params={"order": "asc", "after": page.last_id},
        ),
        "InputItemListResource",
    )
    assert len(rest.data) == 2


def test_input_tokens_validates(http: httpx.Client) -> None:
    reply = http.post("/responses/input_tokens", json={"model": "m", "input": "one two three"})
    counted = _ok(reply, "InputTokensResource")
    assert counted.input_tokens >= 3


def test_compact_validates(http: httpx.Client) -> None:
    body = {
        "model": "m",
        "input": [
            {"type": "message", "role": "user", "content": "Remember 42"},
            {"type": "message", "role": "assistant", "content": "OK"},
        ],
        "prompt_cache_key": "k",
    }
    compacted = _ok(http.post("/responses/compact", json=body), "CompactResource")
    assert any(type(i).__name__ == "CompactionBody" for i in compacted.output)


# -- errors ----------------------------------------------------------------------------------


def _error_requests(server: ResponsesServer, http: httpx.Client) -> Iterator[httpx.Response]:
    yield http.get("/responses/resp_missing")
    yield http.post("/responses", json={"model": "m", "input": "x", "previous_response_id": "nope"})
    yield http.post(
        "/responses", content=b"{not json", headers={"content-type": "application/json"}
    )
    yield http.post("/responses", json=["not", "an", "object"])
    yield http.put("/responses")
    yield http.get("/elsewhere")
    yield http.post("/responses/compact", json={"input": "no model"})
    yield http.post("/responses", json={"input": "x", "background": True, "store": False})
    yield http.post(
        "/responses",
        json={"input": [{"type": "function_call_output", "call_id": "nope", "output": "x"}]},
    )
    yield http.post("/responses", json={"input": 42})
    created = http.post("/responses", json={"model": "m", "input": "Say hi"}).json()
    yield http.post(f"/responses/{created['id']}/cancel")  # not a background response
    server.app.model.enqueue(http_error(429, "Slow down", code="rate_limit_exceeded"))
    yield http.post("/responses", json={"model": "m", "input": "x"})
    server.app.model.enqueue(http_error(503))
    yield http.post("/responses", json={"model": "m", "input": "x", "stream": True})


def test_error_bodies_validate(server: ResponsesServer, http: httpx.Client) -> None:
    statuses = []
    for reply in _error_requests(server, http):
        statuses.append(reply.status_code)
        assert reply.status_code >= 400
        assert reply.headers["content-type"].startswith("application/json")
        body = reply.json()
        assert set(body) == {"error"}
        assert set(body["error"]) == {"type", "code", "message", "param"}, body
        _, problems = validate_payload("ErrorPayload", body["error"])
        assert problems == [], (reply.request.url, problems)
    assert statuses == [404, 400, 400, 400, 405, 404, 400, 400, 400, 400, 400, 429, 503]


def test_stream_error_event_validates(server: ResponsesServer, http: httpx.Client) -> None:
    server.app.model.enqueue(stream_error(after=0, code="model_error", type="model_error"))
    payloads = _stream(http.post("/responses", json={"model": "m", "input": "x", "stream": True}))
    events = [parse_event(p) for p in payloads]
    assert [type(e).__name__ for e in events] == [
        "ErrorStreamingEvent",
        "ResponseFailedStreamingEvent",
    ]
    assert model_problems(events) == []
    _, problems = validate_payload("ErrorPayload", payloads[0]["error"])
    assert problems == []


def test_background_response_completes_and_validates(
    server: ResponsesServer, http: httpx.Client
) -> None:
    server.app.model.enqueue(Reply(delay=0.2))
    created = http.post(
        "/responses", json={"model": "m", "input": "Say later", "background": True}
    ).json()
    deadline = time.monotonic() + 10
    while True:
        current = _ok(http.get(f"/responses/{created['id']}"), "ResponseResource")
        if current.status == "completed" or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert current.status == "completed"
