"""``AsyncClient``-only behaviour against a real loopback HTTP server.

The scenarios shared with the sync client (URLs, bodies, errors, retries, secrets)
run against both clients in ``test_client.py``; this file covers what only exists
in asyncio: concurrency on one event loop, ``async with``, cancellation.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request
from werkzeug import Response as WResponse

from open_responses import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    InternalServerError,
    Response,
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENRESPONSES_BASE_URL", "OPENRESPONSES_API_KEY", "OPENRESPONSES_LOG"):
        monkeypatch.delenv(name, raising=False)


def base(srv: HTTPServer) -> str:
    return f"http://127.0.0.1:{srv.port}"


def response_json(response_id: str = "resp_1", text: str = "Hello") -> dict[str, Any]:
    return {
        "id": response_id,
        "object": "response",
        "created_at": 1_700_000_000,
        "status": "completed",
        "model": "test-model",
        "output": [
            {
                "type": "message",
                "id": "msg_1",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            }
        ],
    }


def echo(request: Request) -> WResponse:
    text = json.loads(request.get_data())["input"]
    return WResponse(
        json.dumps(response_json(f"resp_{text}", text)), content_type="application/json"
    )


def settle(srv: HTTPServer, count: int) -> None:
    """Wait until the server has logged ``count`` requests, so none lands in the next test."""
    deadline = time.monotonic() + 5
    while len(srv.log) < count and time.monotonic() < deadline:
        time.sleep(0.01)


def test_concurrent_requests_on_one_loop(server: HTTPServer) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_handler(echo)

    async def main() -> list[list[str]]:
        async with AsyncClient(base_url=base(server), api_key="k-123456789") as client:

            async def worker(n: int) -> list[str]:
                out = []
                for i in range(25):
                    r = await client.responses.create(model="m", input=f"{n}-{i}")
                    out.append(r.output_text)
                return out

            return await asyncio.gather(*(worker(n) for n in range(8)))

    results = asyncio.run(main())
    assert results == [[f"{n}-{i}" for i in range(25)] for n in range(8)]
    requests = [req for req, _ in server.log]
    assert len(requests) == 200
    assert len({req.headers["Idempotency-Key"] for req in requests}) == 200


def test_async_with_closes_owned_http_client(server: HTTPServer) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_handler(echo)

    async def main() -> AsyncClient:
        async with AsyncClient(base_url=base(server)) as client:
            r = await client.responses.create(model="m", input="x")
            assert isinstance(r, Response)
        return client

    client = asyncio.run(main())
    assert client._http.is_closed


def test_async_close_leaves_user_http_client_open(server: HTTPServer) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_handler(echo)

    async def main() -> None:
        async with httpx.AsyncClient() as http:
            async with AsyncClient(base_url=base(server), http_client=http) as client:
                await client.responses.create(model="m", input="a")
            assert not http.is_closed
            # Another client may share the same httpx client afterwards.
            async with AsyncClient(base_url=base(server), http_client=http) as again:
                r = await again.responses.create(model="m", input="b")
                assert r.output_text == "b"
            hooks = http.event_hooks["request"]
            assert len(hooks) == 1  # the credential hook is added once, not per client

    asyncio.run(main())


def test_cancelling_a_call_propagates_cancellation(server: HTTPServer) -> None:
    def slow(request: Request) -> WResponse:
        time.sleep(0.5)
        return WResponse(json.dumps(response_json()), content_type="application/json")

    server.expect_request("/v1/responses", method="POST").respond_with_handler(slow)

    async def main() -> None:
        async with AsyncClient(base_url=base(server), max_retries=0) as client:
            task = asyncio.create_task(client.responses.create(model="m", input="x"))
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())
    settle(server, 1)


def test_cancelling_during_retry_sleep(server: HTTPServer) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_json(
        {"error": {"message": "busy"}}, status=503, headers={"retry-after": "30"}
    )

    async def main() -> None:
        async with AsyncClient(base_url=base(server)) as client:
            task = asyncio.create_task(client.responses.create(model="m", input="x"))
            while not server.log:
                await asyncio.sleep(0.01)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())
    assert len(server.log) == 1


def test_timeout_and_connection_errors_are_typed(server: HTTPServer) -> None:
    def slow(request: Request) -> WResponse:
        time.sleep(0.5)
        return WResponse(json.dumps(response_json()), content_type="application/json")

    server.expect_request("/v1/responses", method="POST").respond_with_handler(slow)

    async def main() -> None:
        async with AsyncClient(base_url=base(server), timeout=0.1, max_retries=0) as client:
            results = await asyncio.gather(
                client.responses.create(model="m", input="x"),
                client.responses.retrieve("resp_1"),
                return_exceptions=True,
            )
        assert isinstance(results[0], APITimeoutError)
        assert isinstance(results[1], APIConnectionError)

    asyncio.run(main())
    settle(server, 2)


def test_concurrent_retries_each_keep_their_own_idempotency_key(server: HTTPServer) -> None:
    attempts: dict[str, list[str]] = {}

    def flaky(request: Request) -> WResponse:
        text = json.loads(request.get_data())["input"]
        seen = attempts.setdefault(text, [])
        seen.append(request.headers["Idempotency-Key"])
        if len(seen) < 3:
            return WResponse(
                json.dumps({"error": {"message": "retry"}}),
                status=500,
                headers={"retry-after-ms": "1"},
                content_type="application/json",
            )
        return WResponse(json.dumps(response_json(text=text)), content_type="application/json")

    server.expect_request("/v1/responses", method="POST").respond_with_handler(flaky)

    async def main() -> list[Any]:
        async with AsyncClient(base_url=base(server)) as client:
            return await asyncio.gather(
                *(client.responses.create(model="m", input=str(n)) for n in range(5)),
                return_exceptions=True,
            )

    results = asyncio.run(main())
    assert [r.output_text for r in results] == [str(n) for n in range(5)]
    keys = {text: set(seen) for text, seen in attempts.items()}
    assert all(len(seen) == 3 for seen in attempts.values())
    assert all(len(k) == 1 for k in keys.values())
    assert len(set().union(*keys.values())) == 5


def test_exhausted_retries_raise_the_status_error(server: HTTPServer) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_json(
        {"error": {"message": "down"}}, status=503, headers={"retry-after-ms": "1"}
    )

    async def main() -> None:
        async with AsyncClient(base_url=base(server), max_retries=1) as client:
            with pytest.raises(InternalServerError) as info:
                await client.responses.create(model="m", input="x")
            assert info.value.status_code == 503
            assert info.value.message == "down"

    asyncio.run(main())
    assert len(server.log) == 2
