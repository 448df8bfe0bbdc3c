"""Tests for open_responses.testing: the local server, the in-process transport and the script."""

from __future__ import annotations

import asyncio
import itertools
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest

from open_responses.testing import (
    Reply,
    ResponsesApp,
    ResponsesServer,
    ResponsesTransport,
    function_call,
    http_error,
    output_items,
    stream_error,
)
from open_responses.testing._pytest_plugin import open_responses_server

OPENAPI = (
    Path(__file__).resolve().parents[2] / "shared" / "reference" / "openresponses" / "openapi.json"
)

WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather",
    "parameters": {
        "type": "object",
        "properties": {
            "location": {"type": "string"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            "days": {"type": "integer"},
        },
        "required": ["location", "unit", "days"],
    },
}


# -- spec shape checks, driven by the reference OpenAPI document when present -----------


@cache
def _schemas() -> dict[str, Any] | None:
    if not OPENAPI.exists():
        return None
    doc = json.loads(OPENAPI.read_text())
    return doc["components"]["schemas"]  # type: ignore[no-any-return]


@cache
def _event_required() -> dict[str, list[str]]:
    schemas = _schemas()
    if schemas is None:
        return {}
    doc = json.loads(OPENAPI.read_text())
    union = doc["paths"]["/responses"]["post"]["responses"]["200"]["content"]["text/event-stream"][
        "schema"
    ]
    found = {}
    for ref in union["oneOf"]:
        schema = schemas[ref["$ref"].rsplit("/", 1)[1]]
        found[schema["properties"]["type"]["enum"][0]] = schema["required"]
    return found


def assert_resource(resource: dict[str, Any]) -> None:
    schemas = _schemas()
    required = (
        schemas["ResponseResource"]["required"] if schemas else ["id", "object", "status", "output"]
    )
    missing = [key for key in required if key not in resource]
    assert not missing, f"ResponseResource lacks {missing}"
    assert resource["object"] == "response"
    if schemas:
        assert len(required) == 31


def assert_event(event: dict[str, Any]) -> None:
    required = _event_required().get(event["type"], ["type", "sequence_number"])
    missing = [key for key in required if key not in event]
    assert not missing, f"{event['type']} lacks {missing}"
    if "response" in event:
        assert_resource(event["response"])


# -- SSE helpers ------------------------------------------------------------------------


def parse_sse(raw: str) -> list[tuple[str | None, str]]:
    """(event name, data) for each SSE event in a complete body."""
    frames = []
    for block in raw.replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        name = None
        data = []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
        frames.append((name, "\n".join(data)))
    return frames


def stream_events(client: httpx.Client, body: dict[str, Any]) -> list[dict[str, Any]]:
    """POST a streaming request and return its events, checking the framing rules."""
    with client.stream("POST", "/responses", json={**body, "stream": True}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        frames = parse_sse(response.read().decode())
    assert frames[-1] == (None, "[DONE]")
    events = []
    for name, data in frames[:-1]:
        event = json.loads(data)
        assert name == event["type"]
        assert_event(event)
        events.append(event)
    assert [e["sequence_number"] for e in events] == list(range(len(events)))
    return events


def types(events: list[dict[str, Any]]) -> list[str]:
    return [e["type"] for e in events]


def collapse(names: list[str]) -> list[str]:
    """Squash runs of the same delta event so orders can be compared exactly."""
    out: list[str] = []
    for name in names:
        if not (out and name == out[-1] and name.endswith(".delta")):
            out.append(name)
    return out


def text_of(resource: dict[str, Any]) -> str:
    return "".join(
        part["text"]
        for item in resource["output"]
        if item["type"] == "message"
        for part in item["content"]
        if part["type"] == "output_text"
    )


# -- fixtures: every behaviour test runs over real HTTP and over the transport ---------


@pytest.fixture(params=["http", "transport"])
def env(request: pytest.FixtureRequest) -> Iterator[tuple[httpx.Client, ResponsesApp]]:
    if request.param == "http":
        with (
            ResponsesServer() as server,
            httpx.Client(base_url=server.v1_url, timeout=10) as client,
        ):
            yield client, server.app
    else:
        app = ResponsesApp()
        with httpx.Client(transport=ResponsesTransport(app), base_url="http://test/v1") as client:
            yield client, app


def create(client: httpx.Client, **body: Any) -> dict[str, Any]:
    body.setdefault("model", "test-model")
    response = client.post("/responses", json=body)
    assert response.status_code == 200, response.text
    resource: dict[str, Any] = response.json()
    assert_resource(resource)
    return resource


def error_of(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    return error


# -- create ---------------------------------------------------------------------------


def test_json_create(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    resource = create(
        client,
        input="Say hello",
        instructions="Be brief.",
        metadata={"k": "v"},
        temperature=0.2,
        store=True,
        text={"format": {"type": "text"}},
    )
    assert resource["status"] == "completed"
    assert text_of(resource) == "Hello!"
    assert resource["model"] == "test-model"
    assert resource["instructions"] == "Be brief."
    assert resource["metadata"] == {"k": "v"}
    assert resource["temperature"] == 0.2
    assert resource["top_p"] == 1.0
    assert resource["tool_choice"] == "auto"
    assert resource["completed_at"] is not None
    usage = resource["usage"]
    assert usage["input_tokens"] == 4  # "Say hello" + "Be brief."
    assert usage["output_tokens"] == 1
    assert usage["total_tokens"] == 5
    assert app.requests[-1].json["input"] == "Say hello"
    assert app.requests[-1].method == "POST"
    assert app.requests[-1].headers["content-type"] == "application/json"


def test_default_answer_echoes_last_user_message(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    resource = create(
        client,
        input=[
            {"type": "message", "role": "system", "content": "sys"},
            {
                "type": "message",
                "role": "user",
                "content": [{"type": "input_text", "text": "first"}],
            },
            {"role": "assistant", "content": "ok"},  # no "type": accepted
            {"role": "user", "content": "second message"},
        ],
    )
    assert text_of(resource) == "You said: second message"


def test_sse_create_order_and_framing(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    events = stream_events(client, {"model": "m", "input": "one two three four"})
    assert collapse(types(events)) == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    deltas = [e["delta"] for e in events if e["type"] == "response.output_text.delta"]
    assert len(deltas) == 6  # word by word: "You said: one two three four"
    assert "".join(deltas) == "You said: one two three four"
    assert events[0]["response"]["status"] == "in_progress"
    assert events[2]["item"]["status"] == "in_progress" and events[2]["item"]["content"] == []
    final = events[-1]["response"]
    assert final["status"] == "completed" and text_of(final) == "".join(deltas)


def test_reasoning(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    events = stream_events(
        client, {"model": "m", "input": "hi", "reasoning": {"effort": "low", "summary": "auto"}}
    )
    assert collapse(types(events))[2:9] == [
        "response.output_item.added",
        "response.reasoning_summary_part.added",
        "response.reasoning_summary_text.delta",
        "response.reasoning_summary_text.done",
        "response.reasoning_summary_part.done",
        "response.output_item.done",
        "response.output_item.added",
    ]
    final = events[-1]["response"]
    assert [i["type"] for i in final["output"]] == ["reasoning", "message"]
    assert final["output"][0]["summary"][0]["type"] == "summary_text"
    assert final["reasoning"] == {"effort": "low", "summary": "auto"}
    assert final["usage"]["output_tokens_details"]["reasoning_tokens"] > 0
    # No reasoning requested: no reasoning item.
    assert [i["type"] for i in create(client, input="hi")["output"]] == ["message"]


def test_scripted_reasoning_content_streams_as_content_parts(
    env: tuple[httpx.Client, ResponsesApp],
) -> None:
    client, app = env
    app.model.enqueue(
        Reply(text="Done.", reasoning_summary="Short.", reasoning_text="Step one. Step two.")
    )
    events = stream_events(client, {"model": "m", "input": "x"})
    names = collapse(types(events))
    assert names[3:7] == [
        "response.content_part.added",
        "response.reasoning.delta",
        "response.reasoning.done",
        "response.content_part.done",
    ]
    assert events[-1]["response"]["output"][0]["content"] == [
        {"type": "reasoning_text", "text": "Step one. Step two."}
    ]


# -- previous_response_id ----------------------------------------------------------------


def test_previous_response_id_chaining(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    first = create(client, input="My name is Ada")
    second = create(client, input="Tell me the history", previous_response_id=first["id"])
    assert second["previous_response_id"] == first["id"]
    assert (
        text_of(second)
        == "Conversation so far: user: My name is Ada | assistant: You said: My name is Ada"
    )
    third = create(client, input="history again", previous_response_id=second["id"])
    assert "| user: Tell me the history | assistant: Conversation so far: user: My name" in text_of(
        third
    )
    assert third["usage"]["input_tokens"] > second["usage"]["input_tokens"]


def test_store_false_cannot_be_chained(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    first = create(client, input="hi", store=False)
    assert first["store"] is False
    error = error_of(
        client.post(
            "/responses", json={"model": "m", "input": "x", "previous_response_id": first["id"]}
        ),
        400,
    )
    assert error["code"] == "previous_response_not_found"
    assert error["param"] == "previous_response_id"
    assert error_of(client.get(f"/responses/{first['id']}"), 404)["code"] == "not_found"
    unknown = client.post(
        "/responses", json={"model": "m", "input": "x", "previous_response_id": "resp_nope"}
    )
    assert error_of(unknown, 400)["code"] == "previous_response_not_found"


# -- compaction --------------------------------------------------------------------------


def test_compact_then_new_chain(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    first = create(client, input="Remember the number 42")
    response = client.post(
        "/responses/compact",
        json={
            "model": "m",
            "previous_response_id": first["id"],
            "input": [{"role": "user", "content": "and 7"}],
            "prompt_cache_key": "k",
        },
    )
    assert response.status_code == 200
    compacted = response.json()
    assert set(compacted) == {"id", "object", "output", "created_at", "usage"}
    assert compacted["object"] == "response.compaction"
    kinds = [i["type"] for i in compacted["output"]]
    assert kinds[-1] == "compaction" and kinds.count("message") == 2
    assert isinstance(compacted["output"][-1]["encrypted_content"], str)
    # New chain: compacted output + new turn, no previous_response_id.
    follow = create(
        client,
        input=[
            *compacted["output"],
            {"type": "message", "role": "user", "content": "history please"},
        ],
        tools=[],
    )
    assert text_of(follow) == (
        "Conversation so far: user: Remember the number 42 | assistant: You said: Remember the number 42 | user: and 7"
    )
    garbage = client.post(
        "/responses",
        json={"model": "m", "input": [{"type": "compaction", "encrypted_content": "xx"}]},
    )
    assert error_of(garbage, 400)["code"] == "invalid_encrypted_content"


def test_compact_missing_model(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    error = error_of(client.post("/responses/compact", json={"input": "hi"}), 400)
    assert error["param"] == "model"
    assert error["type"] == "invalid_request"


# -- tools ---------------------------------------------------------------------------------


def test_function_call_then_output(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    events = stream_events(
        client,
        {
            "model": "m",
            "input": "What is the weather in Paris? Use get_weather.",
            "tools": [WEATHER_TOOL, {"type": "web_search"}],
        },
    )
    assert collapse(types(events))[2:6] == [
        "response.output_item.added",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "response.output_item.done",
    ]
    assert events[2]["item"]["name"] == "get_weather" and events[2]["item"]["arguments"] == ""
    final = events[-1]["response"]
    call = final["output"][0]
    assert call["type"] == "function_call"
    assert json.loads(call["arguments"]) == {"location": "Paris", "unit": "celsius", "days": 1}
    deltas = "".join(
        e["delta"] for e in events if e["type"] == "response.function_call_arguments.delta"
    )
    assert deltas == call["arguments"]
    assert final["tools"][0] == {**WEATHER_TOOL, "strict": True}
    assert final["tools"][1] == {"type": "web_search"}
    answer = create(
        client,
        previous_response_id=final["id"],
        input=[
            {"type": "function_call_output", "call_id": call["call_id"], "output": '{"temp": 21}'}
        ],
        tools=[WEATHER_TOOL],
    )
    assert text_of(answer) == 'The tool returned: {"temp": 21}'


def test_tool_choice_and_unmatched_output(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    forced = create(client, input="anything", tools=[WEATHER_TOOL], tool_choice="required")
    assert forced["output"][0]["name"] == "get_weather"
    assert json.loads(forced["output"][0]["arguments"])["location"] == "<location>"
    none = create(client, input="get_weather now", tools=[WEATHER_TOOL], tool_choice="none")
    assert none["output"][0]["type"] == "message"
    orphan = client.post(
        "/responses",
        json={
            "model": "m",
            "input": [{"type": "function_call_output", "call_id": "call_x", "output": "1"}],
        },
    )
    assert error_of(orphan, 400)["param"] == "input"


def test_lenient_input_and_unknown_tools(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    tools = [
        {"type": "web_search"},
        {"type": "mcp", "server_label": "x", "server_url": "https://example.invalid"},
        {"type": "acme:thing", "knob": 1},
    ]
    resource = create(
        client,
        input=[{"role": "user", "content": "hello"}],
        tools=tools,
        some_future_field={"ignored": True},
        text={"format": {"type": "text"}, "verbosity": "low"},
    )
    assert resource["tools"] == tools
    assert resource["text"] == {"format": {"type": "text"}, "verbosity": "low"}
    assert text_of(resource) == "You said: hello"
    image = create(
        client,
        input=[{"type": "message", "role": "user", "content": [
            {"type": "input_text", "text": "what is this"},
            {"type": "input_image", "image_url": "data:image/png;base64,iVBORw0KGgo="},
        ]}],
    )  # fmt: skip
    assert text_of(image) == "You said: what is this"
    # The spec lets the body go (requestBody.required: false), but like the OpenAI
    # service the server requires ``model`` unless the model names a default.
    assert error_of(client.post("/responses"), 400)["param"] == "model"
    app.model.default_model = "default-model"
    filled = client.post("/responses")
    assert filled.status_code == 200 and filled.json()["model"] == "default-model"


# -- scripting ---------------------------------------------------------------------------


def test_scripted_queue(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    app.model.enqueue(
        "First scripted.",
        function_call("lookup", {"q": "x"}, call_id="call_1"),
        output_items(
            [
                {
                    "type": "mcp_call",
                    "name": "t",
                    "server_label": "s",
                    "arguments": "{}",
                    "output": "ok",
                }
            ]
        ),
    )
    assert app.model.pending == 3
    assert text_of(create(client, input="a")) == "First scripted."
    call = create(client, input="b")["output"][0]
    assert (call["name"], call["call_id"], json.loads(call["arguments"])) == (
        "lookup",
        "call_1",
        {"q": "x"},
    )
    events = stream_events(client, {"model": "m", "input": "c"})
    assert types(events)[2:4] == ["response.output_item.added", "response.output_item.done"]
    assert events[3]["item"]["type"] == "mcp_call" and events[3]["item"]["id"]
    assert text_of(create(client, input="d")) == "You said: d"  # queue empty: default rules
    assert app.model.pending == 0


def test_scripted_delay(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    app.model.enqueue(Reply(text="late", delay=0.3))
    start = time.monotonic()
    assert text_of(create(client, input="x")) == "late"
    assert time.monotonic() - start >= 0.3


# -- fault injection ---------------------------------------------------------------------


def test_http_error_with_retry_after(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    app.model.enqueue(
        http_error(429, "Slow down", code="rate_limit_exceeded", retry_after=2, retry_after_ms=1500)
    )
    response = client.post("/responses", json={"model": "m", "input": "x"})
    error = error_of(response, 429)
    assert error == {
        "message": "Slow down",
        "type": "too_many_requests",
        "param": None,
        "code": "rate_limit_exceeded",
    }
    assert response.headers["retry-after"] == "2"
    assert response.headers["retry-after-ms"] == "1500"
    assert client.post("/responses", json={"model": "m", "input": "x"}).status_code == 200


def test_stream_cut_then_resume(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    app.model.enqueue(Reply(cut_after=4))
    received: list[dict[str, Any]] = []
    # The cut surfaces while reading the body, so both contexts share one block.
    with (
        pytest.raises(httpx.RemoteProtocolError),
        client.stream(
            "POST", "/responses", json={"model": "m", "input": "a b c d e", "stream": True}
        ) as response,
    ):
        buffer = ""
        for piece in response.iter_text():
            buffer += piece
            *blocks, buffer = buffer.split("\n\n")
            received.extend(json.loads(data) for _, data in parse_sse("\n\n".join(blocks)) if data)
    assert [e["sequence_number"] for e in received] == [0, 1, 2, 3]
    response_id = received[0]["response"]["id"]
    with client.stream(
        "GET", f"/responses/{response_id}", params={"stream": "true", "starting_after": 3}
    ) as resumed:
        frames = parse_sse(resumed.read().decode())
    assert frames[-1][1] == "[DONE]"
    rest = [json.loads(d) for _, d in frames[:-1]]
    numbers = [e["sequence_number"] for e in received + rest]
    assert numbers == list(range(len(numbers)))  # no repeats, no gaps
    assert rest[-1]["type"] == "response.completed"


def test_malformed_event(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    app.model.enqueue(Reply(malformed_at=2))
    with client.stream(
        "POST", "/responses", json={"model": "m", "input": "x", "stream": True}
    ) as response:
        frames = parse_sse(response.read().decode())
    json.loads(frames[1][1])
    with pytest.raises(json.JSONDecodeError):
        json.loads(frames[2][1])
    assert frames[-1][1] == "[DONE]"


def test_stall_mid_stream(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    app.model.enqueue(Reply(stall_after=3, stall_seconds=0.4))
    stamps = []
    with client.stream(
        "POST", "/responses", json={"model": "m", "input": "x", "stream": True}
    ) as response:
        for line in response.iter_lines():
            if line.startswith("data: {"):
                stamps.append(time.monotonic())
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    assert gaps[2] >= 0.35  # between event 3 and 4
    assert max(gaps[:2] + gaps[3:]) < 0.3


def test_error_event_then_failed(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    app.model.enqueue(
        stream_error(
            after=2, code="insufficient_quota", message="Out of quota", type="insufficient_quota"
        )
    )
    events = stream_events(client, {"model": "m", "input": "x"})
    assert types(events) == ["response.created", "response.in_progress", "error", "response.failed"]
    assert events[2]["error"] == {
        "type": "insufficient_quota",
        "code": "insufficient_quota",
        "message": "Out of quota",
        "param": None,
    }
    failed = events[3]["response"]
    assert failed["status"] == "failed" and failed["error"] == {
        "code": "insufficient_quota",
        "message": "Out of quota",
    }
    app.model.enqueue(stream_error())
    assert create(client, input="x")["status"] == "failed"


def test_sloppy_server_quirks(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    app.model.enqueue(Reply(no_sequence_number=True, no_done=True, wrong_event_names=True))
    with client.stream(
        "POST", "/responses", json={"model": "m", "input": "x", "stream": True}
    ) as response:
        frames = parse_sse(response.read().decode())
    assert all(name == "message" for name, _ in frames)
    events = [json.loads(data) for _, data in frames]
    assert events[-1]["type"] == "response.completed"
    assert not any("sequence_number" in e for e in events)

    app.model.enqueue(Reply(html=True))
    page = client.post("/responses", json={"model": "m", "input": "x", "stream": True})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    with pytest.raises(json.JSONDecodeError):
        page.json()

    app.model.enqueue(Reply(content_type="text/plain"))
    plain = client.post("/responses", json={"model": "m", "input": "x", "stream": True})
    assert plain.headers["content-type"] == "text/plain" and "event: response.created" in plain.text

    app.model.enqueue(Reply(ignore_stream=True))
    ignored = client.post("/responses", json={"model": "m", "input": "x", "stream": True})
    assert (
        ignored.headers["content-type"] == "application/json"
        and ignored.json()["status"] == "completed"
    )


def test_disconnect_without_response(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    app.model.enqueue(Reply(cut_after=0))
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/responses", json={"model": "m", "input": "x"})
    assert create(client, input="again")["status"] == "completed"


def test_incomplete(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    events = stream_events(
        client, {"model": "m", "input": " ".join(["w"] * 40), "max_output_tokens": 16}
    )
    final = events[-1]["response"]
    assert events[-1]["type"] == "response.incomplete"
    assert final["status"] == "incomplete" and final["incomplete_details"] == {
        "reason": "max_output_tokens"
    }
    assert final["output"][-1]["status"] == "incomplete"
    assert len(text_of(final).split()) == 16


# -- stored responses: retrieve, delete, cancel, input items, input tokens ---------------


def test_retrieve_delete_input_items_tokens(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    resource = create(
        client, input=[{"role": "user", "content": "one"}, {"role": "user", "content": "two"}]
    )
    got = client.get(f"/responses/{resource['id']}")
    assert got.status_code == 200 and got.json() == resource

    items = client.get(f"/responses/{resource['id']}/input_items", params={"order": "asc"}).json()
    assert items["object"] == "list" and items["has_more"] is False
    assert [i["content"][0]["text"] for i in items["data"]] == ["one", "two"]
    assert (
        items["first_id"] == items["data"][0]["id"] and items["last_id"] == items["data"][1]["id"]
    )
    page = client.get(f"/responses/{resource['id']}/input_items", params={"limit": 1}).json()
    assert (
        page["has_more"] is True and page["data"][0]["content"][0]["text"] == "two"
    )  # desc by default

    tokens = client.post(
        "/responses/input_tokens", json={"model": "m", "input": "a b c", "instructions": "d"}
    )
    assert tokens.json() == {"object": "response.input_tokens", "input_tokens": 4}

    deleted = client.delete(f"/responses/{resource['id']}")
    assert deleted.json() == {"id": resource["id"], "object": "response", "deleted": True}
    assert error_of(client.get(f"/responses/{resource['id']}"), 404)["type"] == "not_found"
    assert error_of(client.delete(f"/responses/{resource['id']}"), 404)["code"] == "not_found"
    # Non-background responses cannot be cancelled.
    other = create(client, input="x")
    assert (
        error_of(client.post(f"/responses/{other['id']}/cancel"), 400)["type"] == "invalid_request"
    )


def test_routing_errors(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, _ = env
    bad = client.post(
        "/responses", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert error_of(bad, 400)["type"] == "invalid_request"
    assert error_of(client.get("/nowhere"), 404)["type"] == "not_found"
    wrong = client.get("/responses")
    assert error_of(wrong, 405)["code"] == "method_not_allowed"
    assert wrong.headers["allow"] == "POST"
    both = error_of(
        client.post(
            "/responses", json={"model": "m", "input": "x", "background": True, "store": False}
        ),
        400,
    )
    assert both["param"] == "background"
    # Routes work without the /v1 prefix too.
    assert (
        client.post(
            str(client.base_url).removesuffix("/v1/") + "/responses",
            json={"model": "m", "input": "x"},
        ).status_code
        == 200
    )


def test_background_poll_and_resume(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    app.model.background_delay = 0.4
    queued = create(client, input="one two three", background=True)
    assert queued["status"] == "queued" and queued["background"] is True
    # Read part of the live stream from the start, then resume after the last seen event.
    seen: list[dict[str, Any]] = []
    with client.stream("GET", f"/responses/{queued['id']}", params={"stream": "true"}) as response:
        for line in response.iter_lines():
            if line.startswith("data: {"):
                seen.append(json.loads(line[6:]))
            if len(seen) == 5:
                break
    with client.stream(
        "GET",
        f"/responses/{queued['id']}",
        params={"stream": "true", "starting_after": seen[-1]["sequence_number"]},
    ) as response:
        frames = parse_sse(response.read().decode())
    assert frames[-1][1] == "[DONE]"
    rest = [json.loads(d) for n, d in frames[:-1]]
    for name, data in frames[:-1]:
        assert name == json.loads(data)["type"]
    events = seen + rest
    assert [e["sequence_number"] for e in events] == list(range(len(events)))
    assert types(events)[:3] == ["response.created", "response.queued", "response.in_progress"]
    assert events[-1]["type"] == "response.completed"
    final = client.get(f"/responses/{queued['id']}").json()
    assert final["status"] == "completed" and text_of(final) == "You said: one two three"


def test_background_stream_and_cancel(env: tuple[httpx.Client, ResponsesApp]) -> None:
    client, app = env
    app.model.background_delay = 5.0
    with client.stream(
        "POST", "/responses", json={"model": "m", "input": "x", "background": True, "stream": True}
    ) as response:
        first = json.loads(
            next(line for line in response.iter_lines() if line.startswith("data: {"))[6:]
        )
    assert first["type"] == "response.created" and first["response"]["status"] == "queued"
    response_id = first["response"]["id"]
    assert client.get(f"/responses/{response_id}").json()["status"] in ("queued", "in_progress")
    cancelled = client.post(f"/responses/{response_id}/cancel")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert client.get(f"/responses/{response_id}").json()["status"] == "cancelled"
    start = time.monotonic()
    with client.stream(
        "GET", f"/responses/{response_id}", params={"stream": "true", "starting_after": 0}
    ) as response:
        frames = parse_sse(response.read().decode())
    assert time.monotonic() - start < 2  # ends at the cancel point, not after 5 s
    assert frames[-1][1] == "[DONE]"
    assert json.loads(frames[0][1])["sequence_number"] == 1


# -- shells ------------------------------------------------------------------------------


def test_async_transport_streams() -> None:
    async def main() -> list[str]:
        transport = ResponsesTransport()
        transport.app.model.enqueue(Reply(text="a b", event_delay=0.01))
        async with httpx.AsyncClient(transport=transport, base_url="http://test/v1") as client:
            names = []
            async with client.stream(
                "POST", "/responses", json={"model": "m", "input": "x", "stream": True}
            ) as r:
                async for line in r.aiter_lines():
                    if line.startswith("event:"):
                        names.append(line[7:])
            plain = await client.post("/responses", json={"model": "m", "input": "y"})
            assert plain.json()["status"] == "completed"
            return names

    names = asyncio.run(main())
    assert names[0] == "response.created" and names[-1] == "response.completed"
    assert names.count("response.output_text.delta") == 2


def test_server_keepalive_and_lifecycle() -> None:
    server = ResponsesServer().start()
    try:
        assert server.base_url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=server.base_url) as client:
            for _ in range(200):
                assert (
                    client.post("/v1/responses", json={"model": "m", "input": "x"}).status_code
                    == 200
                )
        assert len(server.app.requests) == 200
    finally:
        server.stop()
    with pytest.raises(RuntimeError):
        _ = server.base_url


def test_stop_interrupts_a_stalled_stream() -> None:
    server = ResponsesServer().start()
    server.app.model.enqueue(Reply(stall_after=1, stall_seconds=30))
    client = httpx.Client(base_url=server.v1_url, timeout=10)
    start = time.monotonic()
    with (
        pytest.raises(httpx.HTTPError),
        client.stream("POST", "/responses", json={"model": "m", "input": "x", "stream": True}) as r,
    ):
        lines = r.iter_lines()
        next(lines)
        server.stop()
        for _ in lines:
            pass
    assert time.monotonic() - start < 5
    client.close()


def test_pytest_fixture(open_responses_server: ResponsesServer) -> None:
    response = httpx.post(
        open_responses_server.v1_url + "/responses", json={"model": "m", "input": "Say hi"}
    )
    assert response.json()["output"][0]["content"][0]["text"] == "Hi!"
    assert open_responses_server.app.requests[0].json == {"model": "m", "input": "Say hi"}


def test_lazy_package_import() -> None:
    import open_responses.testing as testing

    assert set(testing.__all__) <= set(dir(testing))
    with pytest.raises(AttributeError):
        _ = testing.nothing_here


PUBLIC_TESTING_NAMES = sorted(
    [
        "Call",
        "Disconnect",
        "HTTPError",
        "JSONReply",
        "Pause",
        "RecordedRequest",
        "Reply",
        "Request",
        "ResponsesApp",
        "ResponsesServer",
        "ResponsesTransport",
        "ScriptedModel",
        "ServerLimits",
        "StoreLimits",
        "StreamReply",
        "Turn",
        "WebSocketSettings",
        "build_arguments",
        "function_call",
        "http_error",
        "output_items",
        "response_resource",
        "serve",
        "stream_error",
        "text",
    ]
)


def test_package_names_come_from_the_submodules_all_and_load_lazily() -> None:
    # A fresh interpreter: importing the package loads none of its submodules, and a
    # name loads only the cheap modules before its own (the model never loads the app).
    script = (
        "import sys, open_responses.testing as t\n"
        "mods = lambda: sorted(m for m in sys.modules if m.startswith('open_responses.testing.'))\n"
        "before = mods(); t.ScriptedModel; after = mods()\n"
        "print(before, 'open_responses.testing._app' in after, t.ResponsesServer.__module__)\n"
        "print(sorted(t.__all__))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    first, names = run.stdout.splitlines()
    assert first == "[] False open_responses.testing._server"
    assert names == str(PUBLIC_TESTING_NAMES)


__all__ = ["open_responses_server"]
