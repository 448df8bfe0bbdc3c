"""Function tools (schemas, argument validation), the tool loop and MCP approvals, over real HTTP."""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import json
import threading
from typing import Annotated, Any, Literal, NotRequired, Optional, TypedDict

import attrs
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request
from werkzeug import Response as WResponse

from open_responses import AsyncClient, Client, MaxTurnsExceeded
from open_responses._conversation import Conversation
from open_responses._generated.models import FunctionCall, McpApprovalRequest
from open_responses._tool_loop import arun, arun_stream, run, run_stream
from open_responses._tool_runner import LoopOptions
from open_responses._tools import (
    FunctionTool,
    ToolResult,
    allowed_tools,
    mcp_tool,
    tool,
    tool_choice_param,
)
from open_responses.testing import response_resource

# -- schema generation ------------------------------------------------------


class Unit(enum.Enum):
    CELSIUS = "c"
    FAHRENHEIT = "f"


@dataclasses.dataclass
class Point:
    x: float
    y: float = 0.0


class Options(TypedDict):
    verbose: bool
    depth: NotRequired[int]


@attrs.define
class Shape:
    """A polygon."""

    points: list[Point]
    label: str | None = None


@attrs.define
class Scene:
    shapes: list[Shape]
    options: Options


S = {"type": "string"}
I = {"type": "integer"}  # noqa: E741
N = {"type": "number"}
B = {"type": "boolean"}
NULL = {"type": "null"}

POINT = {
    "type": "object",
    "properties": {"x": N, "y": N},
    "required": ["x"],
    "additionalProperties": False,
}
OPTIONS = {
    "type": "object",
    "properties": {"verbose": B, "depth": I},
    "required": ["verbose"],
    "additionalProperties": False,
}
SHAPE = {
    "type": "object",
    "description": "A polygon.",
    "properties": {"points": {"type": "array", "items": POINT}, "label": {"anyOf": [S, NULL]}},
    "required": ["points"],
    "additionalProperties": False,
}


def everything(
    text: str,
    count: int,
    ratio: float,
    flag: bool,
    mode: Literal["fast", "slow"],
    unit: Unit,
    maybe: Optional[int],  # noqa: UP045 - the old spelling must work too
    pipe: str | None,
    tags: list[str],
    weights: dict[str, float],
    point: Point,
    options: Options,
    scene: Scene,
    size: Annotated[int, "Size in pixels."],
    limit: int = 10,
) -> str:
    """Do everything.

    This second paragraph is not part of the description.

    Args:
        text: The text to use.
        limit: At most this many
            results.
    """
    return "ok"


def test_schema_for_every_supported_type() -> None:
    t = tool(everything)
    assert t.name == "everything"
    assert t.description == "Do everything."
    params = t.parameters
    assert params["properties"] == {
        "text": {**S, "description": "The text to use."},
        "count": I,
        "ratio": N,
        "flag": B,
        "mode": {"type": "string", "enum": ["fast", "slow"]},
        "unit": {"type": "string", "enum": ["c", "f"]},
        "maybe": {"anyOf": [I, NULL]},
        "pipe": {"anyOf": [S, NULL]},
        "tags": {"type": "array", "items": S},
        "weights": {"type": "object", "additionalProperties": N},
        "point": POINT,
        "options": OPTIONS,
        "scene": {
            "type": "object",
            "properties": {"shapes": {"type": "array", "items": SHAPE}, "options": OPTIONS},
            "required": ["shapes", "options"],
            "additionalProperties": False,
        },
        "size": {**I, "description": "Size in pixels."},
        "limit": {**I, "description": "At most this many results."},
    }
    # A default makes a parameter optional.
    assert "limit" not in params["required"]
    assert params["required"] == [name for name in params["properties"] if name != "limit"]
    assert params["additionalProperties"] is False
    assert t.to_param() == {
        "type": "function",
        "name": "everything",
        "description": "Do everything.",
        "parameters": params,
        "strict": False,
    }


def test_strict_schema_requires_every_property_and_makes_optional_ones_nullable() -> None:
    @tool(strict=True)
    def find(query: str, point: Point, limit: int = 5) -> str:
        """Find."""
        return query

    assert find.to_param()["strict"] is True
    assert find.parameters == {
        "type": "object",
        "properties": {
            "query": S,
            "point": {
                "type": "object",
                "properties": {"x": N, "y": {"anyOf": [N, NULL]}},
                "required": ["x", "y"],
                "additionalProperties": False,
            },
            "limit": {"anyOf": [I, NULL]},
        },
        "required": ["query", "point", "limit"],
        "additionalProperties": False,
    }
    # null for a defaulted parameter means "use the default".
    assert find.parse_arguments('{"query": "q", "point": {"x": 1, "y": null}, "limit": null}') == {
        "query": "q",
        "point": Point(1.0, 0.0),
    }


def test_tool_decorator_forms_and_name_validation() -> None:
    @tool
    def plain(a: int) -> int:
        return a + 1

    @tool(name="renamed", description="Custom.")
    def other() -> None:
        """Ignored."""

    assert isinstance(plain, FunctionTool) and plain(1) == 2
    assert other.name == "renamed" and other.description == "Custom."
    assert other.parameters == {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": False,
    }
    with pytest.raises(ValueError):
        tool(plain.fn, name="has space")


def test_arguments_are_converted_recursively() -> None:
    t = tool(everything)
    args = t.parse_arguments(
        json.dumps(
            {
                "text": "t",
                "count": 3.0,
                "ratio": 1,
                "flag": True,
                "mode": "slow",
                "unit": "f",
                "maybe": None,
                "pipe": "p",
                "tags": ["a"],
                "weights": {"w": 2},
                "point": {"x": 1},
                "options": {"verbose": False},
                "scene": {
                    "shapes": [{"points": [{"x": 1, "y": 2}]}],
                    "options": {"verbose": True, "depth": 2},
                },
                "size": 4,
            }
        )
    )
    assert args["count"] == 3 and isinstance(args["count"], int)
    assert args["ratio"] == 1.0 and isinstance(args["ratio"], float)
    assert args["unit"] is Unit.FAHRENHEIT
    assert args["point"] == Point(1.0, 0.0)
    assert args["scene"] == Scene([Shape([Point(1.0, 2.0)])], {"verbose": True, "depth": 2})
    assert "limit" not in args


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ('{"city": "Paris"', "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ("{}", "missing required field(s) 'city'"),
        ('{"city": "Paris", "zip": 1}', "unexpected field(s) 'zip'"),
        ('{"city": 5}', "city: expected string, got integer"),
        ('{"city": "P", "days": "3"}', "days: expected integer, got string"),
        ('{"city": "P", "unit": "k"}', "unit: expected one of ['c', 'f'], got 'k'"),
        ('{"city": "P", "days": true}', "days: expected integer, got boolean"),
    ],
)
def test_bad_arguments_become_the_output_for_the_model(arguments: str, problem: str) -> None:
    calls = []

    @tool
    def weather(city: str, days: int = 1, unit: Unit = Unit.CELSIUS) -> str:
        calls.append(city)
        return "sunny"

    result = weather.invoke("call_1", arguments)
    assert result.call_id == "call_1" and result.name == "weather"
    assert result.error is not None and problem in result.error
    assert result.output == result.error
    assert result.output.startswith("Error: invalid arguments for tool 'weather'")
    assert calls == []


def test_tool_exceptions_and_return_values() -> None:
    @tool
    def boom() -> str:
        raise RuntimeError("disk on fire")

    @tool
    def data() -> Point:
        return Point(1.0, 2.0)

    failed = boom.invoke("c1", "{}")
    assert failed.error == "Error: tool 'boom' raised RuntimeError: disk on fire"
    assert data.invoke("c2", "").output == '{"x": 1.0, "y": 2.0}'


def test_tool_choice_forms() -> None:
    assert tool_choice_param("auto") == "auto"
    assert tool_choice_param("required") == "required"
    assert tool_choice_param("none") == "none"
    assert tool_choice_param("get_weather") == {"type": "function", "name": "get_weather"}
    assert allowed_tools(["a", tool(everything)], mode="required") == {
        "type": "allowed_tools",
        "tools": [{"type": "function", "name": "a"}, {"type": "function", "name": "everything"}],
        "mode": "required",
    }
    assert allowed_tools(["a"])["mode"] == "auto"


def test_mcp_tool_dict() -> None:
    assert mcp_tool("dmcp", "https://mcp.example/sse") == {
        "type": "mcp",
        "server_label": "dmcp",
        "server_url": "https://mcp.example/sse",
    }
    assert mcp_tool(
        "gh",
        allowed_tools=["search"],
        require_approval="never",
        headers={"Authorization": "Bearer x"},
        connector_id="connector_github",
    ) == {
        "type": "mcp",
        "server_label": "gh",
        "allowed_tools": ["search"],
        "require_approval": "never",
        "headers": {"Authorization": "Bearer x"},
        "connector_id": "connector_github",
    }


# -- the loop over HTTP -----------------------------------------------------


def response_json(rid: str, output: list[dict[str, Any]], prev: str | None) -> dict[str, Any]:
    return response_resource(output, id=rid, previous_response_id=prev)


def call(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    return {
        "type": "function_call",
        "id": f"fc_{call_id}",
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
        "status": "completed",
    }


def message(text: str) -> dict[str, Any]:
    return {
        "type": "message",
        "id": "msg_x",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }


def user(text: str) -> dict[str, Any]:
    return {"type": "message", "role": "user", "content": text}


def output(call_id: str, text: str) -> dict[str, Any]:
    return {"type": "function_call_output", "call_id": call_id, "output": text}


class ModelServer:
    """A storing (or non-storing) server whose model plays a script of outputs.

    A scripted step may be a function of the request body, so the "model" can
    react to tool outputs as a real one would.
    """

    def __init__(self, httpserver: HTTPServer, script: list[Any], *, stores: bool = True) -> None:
        self.script = list(script)
        self.stores = stores
        self.bodies: list[dict[str, Any]] = []
        self.ids: set[str] = set()
        httpserver.expect_request("/v1/responses", method="POST").respond_with_handler(self.handle)

    def handle(self, request: Request) -> WResponse:
        body = json.loads(request.get_data())
        self.bodies.append(body)
        prev = body.get("previous_response_id")
        if prev is not None and prev not in self.ids:
            error = {"message": "not found", "type": "invalid_request_error", "param": None,
                     "code": "previous_response_not_found"}  # fmt: skip
            return WResponse(
                json.dumps({"error": error}), status=400, content_type="application/json"
            )
        rid = f"resp_{len(self.bodies)}"
        if self.stores and body.get("store", True):
            self.ids.add(rid)
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        items = step(body) if callable(step) else step
        data = response_json(rid, items, prev)
        if body.get("stream"):
            events: list[dict[str, Any]] = [
                {"type": "response.created", "response": {**data, "output": []}}
            ]
            for n, item in enumerate(items):
                events.append(
                    {"type": "response.output_item.added", "output_index": n, "item": item}
                )
                events.append(
                    {"type": "response.output_item.done", "output_index": n, "item": item}
                )
            events.append({"type": "response.completed", "response": data})
            text = "".join(
                f"event: {e['type']}\ndata: {json.dumps({**e, 'sequence_number': i})}\n\n"
                for i, e in enumerate(events)
            )
            return WResponse(text + "data: [DONE]\n\n", content_type="text/event-stream")
        return WResponse(json.dumps(data), content_type="application/json")


@pytest.fixture
def client(httpserver: HTTPServer) -> Client:
    return Client(base_url=httpserver.url_for("/v1"), max_retries=0)


@tool
def get_weather(city: str, unit: Literal["c", "f"] = "c") -> dict[str, Any]:
    """Current weather for a city."""
    return {"city": city, "temp": 21, "unit": unit}


@tool
def get_time(city: str) -> str:
    """Local time in a city."""
    raise TimeoutError(f"clock service for {city} is down")


def answer_from_outputs(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The model's last turn: it reads the tool outputs it was sent."""
    outputs = {
        i["call_id"]: i["output"] for i in body["input"] if i["type"] == "function_call_output"
    }
    return [message(f"weather={outputs['c1']} | time={outputs['c2']}")]


TWO_CALLS = [
    call("c1", "get_weather", '{"city": "Paris"}'),
    call("c2", "get_time", '{"city": "Paris"}'),
]
WEATHER_OUT = '{"city": "Paris", "temp": 21, "unit": "c"}'
TIME_ERR = "Error: tool 'get_time' raised TimeoutError: clock service for Paris is down"


def test_run_two_parallel_calls_one_raises(httpserver: HTTPServer, client: Client) -> None:
    server = ModelServer(httpserver, [TWO_CALLS, answer_from_outputs])
    response = run(
        client, model="m", input="Weather and time in Paris?", tools=[get_weather, get_time],
        instructions="Use tools.",
    )  # fmt: skip
    assert response.output_text == f"weather={WEATHER_OUT} | time={TIME_ERR}"
    tools = [get_weather.to_param(), get_time.to_param()]
    assert server.bodies == [
        {
            "model": "m",
            "instructions": "Use tools.",
            "tools": tools,
            "input": [user("Weather and time in Paris?")],
        },
        {
            "model": "m",
            "instructions": "Use tools.",
            "tools": tools,
            "input": [output("c1", WEATHER_OUT), output("c2", TIME_ERR)],
            "previous_response_id": "resp_1",
        },
    ]


def test_async_run_executes_the_calls_of_a_turn_concurrently(httpserver: HTTPServer) -> None:
    server = ModelServer(
        httpserver, [[call("a", "left", "{}"), call("b", "right", '{"n": 2}')], answer_pair]
    )
    started: list[str] = []

    async def main() -> str:
        # Each tool waits for the other to start: sequential execution would deadlock.
        left_started, right_started = asyncio.Event(), asyncio.Event()

        @tool
        async def left() -> str:
            started.append("left")
            left_started.set()
            await asyncio.wait_for(right_started.wait(), 5)
            return "L"

        @tool
        async def right(n: int) -> str:
            started.append("right")
            right_started.set()
            await asyncio.wait_for(left_started.wait(), 5)
            raise ValueError(f"right failed with n={n}")

        async with AsyncClient(base_url=httpserver.url_for("/v1"), max_retries=0) as aclient:
            response = await arun(aclient, model="m", input="go", tools=[left, right])
            return response.output_text

    assert (
        asyncio.run(main()) == "a=L b=Error: tool 'right' raised ValueError: right failed with n=2"
    )
    assert sorted(started) == ["left", "right"]
    assert server.bodies[1]["input"] == [
        output("a", "L"),
        output("b", "Error: tool 'right' raised ValueError: right failed with n=2"),
    ]
    assert server.bodies[1]["previous_response_id"] == "resp_1"


def answer_pair(body: dict[str, Any]) -> list[dict[str, Any]]:
    outs = {i["call_id"]: i["output"] for i in body["input"] if i["type"] == "function_call_output"}
    return [message(f"a={outs['a']} b={outs['b']}")]


def test_async_run_runs_plain_functions_in_threads(httpserver: HTTPServer) -> None:
    ModelServer(httpserver, [[call("a", "wait_a", "{}"), call("b", "wait_b", "{}")], answer_pair])
    a_in, b_in = threading.Event(), threading.Event()

    @tool
    def wait_a() -> str:
        a_in.set()
        return "A" if b_in.wait(5) else "timeout"

    @tool
    def wait_b() -> str:
        b_in.set()
        return "B" if a_in.wait(5) else "timeout"

    async def main() -> str:
        async with AsyncClient(base_url=httpserver.url_for("/v1"), max_retries=0) as aclient:
            return (await arun(aclient, model="m", input="go", tools=[wait_a, wait_b])).output_text

    assert asyncio.run(main()) == "a=A b=B"


def test_bad_arguments_json_goes_back_to_the_model(httpserver: HTTPServer, client: Client) -> None:
    server = ModelServer(
        httpserver,
        [
            [call("c1", "get_weather", '{"city": "Par')],
            [call("c2", "get_weather", '{"city": "Paris"}')],
            [message("21C")],
        ],
    )
    response = run(client, model="m", input="Weather?", tools=[get_weather])
    assert response.output_text == "21C"
    sent = server.bodies[1]["input"]
    assert len(sent) == 1 and sent[0]["call_id"] == "c1"
    assert sent[0]["output"].startswith(
        "Error: invalid arguments for tool 'get_weather': arguments are not valid JSON"
    )
    assert server.bodies[2]["input"] == [output("c2", WEATHER_OUT)]


def test_unknown_tool_gets_an_error_output(httpserver: HTTPServer, client: Client) -> None:
    server = ModelServer(httpserver, [[call("c1", "launch", "{}")], [message("ok")]])
    run(client, model="m", input="x", tools=[get_weather])
    assert server.bodies[1]["input"] == [
        output("c1", "Error: unknown tool 'launch' (available: get_weather)")
    ]


def test_max_turns_raises_with_the_last_response(httpserver: HTTPServer, client: Client) -> None:
    server = ModelServer(httpserver, [[call("c", "get_weather", '{"city": "X"}')]])
    with pytest.raises(MaxTurnsExceeded) as info:
        run(client, model="m", input="loop", tools=[get_weather], max_turns=3)
    assert len(server.bodies) == 3
    assert info.value.response.id == "resp_3"
    assert info.value.max_turns == 3
    assert isinstance(info.value.response.output[0], FunctionCall)


def test_loop_options_are_split_from_the_request_fields() -> None:
    options, params = LoopOptions.split({"max_turns": 2, "temperature": 0.5, "store": False})
    assert options == LoopOptions(max_turns=2)
    assert (options.tools, options.tool_choice, options.on_approval) == ((), None, None)
    assert params == {"temperature": 0.5, "store": False}


def test_every_entry_point_sends_request_fields_but_not_loop_options(
    httpserver: HTTPServer, client: Client
) -> None:
    server = ModelServer(httpserver, [[message("a")], [message("b")]])
    run(client, model="m", input="x", tools=[get_weather], max_turns=1, temperature=0.5)
    Conversation(client, model="m").run("y", tools=[get_weather], max_turns=1, top_p=0.5)
    first, second = server.bodies
    assert (first["temperature"], "top_p" in first) == (0.5, False)
    assert (second["top_p"], "temperature" in second) == (0.5, False)
    for body in (first, second):
        assert [t["name"] for t in body["tools"]] == ["get_weather"]
        assert not {"max_turns", "on_approval"} & set(body)


def test_conversation_run_resumes_after_max_turns(httpserver: HTTPServer, client: Client) -> None:
    server = ModelServer(
        httpserver, [[call("c1", "get_weather", '{"city": "X"}')], [message("done")]]
    )
    conv = Conversation(client, model="m", tools=[get_weather])
    with pytest.raises(MaxTurnsExceeded):
        conv.run("go", max_turns=1)
    assert conv.run().output_text == "done"
    assert server.bodies[1]["input"] == [output("c1", '{"city": "X", "temp": 21, "unit": "c"}')]
    assert server.bodies[1]["previous_response_id"] == "resp_1"


def test_forcing_tool_choice_is_relaxed_after_the_first_call(
    httpserver: HTTPServer, client: Client
) -> None:
    server = ModelServer(
        httpserver, [[call("c1", "get_weather", '{"city": "X"}')], [message("done")]]
    )
    run(client, model="m", input="x", tools=[get_weather], tool_choice="get_weather")
    assert server.bodies[0]["tool_choice"] == {"type": "function", "name": "get_weather"}
    assert server.bodies[1]["tool_choice"] == "auto"


def test_allowed_tools_restriction_is_kept(httpserver: HTTPServer, client: Client) -> None:
    server = ModelServer(
        httpserver, [[call("c1", "get_weather", '{"city": "X"}')], [message("done")]]
    )
    choice = allowed_tools(["get_weather"], mode="required")
    run(client, model="m", input="x", tools=[get_weather, get_time], tool_choice=choice)
    assert server.bodies[0]["tool_choice"] == choice
    assert server.bodies[1]["tool_choice"] == {**choice, "mode": "auto"}
    assert [t["name"] for t in server.bodies[1]["tools"]] == ["get_weather", "get_time"]


def test_run_against_a_non_storing_server_resends_everything(
    httpserver: HTTPServer, client: Client
) -> None:
    server = ModelServer(httpserver, [TWO_CALLS, answer_from_outputs], stores=False)
    run(client, model="m", input="hi", tools=[get_weather, get_time], store=False)
    assert server.bodies[1]["store"] is False
    assert "previous_response_id" not in server.bodies[1]
    assert server.bodies[1]["input"] == [
        user("hi"),
        *TWO_CALLS,
        output("c1", WEATHER_OUT),
        output("c2", TIME_ERR),
    ]


# -- MCP ---------------------------------------------------------------------

LIST_TOOLS = {
    "id": "mcpl_1", "type": "mcp_list_tools", "server_label": "dmcp",
    "tools": [{"name": "roll", "input_schema": {"type": "object"}, "annotations": {"read_only": False}}],
}  # fmt: skip
APPROVAL = {
    "id": "mcpr_1", "type": "mcp_approval_request", "server_label": "dmcp",
    "name": "roll", "arguments": '{"sides": 6}',
}  # fmt: skip
MCP_CALL = {
    "id": "mcp_1", "type": "mcp_call", "server_label": "dmcp", "name": "roll",
    "arguments": '{"sides": 6}', "output": "4", "error": None, "status": "completed",
    "approval_request_id": "mcpr_1",
}  # fmt: skip


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        (True, {"type": "mcp_approval_response", "approval_request_id": "mcpr_1", "approve": True}),
        (
            (False, "too risky"),
            {
                "type": "mcp_approval_response",
                "approval_request_id": "mcpr_1",
                "approve": False,
                "reason": "too risky",
            },
        ),
    ],
)
def test_mcp_approval_round_trip(
    httpserver: HTTPServer, client: Client, decision: Any, expected: dict[str, Any]
) -> None:
    server = ModelServer(httpserver, [[LIST_TOOLS, APPROVAL], [MCP_CALL, message("You rolled 4.")]])
    seen: list[Any] = []

    def on_approval(request: McpApprovalRequest) -> Any:
        seen.append(request)
        return decision

    dice = mcp_tool("dmcp", "https://dmcp.example/sse", require_approval="always")
    response = run(client, model="m", input="Roll a die", tools=[dice], on_approval=on_approval)
    assert response.output_text == "You rolled 4."
    assert len(seen) == 1 and isinstance(seen[0], McpApprovalRequest)
    assert seen[0].name == "roll" and seen[0].arguments == '{"sides": 6}'
    assert server.bodies == [
        {"model": "m", "tools": [dice], "input": [user("Roll a die")]},
        {"model": "m", "tools": [dice], "input": [expected], "previous_response_id": "resp_1"},
    ]


def test_mcp_approval_without_a_hook_returns_to_the_app(
    httpserver: HTTPServer, client: Client
) -> None:
    server = ModelServer(httpserver, [[LIST_TOOLS, APPROVAL]])
    response = run(client, model="m", input="Roll", tools=[mcp_tool("dmcp", "https://d")])
    assert isinstance(response.output[1], McpApprovalRequest)
    assert len(server.bodies) == 1


def test_async_mcp_approval_with_a_coroutine_hook(httpserver: HTTPServer) -> None:
    server = ModelServer(httpserver, [[APPROVAL], [MCP_CALL, message("4")]])

    async def on_approval(request: McpApprovalRequest) -> bool:
        await asyncio.sleep(0)
        return request.server_label == "dmcp"

    async def main() -> str:
        async with AsyncClient(base_url=httpserver.url_for("/v1"), max_retries=0) as aclient:
            r = await arun(
                aclient,
                model="m",
                input="Roll",
                tools=[mcp_tool("dmcp", "https://d")],
                on_approval=on_approval,
            )
            return r.output_text

    assert asyncio.run(main()) == "4"
    assert server.bodies[1]["input"] == [
        {"type": "mcp_approval_response", "approval_request_id": "mcpr_1", "approve": True}
    ]


# -- streaming loop ----------------------------------------------------------


def test_run_stream_yields_events_and_tool_results(httpserver: HTTPServer, client: Client) -> None:
    server = ModelServer(httpserver, [TWO_CALLS, answer_from_outputs])
    seen: list[Any] = []
    with run_stream(client, model="m", input="hi", tools=[get_weather, get_time]) as stream:
        for item in stream:
            seen.append(item if isinstance(item, ToolResult) else item.type)  # type: ignore[union-attr]
    assert seen == [
        "response.created",
        "response.output_item.added", "response.output_item.done",
        "response.output_item.added", "response.output_item.done",
        "response.completed",
        ToolResult("c1", "get_weather", WEATHER_OUT),
        ToolResult("c2", "get_time", TIME_ERR, TIME_ERR),
        "response.created", "response.output_item.added", "response.output_item.done",
        "response.completed",
    ]  # fmt: skip
    assert stream.response is not None
    assert stream.response.output_text == f"weather={WEATHER_OUT} | time={TIME_ERR}"
    assert server.bodies[1]["input"] == [output("c1", WEATHER_OUT), output("c2", TIME_ERR)]
    assert (
        server.bodies[1]["stream"] is True and server.bodies[1]["previous_response_id"] == "resp_1"
    )


def test_async_run_stream(httpserver: HTTPServer) -> None:
    ModelServer(httpserver, [TWO_CALLS, answer_from_outputs])

    async def main() -> tuple[list[ToolResult], str]:
        async with AsyncClient(base_url=httpserver.url_for("/v1"), max_retries=0) as aclient:
            stream = arun_stream(aclient, model="m", input="hi", tools=[get_weather, get_time])
            results = [item async for item in stream if isinstance(item, ToolResult)]
            assert stream.response is not None
            return results, stream.response.output_text

    results, text = asyncio.run(main())
    assert [r.call_id for r in results] == ["c1", "c2"]
    assert results[1].error == TIME_ERR
    assert text == f"weather={WEATHER_OUT} | time={TIME_ERR}"
