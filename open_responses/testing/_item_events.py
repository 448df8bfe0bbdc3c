"""How a finished output item is streamed: its ``added``, delta, ``done`` events.

The app builds each response whole, then replays it as the events a real
server would have sent while generating it (without sequence numbers, which
the app assigns). Text is split word by word, arguments in fixed slices, so the
deltas always concatenate back to the final value.
"""

from __future__ import annotations

import re
from typing import Any

__all__: list[str] = []

JSON = dict[str, Any]


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
    kind = item.get("type")
    item_id = item.get("id")
    events: list[JSON] = []
    where = {"item_id": item_id, "output_index": index}

    if kind == "message":
        added = {k: v for k, v in item.items() if k != "content"}
        added.update(status="in_progress", content=[])
        events.append({"type": "response.output_item.added", "output_index": index, "item": added})
        for ci, part in enumerate(item.get("content") or []):
            ptype = part.get("type")
            at = dict(where, content_index=ci)
            if ptype == "output_text":
                empty = dict(part, text="")
                if "annotations" in empty:
                    empty["annotations"] = []
                events.append({"type": "response.content_part.added", **at, "part": empty})
                for delta in _split_words(part.get("text", "")):
                    events.append(
                        {"type": "response.output_text.delta", **at, "delta": delta, "logprobs": []}
                    )
                events.append(
                    {
                        "type": "response.output_text.done",
                        **at,
                        "text": part.get("text", ""),
                        "logprobs": [],
                    }
                )
            elif ptype == "refusal":
                events.append(
                    {"type": "response.content_part.added", **at, "part": dict(part, refusal="")}
                )
                for delta in _split_words(part.get("refusal", "")):
                    events.append({"type": "response.refusal.delta", **at, "delta": delta})
                events.append(
                    {"type": "response.refusal.done", **at, "refusal": part.get("refusal", "")}
                )
            else:
                events.append({"type": "response.content_part.added", **at, "part": part})
            events.append({"type": "response.content_part.done", **at, "part": part})
    elif kind == "reasoning":
        added = {"id": item_id, "type": "reasoning", "summary": []}
        if "content" in item:
            added["content"] = []
        if "encrypted_content" in item:
            added["encrypted_content"] = item["encrypted_content"]
        events.append({"type": "response.output_item.added", "output_index": index, "item": added})
        for ci, part in enumerate(item.get("content") or []):
            at = dict(where, content_index=ci)
            text = part.get("text", "")
            events.append(
                {"type": "response.content_part.added", **at, "part": dict(part, text="")}
            )
            for delta in _split_words(text):
                events.append({"type": "response.reasoning.delta", **at, "delta": delta})
            events.append({"type": "response.reasoning.done", **at, "text": text})
            events.append({"type": "response.content_part.done", **at, "part": part})
        for si, part in enumerate(item.get("summary") or []):
            at = dict(where, summary_index=si)
            text = part.get("text", "")
            events.append(
                {"type": "response.reasoning_summary_part.added", **at, "part": dict(part, text="")}
            )
            for delta in _split_words(text):
                events.append(
                    {"type": "response.reasoning_summary_text.delta", **at, "delta": delta}
                )
            events.append({"type": "response.reasoning_summary_text.done", **at, "text": text})
            events.append({"type": "response.reasoning_summary_part.done", **at, "part": part})
    elif kind == "function_call":
        added = dict(item, status="in_progress", arguments="")
        events.append({"type": "response.output_item.added", "output_index": index, "item": added})
        args = item.get("arguments", "")
        for delta in _split_fixed(args):
            events.append(
                {"type": "response.function_call_arguments.delta", **where, "delta": delta}
            )
        events.append({"type": "response.function_call_arguments.done", **where, "arguments": args})
    else:
        # Unknown and extension items (mcp_call, acme:thing): added then done, untouched.
        added = dict(item, status="in_progress") if "status" in item else item
        events.append({"type": "response.output_item.added", "output_index": index, "item": added})
    events.append({"type": "response.output_item.done", "output_index": index, "item": item})
    return events
