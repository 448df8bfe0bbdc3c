"""Conversations against a real loopback HTTP server that stores responses, or does not."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request
from werkzeug import Response as WResponse

from open_responses import AsyncClient, Client, PreviousResponseNotFoundError
from open_responses._conversation import AsyncConversation, Conversation
from open_responses._generated.models import McpCall, McpListTools
from open_responses.testing import response_resource

Output = list[dict[str, Any]] | Callable[[dict[str, Any]], list[dict[str, Any]]]


def response_json(rid: str, output: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    """A complete ResponseResource body."""
    return response_resource(
        **{"output": output, "id": rid, "created_at": 1, "model": "m", **extra}
    )


def assistant(text: str, mid: str, phase: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "type": "message",
        "id": mid,
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }
    if phase is not None:
        item["phase"] = phase
    return item


def user(text: str) -> dict[str, Any]:
    return {"type": "message", "role": "user", "content": text}


def sse(response: dict[str, Any]) -> WResponse:
    """The response as an SSE stream: created, each item added/done, completed, [DONE]."""
    events: list[dict[str, Any]] = [
        {
            "type": "response.created",
            "response": {**response, "status": "in_progress", "output": []},
        }
    ]
    for index, item in enumerate(response["output"]):
        events.append({"type": "response.output_item.added", "output_index": index, "item": item})
        events.append({"type": "response.output_item.done", "output_index": index, "item": item})
    events.append({"type": "response.completed", "response": response})
    chunks = [
        f"event: {e['type']}\ndata: {json.dumps({**e, 'sequence_number': n})}\n\n"
        for n, e in enumerate(events)
    ]
    chunks.append("data: [DONE]\n\n")
    return WResponse("".join(chunks), content_type="text/event-stream")


class FakeServer:
    """Answers ``POST /v1/responses`` from a script of outputs, like a real server.

    ``stores=True``: responses are kept (unless the body says ``store: false``)
    and ``previous_response_id`` must name one of them; an unknown id gets 404
    ``previous_response_not_found``. ``stores=False``: nothing is kept, so any
    ``previous_response_id`` gets 400 ``previous_response_not_found``.
    """

    def __init__(
        self, httpserver: HTTPServer, script: list[Output], *, stores: bool = True
    ) -> None:
        self.script = list(script)
        self.stores = stores
        self.bodies: list[dict[str, Any]] = []
        self.compact_bodies: list[dict[str, Any]] = []
        self.compact_output: list[dict[str, Any]] = []
        self.stored: set[str] = set()
        self.count = 0
        httpserver.expect_request("/v1/responses", method="POST").respond_with_handler(self.handle)
        httpserver.expect_request("/v1/responses/compact", method="POST").respond_with_handler(
            self.compact
        )

    def not_found(self, prev: str) -> WResponse:
        error = {
            "message": f"Previous response with id '{prev}' not found.",
            "type": "invalid_request_error",
            "param": "previous_response_id",
            "code": "previous_response_not_found",
        }
        return WResponse(
            json.dumps({"error": error}),
            status=404 if self.stores else 400,
            content_type="application/json",
        )

    def handle(self, request: Request) -> WResponse:
        body = json.loads(request.get_data())
        self.bodies.append(body)
        prev = body.get("previous_response_id")
        if prev is not None and prev not in self.stored:
            return self.not_found(prev)
        self.count += 1
        rid = f"resp_{self.count}"
        step = self.script.pop(0)
        output = step(body) if callable(step) else step
        if self.stores and body.get("store", True):
            self.stored.add(rid)
        data = response_json(rid, output, previous_response_id=prev)
        if body.get("stream"):
            return sse(data)
        return WResponse(json.dumps(data), content_type="application/json")

    def compact(self, request: Request) -> WResponse:
        body = json.loads(request.get_data())
        self.compact_bodies.append(body)
        prev = body.get("previous_response_id")
        if prev is not None and prev not in self.stored:
            return self.not_found(prev)
        data = {
            "id": "cmp_1",
            "object": "response.compaction",
            "output": self.compact_output,
            "created_at": 3,
            "usage": {
                "input_tokens": 1,
                "output_tokens": 1,
                "total_tokens": 2,
                "input_tokens_details": {"cached_tokens": 0},
                "output_tokens_details": {"reasoning_tokens": 0},
            },
        }
        return WResponse(json.dumps(data), content_type="application/json")


@pytest.fixture
def client(httpserver: HTTPServer) -> Client:
    return Client(base_url=httpserver.url_for("/v1"), max_retries=0)


REASONING = {"type": "reasoning", "id": "rs_1", "summary": [], "encrypted_content": "gAAA-opaque=="}


def three_turn_script() -> list[Output]:
    return [
        [
            REASONING,
            assistant("Looking.", "msg_1a", "commentary"),
            assistant("Hi!", "msg_1b", "final_answer"),
        ],
        [assistant("Paris.", "msg_2", "final_answer")],
        [assistant("Yes.", "msg_3")],
    ]


def test_three_turns_against_a_storing_server_send_only_new_items(
    httpserver: HTTPServer, client: Client
) -> None:
    server = FakeServer(httpserver, three_turn_script())
    tool = {
        "type": "function",
        "name": "noop",
        "description": None,
        "parameters": None,
        "strict": False,
    }
    conv = Conversation(client, model="m", instructions="Be brief.", tools=[tool], temperature=0.2)

    assert conv.send("Hello").output_text == "Looking.Hi!"
    assert conv.send("Capital of France?").output_text == "Paris."
    assert conv.send([user("Sure?")]).output_text == "Yes."

    common = {"model": "m", "instructions": "Be brief.", "tools": [tool], "temperature": 0.2}
    assert server.bodies == [
        {**common, "input": [user("Hello")]},
        {**common, "input": [user("Capital of France?")], "previous_response_id": "resp_1"},
        {**common, "input": [user("Sure?")], "previous_response_id": "resp_2"},
    ]
    assert conv.mode == "stateful"
    assert conv.fell_back is False
    assert conv.previous_response_id == "resp_3"
    assert conv.last_response is not None and conv.last_response.id == "resp_3"
    assert [i.get("id") for i in conv.history] == [
        None,
        "rs_1",
        "msg_1a",
        "msg_1b",
        None,
        "msg_2",
        None,
        "msg_3",
    ]


def test_three_turns_against_a_non_storing_server_resend_the_full_history(
    httpserver: HTTPServer, client: Client
) -> None:
    server = FakeServer(httpserver, three_turn_script(), stores=False)
    conv = Conversation(client, model="m", instructions="Be brief.", store=False)

    conv.send("Hello")
    conv.send("Capital of France?")
    conv.send("Sure?")

    turn1_out = [
        REASONING,
        assistant("Looking.", "msg_1a", "commentary"),
        assistant("Hi!", "msg_1b", "final_answer"),
    ]
    turn2_out = [assistant("Paris.", "msg_2", "final_answer")]
    common = {"model": "m", "instructions": "Be brief.", "store": False}
    assert server.bodies == [
        {**common, "input": [user("Hello")]},
        {**common, "input": [user("Hello"), *turn1_out, user("Capital of France?")]},
        {
            **common,
            "input": [
                user("Hello"),
                *turn1_out,
                user("Capital of France?"),
                *turn2_out,
                user("Sure?"),
            ],
        },
    ]
    # phase and encrypted_content went back byte for byte.
    assert server.bodies[2]["input"][1]["encrypted_content"] == "gAAA-opaque=="
    assert server.bodies[2]["input"][2]["phase"] == "commentary"
    assert conv.mode == "stateless"
    assert conv.fell_back is False


def test_explicit_stateless_mode_never_chains(httpserver: HTTPServer, client: Client) -> None:
    server = FakeServer(httpserver, [[assistant("a", "m1")], [assistant("b", "m2")]])
    conv = Conversation(client, model="m", mode="stateless")
    conv.send("one")
    conv.send("two")
    assert server.bodies[1] == {
        "model": "m",
        "input": [user("one"), assistant("a", "m1"), user("two")],
    }


@pytest.mark.parametrize("stores", [True, False], ids=["404-forgotten", "400-not-stored"])
def test_auto_mode_falls_back_once_to_stateless(
    httpserver: HTTPServer, client: Client, stores: bool, caplog: pytest.LogCaptureFixture
) -> None:
    script: list[Output] = [[assistant("a", "m1")], [assistant("b", "m2")], [assistant("c", "m3")]]
    server = FakeServer(httpserver, script, stores=stores)
    conv = Conversation(client, model="m", instructions="I")
    conv.send("one")
    if stores:
        server.stored.clear()  # the server lost the response (expired, other region...)

    with caplog.at_level(logging.WARNING, logger="open_responses"):
        assert conv.send("two").output_text == "b"
    conv.send("three")

    history_2 = [user("one"), assistant("a", "m1"), user("two")]
    assert server.bodies == [
        {"model": "m", "instructions": "I", "input": [user("one")]},
        {
            "model": "m",
            "instructions": "I",
            "input": [user("two")],
            "previous_response_id": "resp_1",
        },
        {"model": "m", "instructions": "I", "input": history_2},
        {
            "model": "m",
            "instructions": "I",
            "input": [*history_2, assistant("b", "m2"), user("three")],
        },
    ]
    assert conv.mode == "stateless"
    assert conv.fell_back is True
    fallback_logs = [
        r for r in caplog.records if r.name == "open_responses" and "stateless" in r.message
    ]
    assert len(fallback_logs) == 1
    assert fallback_logs[0].levelno == logging.WARNING


def test_stateful_mode_raises_instead_of_falling_back(
    httpserver: HTTPServer, client: Client
) -> None:
    server = FakeServer(httpserver, [[assistant("a", "m1")]], stores=False)
    conv = Conversation(client, model="m", mode="stateful")
    conv.send("one")
    with pytest.raises(PreviousResponseNotFoundError):
        conv.send("two")
    assert len(server.bodies) == 2
    assert conv.mode == "stateful" and conv.fell_back is False
    assert conv.history == [user("one"), assistant("a", "m1")]  # the failed turn left no trace


def test_stateful_mode_with_store_false_is_refused(client: Client) -> None:
    with pytest.raises(ValueError):
        Conversation(client, model="m", mode="stateful", store=False)


def test_reserved_fields_are_refused(client: Client) -> None:
    with pytest.raises(TypeError):
        Conversation(client, model="m", previous_response_id="x")


def test_mcp_items_pass_through_history_untouched(httpserver: HTTPServer, client: Client) -> None:
    list_tools = {
        "id": "mcpl_1",
        "type": "mcp_list_tools",
        "server_label": "dmcp",
        "tools": [
            {
                "name": "roll",
                "input_schema": {"type": "object"},
                "annotations": {"read_only": False},
            }
        ],
    }
    call = {
        "id": "mcp_1",
        "type": "mcp_call",
        "status": "completed",
        "approval_request_id": None,
        "arguments": '{"d": 6}',
        "error": None,
        "name": "roll",
        "output": "4",
        "server_label": "dmcp",
    }
    vendor = {"type": "acme:trace", "id": "t1", "blob": {"k": [1, 2]}}
    server = FakeServer(
        httpserver, [[list_tools, call, vendor, assistant("4", "m1")], [assistant("ok", "m2")]]
    )
    conv = Conversation(client, model="m", mode="stateless")
    first = conv.send("roll a die")
    assert isinstance(first.output[0], McpListTools)
    assert isinstance(first.output[1], McpCall)
    conv.send("again")
    assert server.bodies[1]["input"] == [
        user("roll a die"),
        list_tools,
        call,
        vendor,
        assistant("4", "m1"),
        user("again"),
    ]


def test_failed_response_is_not_committed(httpserver: HTTPServer, client: Client) -> None:
    script: list[Output] = [[assistant("a", "m1")], [], [assistant("b", "m2")]]
    server = FakeServer(httpserver, script)
    conv = Conversation(client, model="m")
    conv.send("one")
    original = server.handle

    def failing_once(request: Request) -> WResponse:
        reply = original(request)
        if len(server.bodies) == 2:
            data = json.loads(reply.get_data())
            data["status"] = "failed"
            data["error"] = {"code": "server_error", "message": "boom"}
            return WResponse(json.dumps(data), content_type="application/json")
        return reply

    httpserver.clear_all_handlers()
    httpserver.expect_request("/v1/responses", method="POST").respond_with_handler(failing_once)
    failed = conv.send("two")
    assert failed.status == "failed"
    assert conv.previous_response_id == "resp_1"
    conv.send("two")
    assert server.bodies[2] == {
        "model": "m",
        "input": [user("two")],
        "previous_response_id": "resp_1",
    }


def test_stream_updates_the_conversation_when_read_to_the_end(
    httpserver: HTTPServer, client: Client
) -> None:
    server = FakeServer(
        httpserver, [[REASONING, assistant("Hi", "m1", "final_answer")], [assistant("b", "m2")]]
    )
    conv = Conversation(client, model="m", instructions="I")
    with conv.stream("hello") as stream:
        kinds = [event.type for event in stream]  # type: ignore[union-attr]
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    assert conv.last_response is not None and conv.last_response.id == "resp_1"
    assert conv.history == [user("hello"), REASONING, assistant("Hi", "m1", "final_answer")]

    final = conv.stream("more").get_final_response()
    assert final.output_text == "b"
    assert server.bodies == [
        {"model": "m", "instructions": "I", "input": [user("hello")], "stream": True},
        {
            "model": "m",
            "instructions": "I",
            "input": [user("more")],
            "previous_response_id": "resp_1",
            "stream": True,
        },
    ]
    assert conv.previous_response_id == "resp_2"


def test_stream_closed_early_records_nothing(httpserver: HTTPServer, client: Client) -> None:
    FakeServer(httpserver, [[assistant("a", "m1")]])
    conv = Conversation(client, model="m")
    with conv.stream("hello") as stream:
        next(iter(stream))
    assert conv.history == []
    assert conv.last_response is None


def test_stream_falls_back_before_the_first_event(httpserver: HTTPServer, client: Client) -> None:
    server = FakeServer(httpserver, [[assistant("a", "m1")], [assistant("b", "m2")]], stores=False)
    conv = Conversation(client, model="m")
    conv.stream("one").until_done()
    assert conv.stream("two").get_final_response().output_text == "b"
    assert [b.get("previous_response_id") for b in server.bodies] == [None, "resp_1", None]
    assert server.bodies[2]["input"] == [user("one"), assistant("a", "m1"), user("two")]
    assert conv.fell_back is True
    assert conv.history[-1] == assistant("b", "m2")


def test_save_and_restore_through_json(httpserver: HTTPServer, client: Client) -> None:
    server = FakeServer(httpserver, three_turn_script())
    conv = Conversation(client, model="m", instructions="I", temperature=0.5)
    conv.send("Hello")
    conv.send("Capital of France?")
    saved = conv.to_json()
    json.loads(saved)  # plain JSON, fit for a session store

    # A later web request: new client, conversation rebuilt from the text.
    with Client(base_url=httpserver.url_for("/v1"), max_retries=0) as other:
        restored = Conversation.from_json(other, saved)
        assert restored.history == conv.history
        # The whole last response is not saved (it is not needed for the next turn).
        assert restored.last_response is None
        assert restored.previous_response_id == "resp_2"
        assert restored.send("Sure?").output_text == "Yes."
    assert server.bodies[-1] == {
        "model": "m",
        "instructions": "I",
        "temperature": 0.5,
        "input": [user("Sure?")],
        "previous_response_id": "resp_2",
    }


def test_restored_fallback_state_survives(httpserver: HTTPServer, client: Client) -> None:
    server = FakeServer(
        httpserver,
        [[assistant("a", "m1")], [assistant("b", "m2")], [assistant("c", "m3")]],
        stores=False,
    )
    conv = Conversation(client, model="m")
    conv.send("one")
    conv.send("two")
    restored = Conversation.from_json(client, conv.to_json())
    assert restored.mode == "stateless" and restored.fell_back is True
    restored.send("three")
    assert "previous_response_id" not in server.bodies[-1]
    assert len(server.bodies) == 4  # one failed chained attempt only, ever


COMPACTED = [
    {"type": "compaction", "id": "cmp_item_1", "encrypted_content": "ZZZ-summary"},
    assistant("Paris.", "msg_2", "final_answer"),
]


def test_compaction_continues_as_a_new_chain(httpserver: HTTPServer, client: Client) -> None:
    server = FakeServer(httpserver, [*three_turn_script(), [assistant("d", "m4")]])
    server.compact_output = COMPACTED
    conv = Conversation(client, model="m", instructions="I")
    conv.send("Hello")
    conv.send("Capital of France?")

    compacted = conv.compact()
    assert compacted.id == "cmp_1"
    assert server.compact_bodies == [
        {"model": "m", "instructions": "I", "previous_response_id": "resp_2"}
    ]
    assert conv.history == COMPACTED
    assert conv.previous_response_id is None

    conv.send("Sure?")
    conv.send("Really?")
    assert server.bodies[2] == {
        "model": "m",
        "instructions": "I",
        "input": [*COMPACTED, user("Sure?")],
    }
    assert server.bodies[3] == {
        "model": "m",
        "instructions": "I",
        "input": [user("Really?")],
        "previous_response_id": "resp_3",
    }


def test_stateless_compaction_sends_the_items(httpserver: HTTPServer, client: Client) -> None:
    server = FakeServer(httpserver, [[assistant("a", "m1")], [assistant("b", "m2")]], stores=False)
    server.compact_output = COMPACTED
    conv = Conversation(client, model="m", store=False)
    conv.send("one")
    conv.compact(prompt_cache_key="k")
    assert server.compact_bodies == [
        {"model": "m", "prompt_cache_key": "k", "input": [user("one"), assistant("a", "m1")]}
    ]
    conv.send("two")
    assert server.bodies[-1] == {"model": "m", "store": False, "input": [*COMPACTED, user("two")]}


def test_async_conversation_chains_falls_back_and_streams(httpserver: HTTPServer) -> None:
    script: list[Output] = [[assistant("a", "m1")], [assistant("b", "m2")], [assistant("c", "m3")]]
    server = FakeServer(httpserver, script, stores=False)

    async def main() -> AsyncConversation:
        async with AsyncClient(base_url=httpserver.url_for("/v1"), max_retries=0) as aclient:
            conv = AsyncConversation(aclient, model="m", instructions="I")
            assert (await conv.send("one")).output_text == "a"
            assert (await conv.send("two")).output_text == "b"
            async with conv.stream("three") as stream:
                async for _ in stream:
                    pass
            restored = AsyncConversation.from_json(aclient, conv.to_json())
            assert restored.history == conv.history
            return conv

    conv = asyncio.run(main())
    assert conv.fell_back is True
    assert [b.get("previous_response_id") for b in server.bodies] == [None, "resp_1", None, None]
    assert server.bodies[3] == {
        "model": "m",
        "instructions": "I",
        "input": [
            user("one"),
            assistant("a", "m1"),
            user("two"),
            assistant("b", "m2"),
            user("three"),
        ],
        "stream": True,
    }
    assert conv.history[-1] == assistant("c", "m3")
