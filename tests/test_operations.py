"""Every operation of the document is reachable from both clients; the generated keyword types match."""

from __future__ import annotations

import inspect
import json
from typing import Any

from conftest import PROJECT_ROOT

from open_responses import AsyncClient, Client
from open_responses._generated import api

DOCUMENT = json.loads((PROJECT_ROOT / "openapi" / "openresponses.json").read_text("utf-8"))
METHODS = ("get", "post", "put", "patch", "delete")


def _document_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in DOCUMENT["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                found[operation["operationId"]] = (method.upper(), path, operation)
    return found


def _method_name(operation_id: str) -> str:
    words = []
    for char in operation_id:
        if char.isupper() and words:
            words.append("_")
        words.append(char.lower())
    return "_".join(w for w in "".join(words).split("_") if w not in ("response", "responses"))


def test_every_operation_is_a_method_of_both_clients() -> None:
    operations = _document_operations()
    assert len(operations) == len(api.OPERATIONS) >= 7
    for operation_id, (method, path, _) in operations.items():
        name = _method_name(operation_id)
        described = api.OPERATIONS[name]
        assert (described.method, "/" + described.path) == (method, path)
        for client in (Client(base_url="http://127.0.0.1:9", api_key="k"),
                       AsyncClient(base_url="http://127.0.0.1:9", api_key="k")):  # fmt: skip
            bound = getattr(client.responses, name)
            assert callable(bound), name
            is_async = isinstance(client, AsyncClient)
            assert inspect.iscoroutinefunction(bound) is is_async or name == "stream", name


def test_every_request_typeddict_matches_its_schema() -> None:
    schemas = DOCUMENT["components"]["schemas"]
    checked = 0
    for operation in api.OPERATIONS.values():
        if operation.body is None:
            continue
        params = getattr(api, f"{operation.body}Params")
        keys = set(params.__required_keys__ | params.__optional_keys__)
        properties = set(schemas[operation.body]["properties"])
        # A streaming operation's body leaves ``stream`` to the method's own argument.
        expected = (
            properties - {"stream"} if operation.streams or "stream" not in keys else properties
        )
        assert keys == expected, (operation.body, keys ^ expected)
        checked += 1
    assert checked >= 2
