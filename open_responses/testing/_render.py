"""How a response is rendered: its resource, its event list, its timing and its SSE frames.

The app builds a response whole (:func:`resource`, then :func:`outcome` for
the final state and every event, numbered), schedules when each event becomes
available (:func:`schedule`: at once, or spread over a background response's
duration) and streams them with the scripted faults applied
(:func:`live_stream`). Nothing here touches the store or sockets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

from ._exchange import JSON, Chunk, Disconnect, Pause, dumps, response_resource
from ._input import item_tokens, tokens
from ._item_events import item_events
from ._model import Reply
from ._store import Record

__all__: list[str] = []

_DONE = b"data: [DONE]\n\n"
_DEFAULT_FAILURE = {
    "type": "server_error",
    "code": "server_error",
    "message": "The model failed.",
    "param": None,
}


def _obj(value: Any) -> JSON:
    return value if isinstance(value, dict) else {}


# -- the response resource ---------------------------------------------------------------------


def _text_field(body: JSON) -> JSON:
    text = _obj(body.get("text"))
    fmt = _obj(text.get("format")) or {"type": "text"}
    if fmt.get("type") == "json_schema":
        fmt = {"description": None, "strict": False, **fmt}
    return {"format": fmt, "verbosity": text.get("verbosity") or "medium"}


def _tool_choice(body: JSON) -> Any:
    choice = body.get("tool_choice")
    if choice is None:
        return "auto"
    if isinstance(choice, dict) and choice.get("type") == "allowed_tools":
        return {"mode": "auto", **choice}
    return choice


_SAMPLING = ("top_p", "presence_penalty", "frequency_penalty", "top_logprobs", "temperature")


def resource(body: JSON, response_id: str, created_at: int, tools: list[JSON]) -> JSON:
    """The response resource for a request, before it has output (``in_progress``)."""
    reasoning = body.get("reasoning")
    # Every field the request leaves out keeps response_resource()'s service default.
    given = {key: body[key] for key in _SAMPLING if body.get(key) is not None}
    return response_resource(
        id=response_id,
        created_at=created_at,
        completed_at=None,
        status="in_progress",
        model=body.get("model"),
        previous_response_id=body.get("previous_response_id"),
        instructions=body.get("instructions"),
        tools=tools,
        tool_choice=_tool_choice(body),
        truncation=body.get("truncation") or "disabled",
        parallel_tool_calls=body.get("parallel_tool_calls") is not False,
        text=_text_field(body),
        **given,
        reasoning=(
            {"effort": reasoning.get("effort"), "summary": reasoning.get("summary")}
            if isinstance(reasoning, dict)
            else None
        ),
        max_output_tokens=body.get("max_output_tokens"),
        max_tool_calls=body.get("max_tool_calls"),
        store=body.get("store") is not False,
        background=body.get("background") is True,
        service_tier=body.get("service_tier") or "default",
        metadata=body.get("metadata") if isinstance(body.get("metadata"), dict) else {},
        safety_identifier=body.get("safety_identifier"),
        prompt_cache_key=body.get("prompt_cache_key"),
    )


def usage(input_tokens: int, output_tokens: int, reasoning_tokens: int = 0) -> JSON:
    """A ``usage`` object (nothing is ever cached)."""
    return {
        "input_tokens": input_tokens,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": reasoning_tokens},
        "total_tokens": input_tokens + output_tokens,
    }


# -- the final state and the events --------------------------------------------------------------


def outcome(
    base: JSON,
    context: list[JSON],
    output: list[JSON],
    reply: Reply,
    body: JSON,
    wall_clock: Callable[[], float],
) -> tuple[JSON, list[JSON]]:
    """The final resource and the full, numbered event list for a response.

    ``wall_clock`` gives a completed response its ``completed_at``.
    """
    status, incomplete_details = _ending(output, reply, body.get("max_output_tokens"))
    events = _opening_events(base)
    for index, item in enumerate(output):
        events.extend(item_events(item, index))
    instructions = base.get("instructions") or ""
    used = usage(
        item_tokens(context) + tokens(instructions),
        item_tokens(output),
        item_tokens([i for i in output if i.get("type") == "reasoning"]),
    )
    if reply.fail_after is not None:
        final = _fail(base, events, reply, used)
    else:
        completed_at = int(wall_clock()) if status == "completed" else None
        final = dict(
            base, status=status, output=output, usage=used, completed_at=completed_at,
            incomplete_details=incomplete_details,
        )  # fmt: skip
        events.append({"type": f"response.{status}", "response": final})
    # type and sequence_number first, as real servers order them.
    numbered = [
        {"type": e["type"], "sequence_number": n, **{k: v for k, v in e.items() if k != "type"}}
        for n, e in enumerate(events)
    ]
    return final, numbered


def _ending(output: list[JSON], reply: Reply, limit: Any) -> tuple[str, JSON | None]:
    """``completed``, or ``incomplete`` (truncating the last item) past ``max_output_tokens``."""
    if not reply.incomplete and not (isinstance(limit, int) and item_tokens(output) > limit):
        return "completed", None
    if output:
        output[-1] = _truncate(output[-1], limit if isinstance(limit, int) else None)
    return "incomplete", {"reason": "max_output_tokens"}


def _opening_events(base: JSON) -> list[JSON]:
    background = base["background"]
    opening_status = "queued" if background else "in_progress"
    events: list[JSON] = [
        {"type": "response.created", "response": dict(base, status=opening_status)}
    ]
    if background:
        events.append({"type": "response.queued", "response": dict(base, status="queued")})
    events.append({"type": "response.in_progress", "response": dict(base, status="in_progress")})
    return events


def _fail(base: JSON, events: list[JSON], reply: Reply, used: JSON) -> JSON:
    """Keep the first ``fail_after`` events, then an error event and ``response.failed``."""
    assert reply.fail_after is not None
    del events[max(reply.fail_after, 0) :]
    done_items = [e["item"] for e in events if e["type"] == "response.output_item.done"]
    payload = dict(reply.fail_error or _DEFAULT_FAILURE)
    payload.setdefault("param", None)
    error_field = {
        "code": str(payload.get("code") or payload.get("type") or "server_error"),
        "message": str(payload.get("message", "")),
    }
    final = dict(base, status="failed", output=done_items, error=error_field, usage=used)
    events.append({"type": "error", "error": payload})
    events.append({"type": "response.failed", "response": final})
    return final


def _truncate(item: JSON, limit: int | None) -> JSON:
    item = dict(item, status="incomplete")
    if item.get("type") == "message" and limit is not None:
        content = [dict(p) for p in item.get("content") or []]
        for part in content:
            if part.get("type") == "output_text":
                part["text"] = " ".join(part.get("text", "").split()[:limit])
        item["content"] = content
    return item


def schedule(events: list[JSON], now: float, duration: float, background: bool) -> list[float]:
    """When each event becomes available: at once, or spread over a background response."""
    if not background or len(events) < 3:
        return [now] * len(events)
    # created and queued at once; the rest spread evenly until the response is done.
    head = 2
    start = now + duration * 0.1
    rest = len(events) - head
    step = (now + duration - start) / max(rest - 1, 1)
    return [now] * head + [start + step * i for i in range(rest)]


# -- streaming -----------------------------------------------------------------------------------


def live_stream(
    record: Record,
    start: int,
    reply: Reply | None,
    lock: threading.RLock,
    clock: Callable[[], float],
) -> Iterator[Chunk]:
    """SSE chunks for a record from event index ``start``, waiting for background progress."""
    reply = reply or Reply()
    sent = 0
    index = start
    while True:
        with lock:
            now = clock()
            available = record.available(now) if record.cancelled is None else len(record.events)
            total = len(record.events)
            wait = record.ready[index] - now if index < total and index >= available else 0.0
        if index < available:
            event = record.events[index]
            index += 1
            if reply.cut_after is not None and sent >= reply.cut_after:
                yield Disconnect()
                return
            yield from _pace(reply, sent)
            yield _frame(event, sent, reply)
            sent += 1
            continue
        if index >= total:
            break
        yield Pause(max(wait, 0.001))
    if reply.cut_after is not None:
        yield Disconnect()  # cutting after the last event still loses [DONE]
        return
    if not reply.no_done:
        yield _DONE


def _pace(reply: Reply, sent: int) -> Iterator[Pause]:
    """The pause before the event at position ``sent``: a scripted stall or the event delay."""
    if reply.stall_after is not None and sent == reply.stall_after and reply.stall_seconds > 0:
        yield Pause(reply.stall_seconds)
    elif sent and reply.event_delay > 0:
        yield Pause(reply.event_delay)


def _frame(event: JSON, position: int, reply: Reply) -> bytes:
    if reply.no_sequence_number:
        event = {k: v for k, v in event.items() if k != "sequence_number"}
    data = dumps(event)
    if reply.malformed_at == position:
        data = data[: len(data) // 2]
    name = "message" if reply.wrong_event_names else event["type"]
    return f"event: {name}\ndata: {data}\n\n".encode()
