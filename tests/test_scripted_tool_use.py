"""The embedded model picks tools and fills their arguments the way a model would.

Round trips go over real loopback HTTP through the public client.
"""

from __future__ import annotations

import json
from typing import Literal

import pytest

from open_responses import Client, tool
from open_responses.testing import ResponsesServer, build_arguments
from open_responses.testing._tool_use import rank_tools

WEATHER = {"name": "get_weather", "description": "Current weather for a city."}
TIME = {"name": "get_time", "description": "The local time in a time zone."}
STOCK = {"name": "stock_price", "description": "Latest share price of a company."}


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("Weather in Paris?", ["get_weather"]),
        ("What time is it in Tokyo?", ["get_time"]),
        ("How are Apple shares doing?", ["stock_price"]),
        ("Tell me a joke", []),
        ("", []),
    ],
)
def test_rank_tools_by_shared_words(prompt: str, expected: list[str]) -> None:
    assert [t["name"] for t in rank_tools([WEATHER, TIME, STOCK], prompt)][:1] == expected


def test_rank_ties_keep_the_declaration_order() -> None:
    first = {"name": "forecast_a", "description": ""}
    second = {"name": "forecast_b", "description": ""}
    assert rank_tools([first, second], "forecast") == [first, second]
    assert rank_tools([second, first], "forecast") == [second, first]


CITY_UNIT = {
    "type": "object",
    "properties": {
        "city": {"type": "string"},
        "unit": {"type": "string", "enum": ["C", "F"], "default": "C"},
    },
    "required": ["city", "unit"],
}


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("Weather in Paris?", {"city": "Paris", "unit": "C"}),
        ("Weather in New York, in F please", {"city": "New York", "unit": "F"}),
        ("weather in paris in F", {"city": "paris", "unit": "F"}),
        ("Use get_weather to tell me the weather in Paris.", {"city": "Paris", "unit": "C"}),
        ("weather for city=Lyon", {"city": "Lyon", "unit": "C"}),
        ("weather please", {"city": "<city>", "unit": "C"}),
    ],
)
def test_arguments_come_from_the_prompt(prompt: str, expected: dict[str, str]) -> None:
    assert build_arguments(CITY_UNIT, prompt) == expected


def test_strings_in_order_and_numbers_within_bounds() -> None:
    schema = {
        "type": "object",
        "properties": {
            "origin": {"type": "string"},
            "destination": {"type": "string"},
            "seats": {"type": "integer", "minimum": 1, "maximum": 4},
            "budget": {"type": "number"},
        },
    }
    args = build_arguments(schema, "Flights from Paris to Rome for 9 people under 120.5 euros")
    assert args == {"origin": "Paris", "destination": "Rome", "seats": 4, "budget": 120.5}
    assert build_arguments(schema, "flights")["seats"] == 1  # no number: the minimum


@tool
def get_weather(city: str, unit: Literal["C", "F"] = "C") -> str:
    """Current weather for a city."""
    return f"21 {unit} and sunny in {city}"


@tool
def get_time(zone: str) -> str:
    """The local time in a time zone."""
    return f"12:00 in {zone}"


def test_round_trip_weather_in_paris() -> None:
    with ResponsesServer() as server, Client(base_url=server.base_url) as client:
        response = client.responses.run(
            model="m", input="Weather in Paris?", tools=[get_time, get_weather]
        )
        bodies = [r.json for r in server.app.requests if r.method == "POST"]
        first = client.responses.retrieve(bodies[1]["previous_response_id"]).to_dict()
    calls = [i for i in bodies[1]["input"] if i.get("type") == "function_call_output"]
    assert len(calls) == 1 and calls[0]["output"] == "21 C and sunny in Paris"
    assert first["output"][0]["name"] == "get_weather"
    assert json.loads(first["output"][0]["arguments"]) == {"city": "Paris"}  # unit is optional
    assert "21 C and sunny in Paris" in response.output_text


def test_no_matching_tool_means_a_plain_answer() -> None:
    with ResponsesServer() as server, Client(base_url=server.base_url) as client:
        response = client.responses.run(model="m", input="Say hello", tools=[get_weather])
    assert response.output_text == "Hello!"
