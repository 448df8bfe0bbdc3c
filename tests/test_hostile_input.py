"""Hostile or broken input gets the library's typed errors (or is kept), never a bare exception."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer

from open_responses import (
    Client,
    Conversation,
    ConversationFormatError,
    StructuredOutputError,
    UnknownEvent,
    parse_json,
    tool,
)


def deep(n: int) -> str:
    return "[" * n + "]" * n


def test_deeply_nested_events_do_not_break_a_stream(httpserver: HTTPServer) -> None:
    def response(status: str) -> str:
        head = {"id": "r", "object": "response", "created_at": 1, "model": "m", "status": status}
        return json.dumps({**head, "output": []})

    events = [
        f'{{"type":"response.created","sequence_number":0,"response":{response("in_progress")}}}',
        f'{{"type":"error","sequence_number":1,"error":{deep(500)}}}',
        '{"type":"response.output_item.added","sequence_number":2,"output_index":0,'
        f'"item":{{"type":"acme:x","id":"x","v":{deep(700)}}}}}',
        f'{{"type":"acme:progress","sequence_number":3,"v":{deep(5000)}}}',
        f'{{"type":"response.completed","sequence_number":4,"response":{response("completed")}}}',
    ]
    body = "".join(f"data: {e}\n\n" for e in events) + "data: [DONE]\n\n"
    httpserver.expect_request("/v1/responses").respond_with_data(
        body, content_type="text/event-stream"
    )
    with Client(base_url=httpserver.url_for("/")) as client:
        stream = client.responses.stream(model="m", input="hi")
        received = list(stream)
        final = stream.get_final_response()
    assert len(received) == 5
    assert isinstance(received[3], UnknownEvent)  # too deep for the JSON decoder: kept raw
    assert final.status == "completed"


def test_tool_arguments_nested_too_deeply_become_an_error_output() -> None:
    @tool
    def echo(a: int) -> int:
        """Echo."""
        return a

    result = echo.invoke("call_1", f'{{"a": {deep(5000)}}}')
    assert result.error
    assert "invalid arguments" in str(result.output)


def test_structured_output_nested_too_deeply_is_a_structured_output_error() -> None:
    with pytest.raises(StructuredOutputError):
        parse_json(deep(100_000), list)


@pytest.mark.parametrize(
    "text",
    ["not json", "[]", "{}", '{"version": 1}', '{"model": "m", "last_response": {"x": 1}}'],
)
def test_restoring_a_conversation_from_bad_text_is_a_typed_error(text: str) -> None:
    with Client(base_url="http://127.0.0.1:9") as client, pytest.raises(ConversationFormatError):
        Conversation.from_json(client, text)
