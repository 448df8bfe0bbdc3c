"""The generated models read real and spec traffic and write it back unchanged.

``Cls.from_dict(d).to_dict() == d`` for recorded stream events and bodies, the
examples in the upstream document, a request body per compliance scenario, and
payloads carrying things the spec lets servers add (unknown item, content,
annotation and tool types, new status values, extra fields).
"""

from __future__ import annotations

import collections
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PROJECT_ROOT, REFERENCE, reference_path

from open_responses._generated import models as M
from open_responses._generated.types import Model, problems
from open_responses.testing import response_resource

Json = dict[str, Any]
SCHEMA_PREFIX = "#/components/schemas/"

DOCUMENT: Json = json.loads(
    (PROJECT_ROOT / "openapi" / "openresponses.json").read_text(encoding="utf-8")
)
SCHEMAS: Json = DOCUMENT["components"]["schemas"]


def _type_const(schema: Json) -> str | None:
    const = schema.get("properties", {}).get("type", {}).get("const")
    return const if isinstance(const, str) else None


# Event ``type`` -> generated class, read from the document.
EVENT_CLASSES: dict[str, type] = {
    const: getattr(M, name)
    for name, schema in SCHEMAS.items()
    if name.endswith("StreamingEvent") and (const := _type_const(schema)) is not None
}


def _known_types_by_fallback() -> dict[str, set[str]]:
    """For each Unknown* fallback, the ``type`` tags of its unions' real members."""
    known: dict[str, set[str]] = collections.defaultdict(set)

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            members = node.get("oneOf")
            if isinstance(members, list):
                names = [
                    m["$ref"].removeprefix(SCHEMA_PREFIX)
                    for m in members
                    if isinstance(m, dict) and "$ref" in m
                ]
                fallbacks = [n for n in names if SCHEMAS[n].get("x-open-responses-fallback")]
                for fallback in fallbacks:
                    known[fallback].update(
                        const
                        for n in names
                        if n not in fallbacks and (const := _type_const(SCHEMAS[n])) is not None
                    )
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(SCHEMAS)
    return dict(known)


KNOWN_TYPES = _known_types_by_fallback()


def walk_models(obj: Any, where: str = "$") -> Iterator[tuple[str, Any]]:
    """Yield every model instance reachable from ``obj`` through its fields, with its path."""
    if isinstance(obj, Model):
        yield where, obj
        for name in type(obj)._FIELDS:
            yield from walk_models(getattr(obj, name), f"{where}.{name}")
    elif isinstance(obj, list | tuple):
        for i, item in enumerate(obj):
            yield from walk_models(item, f"{where}[{i}]")
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from walk_models(value, f"{where}.{key}")


def misparsed(obj: Any) -> list[str]:
    """Unknown* records whose ``type`` is one the library has a class for."""
    found = []
    for where, model in walk_models(obj):
        name = type(model).__name__
        if name in KNOWN_TYPES and model.type in KNOWN_TYPES[name]:
            found.append(f"{where}: {model.type!r} parsed as {name}")
    return found


def unknowns(obj: Any) -> list[tuple[str, str]]:
    """(class name, type) of every Unknown* record under ``obj``."""
    return [
        (type(m).__name__, m.type) for _, m in walk_models(obj) if type(m).__name__ in KNOWN_TYPES
    ]


def assert_round_trip(cls: type, data: Json) -> Any:
    obj = cls.from_dict(data)
    assert type(obj) is cls
    assert obj.to_dict() == data
    assert not misparsed(obj)
    return obj


# -- recordings ----------------------------------------------------------------


def read_sse(path: Path) -> Iterator[Json]:
    """Payloads of an SSE capture: data lines joined per event, ``[DONE]`` skipped."""
    data: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line == "":
            if data and "\n".join(data) != "[DONE]":
                yield json.loads("\n".join(data))
            data = []
        elif line.startswith("data:"):
            value = line[5:]
            data.append(value[1:] if value.startswith(" ") else value)


def read_events(path: Path) -> list[Json]:
    if path.suffix == ".sse":
        return list(read_sse(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def recording_params(*patterns: str) -> list[Any]:
    """Parametrize over recordings; a single skipping entry when the folder is absent."""
    root = REFERENCE / "recordings"
    paths = sorted(p for pattern in patterns for p in root.glob(pattern))
    if not paths:
        return [pytest.param(None, id="no-recordings")]
    return [pytest.param(p, id=str(p.relative_to(root))) for p in paths]


@pytest.mark.parametrize("path", recording_params("*.chunks.jsonl", "local-servers/*.sse"))
def test_recorded_events_round_trip(path: Path | None) -> None:
    if path is None:
        reference_path("recordings")  # skips when the folder is absent
        pytest.skip("no matching recordings")
    events = read_events(path)
    assert events, f"{path.name}: no events"
    parsed: collections.Counter[str] = collections.Counter()
    skipped: collections.Counter[str] = collections.Counter()
    for index, event in enumerate(events):
        event_type = event.get("type")
        cls = EVENT_CLASSES.get(event_type) if isinstance(event_type, str) else None
        if cls is None:
            skipped[str(event_type)] += 1
            continue
        obj = cls.from_dict(event)
        assert type(obj) is cls, f"event {index}"
        assert obj.type == event_type
        assert obj.to_dict() == event, f"{path.name} event {index} ({event_type}) changed"
        bad = misparsed(obj)
        assert not bad, f"{path.name} event {index}: {bad}"
        parsed[event_type] += 1
    print(
        f"{path.name}: {sum(parsed.values())} events round-tripped, not in the table: {dict(skipped)}"
    )
    assert sum(parsed.values()) + sum(skipped.values()) == len(events)
    assert set(skipped).isdisjoint(EVENT_CLASSES)


def test_skipped_recorded_event_types_are_listed() -> None:
    """Types with no class are extensions, never spec events (listed with ``-s``)."""
    root = reference_path("recordings")
    skipped: collections.Counter[str] = collections.Counter()
    total = 0
    for path in sorted([*root.glob("*.chunks.jsonl"), *root.glob("local-servers/*.sse")]):
        for event in read_events(path):
            total += 1
            event_type = event.get("type")
            if event_type not in EVENT_CLASSES:
                skipped[f"{event_type} ({path.name})"] += 1
    print(f"recorded events: {total}, without a class: {sum(skipped.values())}")
    for name, count in sorted(skipped.items()):
        print(f"  {count:4d}  {name}")
    spec_events = {
        _type_const(SCHEMAS[m["$ref"].removeprefix(SCHEMA_PREFIX)])
        for m in SCHEMAS["StreamingEvent"]["oneOf"]
        if not SCHEMAS[m["$ref"].removeprefix(SCHEMA_PREFIX)].get("x-open-responses-extension")
    } - {None}
    assert len(spec_events) == 24
    assert spec_events <= set(EVENT_CLASSES)
    assert not any(name.split(" ")[0] in spec_events for name in skipped)
    assert sum(skipped.values()) < total


def test_recorded_events_keep_unknown_items() -> None:
    """web_search_call items in the OpenAI recording survive as UnknownItem records."""
    path = reference_path("recordings", "aisdk-openai-web-search.chunks.jsonl")
    found: collections.Counter[tuple[str, str]] = collections.Counter()
    for event in read_events(path):
        cls = EVENT_CLASSES.get(event.get("type", ""))
        if cls is not None:
            found.update(unknowns(cls.from_dict(event)))
    assert found[("UnknownItem", "web_search_call")] > 0, found


@pytest.mark.parametrize("path", recording_params("**/*.response.json"))
def test_recorded_responses_round_trip(path: Path | None) -> None:
    if path is None:
        reference_path("recordings")  # skips when the folder is absent
        pytest.skip("no matching recordings")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    response = assert_round_trip(M.ResponseResource, data)
    assert response.output, path.name


@pytest.mark.parametrize("path", recording_params("**/*.error.json"))
def test_recorded_error_bodies(path: Path | None) -> None:
    if path is None:
        reference_path("recordings")  # skips when the folder is absent
        pytest.skip("no matching recordings")
    body = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(body, dict)
    assert isinstance(body["error"]["message"], str)
    assert M.Error.from_dict(body["error"]).to_dict() == body["error"]


# -- upstream examples -----------------------------------------------------------


@pytest.mark.parametrize("name", ["ResponseResource", "CompactResource"])
def test_upstream_examples_round_trip(name: str) -> None:
    upstream = json.loads(
        reference_path("openresponses", "openapi.json").read_text(encoding="utf-8")
    )
    example = upstream["components"]["schemas"][name]["example"]
    obj = assert_round_trip(getattr(M, name), example)
    assert obj.output
    assert not unknowns(obj)


# -- compliance scenarios --------------------------------------------------------

MODEL = "gpt-4o-mini"
PNG_DATA_URL = (
    "data:image/png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def user(text: str) -> Json:
    return {"type": "message", "role": "user", "content": text}


WEATHER_TOOL: Json = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather for a city",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
        "additionalProperties": False,
    },
    "strict": True,
}
COMPACTED_OUTPUT: list[Json] = [
    {
        "type": "message",
        "id": "msg_1",
        "role": "user",
        "content": [{"type": "input_text", "text": "Hi"}],
    },
    {"type": "compaction", "id": "cmp_1", "encrypted_content": "gAAAAB-opaque"},
]
ASSISTANT_PHASE_RESPONSE: Json = response_resource(
    [
        {
            "type": "message",
            "id": "msg_a",
            "status": "completed",
            "role": "assistant",
            "phase": "commentary",
            "content": [
                {"type": "output_text", "text": "Checking.", "annotations": [], "logprobs": []}
            ],
        },
        {
            "type": "message",
            "id": "msg_b",
            "status": "completed",
            "role": "assistant",
            "phase": "final_answer",
            "content": [{"type": "output_text", "text": "Done.", "annotations": []}],
        },
    ],
    id="resp_phase",
    model=MODEL,
    text={"format": {"type": "text"}, "verbosity": "medium"},
    usage={
        "input_tokens": 10,
        "output_tokens": 4,
        "total_tokens": 14,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens_details": {"reasoning_tokens": 0},
    },
)


def ws(**body: Any) -> Json:
    return {"type": "response.create", "model": MODEL, **body}


# scenario id -> the bodies it sends (class name, body); response-output-phase-schema
# sends nothing and validates a ResponseResource instead.
SCENARIOS: dict[str, list[tuple[str, Json]]] = {
    "basic-response": [("CreateResponseBody", {"model": MODEL, "input": [user("Say hello.")]})],
    "assistant-phase": [
        (
            "CreateResponseBody",
            {
                "model": MODEL,
                "input": [
                    user("What is 2+2?"),
                    {
                        "type": "message",
                        "role": "assistant",
                        "phase": "commentary",
                        "content": "Let me add them.",
                    },
                    {
                        "type": "message",
                        "role": "assistant",
                        "phase": "final_answer",
                        "content": [{"type": "output_text", "text": "4", "annotations": []}],
                    },
                    user("And 3+3?"),
                ],
            },
        )
    ],
    "response-output-phase-schema": [("ResponseResource", ASSISTANT_PHASE_RESPONSE)],
    "streaming-response": [
        (
            "CreateResponseBody",
            {
                "model": MODEL,
                "input": [user("Count to three.")],
                "stream": True,
                "stream_options": {"include_obfuscation": False},
            },
        )
    ],
    "websocket-response": [("WebSocketResponseCreateEvent", ws(input=[user("Hello")]))],
    "websocket-sequential-responses": [
        ("WebSocketResponseCreateEvent", ws(store=False, input=[user("First")])),
        ("WebSocketResponseCreateEvent", ws(store=False, input=[user("Second")])),
    ],
    "websocket-continuation": [
        ("WebSocketResponseCreateEvent", ws(store=False, input=[user("My name is Ada.")])),
        (
            "WebSocketResponseCreateEvent",
            ws(store=False, previous_response_id="resp_turn1", input=[user("My name?")]),
        ),
    ],
    "websocket-reconnect-store-false-recovery": [
        ("WebSocketResponseCreateEvent", ws(store=False, input=[user("Remember 7.")])),
        (
            "WebSocketResponseCreateEvent",
            ws(store=False, previous_response_id="resp_old", input=[user("Number?")]),
        ),
        ("WebSocketResponseCreateEvent", ws(store=False, input=[user("Start again.")])),
    ],
    "websocket-previous-response-not-found": [
        (
            "WebSocketResponseCreateEvent",
            ws(store=False, previous_response_id="resp_does_not_exist", input=[user("Hi")]),
        )
    ],
    "websocket-failed-continuation-evicts-cache": [
        (
            "WebSocketResponseCreateEvent",
            ws(
                store=False,
                previous_response_id="resp_turn1",
                input=[{"type": "function_call_output", "call_id": "call_nomatch", "output": "{}"}],
            ),
        )
    ],
    "websocket-compact-new-chain": [
        ("CompactResponseMethodPublicBody", {"model": MODEL, "input": [user("Hi")]}),
        (
            "WebSocketResponseCreateEvent",
            ws(input=[*COMPACTED_OUTPUT, user("Continue.")], tools=[]),
        ),
    ],
    "system-prompt": [
        (
            "CreateResponseBody",
            {
                "model": MODEL,
                "input": [
                    {"type": "message", "role": "system", "content": "Answer in French."},
                    user("Hello"),
                ],
            },
        )
    ],
    "tool-calling": [
        (
            "CreateResponseBody",
            {
                "model": MODEL,
                "input": [user("Weather in Paris?")],
                "tools": [WEATHER_TOOL],
                "tool_choice": "auto",
            },
        )
    ],
    "image-input": [
        (
            "CreateResponseBody",
            {
                "model": MODEL,
                "input": [
                    {
                        "type": "message",
                        "role": "user",
                        "content": [
                            {"type": "input_text", "text": "What is in this image?"},
                            {"type": "input_image", "image_url": PNG_DATA_URL, "detail": "auto"},
                        ],
                    }
                ],
            },
        )
    ],
    "multi-turn": [
        (
            "CreateResponseBody",
            {
                "model": MODEL,
                "input": [
                    user("My favourite colour is blue."),
                    {"type": "message", "role": "assistant", "content": "Noted."},
                    user("What is my favourite colour?"),
                ],
            },
        )
    ],
    "compact-response": [
        (
            "CompactResponseMethodPublicBody",
            {
                "model": MODEL,
                "input": [user("Summarise our chat."), *COMPACTED_OUTPUT],
                "prompt_cache_key": "compact-test",
            },
        )
    ],
    # The server must reject this one; the client model still has to carry it as is.
    "compact-missing-model": [("CompactResponseMethodPublicBody", {"input": [user("Hi")]})],
}

# Classes the scenario bodies must produce somewhere inside them.
EXPECTED_CLASSES: dict[str, set[str]] = {
    "assistant-phase": {"AssistantMessageItemParam", "UserMessageItemParam"},
    "response-output-phase-schema": {"Message", "OutputTextContent", "Usage"},
    "websocket-failed-continuation-evicts-cache": {"FunctionCallOutputItemParam"},
    "websocket-compact-new-chain": {"CompactionSummaryItemParam"},
    "system-prompt": {"SystemMessageItemParam"},
    "tool-calling": {"FunctionToolParam"},
    "image-input": {"InputTextContentParam", "InputImageContentParamAutoParam"},
}


def test_there_are_17_scenarios() -> None:
    assert len(SCENARIOS) == 17
    text = reference_path("openresponses", "compliance-scenarios.md").read_text(encoding="utf-8")
    ids = {line.split("|")[1].strip() for line in text.splitlines() if line.startswith("| ")}
    assert set(SCENARIOS) <= ids


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_scenario_bodies_round_trip(scenario: str) -> None:
    seen: set[str] = set()
    for class_name, body in SCENARIOS[scenario]:
        if scenario == "compact-missing-model":
            # model is required: the model reads the body, and its check says so.
            obj = assert_round_trip(getattr(M, class_name), body)
            assert problems(obj) == [("model", "missing required field")]
            continue
        obj = assert_round_trip(getattr(M, class_name), body)
        assert not unknowns(obj), unknowns(obj)
        seen.update(type(m).__name__ for _, m in walk_models(obj))
    assert EXPECTED_CLASSES.get(scenario, set()) <= seen


def test_websocket_create_event_has_no_stream_fields() -> None:
    event = M.WebSocketResponseCreateEvent.from_dict(ws(input="Hi"))
    for name in ("stream", "stream_options", "background"):
        assert not hasattr(event, name)


# -- things the spec lets servers add ---------------------------------------------


def minimal_response(**extra: Any) -> Json:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1760000000,
        "model": MODEL,
        "status": "completed",
        "output": [],
        **extra,
    }


def test_unknown_output_item_survives() -> None:
    item = {"type": "acme:thing", "id": "thing_1", "payload": {"nested": [1, 2]}, "status": "done"}
    response = assert_round_trip(M.ResponseResource, minimal_response(output=[item]))
    (thing,) = response.output
    assert isinstance(thing, M.UnknownItem)
    assert thing.type == "acme:thing"
    assert thing["payload"] == {"nested": [1, 2]}


def test_unknown_content_and_annotation_survive() -> None:
    message = {
        "type": "message",
        "id": "msg_1",
        "status": "completed",
        "role": "assistant",
        "content": [
            {"type": "acme:hologram", "frames": 3},
            {
                "type": "output_text",
                "text": "See the file.",
                "annotations": [
                    {"type": "acme:file_citation", "file_id": "f_1", "index": 4},
                    {
                        "type": "url_citation",
                        "url": "https://example.com",
                        "start_index": 0,
                        "end_index": 3,
                        "title": "Example",
                    },
                ],
            },
        ],
    }
    response = assert_round_trip(M.ResponseResource, minimal_response(output=[message]))
    found = unknowns(response)
    assert ("UnknownContent", "acme:hologram") in found
    assert ("UnknownAnnotation", "acme:file_citation") in found
    assert len(found) == 2, found


def test_unknown_tools_survive() -> None:
    tools = [
        WEATHER_TOOL,
        {
            "type": "mcp",
            "server_label": "docs",
            "server_url": "https://mcp.example.com",
            "require_approval": "never",
        },
        {"type": "web_search", "search_context_size": "low"},
        {"type": "acme:search", "index": "kb"},
    ]
    response = assert_round_trip(M.ResponseResource, minimal_response(tools=tools))
    kinds = [type(t).__name__ for t in response.tools]
    assert kinds == ["FunctionTool", "McpTool", "UnknownTool", "UnknownTool"]
    assert [t.type for t in response.tools[2:]] == ["web_search", "acme:search"]


def test_unknown_status_values_survive() -> None:
    message = {
        "type": "message",
        "id": "msg_1",
        "status": "paused",
        "role": "assistant",
        "content": [],
    }
    response = assert_round_trip(
        M.ResponseResource, minimal_response(status="paused", output=[message])
    )
    assert getattr(response.status, "value", response.status) == "paused"
    (item,) = response.output
    assert isinstance(item, M.Message)
    assert isinstance(item.status, M.MessageStatus)
    assert item.status.value == "paused"


def test_extra_fields_survive() -> None:
    message = {
        "type": "message",
        "id": "msg_1",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": "Hi", "annotations": [], "acme_score": 0.9}],
        "acme_trace": {"span": "abc"},
    }
    response = assert_round_trip(
        M.ResponseResource,
        minimal_response(output=[message], acme_region="eu-west", user=None),
    )
    assert response["acme_region"] == "eu-west"
    (item,) = response.output
    assert isinstance(item, M.Message)
    assert item["acme_trace"] == {"span": "abc"}
    assert isinstance(item.content[0], M.OutputTextContent)
    assert item.content[0]["acme_score"] == 0.9


def test_response_with_only_reliable_fields() -> None:
    response = assert_round_trip(M.ResponseResource, minimal_response())
    assert response.id == "resp_1"
    assert response.output == []


def test_unknown_things_in_request_bodies() -> None:
    body = {
        "model": MODEL,
        "input": [
            user("Search for news."),
            {"type": "acme:thing", "ref": "t_1"},
            {"type": "message", "role": "user", "content": [{"type": "acme:sticker", "id": "s"}]},
        ],
        "tools": [{"type": "web_search"}, WEATHER_TOOL],
        "tool_choice": {"type": "acme:pick", "name": "x"},
        "text": {"format": {"type": "acme:yaml"}},
    }
    request = assert_round_trip(M.CreateResponseBody, body)
    found = unknowns(request)
    assert ("UnknownItem", "acme:thing") in found
    assert ("UnknownContent", "acme:sticker") in found
    assert ("UnknownTool", "web_search") in found
    assert ("UnknownToolChoice", "acme:pick") in found
    assert ("UnknownTextFormat", "acme:yaml") in found
