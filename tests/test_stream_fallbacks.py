"""Streams from servers that do not label or route them as the spec says.

An SSE body under another content type, a resume request answered with JSON (and
the ``/events`` route some servers use instead), raw replies that must not be
parsed until asked, all over loopback, sync and async.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from parity import aw
from pytest_httpserver import HTTPServer
from test_streaming import Kind, collect, frame, response_body, serve, url

from open_responses import (
    IncompleteStreamError,
    ProtocolError,
    ResponseValidationError,
    ResumeNotSupportedError,
)


def _message(text: str) -> dict[str, Any]:
    return {
        "type": "message",
        "id": "msg_1",
        "role": "assistant",
        "status": "completed",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }


def _text_stream(text: str) -> list[dict[str, Any]]:
    return [
        {"type": "response.created", "response": response_body()},
        {"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0,
         "content_index": 0, "delta": text},
        {"type": "response.completed",
         "response": response_body(status="completed", output=[_message(text)])},
    ]  # fmt: skip


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    return Kind(request.param)


@pytest.mark.parametrize("content_type", ["text/plain", "application/octet-stream", ""])
def test_sse_body_under_another_content_type_is_read(
    kind: Kind, httpserver: HTTPServer, content_type: str
) -> None:
    serve(httpserver, frame(_text_stream("Hello there")), content_type=content_type)

    async def scenario(client: Any) -> Any:
        stream = client.responses.stream(model="m", input="hi")
        events = await collect(stream)
        return events, await aw(stream.get_final_response())

    events, final = kind.run(scenario, base_url=url(httpserver))
    assert [e.type for e in events][-1] == "response.completed"
    assert final.output_text == "Hello there"


def test_sse_body_under_another_content_type_is_a_protocol_error_when_strict(
    kind: Kind, httpserver: HTTPServer
) -> None:
    serve(httpserver, frame(_text_stream("Hi")), content_type="text/plain")

    async def scenario(client: Any) -> Any:
        with pytest.raises(ProtocolError):
            await collect(client.responses.stream(model="m", input="hi", strict=True))

    kind.run(scenario, base_url=url(httpserver))


def test_json_reply_still_in_progress_is_not_passed_off_as_finished(
    kind: Kind, httpserver: HTTPServer
) -> None:
    serve(httpserver, json.dumps(response_body()).encode(), content_type="application/json")

    async def scenario(client: Any) -> Any:
        stream = client.responses.stream(model="m", input="hi")
        events = await collect(stream)
        with pytest.raises(IncompleteStreamError):
            await aw(stream.get_final_response())
        return events

    events = kind.run(scenario, base_url=url(httpserver))
    assert [e.type for e in events] == ["response.in_progress"]
    assert events[0].response.status == "in_progress"


def test_resume_falls_back_to_the_events_route(kind: Kind, httpserver: HTTPServer) -> None:
    stored = response_body(rid="resp_9", status="in_progress")
    httpserver.expect_request("/v1/responses/resp_9", method="GET").respond_with_json(stored)
    rest = _text_stream("resumed")[1:]
    httpserver.expect_request(
        "/v1/responses/resp_9/events", method="GET", query_string="starting_after=3"
    ).respond_with_data(frame(rest), content_type="text/event-stream")

    async def scenario(client: Any) -> Any:
        stream = client.responses.stream(response_id="resp_9", starting_after=3)
        return await collect(stream)

    events = kind.run(scenario, base_url=url(httpserver))
    assert [e.type for e in events] == ["response.output_text.delta", "response.completed"]


def test_resume_without_any_event_route_raises_and_invents_nothing(
    kind: Kind, httpserver: HTTPServer
) -> None:
    stored = response_body(rid="resp_9", status="in_progress")
    httpserver.expect_request("/v1/responses/resp_9", method="GET").respond_with_json(stored)
    httpserver.no_handler_status_code = 404

    async def scenario(client: Any) -> Any:
        seen: list[Any] = []
        with pytest.raises(ResumeNotSupportedError) as info:
            stream = client.responses.stream(response_id="resp_9", starting_after=3)
            if kind.is_async:
                async for event in stream:
                    seen.append(event)
            else:
                seen.extend(stream)
        return seen, info.value

    seen, error = kind.run(scenario, base_url=url(httpserver), max_retries=0)
    assert seen == []
    assert len(error.attempts) == 2
    assert "application/json" in error.attempts[0]
    assert "/events answered HTTP 404" in error.attempts[1]


def test_raw_response_is_not_parsed_until_asked(kind: Kind, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/responses", method="POST").respond_with_data(
        "<html>portal</html>", content_type="text/html"
    )

    async def scenario(client: Any) -> Any:
        raw = await aw(client.responses.with_raw_response.create(model="m", input="hi"))
        assert raw.status_code == 200
        assert raw.text == "<html>portal</html>"
        with pytest.raises(ResponseValidationError):
            raw.parse()

    kind.run(scenario, base_url=url(httpserver))


def test_raw_response_parses_a_good_reply_once(kind: Kind, httpserver: HTTPServer) -> None:
    body = response_body(status="completed", output=[_message("ok")])
    httpserver.expect_request("/v1/responses", method="POST").respond_with_json(body)

    async def scenario(client: Any) -> Any:
        raw = await aw(client.responses.with_raw_response.create(model="m", input="hi"))
        first = raw.parse()
        assert raw.parse() is first
        return first

    response = kind.run(scenario, base_url=url(httpserver))
    assert response.output_text == "ok"
    assert response.to_dict() == body


def test_a_shared_async_client_works_across_event_loops() -> None:
    import asyncio

    from open_responses import AsyncClient
    from open_responses.testing import ResponsesServer

    with ResponsesServer() as server:
        client = AsyncClient(base_url=server.base_url, api_key="k", max_retries=0)

        async def ask(n: int) -> str:
            response = await client.responses.create(model="m", input=f"Echo: turn {n}")
            async with client.responses.stream(model="m", input="Say hello") as stream:
                streamed = await stream.get_final_response()
            return response.output_text + "|" + streamed.output_text

        # Each asyncio.run() is a new event loop, as with Django's async_to_sync.
        answers = [asyncio.run(ask(n)) for n in range(4)]
        asyncio.run(client.close())
    assert len(answers) == 4
    assert all(answer.endswith("|Hello!") for answer in answers), answers


def test_deeply_nested_json_reply_to_a_stream_is_a_typed_error(
    kind: Kind, httpserver: HTTPServer
) -> None:
    """A non-SSE reply nested past the JSON decoder's depth gets the typed error, not RecursionError."""
    serve(httpserver, b"[" * 200_000 + b"]" * 200_000, content_type="application/json")

    async def scenario(client: Any) -> Any:
        with pytest.raises(ResponseValidationError):
            await collect(client.responses.stream(model="m", input="hi"))

    kind.run(scenario, base_url=url(httpserver), max_retries=0)
