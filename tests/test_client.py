"""``Client`` and ``AsyncClient`` against a real loopback HTTP server.

Every scenario is written once as a coroutine that awaits each call through
:func:`aw` (which awaits only what is awaitable), and runs against both clients
through the parametrized ``kind`` fixture: same requests, same results, same
exception classes. Async-only behaviour lives in ``test_client_async.py``.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import parity
import pytest
from parity import Scenario, aw
from pytest_httpserver import HTTPServer
from werkzeug import Request
from werkzeug import Response as WResponse

import open_responses
from open_responses import (
    APIConnectionError,
    APIResponse,
    APIStatusError,
    APITimeoutError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenResponsesError,
    PermissionDeniedError,
    PreviousResponseNotFoundError,
    RateLimitError,
    Response,
    ResponseValidationError,
    UnprocessableEntityError,
)
from open_responses._generated.models import (
    CompactResource,
    CreateResponseBody,
    DeletedResponseResource,
    InputItemListResource,
    InputTokensResource,
)
from open_responses._limits import ERROR_BODY_BYTES

SECRET = "sk-test-SECRET-0123456789abcdef"
FAST_RETRY = {"retry-after-ms": "1"}

AnyClient = Client | AsyncClient


class Kind(parity.Kind):
    """Adds the http clients and transports some client tests inject."""

    def http_client(self, **kwargs: Any) -> Any:
        return httpx.AsyncClient(**kwargs) if self.is_async else httpx.Client(**kwargs)

    def transport(self, counter: list[str] | None = None) -> Any:
        """A real HTTP transport that records each request URL in ``counter``."""
        seen = counter if counter is not None else []
        if self.is_async:

            class AsyncCounting(httpx.AsyncHTTPTransport):
                async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                    seen.append(str(request.url))
                    return await super().handle_async_request(request)

            return AsyncCounting()

        class Counting(httpx.HTTPTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                seen.append(str(request.url))
                return super().handle_request(request)

        return Counting()


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    return Kind(request.param)


@pytest.fixture
def other_server() -> Iterator[HTTPServer]:
    """A second server on another port (another origin)."""
    srv = HTTPServer(host="127.0.0.1", port=0)
    srv.no_handler_status_code = 404
    srv.start()
    try:
        yield srv
    finally:
        srv.clear()
        srv.stop()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENRESPONSES_BASE_URL", "OPENRESPONSES_API_KEY", "OPENRESPONSES_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def restore_logger() -> Iterator[logging.Logger]:
    """Undo any handler or level change made to the library logger during the test."""
    lib = logging.getLogger("open_responses")
    handlers, level = list(lib.handlers), lib.level
    try:
        yield lib
    finally:
        for handler in lib.handlers:
            if handler not in handlers:
                lib.removeHandler(handler)
        lib.setLevel(level)


def base(srv: HTTPServer) -> str:
    return f"http://127.0.0.1:{srv.port}"


def requests_of(srv: HTTPServer) -> list[Request]:
    return [req for req, _ in srv.log]


def body_of(req: Request) -> Any:
    return json.loads(req.get_data())


def message_item(text: str, item_id: str = "msg_1") -> dict[str, Any]:
    return {
        "type": "message",
        "id": item_id,
        "role": "assistant",
        "status": "completed",
        "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}],
    }


def response_json(response_id: str = "resp_1", text: str = "Hello", **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": response_id,
        "object": "response",
        "created_at": 1_700_000_000,
        "status": "completed",
        "model": "test-model",
        "output": [message_item(text)],
    }
    data.update(extra)
    return data


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class Script:
    """A handler replying with the given replies in order (the last one repeats)."""

    def __init__(self, *replies: WResponse) -> None:
        self.replies = list(replies)
        self.times: list[float] = []
        self.requests: list[Request] = []
        self.lock = threading.Lock()

    def __call__(self, request: Request) -> WResponse:
        with self.lock:
            self.times.append(time.monotonic())
            self.requests.append(request)
            index = min(len(self.requests) - 1, len(self.replies) - 1)
            return self.replies[index]

    @property
    def count(self) -> int:
        return len(self.requests)


def reply(
    status: int = 200,
    body: Any = None,
    headers: dict[str, str] | None = None,
    content_type: str = "application/json",
) -> WResponse:
    if body is None:
        body = response_json()
    text = body if isinstance(body, str) else json.dumps(body)
    return WResponse(text, status=status, headers=headers or {}, content_type=content_type)


def ok_create(srv: HTTPServer, **extra: Any) -> None:
    srv.expect_request("/v1/responses", method="POST").respond_with_json(
        response_json(**extra), headers={"x-request-id": "req_123"}
    )


# --------------------------------------------------------------------------- base URL

URL_CASES = [
    ("{b}", "/v1/responses", ""),
    ("{b}/v1", "/v1/responses", ""),
    ("{b}/v1/", "/v1/responses", ""),
    ("{b}/v1/responses", "/v1/responses", ""),
    ("{b}/v1/responses/", "/v1/responses", ""),
    ("127.0.0.1:{p}", "/v1/responses", ""),
    ("{b}/api", "/api/v1/responses", ""),
    ("{b}/api/v1", "/api/v1/responses", ""),
    ("  {b}/v1  ", "/v1/responses", ""),
    ("{b}/v1?api-version=x", "/v1/responses", "api-version=x"),
    ("{b}/openai?api-version=2025-01-01", "/openai/v1/responses", "api-version=2025-01-01"),
]


@pytest.mark.parametrize(("template", "path", "query"), URL_CASES)
def test_base_url_table(
    kind: Kind, server: HTTPServer, template: str, path: str, query: str
) -> None:
    server.expect_request(path, method="POST").respond_with_json(response_json())
    url = template.format(b=base(server), p=server.port)

    async def scenario(client: Any) -> Any:
        return await aw(client.responses.create(model="m", input="hi"))

    assert kind.run(scenario, base_url=url).id == "resp_1"
    (req,) = requests_of(server)
    assert req.path == path
    assert req.query_string.decode() == query


def test_query_string_of_base_url_is_kept_on_every_request(kind: Kind, server: HTTPServer) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_json(response_json())
    server.expect_request("/v1/responses/resp_1", method="GET").respond_with_json(response_json())
    server.expect_request("/v1/responses/resp_1", method="DELETE").respond_with_json(
        {"id": "resp_1", "object": "response.deleted", "deleted": True}
    )
    server.expect_request("/v1/responses/resp_1/input_items").respond_with_json(
        {"object": "list", "data": []}
    )
    server.expect_request("/v1/responses/resp_1/cancel", method="POST").respond_with_json(
        response_json()
    )

    async def scenario(client: Any) -> None:
        await aw(client.responses.create(model="m", input="hi"))
        await aw(client.responses.retrieve("resp_1", include=["reasoning.encrypted_content"]))
        await aw(client.responses.delete("resp_1"))
        await aw(client.responses.input_items("resp_1", limit=2))
        await aw(client.responses.cancel("resp_1"))

    kind.run(scenario, base_url=f"{base(server)}/v1?api-version=x")
    reqs = requests_of(server)
    assert len(reqs) == 5
    for req in reqs:
        assert req.args.get("api-version") == "x", req.url
    assert reqs[1].args.getlist("include[]") == ["reasoning.encrypted_content"]
    assert reqs[3].args.get("limit") == "2"


def test_normalize_url_false_uses_base_url_verbatim(kind: Kind, server: HTTPServer) -> None:
    server.expect_request("/custom/responses", method="POST").respond_with_json(response_json())

    async def scenario(client: Any) -> Any:
        assert client.base_url == f"{base(server)}/custom"
        return await aw(client.responses.create(model="m", input="hi"))

    kind.run(scenario, base_url=f"{base(server)}/custom/", normalize_url=False)
    assert [r.path for r in requests_of(server)] == ["/custom/responses"]


def test_base_url_from_environment(
    kind: Kind, server: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok_create(server)
    monkeypatch.setenv("OPENRESPONSES_BASE_URL", f"127.0.0.1:{server.port}")

    async def scenario(client: Any) -> Any:
        assert client.base_url == f"{base(server)}/v1"
        return await aw(client.responses.create(model="m", input="hi"))

    assert kind.run(scenario).output_text == "Hello"


def test_base_url_argument_beats_environment(
    kind: Kind, server: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok_create(server)
    monkeypatch.setenv("OPENRESPONSES_BASE_URL", f"http://127.0.0.1:{closed_port()}")

    async def scenario(client: Any) -> Any:
        return await aw(client.responses.create(model="m", input="hi"))

    assert kind.run(scenario, base_url=base(server), max_retries=0).id == "resp_1"


def test_defaults_without_arguments_or_environment(kind: Kind) -> None:
    async def scenario(client: Any) -> None:
        assert client.base_url == "https://api.openai.com/v1"
        assert client.settings.api_key is None
        assert client.settings.retry.max_retries == 2

    kind.run(scenario)


# --------------------------------------------------------------------------- headers


def _create_once(kind: Kind, server: HTTPServer, **client_kwargs: Any) -> Request:
    ok_create(server)

    async def scenario(client: Any) -> Any:
        return await aw(client.responses.create(model="m", input="hi"))

    kind.run(scenario, base_url=base(server), **client_kwargs)
    (req,) = requests_of(server)
    return req


def test_api_key_argument_sends_bearer(kind: Kind, server: HTTPServer) -> None:
    req = _create_once(kind, server, api_key=SECRET)
    assert req.headers["Authorization"] == f"Bearer {SECRET}"


def test_api_key_from_environment(
    kind: Kind, server: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENRESPONSES_API_KEY", "env-key-123456")
    req = _create_once(kind, server)
    assert req.headers["Authorization"] == "Bearer env-key-123456"


def test_api_key_argument_beats_environment(
    kind: Kind, server: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENRESPONSES_API_KEY", "env-key-123456")
    req = _create_once(kind, server, api_key="arg-key-654321")
    assert req.headers["Authorization"] == "Bearer arg-key-654321"


def test_no_api_key_sends_no_credential_header(kind: Kind, server: HTTPServer) -> None:
    req = _create_once(kind, server)
    assert "Authorization" not in req.headers
    assert "api-key" not in req.headers
    assert "x-api-key" not in req.headers


@pytest.mark.parametrize("header", ["api-key", "x-api-key"])
def test_custom_auth_header_has_no_prefix(kind: Kind, server: HTTPServer, header: str) -> None:
    req = _create_once(kind, server, api_key=SECRET, auth_header=header)
    assert req.headers[header] == SECRET
    assert "Authorization" not in req.headers


def test_custom_auth_prefix(kind: Kind, server: HTTPServer) -> None:
    req = _create_once(kind, server, api_key=SECRET, auth_prefix="Token ")
    assert req.headers["Authorization"] == f"Token {SECRET}"


def test_default_headers_query_and_user_agent(kind: Kind, server: HTTPServer) -> None:
    req = _create_once(
        kind,
        server,
        default_headers={"X-Team": "blue", "OpenAI-Organization": "org_1"},
        default_query={"tenant": "t1"},
    )
    assert req.headers["X-Team"] == "blue"
    assert req.headers["OpenAI-Organization"] == "org_1"
    assert req.args.get("tenant") == "t1"
    agent = req.headers["User-Agent"]
    assert "open-responses" in agent
    assert open_responses.__version__ in agent
    assert req.headers["Content-Type"] == "application/json"


def test_user_supplied_http_client(kind: Kind, server: HTTPServer) -> None:
    ok_create(server)
    http = kind.http_client(headers={"X-From-Http-Client": "yes"})

    async def scenario(client: Any) -> Any:
        result = await aw(client.responses.create(model="m", input="hi"))
        await aw(client.close())  # must not close a client it does not own
        again = await aw(client.responses.create(model="m", input="again"))
        assert again.id == result.id
        await aw(http.aclose() if kind.is_async else http.close())
        return result

    assert kind.run(scenario, base_url=base(server), api_key=SECRET, http_client=http).id == (
        "resp_1"
    )
    reqs = requests_of(server)
    assert len(reqs) == 2
    assert reqs[0].headers["X-From-Http-Client"] == "yes"
    assert reqs[0].headers["Authorization"] == f"Bearer {SECRET}"
    assert "open-responses" in reqs[0].headers["User-Agent"]


def test_user_supplied_transport(kind: Kind, server: HTTPServer) -> None:
    ok_create(server)
    seen: list[str] = []

    async def scenario(client: Any) -> Any:
        return await aw(client.responses.create(model="m", input="hi"))

    kind.run(scenario, base_url=base(server), transport=kind.transport(seen))
    assert seen == [f"{base(server)}/v1/responses"]
    assert len(requests_of(server)) == 1


# --------------------------------------------------------------------------- create bodies


def _sent_body(kind: Kind, server: HTTPServer, scenario: Scenario) -> Any:
    ok_create(server)
    kind.run(scenario, base_url=base(server))
    (req,) = requests_of(server)
    assert req.method == "POST"
    assert req.path == "/v1/responses"
    return body_of(req)


def test_create_with_keywords(kind: Kind, server: HTTPServer) -> None:
    async def scenario(client: Any) -> None:
        result = await aw(
            client.responses.create(model="m", input="hi", temperature=0.5, store=False)
        )
        assert isinstance(result, Response)
        assert result.output_text == "Hello"
        assert result.request_id == "req_123"

    assert _sent_body(kind, server, scenario) == {
        "model": "m",
        "input": "hi",
        "temperature": 0.5,
        "store": False,
    }


def test_create_with_generated_body_positional(kind: Kind, server: HTTPServer) -> None:
    async def scenario(client: Any) -> None:
        body = CreateResponseBody(model="m", input="hi", instructions="be brief")
        await aw(client.responses.create(body))

    assert _sent_body(kind, server, scenario) == {
        "model": "m",
        "input": "hi",
        "instructions": "be brief",
    }


def test_create_with_dict_positional_and_keywords_win(kind: Kind, server: HTTPServer) -> None:
    given = {"model": "a", "input": "x", "custom_field": {"k": [1, None]}}

    async def scenario(client: Any) -> None:
        await aw(client.responses.create(given, model="b"))

    assert _sent_body(kind, server, scenario) == {
        "model": "b",
        "input": "x",
        "custom_field": {"k": [1, None]},
    }
    assert given["model"] == "a"  # the caller's dict is not modified


def test_unknown_fields_and_item_types_sent_exactly(kind: Kind, server: HTTPServer) -> None:
    items: list[Any] = [
        {"role": "user", "content": "no type field"},
        {"type": "acme:thing", "payload": {"deep": [1, 2, {"x": None}]}, "flag": True},
        {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": "hi", "acme:extra": 1}],
        },
    ]
    tools: list[Any] = [
        {"type": "web_search"},
        {"type": "mcp", "server_label": "s", "server_url": "https://mcp.example", "x": 1},
        {"type": "acme:tool", "config": {"a": "b"}},
    ]

    async def scenario(client: Any) -> None:
        await aw(
            client.responses.create(
                model="m",
                input=items,
                tools=tools,
                tool_choice={"type": "acme:choice"},
                extra_body={"provider_flag": True, "reasoning_effort": None, "unicode": "é✓"},
            )
        )

    assert _sent_body(kind, server, scenario) == {
        "model": "m",
        "input": items,
        "tools": tools,
        "tool_choice": {"type": "acme:choice"},
        "provider_flag": True,
        "reasoning_effort": None,
        "unicode": "é✓",
    }


def test_previous_output_items_accepted_back_in_input(kind: Kind, server: HTTPServer) -> None:
    output = [
        {
            "type": "reasoning",
            "id": "rs_1",
            "summary": [],
            "encrypted_content": "opaque",
        },
        message_item("The answer is", "msg_9"),
        {
            "type": "function_call",
            "id": "fc_1",
            "call_id": "call_1",
            "name": "lookup",
            "arguments": '{"q": 1}',
            "status": "completed",
        },
        {"type": "acme:thing", "id": "x_1", "anything": {"goes": [1, 2]}},
    ]
    first = response_json(output=output)
    script = Script(reply(body=first), reply(body=response_json("resp_2", "Done")))
    server.expect_request("/v1/responses", method="POST").respond_with_handler(script)

    async def scenario(client: Any) -> tuple[Response, Response]:
        r1 = await aw(client.responses.create(model="m", input="q"))
        extra = {"type": "function_call_output", "call_id": "call_1", "output": "42"}
        r2 = await aw(
            client.responses.create(
                model="m", input=[*r1.output, extra], previous_response_id=r1.id
            )
        )
        return r1, r2

    r1, r2 = kind.run(scenario, base_url=base(server))
    assert r1.output_text == "The answer is"
    assert r2.output_text == "Done"
    sent = body_of(script.requests[1])
    assert sent["previous_response_id"] == "resp_1"
    assert sent["input"] == [
        *output,
        {"type": "function_call_output", "call_id": "call_1", "output": "42"},
    ]


def test_per_call_extra_headers_query_body(kind: Kind, server: HTTPServer) -> None:
    ok_create(server)

    async def scenario(client: Any) -> None:
        await aw(
            client.responses.create(
                model="m",
                input="hi",
                extra_headers={"X-Trace": "t-1", "X-Team": "override"},
                extra_query={"debug": "1", "tenant": "t2"},
                extra_body={"model": "from-extra", "seed": 7},
            )
        )

    kind.run(
        scenario,
        base_url=f"{base(server)}/v1?api-version=x",
        default_headers={"X-Team": "blue"},
        default_query={"tenant": "t1"},
    )
    (req,) = requests_of(server)
    assert req.headers["X-Trace"] == "t-1"
    assert req.headers["X-Team"] == "override"
    assert req.args.get("debug") == "1"
    assert req.args.getlist("tenant") == ["t2"]
    assert req.args.get("api-version") == "x"
    assert body_of(req) == {"model": "from-extra", "input": "hi", "seed": 7}


# --------------------------------------------------------------------------- other operations


def test_raw_response(kind: Kind, server: HTTPServer) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_json(
        response_json(), status=201, headers={"x-request-id": "req_raw", "X-Custom": "c"}
    )

    async def scenario(client: Any) -> APIResponse[Response]:
        raw = await aw(client.responses.with_raw_response.create(model="m", input="hi"))
        assert isinstance(raw, APIResponse)
        return raw

    raw = kind.run(scenario, base_url=base(server))
    assert raw.status_code == 201
    assert raw.headers["x-custom"] == "c"
    assert raw.request_id == "req_raw"
    parsed = raw.parse()
    assert isinstance(parsed, Response)
    assert parsed.output_text == "Hello"
    assert parsed.request_id == "req_raw"


def test_raw_response_on_other_operations(kind: Kind, server: HTTPServer) -> None:
    server.expect_request("/v1/responses/resp_1", method="DELETE").respond_with_json(
        {"id": "resp_1", "object": "response.deleted", "deleted": True},
        headers={"x-request-id": "req_del"},
    )

    async def scenario(client: Any) -> APIResponse[Any]:
        result: APIResponse[Any] = await aw(client.responses.with_raw_response.delete("resp_1"))
        return result

    raw = kind.run(scenario, base_url=base(server))
    assert raw.request_id == "req_del"
    assert isinstance(raw.parse(), DeletedResponseResource)
    assert raw.parse().deleted is True


def test_output_text_joins_all_text_parts(kind: Kind, server: HTTPServer) -> None:
    out = [
        message_item("Hello, ", "m1"),
        {"type": "function_call", "id": "f", "call_id": "c", "name": "n", "arguments": "{}"},
        {
            "type": "message",
            "id": "m2",
            "role": "assistant",
            "content": [
                {"type": "output_text", "text": "world", "annotations": []},
                {"type": "refusal", "refusal": "no"},
                {"type": "output_text", "text": "!", "annotations": []},
            ],
        },
    ]
    ok_create(server, output=out)

    async def scenario(client: Any) -> Any:
        return await aw(client.responses.create(model="m", input="hi"))

    assert kind.run(scenario, base_url=base(server)).output_text == "Hello, world!"


def test_operations_hit_the_right_method_and_path(kind: Kind, server: HTTPServer) -> None:
    server.expect_request("/v1/responses/compact", method="POST").respond_with_json(
        {
            "id": "cmp_1",
            "object": "response.compaction",
            "created_at": 1,
            "output": [{"type": "compaction", "id": "c1", "encrypted_content": "zz"}],
        }
    )
    server.expect_request("/v1/responses/input_tokens", method="POST").respond_with_json(
        {"object": "response.input_tokens", "input_tokens": 5}
    )
    server.expect_request("/v1/responses/resp/1", method="GET").respond_with_json(
        response_json("resp/1")
    )
    server.expect_request("/v1/responses/resp_1", method="GET").respond_with_json(response_json())
    server.expect_request("/v1/responses/resp_1", method="DELETE").respond_with_json(
        {"id": "resp_1", "object": "response.deleted", "deleted": True}
    )
    server.expect_request("/v1/responses/resp_1/cancel", method="POST").respond_with_json(
        response_json(status="cancelled")
    )
    server.expect_request("/v1/responses/resp_1/input_items", method="GET").respond_with_json(
        {
            "object": "list",
            "data": [{"type": "message", "id": "in_1", "role": "user", "content": "hi"}],
            "first_id": "in_1",
            "last_id": "in_1",
            "has_more": False,
        }
    )

    async def scenario(client: Any) -> dict[str, Any]:
        r = client.responses
        return {
            "compact": await aw(r.compact(model="m", input=[{"role": "user", "content": "x"}])),
            "tokens": await aw(r.input_tokens(model="m", input="count me")),
            "retrieve": await aw(r.retrieve("resp_1", include=["a.b", "c.d"])),
            "retrieve_quoted": await aw(r.retrieve("resp/1")),
            "delete": await aw(r.delete("resp_1")),
            "cancel": await aw(r.cancel("resp_1")),
            "items": await aw(r.input_items("resp_1", after="in_0", limit=10, order="asc")),
        }

    res = kind.run(scenario, base_url=base(server))
    assert isinstance(res["compact"], CompactResource)
    assert res["compact"].id == "cmp_1"
    assert isinstance(res["tokens"], InputTokensResource)
    assert res["tokens"].input_tokens == 5
    assert isinstance(res["retrieve"], Response)
    assert res["retrieve"].output_text == "Hello"
    assert res["retrieve_quoted"].id == "resp/1"
    assert isinstance(res["delete"], DeletedResponseResource)
    assert res["delete"].deleted is True
    assert res["cancel"].status == "cancelled"
    assert isinstance(res["items"], InputItemListResource)
    assert res["items"].first_id == "in_1"

    reqs = requests_of(server)
    assert [(q.method, q.environ["RAW_URI"].partition("?")[0]) for q in reqs] == [
        ("POST", "/v1/responses/compact"),
        ("POST", "/v1/responses/input_tokens"),
        ("GET", "/v1/responses/resp_1"),
        ("GET", "/v1/responses/resp%2F1"),  # the id is one path segment
        ("DELETE", "/v1/responses/resp_1"),
        ("POST", "/v1/responses/resp_1/cancel"),
        ("GET", "/v1/responses/resp_1/input_items"),
    ]
    assert body_of(reqs[0]) == {"model": "m", "input": [{"role": "user", "content": "x"}]}
    assert body_of(reqs[1]) == {"model": "m", "input": "count me"}
    assert reqs[2].args.getlist("include[]") == ["a.b", "c.d"]
    assert reqs[4].get_data() == b""
    assert dict(reqs[6].args) == {"after": "in_0", "limit": "10", "order": "asc"}


def test_empty_response_id_is_rejected_before_sending(kind: Kind, server: HTTPServer) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(ValueError):
            await aw(client.responses.retrieve(""))

    kind.run(scenario, base_url=base(server))
    assert requests_of(server) == []


# --------------------------------------------------------------------------- errors

NESTED = {
    "error": {
        "message": "Something is wrong",
        "type": "invalid_request_error",
        "code": "bad_thing",
        "param": "input",
    }
}
FLAT = {"message": "Something is wrong", "type": "invalid_request_error", "code": "bad_thing"}

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, InternalServerError),
]


def _raise_from(kind: Kind, server: HTTPServer, response: WResponse, **client_kwargs: Any) -> Any:
    server.expect_request("/v1/responses", method="POST").respond_with_response(response)

    async def scenario(client: Any) -> Any:
        with pytest.raises(OpenResponsesError) as info:
            await aw(client.responses.create(model="m", input="hi"))
        return info.value

    client_kwargs.setdefault("max_retries", 0)
    return kind.run(scenario, base_url=base(server), **client_kwargs)


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_error_nested_body(
    kind: Kind, server: HTTPServer, status: int, cls: type[APIStatusError]
) -> None:
    err = _raise_from(kind, server, reply(status, NESTED, {"x-request-id": "req_err"}))
    assert type(err) is cls
    assert err.status_code == status
    assert err.code == "bad_thing"
    assert err.type == "invalid_request_error"
    assert err.param == "input"
    assert err.message == "Something is wrong"
    assert err.request_id == "req_err"
    assert err.body == NESTED
    assert "Something is wrong" in str(err)


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_error_flat_body(
    kind: Kind, server: HTTPServer, status: int, cls: type[APIStatusError]
) -> None:
    err = _raise_from(kind, server, reply(status, FLAT))
    assert type(err) is cls
    assert (err.status_code, err.code, err.type, err.param) == (
        status,
        "bad_thing",
        "invalid_request_error",
        None,
    )
    assert err.message == "Something is wrong"
    assert err.request_id is None
    assert err.body == FLAT


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_error_plain_text_body(
    kind: Kind, server: HTTPServer, status: int, cls: type[APIStatusError]
) -> None:
    err = _raise_from(kind, server, reply(status, "upstream exploded\n", content_type="text/plain"))
    assert type(err) is cls
    assert err.status_code == status
    assert err.code is None
    assert err.message == "upstream exploded"
    assert err.body == "upstream exploded\n"


@pytest.mark.parametrize(
    ("status", "cls"), [(502, InternalServerError), (403, PermissionDeniedError)]
)
def test_error_html_body(
    kind: Kind, server: HTTPServer, status: int, cls: type[APIStatusError]
) -> None:
    html = "<html><head><title>Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
    err = _raise_from(kind, server, reply(status, html, content_type="text/html"))
    assert type(err) is cls
    assert err.status_code == status
    assert err.message == "Bad Gateway"
    assert err.body == html


def test_other_4xx_is_plain_status_error(kind: Kind, server: HTTPServer) -> None:
    err = _raise_from(kind, server, reply(418, {"error": {"message": "teapot"}}))
    assert type(err) is APIStatusError
    assert err.status_code == 418


def test_huge_error_body_is_kept_up_to_the_limit(kind: Kind, server: HTTPServer) -> None:
    # An error body is read for the exception up to ERROR_BODY_BYTES, and that
    # much is kept to the byte (numbered lines show a misplaced cut).
    text = "".join(f"{i:07d}\n" for i in range(3 * ERROR_BODY_BYTES // 8))
    err = _raise_from(kind, server, reply(500, text, content_type="text/plain"))
    assert type(err) is InternalServerError
    assert err.body == text[:ERROR_BODY_BYTES]


@pytest.mark.parametrize("status", [400, 404])
def test_previous_response_not_found(kind: Kind, server: HTTPServer, status: int) -> None:
    body = {
        "error": {
            "message": "Previous response with id 'resp_x' not found.",
            "type": "invalid_request_error",
            "code": "previous_response_not_found",
            "param": "previous_response_id",
        }
    }
    err = _raise_from(kind, server, reply(status, body))
    assert isinstance(err, PreviousResponseNotFoundError)
    assert isinstance(err, BadRequestError if status == 400 else NotFoundError)
    assert err.param == "previous_response_id"
    assert err.status_code == status


MALFORMED_200 = [
    ("<html><head><title>Sign in</title></head><body>portal</body></html>", "text/html"),
    ('{"id": "resp_1", "object": "resp', "application/json"),
    ("", "application/json"),
    ("[1, 2, 3]", "application/json"),
    ('"just a string"', "application/json"),
    ("null", "application/json"),
    (json.dumps({k: v for k, v in response_json().items() if k != "id"}), "application/json"),
    (json.dumps(response_json(output=None)), "application/json"),
    (json.dumps(response_json(output=5)), "application/json"),
    (json.dumps(response_json(object="chat.completion")), "application/json"),
    (json.dumps({"choices": [{"message": {"content": "hi"}}]}), "application/json"),
    ("[" * 100_000 + "]" * 100_000, "application/json"),
    (b"\xff\xfe\x00garbage".decode("latin-1"), "application/json"),
]


@pytest.mark.parametrize(("text", "ctype"), MALFORMED_200, ids=range(len(MALFORMED_200)))
def test_unusable_2xx_body_is_response_validation_error(
    kind: Kind, server: HTTPServer, text: str, ctype: str
) -> None:
    err = _raise_from(kind, server, reply(200, text, content_type=ctype))
    assert type(err) is ResponseValidationError
    assert err.status_code == 200
    assert err.body == text


@pytest.mark.parametrize(
    ("call", "path", "method"),
    [
        ("delete", "/v1/responses/resp_1", "DELETE"),
        ("input_items", "/v1/responses/resp_1/input_items", "GET"),
        ("retrieve", "/v1/responses/resp_1", "GET"),
        ("cancel", "/v1/responses/resp_1/cancel", "POST"),
    ],
)
@pytest.mark.parametrize("text", ["[]", "{}", "<html></html>", '{"id": 1, "deleted": "x'])
def test_unusable_2xx_body_on_other_operations(
    kind: Kind, server: HTTPServer, call: str, path: str, method: str, text: str
) -> None:
    server.expect_request(path, method=method).respond_with_data(text, status=200)

    async def scenario(client: Any) -> None:
        with pytest.raises(ResponseValidationError):
            await aw(getattr(client.responses, call)("resp_1"))

    kind.run(scenario, base_url=base(server))


def test_connection_refused(kind: Kind) -> None:
    async def scenario(client: Any) -> Any:
        with pytest.raises(APIConnectionError) as info:
            await aw(client.responses.create(model="m", input="hi"))
        return info.value

    err = kind.run(
        scenario, base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0, api_key=SECRET
    )
    assert type(err) is APIConnectionError
    assert not isinstance(err, APITimeoutError)
    assert isinstance(err.__cause__, httpx.ConnectError)
    assert SECRET not in str(err)
    assert SECRET not in repr(err)


def settle(srv: HTTPServer, count: int) -> None:
    """Wait until the server has logged ``count`` requests, so none lands in the next test."""
    deadline = time.monotonic() + 5
    while len(srv.log) < count and time.monotonic() < deadline:
        time.sleep(0.01)


def _slow(seconds: float) -> Callable[[Request], WResponse]:
    def handler(request: Request) -> WResponse:
        time.sleep(seconds)
        return reply()

    return handler


def test_timeout_from_client_setting(kind: Kind, server: HTTPServer) -> None:
    server.expect_request("/v1/responses").respond_with_handler(_slow(0.5))

    async def scenario(client: Any) -> None:
        with pytest.raises(APITimeoutError):
            await aw(client.responses.create(model="m", input="hi"))

    kind.run(scenario, base_url=base(server), timeout=0.1, max_retries=0)
    settle(server, 1)


def test_timeout_per_call(kind: Kind, server: HTTPServer) -> None:
    server.expect_request("/v1/responses").respond_with_handler(_slow(0.5))

    async def scenario(client: Any) -> None:
        with pytest.raises(APITimeoutError) as info:
            await aw(client.responses.create(model="m", input="hi", timeout=0.1, max_retries=0))
        assert isinstance(info.value, APIConnectionError)

    kind.run(scenario, base_url=base(server))
    settle(server, 1)


def test_truncated_body_at_transport_level(kind: Kind, server: HTTPServer) -> None:
    # Content-Length promises more than is sent; the server then closes the connection.
    short = WResponse('{"id": "resp_1"', status=200, content_type="application/json")
    short.headers["Content-Length"] = "500"
    server.expect_request("/v1/responses").respond_with_response(short)

    async def scenario(client: Any) -> None:
        with pytest.raises((APIConnectionError, ResponseValidationError)):
            await aw(client.responses.create(model="m", input="hi"))

    kind.run(scenario, base_url=base(server), max_retries=0)


def test_unserializable_body_is_library_error(kind: Kind, server: HTTPServer) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(OpenResponsesError):
            await aw(client.responses.create(model="m", input=[object()]))

    kind.run(scenario, base_url=base(server))
    assert requests_of(server) == []


# --------------------------------------------------------------------------- retries


def _count_attempts(
    kind: Kind,
    server: HTTPServer,
    *replies: WResponse,
    call_kwargs: dict[str, Any] | None = None,
    **client_kwargs: Any,
) -> tuple[Script, Any]:
    script = Script(*replies)
    server.expect_request("/v1/responses", method="POST").respond_with_handler(script)

    async def scenario(client: Any) -> Any:
        try:
            return await aw(client.responses.create(model="m", input="hi", **(call_kwargs or {})))
        except OpenResponsesError as exc:
            return exc

    return script, kind.run(scenario, base_url=base(server), **client_kwargs)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_default_two_retries_on_retryable_status(
    kind: Kind, server: HTTPServer, status: int
) -> None:
    script, result = _count_attempts(kind, server, reply(status, NESTED, FAST_RETRY))
    assert script.count == 3
    assert isinstance(result, APIStatusError)
    assert result.status_code == status


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_no_retry_on_client_errors(kind: Kind, server: HTTPServer, status: int) -> None:
    script, result = _count_attempts(kind, server, reply(status, NESTED, FAST_RETRY))
    assert script.count == 1
    assert isinstance(result, APIStatusError)


def test_retry_then_success(kind: Kind, server: HTTPServer) -> None:
    script, result = _count_attempts(
        kind, server, reply(503, NESTED, FAST_RETRY), reply(429, NESTED, FAST_RETRY), reply()
    )
    assert script.count == 3
    assert isinstance(result, Response)
    assert result.output_text == "Hello"


def test_max_retries_per_client(kind: Kind, server: HTTPServer) -> None:
    script, result = _count_attempts(kind, server, reply(500, NESTED, FAST_RETRY), max_retries=1)
    assert script.count == 2
    assert isinstance(result, InternalServerError)


def test_max_retries_zero_per_client(kind: Kind, server: HTTPServer) -> None:
    script, _ = _count_attempts(kind, server, reply(500, NESTED, FAST_RETRY), max_retries=0)
    assert script.count == 1


@pytest.mark.parametrize(("per_call", "attempts"), [(0, 1), (3, 4)])
def test_max_retries_per_call(kind: Kind, server: HTTPServer, per_call: int, attempts: int) -> None:
    script, _ = _count_attempts(
        kind,
        server,
        reply(500, NESTED, FAST_RETRY),
        call_kwargs={"max_retries": per_call},
        max_retries=1,
    )
    assert script.count == attempts


@pytest.mark.parametrize(
    ("headers", "at_least"),
    [
        ({"retry-after-ms": "150"}, 0.15),
        ({"retry-after": "0.2"}, 0.2),
        ({"retry-after": "1"}, 1.0),
        ({"retry-after-ms": "120", "retry-after": "30"}, 0.12),
    ],
)
def test_retry_after_is_honoured(
    kind: Kind, server: HTTPServer, headers: dict[str, str], at_least: float
) -> None:
    script, result = _count_attempts(kind, server, reply(429, NESTED, headers), reply())
    assert isinstance(result, Response)
    assert script.count == 2
    assert script.times[1] - script.times[0] >= at_least


def test_x_should_retry_false_stops(kind: Kind, server: HTTPServer) -> None:
    headers = {**FAST_RETRY, "x-should-retry": "false"}
    script, result = _count_attempts(kind, server, reply(503, NESTED, headers), reply())
    assert script.count == 1
    assert isinstance(result, InternalServerError)


def test_x_should_retry_true_forces(kind: Kind, server: HTTPServer) -> None:
    headers = {**FAST_RETRY, "x-should-retry": "true"}
    script, result = _count_attempts(kind, server, reply(400, NESTED, headers))
    assert script.count == 3
    assert isinstance(result, BadRequestError)


def test_idempotency_key_same_across_attempts_new_per_call(kind: Kind, server: HTTPServer) -> None:
    script = Script(
        reply(500, NESTED, FAST_RETRY), reply(500, NESTED, FAST_RETRY), reply(), reply()
    )
    server.expect_request("/v1/responses", method="POST").respond_with_handler(script)

    async def scenario(client: Any) -> None:
        await aw(client.responses.create(model="m", input="hi"))
        await aw(client.responses.create(model="m", input="hi"))

    kind.run(scenario, base_url=base(server))
    keys = [r.headers.get("Idempotency-Key") for r in script.requests]
    assert len(keys) == 4
    assert keys[0]
    assert keys[0] == keys[1] == keys[2]
    assert keys[3] and keys[3] != keys[0]
    # The body is resent identically on each attempt.
    assert len({r.get_data() for r in script.requests}) == 1


def test_user_idempotency_key_is_kept(kind: Kind, server: HTTPServer) -> None:
    script, _ = _count_attempts(
        kind,
        server,
        reply(500, NESTED, FAST_RETRY),
        reply(),
        call_kwargs={"extra_headers": {"Idempotency-Key": "mine"}},
    )
    assert [r.headers["Idempotency-Key"] for r in script.requests] == ["mine", "mine"]


def test_retries_on_connection_errors(kind: Kind) -> None:
    seen: list[str] = []

    async def scenario(client: Any) -> None:
        with pytest.raises(APIConnectionError):
            await aw(client.responses.create(model="m", input="hi"))

    kind.run(scenario, base_url=f"http://127.0.0.1:{closed_port()}", transport=kind.transport(seen))
    assert len(seen) == 3


def test_connection_error_retry_respects_max_retries(kind: Kind) -> None:
    seen: list[str] = []

    async def scenario(client: Any) -> None:
        with pytest.raises(APIConnectionError):
            await aw(client.responses.create(model="m", input="hi", max_retries=1))

    kind.run(scenario, base_url=f"http://127.0.0.1:{closed_port()}", transport=kind.transport(seen))
    assert len(seen) == 2


# --------------------------------------------------------------------------- secrets


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def text(self) -> str:
        out = []
        for record in self.records:
            out.append(record.getMessage())
            out.append(repr(record.args))
            out.append(repr(record.__dict__))
        return "\n".join(out)


def test_secret_never_in_logs_reprs_or_errors(
    kind: Kind, server: HTTPServer, restore_logger: logging.Logger
) -> None:
    records = _Records()
    restore_logger.addHandler(records)
    restore_logger.setLevel(logging.DEBUG)
    echo = {
        "error": {"message": f"Incorrect API key provided: {SECRET}", "code": "invalid_api_key"}
    }
    script = Script(reply(500, NESTED, FAST_RETRY), reply(), reply(401, echo))
    server.expect_request("/v1/responses", method="POST").respond_with_handler(script)

    async def scenario(client: Any) -> list[BaseException]:
        assert SECRET not in repr(client)
        assert SECRET not in repr(client.settings)
        assert SECRET not in str(client.settings)
        await aw(client.responses.create(model="m", input="hi"))
        errors: list[BaseException] = []
        with pytest.raises(AuthenticationError) as info:
            await aw(client.responses.create(model="m", input="hi"))
        errors.append(info.value)
        return errors

    for auth_header in ("Authorization", "api-key"):
        script.requests.clear()
        errors = kind.run(scenario, base_url=base(server), api_key=SECRET, auth_header=auth_header)
        assert script.count == 3
        assert SECRET in script.requests[0].headers[auth_header]
        for err in errors:
            assert SECRET not in str(err)
            assert SECRET not in repr(err)
            assert SECRET not in err.args[0]

    bad = Kind(kind.name)

    async def refused(client: Any) -> BaseException:
        with pytest.raises(APIConnectionError) as info:
            await aw(client.responses.create(model="m", input="hi"))
        return info.value

    err = bad.run(
        refused, base_url=f"http://127.0.0.1:{closed_port()}", api_key=SECRET, max_retries=1
    )
    assert SECRET not in str(err)
    assert SECRET not in repr(err)

    assert records.records, "expected debug records from the client"
    assert any("redacted" in r.getMessage() for r in records.records)
    assert SECRET not in records.text()


def test_secret_not_logged_with_env_debug(
    kind: Kind,
    server: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    restore_logger: logging.Logger,
) -> None:
    monkeypatch.setenv("OPENRESPONSES_LOG", "debug")
    root_records = _Records()
    logging.getLogger().addHandler(root_records)
    try:
        script = Script(reply(503, NESTED, FAST_RETRY), reply())
        server.expect_request("/v1/responses", method="POST").respond_with_handler(script)

        async def scenario(client: Any) -> None:
            await aw(client.responses.create(model="m", input="hi"))

        kind.run(scenario, base_url=base(server), api_key=SECRET)
    finally:
        logging.getLogger().removeHandler(root_records)
    captured = capfd.readouterr()
    assert "open_responses" in captured.err
    assert "POST" in captured.err
    assert SECRET not in captured.err
    assert SECRET not in captured.out
    lib_records = [r for r in root_records.records if r.name.startswith("open_responses")]
    assert lib_records
    assert SECRET not in root_records.text()


def _redirect_to(location: str) -> WResponse:
    return WResponse("", status=307, headers={"Location": location})


@pytest.mark.parametrize("auth_header", ["Authorization", "api-key", "x-api-key", "X-Custom-Auth"])
def test_credential_not_sent_on_cross_origin_redirect(
    kind: Kind, server: HTTPServer, other_server: HTTPServer, auth_header: str
) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_response(
        _redirect_to(f"{base(other_server)}/v1/responses")
    )
    other_server.expect_request("/v1/responses", method="POST").respond_with_json(
        response_json("resp_b")
    )

    async def scenario(client: Any) -> Any:
        return await aw(client.responses.create(model="m", input="hi"))

    result = kind.run(scenario, base_url=base(server), api_key=SECRET, auth_header=auth_header)
    assert result.id == "resp_b"
    (first,) = requests_of(server)
    (second,) = requests_of(other_server)
    assert SECRET in first.headers[auth_header]
    assert auth_header not in second.headers
    assert all(SECRET not in value for _, value in second.headers.items())
    assert body_of(second) == {"model": "m", "input": "hi"}


@pytest.mark.parametrize("auth_header", ["Authorization", "api-key"])
def test_credential_kept_on_same_origin_redirect(
    kind: Kind, server: HTTPServer, auth_header: str
) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_response(
        _redirect_to("/v2/responses")
    )
    server.expect_request("/v2/responses", method="POST").respond_with_json(response_json())

    async def scenario(client: Any) -> Any:
        return await aw(client.responses.create(model="m", input="hi"))

    kind.run(scenario, base_url=base(server), api_key=SECRET, auth_header=auth_header)
    _first, second = requests_of(server)
    assert second.path == "/v2/responses"
    assert SECRET in second.headers[auth_header]


@pytest.mark.parametrize("auth_header", ["Authorization", "api-key"])
def test_credential_not_sent_cross_origin_with_user_http_client(
    kind: Kind, server: HTTPServer, other_server: HTTPServer, auth_header: str
) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_response(
        _redirect_to(f"{base(other_server)}/v1/responses")
    )
    other_server.expect_request("/v1/responses", method="POST").respond_with_json(
        response_json("resp_b")
    )
    http = kind.http_client(follow_redirects=True)

    async def scenario(client: Any) -> Any:
        try:
            return await aw(client.responses.create(model="m", input="hi"))
        finally:
            await aw(http.aclose() if kind.is_async else http.close())

    kind.run(
        scenario, base_url=base(server), api_key=SECRET, auth_header=auth_header, http_client=http
    )
    for req in requests_of(other_server):
        assert auth_header not in req.headers


def test_hook_on_user_http_client_leaves_its_other_requests_alone(
    kind: Kind, server: HTTPServer, other_server: HTTPServer
) -> None:
    other_server.expect_request("/elsewhere").respond_with_data("ok")
    http = kind.http_client(follow_redirects=True)

    async def scenario(client: Any) -> None:
        try:
            # The caller's own request to another origin keeps the header they set.
            reply_ = await aw(
                http.get(f"{base(other_server)}/elsewhere", headers={"api-key": "own"})
            )
            assert reply_.status_code == 200
        finally:
            await aw(http.aclose() if kind.is_async else http.close())

    kind.run(
        scenario, base_url=base(server), api_key=SECRET, auth_header="api-key", http_client=http
    )
    (req,) = requests_of(other_server)
    assert req.headers["api-key"] == "own"


@pytest.mark.parametrize("url", ["::::", "http://exa mple.com:99x"])
def test_invalid_verbatim_base_url_rejected_at_construction(kind: Kind, url: str) -> None:
    with pytest.raises(ValueError):
        kind.client(base_url=url, normalize_url=False)


@pytest.mark.parametrize("url", ["ftp://h/v1", "http://", "   "])
def test_invalid_base_url_rejected_at_construction(kind: Kind, url: str) -> None:
    with pytest.raises(ValueError):
        kind.client(base_url=url)


# --------------------------------------------------------------------------- threads


def test_one_client_from_many_threads(server: HTTPServer) -> None:
    def echo(request: Request) -> WResponse:
        text = body_of(request)["input"]
        return reply(body=response_json(f"resp_{text}", text))

    server.expect_request("/v1/responses", method="POST").respond_with_handler(echo)
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    with Client(base_url=base(server), api_key=SECRET) as client:

        def work(thread: int) -> None:
            try:
                got = []
                for i in range(25):
                    r = client.responses.create(model="m", input=f"{thread}-{i}")
                    got.append(r.output_text)
                results[thread] = got
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    assert errors == []
    assert results == {t: [f"{t}-{i}" for i in range(25)] for t in range(8)}
    assert len(requests_of(server)) == 200
    keys = {r.headers["Idempotency-Key"] for r in requests_of(server)}
    assert len(keys) == 200


# --------------------------------------------------------------------------- parity


def test_sync_and_async_send_the_same_requests_and_get_the_same_results(
    server: HTTPServer,
) -> None:
    server.expect_request("/v1/responses", method="POST").respond_with_json(
        response_json(), headers={"x-request-id": "req_p"}
    )
    server.expect_request("/v1/responses/resp_1", method="GET").respond_with_json(response_json())
    server.expect_request("/v1/responses/missing", method="GET").respond_with_json(
        {"error": {"message": "nope", "code": "not_found"}}, status=404
    )

    async def scenario(client: Any) -> list[Any]:
        out: list[Any] = []
        r = await aw(
            client.responses.create(
                {"model": "m", "x": 1}, input="hi", extra_body={"y": [1]}, extra_query={"q": "1"}
            )
        )
        out.append(r.to_dict())
        out.append(r.output_text)
        raw = await aw(client.responses.with_raw_response.retrieve("resp_1", include=["i"]))
        out.append((raw.status_code, raw.parse().to_dict()))
        try:
            await aw(client.responses.retrieve("missing"))
        except APIStatusError as exc:
            out.append((type(exc).__name__, exc.status_code, exc.code, str(exc)))
        return out

    def normalized_requests() -> list[Any]:
        reqs = []
        for req in requests_of(server):
            headers = {
                k.lower(): v
                for k, v in req.headers.items()
                if k.lower() not in ("idempotency-key", "host", "content-length")
            }
            reqs.append((req.method, req.full_path, headers, req.get_data()))
        server.clear_log()
        return reqs

    kwargs = {"base_url": base(server), "api_key": SECRET, "default_headers": {"X-A": "1"}}
    sync_result = Kind("sync").run(scenario, **kwargs)
    sync_requests = normalized_requests()
    async_result = Kind("async").run(scenario, **kwargs)
    async_requests = normalized_requests()
    assert sync_result == async_result
    assert len(sync_requests) == 3
    assert sync_requests == async_requests
