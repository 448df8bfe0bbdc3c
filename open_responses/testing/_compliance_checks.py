"""What every compliance scenario shares: its context, its failure, the schema checks.

A body "validates" when the generated models' own schema check finds nothing:
every field the spec requires is present, with the JSON type and enum value the
spec allows, at every depth (the models read anything; a compliance check must
not).  Objects of a type the spec does not define (``acme:thing``) are accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._client import Client
from .._events import UnknownEvent
from .._generated import models
from .._generated.types import Model, problems

__all__ = ["model_problems", "validate_payload"]


class Failure(Exception):
    """A scenario check did not hold; the message is the result's detail."""


@dataclass
class Context:
    """What a scenario runs with: the client bound to the server under test, and the model."""

    client: Client
    model: str


def model_problems(obj: object, path: str = "$") -> list[str]:
    """Where a parsed model (or a list of them) departs from the spec's schema.

    The generated models read anything; this walks the schema's own rules
    (required fields, JSON types, enum values, nulls) the way a compliance check
    must.  Objects of a ``type`` the spec does not define (provider extensions
    such as ``acme:thing``) are accepted as they are.
    """
    if isinstance(obj, list):
        found: list[str] = []
        for index, item in enumerate(obj):
            found.extend(model_problems(item, f"{path}[{index}]"))
        return found
    if isinstance(obj, UnknownEvent) or not isinstance(obj, Model):
        return []
    return [f"{where}: {message}" for where, message in problems(obj, path)]


def validate_payload(model: str | type[Any], data: Any) -> tuple[Any, list[str]]:
    """Validate decoded JSON as a generated model: ``(parsed object or None, problems)``.

    ``model`` is a class of the generated models or its name.
    """
    cls: Any = getattr(models, model) if isinstance(model, str) else model
    if not isinstance(data, dict):
        return None, [f"the body is not a JSON object but {type(data).__name__}"]
    parsed = cls.from_dict(data)
    return parsed, model_problems(parsed)


def event_problems(event: Any, index: int) -> list[str]:
    """Problems of one typed streaming event (an ``UnknownEvent`` is one)."""
    if isinstance(event, UnknownEvent):
        kind = event.type or "(no type)"
        return [f"event {index} ({kind}) does not validate as any streaming event schema"]
    return model_problems(event, f"event {index} ({event.type})")


def check(problems: list[str], what: str) -> None:
    """Fail with the first few problems, if there are any."""
    if problems:
        more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
        raise Failure(f"{what} does not validate: " + "; ".join(problems[:3]) + more)


def message(role: str, content: Any, **extra: Any) -> dict[str, Any]:
    """A role message as upstream sends it."""
    # Upstream sends ``type: "message"`` explicitly on every role message.
    return {"type": "message", "role": role, "content": content, **extra}
