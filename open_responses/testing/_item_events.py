"""How a finished output item is streamed: its ``added``, delta, ``done`` events.

The app builds each response whole, then replays it as the events a real
server would have sent while generating it (without sequence numbers, which
the app assigns). Text is split word by word, arguments in fixed slices, so the
deltas always concatenate back to the final value.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._exchange import JSON

__all__: list[str] = []


def _split_words(text: str) -> list[str]:
    # Word-by-word deltas that concatenate back to exactly the original text.
    parts = re.findall(r"\s*\S+", text)
    tail = text[len("".join(parts)) :]
    if tail:
        if parts:
            parts[-1] += tail
        else:
            parts = [tail]
    return parts


def _split_fixed(text: str, size: int = 12) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def item_events(item: JSON, index: int) -> list[JSON]:
    """The delta/state events for one finished output item (without sequence numbers)."""
    events_of = _EVENTS_BY_KIND.get(str(item.get("type")), _opaque_events)
    return [
        {"type": "response.output_item.added", "output_index": index, "item": _added(item)},
        *events_of(item, {"item_id": item.get("id"), "output_index": index}),
        {"type": "response.output_item.done", "output_index": index, "item": item},
    ]


def _added(item: JSON) -> JSON:
    """The item as ``output_item.added`` shows it: in progress, without its content yet."""
    kind = item.get("type")
    if kind == "message":
        added = {k: v for k, v in item.items() if k != "content"}
        added.update(status="in_progress", content=[])
        return added
    if kind == "reasoning":
        added = {"id": item.get("id"), "type": "reasoning", "summary": []}
        if "content" in item:
            added["content"] = []
        if "encrypted_content" in item:
            added["encrypted_content"] = item["encrypted_content"]
        return added
    if kind == "function_call":
        return dict(item, status="in_progress", arguments="")
    # Unknown and extension items (mcp_call, acme:thing): untouched but for their status.
    return dict(item, status="in_progress") if "status" in item else item


def _message_events(item: JSON, where: JSON) -> list[JSON]:
    events: list[JSON] = []
    for ci, part in enumerate(item.get("content") or []):
        at = dict(where, content_index=ci)
        part_events = _PART_EVENTS.get(str(part.get("type")), _opaque_part_events)
        events.extend(part_events(part, at))
        events.append({"type": "response.content_part.done", **at, "part": part})
    return events


def _output_text_events(part: JSON, at: JSON) -> list[JSON]:
    empty = dict(part, text="")
    if "annotations" in empty:
        empty["annotations"] = []
    text = part.get("text", "")
    return [
        {"type": "response.content_part.added", **at, "part": empty},
        *(
            {"type": "response.output_text.delta", **at, "delta": delta, "logprobs": []}
            for delta in _split_words(text)
        ),
        {"type": "response.output_text.done", **at, "text": text, "logprobs": []},
    ]


def _refusal_events(part: JSON, at: JSON) -> list[JSON]:
    refusal = part.get("refusal", "")
    return [
        {"type": "response.content_part.added", **at, "part": dict(part, refusal="")},
        *(
            {"type": "response.refusal.delta", **at, "delta": delta}
            for delta in _split_words(refusal)
        ),
        {"type": "response.refusal.done", **at, "refusal": refusal},
    ]


def _opaque_part_events(part: JSON, at: JSON) -> list[JSON]:
    return [{"type": "response.content_part.added", **at, "part": part}]


def _reasoning_events(item: JSON, where: JSON) -> list[JSON]:
    events: list[JSON] = []
    for ci, part in enumerate(item.get("content") or []):
        events.extend(_text_part_events(part, dict(where, content_index=ci), _REASONING_TEXT))
    for si, part in enumerate(item.get("summary") or []):
        events.extend(_text_part_events(part, dict(where, summary_index=si), _SUMMARY_TEXT))
    return events


# The event types of a reasoning text part and of a summary part: part added,
# text delta, text done, part done.
_REASONING_TEXT = (
    "response.content_part.added",
    "response.reasoning.delta",
    "response.reasoning.done",
    "response.content_part.done",
)
_SUMMARY_TEXT = (
    "response.reasoning_summary_part.added",
    "response.reasoning_summary_text.delta",
    "response.reasoning_summary_text.done",
    "response.reasoning_summary_part.done",
)


def _text_part_events(part: JSON, at: JSON, types: tuple[str, str, str, str]) -> list[JSON]:
    added, delta_type, done, part_done = types
    text = part.get("text", "")
    return [
        {"type": added, **at, "part": dict(part, text="")},
        *({"type": delta_type, **at, "delta": delta} for delta in _split_words(text)),
        {"type": done, **at, "text": text},
        {"type": part_done, **at, "part": part},
    ]


def _function_call_events(item: JSON, where: JSON) -> list[JSON]:
    args = item.get("arguments", "")
    return [
        *(
            {"type": "response.function_call_arguments.delta", **where, "delta": delta}
            for delta in _split_fixed(args)
        ),
        {"type": "response.function_call_arguments.done", **where, "arguments": args},
    ]


def _opaque_events(item: JSON, where: JSON) -> list[JSON]:
    # Unknown and extension items (mcp_call, acme:thing): added then done, nothing between.
    return []


EventsOf = Callable[[JSON, JSON], list[JSON]]

_EVENTS_BY_KIND: dict[str, EventsOf] = {
    "message": _message_events,
    "reasoning": _reasoning_events,
    "function_call": _function_call_events,
}
"""The events between ``added`` and ``done``, by item type."""
_PART_EVENTS: dict[str, EventsOf] = {
    "output_text": _output_text_events,
    "refusal": _refusal_events,
}
"""A message content part's events before its ``content_part.done``, by part type."""
