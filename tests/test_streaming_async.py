"""Async-only streaming behaviour: native ``async with``/``async for``, cancellation,
concurrency, and the sync/async shells agreeing event for event.

The scenarios shared with the sync client (recordings, endings, faults, timeouts,
resumption) run for both clients in ``test_streaming.py``.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from test_streaming import (
    FAST,
    SSE,
    Endless,
    frame,
    load_chunks,
    message_events,
    seen_closed,
    serve,
    split_responses,
    url,
)
from werkzeug import Request
from werkzeug import Response as WResponse

from open_responses import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    AsyncResponseStream,
    Client,
    IncompleteStreamError,
    RateLimitError,
)
from open_responses._generated.models import (
    ResponseCompletedStreamingEvent,
    ResponseOutputTextDeltaStreamingEvent,
)
from open_responses.testing import ResponsesServer, http_error, text


@pytest.fixture
def embedded() -> Iterator[ResponsesServer]:
    with ResponsesServer() as srv:
        yield srv


def client_for(srv: HTTPServer | ResponsesServer, **kwargs: Any) -> AsyncClient:
    kwargs.setdefault("timeout", FAST)
    return AsyncClient(base_url=url(srv), api_key="test-key", **kwargs)


def test_async_with_and_async_for(embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("native async streaming works"))

    async def main() -> None:
        async with client_for(embedded) as client:
            async with client.responses.stream(model="m", input="hi") as stream:
                assert isinstance(stream, AsyncResponseStream)
                deltas = []
                async for event in stream:
                    if isinstance(event, ResponseOutputTextDeltaStreamingEvent):
                        deltas.append(event.delta)
                        assert stream.current_response is not None
                        assert stream.current_response.output_text == "".join(deltas)
                final = await stream.get_final_response()
            assert "".join(deltas) == final.output_text == "native async streaming works"
            assert stream.response_id == final.id
            assert stream.http_response is not None and stream.http_response.is_closed

    asyncio.run(main())


def test_async_for_over_create_stream_true(embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("from create"))

    async def main() -> list[Any]:
        async with client_for(embedded) as client:
            return [
                e async for e in await client.responses.create(model="m", input="hi", stream=True)
            ]

    events = asyncio.run(main())
    assert isinstance(events[-1], ResponseCompletedStreamingEvent)
    assert events[-1].response.output[0].content[0].text == "from create"


def test_async_text_deltas(embedded: ResponsesServer) -> None:
    embedded.app.model.enqueue(text("a b c d"))

    async def main() -> str:
        async with client_for(embedded) as client:
            stream = client.responses.stream(model="m", input="hi")
            return "".join([d async for d in stream.text_deltas()])

    assert asyncio.run(main()) == "a b c d"


def test_break_inside_async_with_closes_connection(server: HTTPServer) -> None:
    handler = Endless()
    server.expect_request("/v1/responses", method="POST").respond_with_handler(handler)

    async def main() -> tuple[int, bool]:
        count = 0
        async with client_for(server) as client:
            async with client.responses.stream(model="m", input="hi") as stream:
                async for _ in stream:
                    count += 1
                    if count == 3:
                        break
            assert stream.http_response is not None and stream.http_response.is_closed
            closed = await seen_closed(handler)
        return count, closed

    assert asyncio.run(main()) == (3, True)


def test_cancelling_the_task_closes_connection(server: HTTPServer) -> None:
    """Cancellation propagates as CancelledError (not wrapped) and the connection closes."""
    handler = Endless()
    server.expect_request("/v1/responses", method="POST").respond_with_handler(handler)
    got_events = threading.Event()

    async def consume(client: AsyncClient) -> None:
        async with client.responses.stream(model="m", input="hi") as stream:
            async for _ in stream:
                got_events.set()

    async def main() -> bool:
        async with client_for(server) as client:
            task = asyncio.create_task(consume(client))
            while not got_events.is_set():
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            return await seen_closed(handler)

    assert asyncio.run(main()), "the server never saw the connection close"


def test_concurrent_streams_stay_independent(embedded: ResponsesServer) -> None:
    answers = [f"answer number {i} here" for i in range(4)]
    embedded.app.model.enqueue(*[text(a, event_delay=0.01) for a in answers])

    async def one(client: AsyncClient) -> tuple[str, str]:
        async with client.responses.stream(model="m", input="hi") as stream:
            deltas = [
                e.delta
                async for e in stream
                if isinstance(e, ResponseOutputTextDeltaStreamingEvent)
            ]
            final = await stream.get_final_response()
        return "".join(deltas), final.output_text

    async def main() -> list[tuple[str, str]]:
        async with client_for(embedded) as client:
            return list(await asyncio.gather(*[one(client) for _ in answers]))

    results = asyncio.run(main())
    assert all(streamed == final for streamed, final in results)
    assert sorted(final for _, final in results) == sorted(answers)


def test_async_errors_are_typed(embedded: ResponsesServer) -> None:
    model = embedded.app.model
    model.enqueue(
        http_error(429, "slow down"),
        text("one two three four", cut_after=4),
        text("one two three", stall_after=2, stall_seconds=3),
    )

    async def main() -> None:
        async with client_for(embedded, max_retries=0) as client:
            with pytest.raises(RateLimitError):
                async with client.responses.stream(model="m", input="hi"):
                    pytest.fail("no event may come before the status error")
            with pytest.raises(APIConnectionError) as cut:
                async with client.responses.stream(model="m", input="hi") as stream:
                    async for _ in stream:
                        pass
            assert type(cut.value) is APIConnectionError and cut.value.snapshot is not None
            start = time.monotonic()
            with pytest.raises(APITimeoutError):
                async with client.responses.stream(
                    model="m", input="hi", timeout=httpx.Timeout(5.0, read=0.3)
                ) as stream:
                    async for _ in stream:
                        pass
            assert time.monotonic() - start < 2

    asyncio.run(main())


def test_incomplete_stream_async(server: HTTPServer) -> None:
    serve(server, frame(message_events(["par", "tial"], terminal=None)))

    async def main() -> IncompleteStreamError:
        async with client_for(server) as client:
            stream = client.responses.stream(model="m", input="hi")
            with pytest.raises(IncompleteStreamError) as info:
                await stream.get_final_response()
            return info.value

    exc = asyncio.run(main())
    assert exc.snapshot is not None and exc.snapshot.output_text == "partial"


@pytest.mark.parametrize("strict", [False, True])
def test_sync_and_async_shells_agree(server: HTTPServer, strict: bool) -> None:
    """Same bytes in the same pieces: identical events, final response and state."""
    payloads = split_responses(load_chunks("aisdk-openai-reasoning-summary-12-parts.chunks.jsonl"))[
        0
    ]
    raw = frame(payloads)
    pieces = [raw[i : i + 997] for i in range(0, len(raw), 997)]

    def handler(_: Request) -> WResponse:
        return WResponse(iter(pieces), status=200, content_type=SSE)

    server.expect_request("/v1/responses", method="POST").respond_with_handler(handler)

    def summary(stream: Any, events: list[Any], final: Any) -> Any:
        return (
            [json.dumps(e.to_dict(), sort_keys=True) for e in events],
            final.to_dict(),
            stream.output_text,
            stream.response_id,
            stream.last_sequence_number,
        )

    with Client(base_url=url(server), api_key="k", timeout=FAST, strict=strict) as client:
        with client.responses.stream(model="m", input="hi") as sync_stream:
            sync_events = list(sync_stream)
            sync_final = sync_stream.get_final_response()
        sync_summary = summary(sync_stream, sync_events, sync_final)

    async def main() -> Any:
        async with client_for(server, strict=strict) as client:
            async with client.responses.stream(model="m", input="hi") as stream:
                events = [e async for e in stream]
                final = await stream.get_final_response()
            return summary(stream, events, final)

    assert asyncio.run(main()) == sync_summary
    assert len(sync_summary[0]) == len(payloads)
