"""Structured output: schemas from types, and replies parsed back into them (over real HTTP)."""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any, NotRequired, TypedDict

import attrs
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request
from werkzeug import Response as WResponse

from open_responses import Client, StructuredOutputError
from open_responses._structured import json_schema_for, parse_output, text_format_param
from open_responses.testing import response_resource


class Mood(enum.Enum):
    HAPPY = "happy"
    SAD = "sad"


@dataclasses.dataclass
class Address:
    city: str
    zip: str | None = None


@dataclasses.dataclass
class Person:
    name: str
    age: int
    mood: Mood
    addresses: list[Address]
    nickname: str | None = None


@attrs.define
class Invoice:
    """An invoice."""

    number: int
    total: float
    customer: Person


class Tag(TypedDict):
    label: str
    weight: NotRequired[float]


S, I, N = {"type": "string"}, {"type": "integer"}, {"type": "number"}  # noqa: E741
NULL = {"type": "null"}
ADDRESS = {
    "type": "object",
    "properties": {"city": S, "zip": {"anyOf": [S, NULL]}},
    "required": ["city", "zip"],
    "additionalProperties": False,
}
PERSON = {
    "type": "object",
    "properties": {
        "name": S,
        "age": I,
        "mood": {"type": "string", "enum": ["happy", "sad"]},
        "addresses": {"type": "array", "items": ADDRESS},
        "nickname": {"anyOf": [S, NULL]},
    },
    "required": ["name", "age", "mood", "addresses", "nickname"],
    "additionalProperties": False,
}


def test_strict_schema_of_a_dataclass() -> None:
    assert json_schema_for(Person) == PERSON


def test_strict_schema_of_an_attrs_class_with_nested_dataclasses() -> None:
    assert json_schema_for(Invoice) == {
        "type": "object",
        "description": "An invoice.",
        "properties": {"number": I, "total": N, "customer": PERSON},
        "required": ["number", "total", "customer"],
        "additionalProperties": False,
    }


def test_typeddict_schema_strict_and_not() -> None:
    assert json_schema_for(Tag) == {
        "type": "object",
        "properties": {"label": S, "weight": {"anyOf": [N, NULL]}},
        "required": ["label", "weight"],
        "additionalProperties": False,
    }
    assert json_schema_for(Tag, strict=False)["required"] == ["label"]


def test_text_format_param() -> None:
    assert text_format_param(Person) == {
        "format": {"type": "json_schema", "name": "Person", "schema": PERSON, "strict": True}
    }
    loose = text_format_param(Person, name="person_v2", strict=False)["format"]
    assert loose["name"] == "person_v2" and loose["strict"] is False
    assert loose["schema"]["required"] == ["name", "age", "mood", "addresses"]


def test_parse_dataclass_recursively() -> None:
    text = json.dumps(
        {
            "name": "Ada",
            "age": 36,
            "mood": "happy",
            "addresses": [{"city": "London", "zip": None}],
            "nickname": None,
        }
    )
    person = parse_output(text, Person)
    assert person == Person("Ada", 36, Mood.HAPPY, [Address("London")])


def test_parse_attrs_and_typeddict() -> None:
    invoice = parse_output(
        '{"number": 7, "total": 9, "customer": {"name": "B", "age": 1, "mood": "sad", "addresses": []}}',
        Invoice,
    )
    assert invoice == Invoice(7, 9.0, Person("B", 1, Mood.SAD, []))
    assert parse_output('{"label": "x", "weight": null}', Tag) == {"label": "x"}
    assert parse_output('[{"label": "x", "weight": 2}]', list[Tag]) == [
        {"label": "x", "weight": 2.0}
    ]


@attrs.define
class Account:
    _owner: str  # its argument is `owner`
    limit: int = attrs.field(default=10, metadata={"description": "Most per day."})
    seen: int = attrs.field(init=False, default=0)


@dataclasses.dataclass
class Basket:
    items: list[int] = dataclasses.field(default_factory=list)
    total: int = dataclasses.field(init=False, default=0)


def test_constructor_fields_of_attrs_and_dataclasses() -> None:
    """Fields come from __init__: aliases, defaults and factories count, init=False ones do not."""
    assert json_schema_for(Account, strict=False) == {
        "type": "object",
        "properties": {"owner": S, "limit": {**I, "description": "Most per day."}},
        "required": ["owner"],
        "additionalProperties": False,
    }
    assert json_schema_for(Basket, strict=False) == {
        "type": "object",
        "properties": {"items": {"type": "array", "items": I}},
        "required": [],
        "additionalProperties": False,
    }
    assert parse_output('{"owner": "ann"}', Account) == Account("ann")
    assert parse_output('{"items": [1, 2]}', Basket) == Basket([1, 2])


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Sure! Here is the JSON:", "not valid JSON"),
        ('{"name": "Ada"}', "missing required field(s) 'age', 'mood', 'addresses'"),
        (
            '{"name": "Ada", "age": "36", "mood": "happy", "addresses": []}',
            "age: expected integer, got string",
        ),
        ('{"name": "Ada", "age": 3, "mood": "angry", "addresses": []}', "mood: expected one of"),
        (
            '{"name": "A", "age": 3, "mood": "sad", "addresses": [{"town": "x"}]}',
            "addresses[0]: unexpected field(s) 'town'",
        ),
    ],
)
def test_mismatch_raises_structured_output_error(text: str, problem: str) -> None:
    with pytest.raises(StructuredOutputError) as info:
        parse_output(text, Person)
    assert problem in str(info.value)
    assert info.value.raw_text == text


def test_pydantic_models_are_duck_typed() -> None:
    pydantic = pytest.importorskip("pydantic")

    class City(pydantic.BaseModel):  # type: ignore[name-defined,misc]
        name: str
        population: int | None = None

    schema = json_schema_for(City)
    assert schema["required"] == ["name", "population"]
    assert schema["additionalProperties"] is False
    assert json_schema_for(City, strict=False) == City.model_json_schema()
    assert parse_output('{"name": "Oslo", "population": 700000}', City) == City(
        name="Oslo", population=700000
    )
    with pytest.raises(StructuredOutputError) as info:
        parse_output('{"population": "many"}', City)
    assert info.value.raw_text == '{"population": "many"}'


class FakePydantic:
    """Quacks like a pydantic model without pydantic: the builder must not need the library."""

    def __init__(self, value: int) -> None:
        self.value = value

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {"value": I, "note": S},
            "required": ["value"],
            "title": "FakePydantic",
        }

    @classmethod
    def model_validate(cls, data: Any) -> FakePydantic:
        if not isinstance(data, dict) or not isinstance(data.get("value"), int):
            raise ValueError("value must be an int")
        return cls(data["value"])


def test_duck_typed_model_without_pydantic() -> None:
    assert json_schema_for(FakePydantic) == {
        "type": "object",
        "properties": {"value": I, "note": {"anyOf": [S, NULL]}},
        "required": ["value", "note"],
        "title": "FakePydantic",
        "additionalProperties": False,
    }
    assert parse_output('{"value": 3}', FakePydantic).value == 3
    with pytest.raises(StructuredOutputError, match="value must be an int"):
        parse_output('{"value": "3"}', FakePydantic)


def _response(text: str) -> dict[str, Any]:
    message = {
        "type": "message",
        "id": "msg_1",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": []}],
    }
    return response_resource([message])


@pytest.mark.parametrize("good", [True, False])
def test_structured_output_over_http(httpserver: HTTPServer, good: bool) -> None:
    bodies: list[dict[str, Any]] = []
    reply = '{"city": "Oslo", "zip": "0150"}' if good else '{"city": "Oslo", "zip": 150}'

    def handle(request: Request) -> WResponse:
        bodies.append(json.loads(request.get_data()))
        return WResponse(json.dumps(_response(reply)), content_type="application/json")

    httpserver.expect_request("/v1/responses", method="POST").respond_with_handler(handle)
    with Client(base_url=httpserver.url_for("/v1"), max_retries=0) as client:
        response = client.responses.create(
            model="m", input="Where?", text=text_format_param(Address)
        )
    assert bodies == [
        {
            "model": "m",
            "input": "Where?",
            "text": {
                "format": {
                    "type": "json_schema",
                    "name": "Address",
                    "schema": ADDRESS,
                    "strict": True,
                }
            },
        }
    ]
    if good:
        assert parse_output(response, Address) == Address("Oslo", "0150")
    else:
        with pytest.raises(
            StructuredOutputError, match="zip: expected string or null, got integer"
        ) as info:
            parse_output(response, Address)
        assert info.value.raw_text == reply


def test_nested_pydantic_models_are_inlined_and_maps_kept() -> None:
    pydantic = pytest.importorskip("pydantic")

    class Town(pydantic.BaseModel):  # type: ignore[name-defined,misc]
        name: str

    class Region(pydantic.BaseModel):  # type: ignore[name-defined,misc]
        towns: list[Town]
        counts: dict[str, int]

    schema = json_schema_for(Region)
    assert "$defs" not in json.dumps(schema) and "$ref" not in json.dumps(schema)
    town = schema["properties"]["towns"]["items"]
    assert town["properties"] == {"name": {"title": "Name", "type": "string"}}
    assert town["additionalProperties"] is False
    assert schema["properties"]["counts"]["additionalProperties"] == {"type": "integer"}
    region = parse_output('{"towns": [{"name": "Bergen"}], "counts": {"a": 1}}', Region)
    assert region.towns[0].name == "Bergen"
