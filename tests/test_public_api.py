"""The public surface: exports, lazy imports, and the convenience entry points on the client."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import inspect
import subprocess
import sys

import pytest

import open_responses
from open_responses import AsyncClient, Client, StructuredOutputError, tool
from open_responses.testing import ResponsesServer, text


@dataclasses.dataclass
class City:
    name: str
    population: int


@tool
def get_weather(city: str) -> str:
    """Weather for a city."""
    return f"sunny in {city}"


def test_every_exported_name_resolves() -> None:
    for name in open_responses.__all__:
        assert getattr(open_responses, name) is not None, name


def test_public_names_are_the_modules_all_each_from_one_module() -> None:
    # __init__ keeps no list of its own: every public name comes from exactly one
    # module's __all__, and is the object defined (not re-exported) there.
    homes: dict[str, list[str]] = {}
    for module_name in open_responses._PUBLIC_MODULES:
        module = importlib.import_module(module_name, "open_responses")
        for name in module.__all__:
            homes.setdefault(name, []).append(module.__name__)
    assert {name: where for name, where in homes.items() if len(where) > 1} == {}
    assert sorted(homes) == sorted(open_responses.__all__) == dir(open_responses)
    for name, (home,) in homes.items():
        value = getattr(open_responses, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__module__ == home, f"{name} is defined in {value.__module__}"
            assert value.__doc__, f"{name} has no docstring"


def test_star_import_gives_the_public_names() -> None:
    namespace: dict[str, object] = {}
    exec("from open_responses import *", namespace)
    assert sorted(set(namespace) - {"__builtins__"}) == sorted(open_responses.__all__)


def test_import_is_lazy() -> None:
    code = (
        "import sys, open_responses; "
        "print(sorted(m for m in ('httpx', 'attrs', 'open_responses._generated') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_sync_create_imports_neither_asyncio_nor_attrs(server: ResponsesServer) -> None:
    # Together they cost more than importing httpx: a sync program that uses no attrs
    # class must not pay for them (the cold-start benchmark's budget).
    code = (
        "import sys\n"
        "from open_responses import Client\n"
        f"with Client(base_url={server.base_url!r}) as client:\n"
        "    client.responses.create(model='m', input='hi').output_text\n"
        "print(sorted(m for m in ('asyncio', 'attrs', 'attr') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = open_responses.NoSuchThing  # type: ignore[attr-defined]


@pytest.fixture
def server() -> ResponsesServer:
    with ResponsesServer() as running:
        yield running  # type: ignore[misc]


def test_create_with_text_format_parses_the_reply(server: ResponsesServer) -> None:
    with Client(base_url=server.base_url) as client:
        response = client.responses.create(model="m", input="A city please", text_format=City)
    assert isinstance(response.output_parsed, City)
    sent = server.app.requests[-1].json
    assert sent["text"]["format"]["type"] == "json_schema"
    assert sent["text"]["format"]["schema"]["required"] == ["name", "population"]


def test_create_with_text_format_mismatch_raises_with_raw_text(server: ResponsesServer) -> None:
    server.app.model.enqueue(text('{"name": "Paris"}'))
    with Client(base_url=server.base_url) as client, pytest.raises(StructuredOutputError) as info:
        client.responses.create(model="m", input="A city please", text_format=City)
    assert info.value.raw_text == '{"name": "Paris"}'


def test_client_conversation_and_run(server: ResponsesServer) -> None:
    with Client(base_url=server.base_url) as client:
        conversation = client.conversation(model="m", instructions="be brief")
        conversation.send("hello")
        assert "hello" in conversation.send("what is the history?").output_text
        result = client.responses.run(
            model="m", input="call get_weather for Paris", tools=[get_weather]
        )
    assert result.output_text == "The tool returned: sunny in Paris"


def test_async_client_conversation_and_run(server: ResponsesServer) -> None:
    async def scenario() -> tuple[str, str, int]:
        async with AsyncClient(base_url=server.base_url) as client:
            conversation = client.conversation(model="m")
            await conversation.send("hello")
            history = (await conversation.send("history?")).output_text
            ran = await client.responses.run(
                model="m", input="call get_weather for Paris", tools=[get_weather]
            )
            raw = await client.responses.with_raw_response.create(model="m", input="x")
            return history, ran.output_text, raw.status_code

    history, ran, status = asyncio.run(scenario())
    assert "hello" in history
    assert ran == "The tool returned: sunny in Paris"
    assert status == 200


def test_per_call_timeout_none_means_no_limit(server: ResponsesServer) -> None:
    from open_responses import APITimeoutError

    with Client(base_url=server.base_url, timeout=0.1, max_retries=0) as client:
        server.app.model.enqueue(text("slow", delay=0.3))
        with pytest.raises(APITimeoutError):
            client.responses.create(model="m", input="hi")
        server.app.model.enqueue(text("slow", delay=0.3))
        assert client.responses.create(model="m", input="hi", timeout=None).output_text == "slow"


def test_streamed_create_with_text_format_parses_the_final_response(
    server: ResponsesServer,
) -> None:
    with Client(base_url=server.base_url) as client:
        with client.responses.stream(model="m", input="A city", text_format=City) as stream:
            final = stream.get_final_response()
        assert isinstance(final.output_parsed, City)
        streamed = client.responses.create(model="m", input="A city", stream=True, text_format=City)
        assert isinstance(streamed.get_final_response().output_parsed, City)
    assert server.app.requests[-1].json["text"]["format"]["type"] == "json_schema"


def test_total_timeout_starts_when_the_stream_opens(server: ResponsesServer) -> None:
    import time

    with Client(base_url=server.base_url) as client:
        stream = client.responses.stream(model="m", input="hi", total_timeout=0.5)
        time.sleep(0.6)  # building the stream must not start its clock
        with stream:
            assert stream.get_final_response().status == "completed"


def test_pytest_plugin_fixtures_come_from_the_entry_point(
    open_responses_client: Client, open_responses_server: ResponsesServer
) -> None:
    # Not imported here: pytest finds them through the package's pytest11 entry point.
    reply = open_responses_client.responses.create(model="m", input="Say hello")
    assert reply.output_text == "Hello!"
    assert open_responses_server.app.requests[-1].headers.get("authorization") == "Bearer test-key"


def test_bad_arguments_are_typed_errors_that_are_also_value_errors() -> None:
    from open_responses import InvalidArgumentError, OpenResponsesError

    with pytest.raises(InvalidArgumentError) as info:
        Client(base_url="ftp://example.com")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, OpenResponsesError)
    with Client(base_url="http://127.0.0.1:9") as client, pytest.raises(InvalidArgumentError):
        client.responses.retrieve("")
    with pytest.raises(InvalidArgumentError):
        Client(max_retries=-1)
