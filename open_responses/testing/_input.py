"""What clients send, turned into the spec-shaped items the model and the store work on.

:func:`normalise_input` accepts every shape the spec allows for ``input`` (a
string, bare strings in the list, messages without ``type``, string content)
and gives each item an id. :func:`expand` resolves ``item_reference`` items and
unpacks ``compaction`` items into the history they encode (this server's
compaction blob is the compressed history itself). Token counts are words: the
scripted model has no tokenizer, and tests only need counts that move.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Callable, Mapping
from typing import Any

from ._exchange import JSON, APIError, dumps
from ._model import content_text

__all__: list[str] = []

NewId = Callable[[str], str]
_COMPACTION_PREFIX = "orc1."
# The prefix of the id given to an input item that has none.
_ID_PREFIX = {"message": "msg", "function_call": "fc", "function_call_output": "fco"}


def _invalid(message: str, code: str | None, param: str) -> APIError:
    return APIError(400, message, "invalid_request", code, param)


def tokens(text: str) -> int:
    """The token count of ``text`` (its words)."""
    return len(text.split())


def _reasoning_text(item: Mapping[str, Any]) -> str:
    return " ".join([content_text(item.get("summary")), content_text(item.get("content"))]).strip()


def _output_text(item: Mapping[str, Any]) -> str:
    out = item.get("output")
    return out if isinstance(out, str) else content_text(out)


_ITEM_TEXT: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "message": lambda item: content_text(item.get("content")),
    "function_call": lambda item: f"{item.get('name', '')} {item.get('arguments', '')}",
    "function_call_output": _output_text,
    "reasoning": _reasoning_text,
}


def item_text(item: Mapping[str, Any]) -> str:
    """The text an item contributes to a token count ("" for kinds without text)."""
    text_of = _ITEM_TEXT.get(str(item.get("type")))
    return text_of(item) if text_of is not None else ""


def item_tokens(items: list[JSON]) -> int:
    """The token count of some items."""
    return sum(tokens(item_text(i)) for i in items)


# -- input ---------------------------------------------------------------------------------


def normalise_input(raw: Any, new_id: NewId) -> list[JSON]:
    """Turn what clients send into a list of spec-shaped items, assigning ids."""
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = [{"type": "message", "role": "user", "content": raw}]
    if not isinstance(raw, list):
        raise _invalid("'input' must be a string or an array of items.", "invalid_type", "input")
    items: list[JSON] = []
    for position, entry in enumerate(raw):
        item = _typed_item(entry, position)
        kind = item["type"]
        if kind == "message":
            _normalise_message(item)
        elif kind == "function_call_output":
            item.setdefault("status", "completed")
        item.setdefault("id", new_id(_ID_PREFIX.get(str(kind), "item")))
        items.append(item)
    return items


def _typed_item(entry: Any, position: int) -> JSON:
    """A copy of one entry of ``input`` with its ``type`` filled in."""
    if isinstance(entry, str):
        entry = {"type": "message", "role": "user", "content": entry}
    if not isinstance(entry, dict):
        where = f"input[{position}]"
        raise _invalid(f"{where} must be an object.", "invalid_type", where)
    item = dict(entry)
    if item.get("type") is None:
        # Messages may omit "type"; a bare {"id": ...} is an item reference.
        kind = "message" if "role" in item else "item_reference" if "id" in item else None
        if kind is None:
            message = f"input[{position}] has no 'type'."
            raise _invalid(message, "missing_required_parameter", f"input[{position}].type")
        item["type"] = kind
    return item


def _normalise_message(item: JSON) -> None:
    """Fill in a message's role and status and make its content a list of parts."""
    role = item.get("role", "user")
    item["role"] = role
    content = item.get("content")
    part_type = "output_text" if role == "assistant" else "input_text"
    if isinstance(content, str):
        part: JSON = {"type": part_type, "text": content}
        if part_type == "output_text":
            part["annotations"] = []
        item["content"] = [part]
    elif isinstance(content, list):
        item["content"] = [
            {"type": part_type, "text": c} if isinstance(c, str) else c for c in content
        ]
    else:
        item["content"] = []
    item.setdefault("status", "completed")


def check_tool_outputs(context: list[JSON]) -> None:
    """Refuse a ``function_call_output`` whose call is not in the conversation."""
    calls = {i.get("call_id") for i in context if i.get("type") == "function_call"}
    for item in context:
        if item.get("type") == "function_call_output" and item.get("call_id") not in calls:
            message = (
                f"No tool call found for function call output with call_id {item.get('call_id')}."
            )
            raise _invalid(message, None, "input")


def echo_tools(raw: Any) -> list[JSON]:
    """``tools`` as the response echoes them (function tools with every field)."""
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
        raise _invalid("'tools' must be an array of objects.", "invalid_type", "tools")
    tools: list[JSON] = []
    for tool in raw:
        if tool.get("type") == "function" and "name" in tool:
            tools.append(
                {"type": "function", "name": tool["name"], "description": tool.get("description"),
                 "parameters": tool.get("parameters"), "strict": tool.get("strict", True)}
            )  # fmt: skip
        else:
            tools.append(tool)  # hosted and extension tools are echoed untouched
    return tools


# -- references and compaction ---------------------------------------------------------------


def expand(items: list[JSON], stored_item: Callable[[str], JSON | None]) -> list[JSON]:
    """Resolve item references and unpack compaction items into the history they encode."""
    context: list[JSON] = []
    for item in items:
        kind = item.get("type")
        if kind == "item_reference":
            target = stored_item(str(item.get("id")))
            if target is not None:
                context.append(target)
        elif kind == "compaction":
            history = decode_compaction(item.get("encrypted_content"))
            ids = {h.get("id") for h in history}
            # The compacted output repeats user messages verbatim beside the blob; keep one copy.
            context = [c for c in context if c.get("id") not in ids]
            context.extend(history)
        else:
            context.append(item)
    return context


def encode_compaction(items: list[JSON]) -> str:
    """The ``encrypted_content`` of a compaction item standing for ``items``."""
    raw = zlib.compress(dumps(items).encode())
    return _COMPACTION_PREFIX + base64.urlsafe_b64encode(raw).decode()


def decode_compaction(blob: Any) -> list[JSON]:
    """The items a compaction blob stands for; a blob this server did not make is refused."""
    try:
        if not isinstance(blob, str) or not blob.startswith(_COMPACTION_PREFIX):
            raise ValueError
        items = json.loads(
            zlib.decompress(base64.urlsafe_b64decode(blob[len(_COMPACTION_PREFIX) :]))
        )
        if not isinstance(items, list):
            raise ValueError
        return items
    except (ValueError, zlib.error):
        raise _invalid(
            "The encrypted content of a compaction item could not be decoded.",
            "invalid_encrypted_content",
            "input",
        ) from None
