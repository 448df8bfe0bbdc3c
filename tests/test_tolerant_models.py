"""The generated models stay tolerant of any reply a server could send.

Replies are generated from the project's own OpenAPI document: a small strategy
builder walks each schema the document marks as server-sent (every streaming
event among them) and perturbs what it builds the way real servers do: random
``null`` s, missing fields that are not reliable, unknown extra keys, enum values
the spec does not list and values of the wrong JSON type.  For every reply:

* ``from_dict`` does not raise, and reading every field does not raise;
* a known ``type`` tag keeps its class (events through ``parse_event``, output
  items and message content parts by their tag), an unknown one gets the fallback;
* ``to_dict()`` gives back exactly the reply (before and after the fields are read);
* ``Response.output_text`` joins the ``text`` of the ``output_text`` parts of the
  ``message`` items that were sent.

Each schema's test counts the replies it checked; the last test checks that the
whole module went through at least ``TOTAL_REPLIES`` of them.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from conftest import PROJECT_ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from open_responses._events import UnknownEvent, parse_event
from open_responses._generated import models
from open_responses._generated.types import Model
from open_responses._response import Response

DOCUMENT = json.loads((PROJECT_ROOT / "openapi" / "openresponses.json").read_text())
SCHEMAS: dict[str, Any] = DOCUMENT["components"]["schemas"]
SERVER_SENT = sorted(n for n, s in SCHEMAS.items() if s.get("x-open-responses-server-sent"))
EVENTS = sorted(n for n, s in SCHEMAS.items() if s.get("x-open-responses-event"))
REF = "#/components/schemas/"

# From this depth on, objects get only their reliable properties and arrays are
# empty, which keeps replies small enough to generate fast (the schemas reach ResponseResource > output > message >
# content > annotations, and the events wrap a ResponseResource).
MAX_DEPTH = 5
EXAMPLES_PER_SCHEMA = 120
EXAMPLES_FOR_OUTPUT_TEXT = 900
TOTAL_REPLIES = 10_000

#: Replies checked, per test id (filled as the tests run).
CHECKED: dict[str, int] = {}


# --------------------------------------------------------------------------- schema facts


def ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.removeprefix(REF) if isinstance(ref, str) else None


def tag_of(name: str) -> str | None:
    """The constant ``type`` of a schema, if it has one."""
    const = SCHEMAS[name].get("properties", {}).get("type", {}).get("const")
    return const if isinstance(const, str) else None


def tagged_union(name: str) -> tuple[dict[str, type[Any]], type[Any]]:
    """A named ``oneOf`` union's tag -> class table and its fallback class."""
    tags: dict[str, type[Any]] = {}
    fallback: type[Any] | None = None
    for member in SCHEMAS[name]["oneOf"]:
        member_name = ref_name(member)
        assert member_name is not None
        cls = getattr(models, member_name)
        if SCHEMAS[member_name].get("x-open-responses-fallback"):
            fallback = cls
        else:
            tag = tag_of(member_name)
            assert tag is not None
            tags[tag] = cls
    assert fallback is not None
    return tags, fallback


def content_union() -> tuple[dict[str, type[Any]], type[Any]]:
    """Message content parts: the inline ``oneOf`` of Message.content items."""
    members = SCHEMAS["Message"]["properties"]["content"]["items"]["oneOf"]
    tags: dict[str, type[Any]] = {}
    fallback: type[Any] | None = None
    for member in members:
        member_name = ref_name(member)
        assert member_name is not None
        tag = tag_of(member_name)
        if tag is None:
            fallback = getattr(models, member_name)
        else:
            tags[tag] = getattr(models, member_name)
    assert fallback is not None
    return tags, fallback


EVENT_CLASSES = {tag_of(n): getattr(models, n) for n in EVENTS}
ITEM_TAGS, ITEM_FALLBACK = tagged_union("ItemField")
PART_TAGS, PART_FALLBACK = content_union()


# --------------------------------------------------------------------------- strategies

JSON_ATOMS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=6),
)
ANY_JSON = st.recursive(
    JSON_ATOMS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)
# A value of some JSON type, usually not the one the schema asks for.
WRONG = st.one_of(
    st.booleans(),
    st.integers(-3, 3),
    st.floats(-1e3, 1e3, allow_nan=False),
    st.text(max_size=4),
    st.lists(st.integers(0, 3), max_size=2),
    st.dictionaries(st.sampled_from(["a", "type", "text"]), st.integers(0, 3), max_size=2),
)
EXTRA_KEYS = st.sampled_from(["x_vendor", "provider_metadata", "_meta", "obfuscation2", "extra"])
UNKNOWN_ENUM = st.sampled_from(["", "acme:custom", "future_value", "UNKNOWN"]) | st.text(max_size=6)


def weighted(*choices: tuple[int, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """One of the strategies, picked in proportion to its weight."""
    table = [strategy for weight, strategy in choices for _ in range(weight)]
    return st.integers(0, len(table) - 1).flatmap(table.__getitem__)


def perturbed(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly ``value``; sometimes ``null``, sometimes a value of another JSON type."""
    return weighted((14, value), (1, st.none()), (1, WRONG))


class Builder:
    """Strategies for the JSON a schema describes, with a server's sloppiness mixed in.

    ``prefer`` names schemas that unions pick more often (so that, say, messages
    with ``output_text`` parts are common in generated responses).
    """

    def __init__(self, prefer: frozenset[str] = frozenset()) -> None:
        self.prefer = prefer
        self._named: dict[tuple[str, int], st.SearchStrategy[Any]] = {}

    def named(self, name: str, depth: int) -> st.SearchStrategy[Any]:
        key = (name, min(depth, MAX_DEPTH + 1))
        found = self._named.get(key)
        if found is None:
            found = self._named[key] = st.deferred(lambda: self.value(SCHEMAS[name], depth))
        return found

    def value(self, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        name = ref_name(schema)
        if name is not None:
            return self.named(name, depth)
        if "const" in schema:
            return weighted((15, st.just(schema["const"])), (1, UNKNOWN_ENUM))
        if "enum" in schema:
            return weighted((5, st.sampled_from(schema["enum"])), (1, UNKNOWN_ENUM))
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self.union(schema[key], depth)
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self.obj(schema, depth)
        if kind == "array":
            size = 0 if depth >= MAX_DEPTH else 3
            return st.lists(self.value(schema.get("items", {}), depth + 1), max_size=size)
        return self.scalar(kind)

    def union(self, members: list[dict[str, Any]], depth: int) -> st.SearchStrategy[Any]:
        choices = [(1, self.value(m, depth)) for m in members]
        preferred = [(6, self.value(m, depth)) for m in members if ref_name(m) in self.prefer]
        return weighted(*preferred, *choices)

    @staticmethod
    def scalar(kind: Any) -> st.SearchStrategy[Any]:
        if kind == "null":
            return st.none()
        if kind == "string":
            return st.text(max_size=8)
        if kind == "integer":
            return st.integers(-(2**40), 2**40)
        if kind == "number":
            return st.integers(-100, 100) | st.floats(allow_nan=False, allow_infinity=False)
        if kind == "boolean":
            return st.booleans()
        return ANY_JSON  # no type: any JSON value

    def obj(self, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        properties: dict[str, Any] = schema.get("properties", {})
        reliable = set(schema.get("required", []))
        always: dict[str, st.SearchStrategy[Any]] = {}
        maybe: dict[str, st.SearchStrategy[Any]] = {}
        for key, sub in properties.items():
            if key in reliable:
                always[key] = perturbed(self.value(sub, depth + 1))
            elif depth < MAX_DEPTH:
                maybe[key] = perturbed(self.value(sub, depth + 1))
        extra = st.dictionaries(
            EXTRA_KEYS.filter(lambda k: k not in properties), ANY_JSON, max_size=2
        )
        return st.tuples(st.fixed_dictionaries(always, optional=maybe), extra).map(
            lambda pair: {**pair[1], **pair[0]}
        )


PLAIN = Builder()
TEXTY = Builder(prefer=frozenset({"Message", "OutputTextContent"}))


# --------------------------------------------------------------------------- expectations


def is_text_part(part: Any) -> bool:
    return isinstance(part, dict) and part.get("type") == "output_text"


def expected_output_text(reply: dict[str, Any]) -> str:
    """The text of the ``output_text`` parts (str ``text``) of the ``message`` items sent."""
    output = reply.get("output")
    if not isinstance(output, list):
        return ""
    texts = []
    for item in output:
        if not (isinstance(item, dict) and item.get("type") == "message"):
            continue
        content = item.get("content")
        if not isinstance(content, list):
            continue
        texts.extend(p["text"] for p in content if is_text_part(p) and isinstance(p["text"], str))
    return "".join(texts)


def class_for(tags: dict[str, type[Any]], fallback: type[Any], value: Any) -> type[Any] | None:
    """The class a union member decodes to: by its ``type`` tag, else the fallback."""
    if type(value) is not dict:
        return None
    tag = value.get("type")
    return tags.get(tag, fallback) if type(tag) is str else fallback


def expected_event(payload: dict[str, Any]) -> tuple[type[Any], dict[str, Any]]:
    """The class ``parse_event`` gives and the JSON its event holds.

    Documented normalisations: a flat error event's fields move under ``error``;
    a payload with no ``type`` but an ``error`` key is an ``error`` event.
    """
    kind = payload.get("type")
    if kind == "error" and not isinstance(payload.get("error"), dict):
        nested = {k: v for k, v in payload.items() if k not in ("type", "sequence_number", "error")}
        data: dict[str, Any] = {"type": "error", "error": nested}
        if "sequence_number" in payload:
            data["sequence_number"] = payload["sequence_number"]
        return EVENT_CLASSES["error"], data
    if kind is None and "error" in payload:
        return EVENT_CLASSES["error"], {"type": "error", **payload}
    cls = EVENT_CLASSES.get(kind) if isinstance(kind, str) else None
    return (cls or UnknownEvent), payload


# --------------------------------------------------------------------------- checks


def read_every_field(obj: Any, depth: int = 0) -> None:
    """Read each documented field of ``obj`` and, recursively, of the models inside it."""
    schema = SCHEMAS.get(type(obj).__name__, {})
    for key in schema.get("properties", {}):
        if key.isidentifier() and hasattr(type(obj), key):
            read_nested(getattr(obj, key), depth + 1)


def read_nested(value: Any, depth: int) -> None:
    if depth > 2 * MAX_DEPTH:
        return
    if isinstance(value, Model):
        read_every_field(value, depth)
    elif isinstance(value, list):
        for element in value:
            read_nested(element, depth + 1)


def check_reply(name: str, reply: dict[str, Any]) -> None:
    sent = copy.deepcopy(reply)
    cls = getattr(models, name)
    obj = cls.from_dict(reply)
    assert type(obj) is cls
    assert obj.to_dict() == sent
    read_every_field(obj)
    assert obj.to_dict() == sent, "reading the fields changed to_dict()"
    assert reply == sent, "from_dict or a read changed the caller's dict"
    if name in EVENTS:
        check_event(reply, sent)
    if name == "ResponseResource":
        check_response(reply, sent)


def check_event(payload: dict[str, Any], sent: dict[str, Any]) -> None:
    event = parse_event(payload)
    cls, data = expected_event(sent)
    assert type(event) is cls
    assert event.to_dict() == data


def check_response(reply: dict[str, Any], sent: dict[str, Any]) -> None:
    response = Response.from_dict(reply)
    output = response.output
    if isinstance(sent.get("output"), list):
        for raw, item in zip(sent["output"], output, strict=True):
            want = class_for(ITEM_TAGS, ITEM_FALLBACK, raw)
            if want is None:
                assert item == raw  # not an object: kept as sent
                continue
            assert type(item) is want
            if want is models.Message and isinstance(raw.get("content"), list):
                for raw_part, part in zip(raw["content"], item.content, strict=True):
                    want_part = class_for(PART_TAGS, PART_FALLBACK, raw_part)
                    assert want_part is None or type(part) is want_part
    assert response.output_text == expected_output_text(sent)
    assert response.to_dict() == sent


# --------------------------------------------------------------------------- tests


def run_property(test_id: str, name: str, builder: Builder, examples: int) -> int:
    """Check ``examples`` generated replies of schema ``name``; return how many had output text."""
    count = texts = 0

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(reply=builder.named(name, 0).filter(lambda r: isinstance(r, dict)))
    def check(reply: dict[str, Any]) -> None:
        nonlocal count, texts
        check_reply(name, reply)
        count += 1
        texts += bool(expected_output_text(reply))

    check()
    # Hypothesis may stop early only when it has run out of distinct replies.
    assert count >= examples // 2, f"only {count} replies generated for {name}"
    CHECKED[test_id] = count
    return texts


def test_documented_names_have_classes() -> None:
    # Every server-sent schema is a generated class, and the unions the checks
    # below rely on have a fallback: the generator and the document agree.
    assert SERVER_SENT and EVENTS and ITEM_TAGS["message"] is models.Message
    assert PART_TAGS["output_text"] is models.OutputTextContent
    assert None not in EVENT_CLASSES and set(EVENT_CLASSES) == set(
        models.STREAMING_EVENT.tags  # type: ignore[attr-defined]
    )


@pytest.mark.parametrize("name", SERVER_SENT)
def test_any_reply_reads_and_round_trips(name: str) -> None:
    run_property(f"schema:{name}", name, PLAIN, EXAMPLES_PER_SCHEMA)


def test_output_text_of_generated_responses() -> None:
    texts = run_property("output_text", "ResponseResource", TEXTY, EXAMPLES_FOR_OUTPUT_TEXT)
    # Enough replies carry text for the comparison to mean something.
    assert texts >= EXAMPLES_FOR_OUTPUT_TEXT // 50, f"only {texts} replies had output text"


@pytest.mark.parametrize(
    "output",
    [
        [{"type": "message", "id": "m", "role": "assistant", "content": None}],
        [{"type": "message", "id": "m", "role": "assistant"}],
        [{"type": "message", "id": "m", "role": "assistant", "content": 5}],
        [{"type": "message", "content": [{"type": "output_text", "text": None}]}],
        [{"type": "message", "content": [{"type": "output_text"}]}],
        [{"type": "message", "content": [{"type": "output_text", "text": 3}]}],
    ],
    ids=["content-null", "content-missing", "content-int", "text-null", "text-missing", "text-int"],
)
def test_output_text_skips_unusable_parts(output: list[Any]) -> None:
    reply = {"id": "r", "object": "response", "created_at": 1, "status": "completed",
             "model": "m", "output": [*output, {"type": "message", "content": [
                 {"type": "output_text", "text": "kept"}]}]}  # fmt: skip
    assert Response.from_dict(reply).output_text == "kept"


def test_enough_replies_were_generated() -> None:
    expected = {f"schema:{n}" for n in SERVER_SENT} | {"output_text"}
    if not expected <= set(CHECKED):
        pytest.skip("runs only after every property test of this module (not a subset)")
    total = sum(CHECKED.values())
    print(f"\n{total} generated replies checked across {len(CHECKED)} tests")
    assert total >= TOTAL_REPLIES
