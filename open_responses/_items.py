"""Input and output items as plain dicts: what a conversation keeps and a request sends."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__: list[str] = []


def item_dict(item: Any) -> dict[str, Any]:
    """A mapping or a model (anything with ``to_dict()``) as a new dict."""
    if isinstance(item, Mapping):
        return dict(item)
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        result: dict[str, Any] = to_dict()
        return result
    raise TypeError(f"an input item must be a str, a mapping or a model, not {type(item).__name__}")


def user_message(text: str) -> dict[str, Any]:
    """The input item of a user's text."""
    return {"type": "message", "role": "user", "content": text}


def input_items(input: Any) -> list[dict[str, Any]]:
    """Normalize ``input`` (text, an item, or a list of items/texts) to item dicts."""
    if input is None:
        return []
    if isinstance(input, str):
        return [user_message(input)]
    if isinstance(input, Mapping) or callable(getattr(input, "to_dict", None)):
        return [item_dict(input)]
    return [user_message(i) if isinstance(i, str) else item_dict(i) for i in input]
