"""The HTTP compliance scenarios (and the one that checks the schema locally), by id.

Each scenario takes a :class:`Context` and returns a one-line detail, or raises
:class:`Failure` (the client's own errors fail it too).
"""

from __future__ import annotations

import base64
import json
import struct
import zlib
from collections.abc import Callable
from typing import Any

from .._errors import APIStatusError, OpenResponsesError
from ._compliance_checks import Context, Failure, check, event_problems, message, validate_payload
from ._exchange import response_resource

__all__: list[str] = []


def _tiny_png() -> str:
    """A valid 8x8 red PNG as a base64 data URL (built here, so it is obviously well-formed)."""
    size = 8
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * size for _ in range(size))

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _create(ctx: Context, **body: Any) -> dict[str, Any]:
    """POST /responses; the reply must be 200 and validate as ``ResponseResource``."""
    reply = ctx.client.responses.with_raw_response.create(model=ctx.model, **body)
    data = _json_body(reply.http_response)
    _, problems = validate_payload("ResponseResource", data)
    check(problems, "the response")
    result: dict[str, Any] = data
    return result


def _json_body(reply: Any) -> Any:
    """The reply's JSON body (with_raw_response does not parse it)."""
    try:
        return json.loads(reply.content)
    except (ValueError, RecursionError):
        raise Failure(f"the reply body is not valid JSON: {reply.text[:80]!r}") from None


def _completes(
    turns: Callable[[], list[dict[str, Any]]], *, with_output: bool = True
) -> Callable[[Context], str]:
    """A scenario that sends the ``turns()`` messages and needs a completed response."""

    def scenario(ctx: Context) -> str:
        data = _create(ctx, input=turns())
        if data.get("status") != "completed":
            raise Failure(f"status is {data.get('status')!r}, expected 'completed'")
        if not with_output:
            return "completed"
        output = data.get("output")
        if not output:
            raise Failure("the output is empty")
        types = ", ".join(str(item.get("type")) for item in output if isinstance(item, dict))
        return f"completed with {len(output)} output item(s): {types}"

    return scenario


def _phased_resource(model: str) -> dict[str, Any]:
    """A complete ResponseResource whose assistant messages carry a ``phase``."""

    def assistant(item_id: str, text: str, phase: str) -> dict[str, Any]:
        return {
            "type": "message",
            "id": item_id,
            "status": "completed",
            "role": "assistant",
            "phase": phase,
            "content": [{"type": "output_text", "text": text, "annotations": []}],
        }

    return response_resource(
        [
            assistant("msg_commentary", "Checking the numbers.", "commentary"),
            assistant("msg_final", "The answer is 4.", "final_answer"),
        ],
        id="resp_phase_schema",
        model=model,
        usage={
            "input_tokens": 5,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": 8,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": 13,
        },
    )


def _response_output_phase_schema(ctx: Context) -> str:
    parsed, problems = validate_payload("ResponseResource", _phased_resource(ctx.model))
    check(problems, "a response with phased assistant output")
    phases = [getattr(getattr(item, "phase", None), "value", None) for item in parsed.output]
    if phases != ["commentary", "final_answer"]:
        raise Failure(f"phase was not kept: got {phases}")
    round_trip = [item.get("phase") for item in parsed.to_dict()["output"]]
    if round_trip != ["commentary", "final_answer"]:
        raise Failure(f"phase was lost when serializing: got {round_trip}")
    return "a ResponseResource with commentary/final_answer phases validates (local, no request)"


def _streaming_response(ctx: Context) -> str:
    problems: list[str] = []
    count = 0
    with ctx.client.responses.stream(
        model=ctx.model, input=[message("user", "Say hello, streaming.")]
    ) as stream:
        for event in stream:
            problems.extend(event_problems(event, count))
            count += 1
        final = stream.get_final_response()
    if count == 0:
        raise Failure("the stream had no events")
    check(problems, "the stream")
    if str(final.status) != "completed":
        raise Failure(f"the final response status is {final.status!r}, expected 'completed'")
    return f"{count} events, all typed; final response completed"


WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "Get the current weather for a location.",
    "parameters": {
        "type": "object",
        "properties": {
            "location": {"type": "string", "description": "City name, e.g. San Francisco"},
        },
        "required": ["location"],
    },
}


def _tool_calling(ctx: Context) -> str:
    data = _create(
        ctx,
        input=[message("user", "What is the weather in Paris? Use the get_weather tool.")],
        tools=[WEATHER_TOOL],
    )
    calls = [i for i in data["output"] if isinstance(i, dict) and i.get("type") == "function_call"]
    if not calls:
        kinds = [i.get("type") for i in data["output"] if isinstance(i, dict)]
        raise Failure(f"the output has no function_call item (item types: {kinds})")
    return f"function_call {calls[0].get('name')}({calls[0].get('arguments')})"


def _compact_response(ctx: Context) -> str:
    raw = ctx.client.responses.with_raw_response
    reply: Any = raw.compact(
        model=ctx.model,
        input=[
            message("user", "Remember the number 42."),
            message("assistant", "Noted: 42."),
            message("user", "And the colour blue."),
        ],
        prompt_cache_key="open-responses-compliance",
    )
    data = _json_body(reply.http_response)
    _, problems = validate_payload("CompactResource", data)
    check(problems, "the compaction")
    if data.get("object") != "response.compaction":
        raise Failure(f"object is {data.get('object')!r}, expected 'response.compaction'")
    output = data.get("output") or []
    if not any(isinstance(i, dict) and i.get("type") == "compaction" for i in output):
        raise Failure("the output has no compaction item")
    return f"response.compaction with {len(output)} output item(s)"


def _compact_missing_model(ctx: Context) -> str:
    try:
        reply: Any = ctx.client.responses.with_raw_response.compact(
            input=[message("user", "Compact me without a model.")]
        )
    except APIStatusError as exc:
        if exc.status_code in (400, 422):
            return f"rejected with HTTP {exc.status_code}"
        raise Failure(f"expected HTTP 400 or 422, got {exc.status_code}") from None
    except OpenResponsesError as exc:
        # A 2xx that did not even parse is still "not rejected".
        status = getattr(exc, "status_code", None)
        raise Failure(f"expected HTTP 400 or 422, got {status}: {exc}") from None
    raise Failure(f"expected HTTP 400 or 422, got {reply.status_code}")


HTTP_SCENARIOS: dict[str, Callable[[Context], str]] = {
    "basic-response": _completes(lambda: [message("user", "Say hello in one short sentence.")]),
    "assistant-phase": _completes(
        lambda: [
            message("user", "What is 2 + 2?"),
            message("assistant", "Let me work that out.", phase="commentary"),
            message("assistant", "2 + 2 = 4.", phase="final_answer"),
            message("user", "Thanks! Now say goodbye."),
        ]
    ),
    "response-output-phase-schema": _response_output_phase_schema,
    "streaming-response": _streaming_response,
    "system-prompt": _completes(
        lambda: [
            message("system", "You are a terse assistant. Answer in five words or fewer."),
            message("user", "Say hello."),
        ]
    ),
    "tool-calling": _tool_calling,
    "image-input": _completes(
        lambda: [
            message(
                "user",
                [
                    {"type": "input_text", "text": "What colour is this image?"},
                    {"type": "input_image", "image_url": _tiny_png(), "detail": "auto"},
                ],
            )
        ],
        with_output=False,
    ),
    "multi-turn": _completes(
        lambda: [
            message("user", "My name is Ada."),
            message("assistant", "Nice to meet you, Ada."),
            message("user", "What is my name?"),
        ],
        with_output=False,
    ),
    "compact-response": _compact_response,
    "compact-missing-model": _compact_missing_model,
}
