"""The deterministic scripted model behind the test server.

The model never does I/O. Given the conversation the server assembled (previous
response input + previous output + new input, compaction expanded), it decides
which output items to produce. Tests can queue explicit replies and faults; when
the queue is empty the default rules below apply.

Default rules, in order:

1. If the conversation ends with ``function_call_output`` items (after the last
   message), answer ``"The tool returned: <output>"`` (several outputs are joined
   with ``"; "``).
2. If function tools are declared and ``tool_choice`` is not ``"none"``: when the
   last user message names tools (``get_weather`` or ``get weather``), emit a
   ``function_call`` for each one named (only the first when
   ``parallel_tool_calls`` is false); otherwise call the one tool whose name or
   description shares the most words with the message ("Weather in Paris?"
   calls ``get_weather``), if any does. ``tool_choice: "required"`` or a
   specific function forces a call even without a match. Arguments are built
   from the tool's JSON schema and the message's words (see :func:`build_arguments`).
3. If the last user message contains the word ``history``, answer
   ``"Conversation so far: <role>: <text> | ..."`` listing every earlier message,
   which makes chaining and compaction observable.
4. ``"Say <x>"`` answers ``"<X>!"`` (so ``"Say hello"`` gives ``"Hello!"``).
5. Any other user message answers ``"You said: <text>"``; no user message at all
   answers ``"Hello! How can I help you today?"``.

With ``text.format`` of type ``json_schema`` the text is instead a JSON document
built from the schema. When ``reasoning`` is requested (an effort other than
``"none"`` or a summary mode) a ``reasoning`` item with a one-part summary comes
first. Instructions and system/developer messages are stored but do not change
the answer.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._exchange import JSON
from ._tool_use import build_arguments, rank_tools

__all__ = [
    "Call",
    "HTTPError",
    "Reply",
    "ScriptedModel",
    "Turn",
    "function_call",
    "http_error",
    "output_items",
    "stream_error",
    "text",
]


@dataclass(frozen=True)
class Call:
    """A scripted function call: ``arguments=None`` builds them from the tool schema."""

    name: str
    arguments: Mapping[str, Any] | str | None = None
    call_id: str | None = None


@dataclass(frozen=True)
class HTTPError:
    """A scripted HTTP error reply (``{"error": {...}}`` unless ``body`` overrides it)."""

    status: int = 500
    message: str | None = None
    type: str | None = None
    code: str | None = None
    param: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Reply:
    """One scripted reply, consumed by exactly one ``POST /responses`` request.

    Output (at most one of these is normally set; when none is, the default rules
    produce the output, so a reply can carry only faults):

    - ``text``: one assistant message with this text.
    - ``calls``: one ``function_call`` item per :class:`Call`.
    - ``items``: raw output items, emitted as given (ids filled in when missing).
      Unknown item types (``mcp_call``, ``acme:thing``) get only
      ``output_item.added``/``.done`` events.
    - ``reasoning_summary`` / ``reasoning_text``: put a reasoning item first.

    Outcome and timing:

    - ``error``: reply with this HTTP error instead of a response.
    - ``delay``: seconds to wait before replying (for ``background`` requests:
      how long the response takes to complete).
    - ``event_delay``: seconds between streamed events.
    - ``incomplete``: end with ``response.incomplete`` (reason ``max_output_tokens``).
    - ``fail_after``: after this many events, emit an ``error`` event then
      ``response.failed``; ``fail_error`` overrides the error payload. Without
      streaming the JSON body is the failed response.

    Faults on the live stream only (the stored response, replayable with
    ``GET /responses/{id}?stream=true``, stays intact):

    - ``cut_after``: close the connection after this many events (no ``[DONE]``,
      no terminating chunk). Without streaming: disconnect before any reply.
    - ``stall_after`` / ``stall_seconds``: pause mid-stream.
    - ``malformed_at``: the event at this 0-based position carries broken JSON.
    - ``no_sequence_number``, ``no_done``, ``wrong_event_names``: sloppy-server quirks.
    - ``html``: answer 200 with an HTML page instead of JSON or SSE.
    - ``content_type``: override the ``Content-Type`` header of the reply.
    - ``ignore_stream``: answer a streaming request with a JSON body.
    """

    text: str | None = None
    calls: Sequence[Call] = ()
    items: Sequence[Mapping[str, Any]] | None = None
    reasoning_summary: str | None = None
    reasoning_text: str | None = None
    error: HTTPError | None = None
    delay: float = 0.0
    event_delay: float = 0.0
    incomplete: bool = False
    fail_after: int | None = None
    fail_error: Mapping[str, Any] | None = None
    cut_after: int | None = None
    stall_after: int | None = None
    stall_seconds: float = 0.0
    malformed_at: int | None = None
    no_sequence_number: bool = False
    no_done: bool = False
    wrong_event_names: bool = False
    html: bool = False
    content_type: str | None = None
    ignore_stream: bool = False

    @property
    def has_output(self) -> bool:
        """Whether this reply fixes the output (otherwise the default rules do)."""
        return self.text is not None or bool(self.calls) or self.items is not None


def text(value: str, **options: Any) -> Reply:
    """A reply with one assistant message; ``options`` are other :class:`Reply` fields."""
    return Reply(text=value, **options)


def function_call(
    name: str,
    arguments: Mapping[str, Any] | str | None = None,
    *,
    call_id: str | None = None,
    **options: Any,
) -> Reply:
    """A reply with one ``function_call`` item."""
    return Reply(calls=(Call(name, arguments, call_id),), **options)


def output_items(items: Sequence[Mapping[str, Any]], **options: Any) -> Reply:
    """A reply with these raw output items."""
    return Reply(items=list(items), **options)


def http_error(
    status: int = 500,
    message: str | None = None,
    *,
    type: str | None = None,
    code: str | None = None,
    param: str | None = None,
    headers: Mapping[str, str] | None = None,
    retry_after: float | None = None,
    retry_after_ms: int | None = None,
    body: bytes | Mapping[str, Any] | None = None,
    delay: float = 0.0,
) -> Reply:
    """A reply that is an HTTP error, optionally with ``Retry-After``/``retry-after-ms``."""
    all_headers = dict(headers or {})
    if retry_after is not None:
        # Integral seconds are written without a fraction, as servers do.
        all_headers["Retry-After"] = (
            str(int(retry_after)) if float(retry_after).is_integer() else str(retry_after)
        )
    if retry_after_ms is not None:
        all_headers["retry-after-ms"] = str(retry_after_ms)
    err = HTTPError(status, message, type, code, param, all_headers, body)
    return Reply(error=err, delay=delay)


def stream_error(
    after: int = 2,
    *,
    code: str = "server_error",
    message: str = "The model failed while generating the response.",
    type: str = "server_error",
    param: str | None = None,
    **options: Any,
) -> Reply:
    """A reply whose stream emits an ``error`` event then ``response.failed`` after ``after`` events."""
    payload = {"type": type, "code": code, "message": message, "param": param}
    return Reply(fail_after=after, fail_error=payload, **options)


@dataclass
class Turn:
    """What the model sees for one request."""

    items: list[JSON]
    """The whole conversation: previous input + previous output + new input."""
    body: JSON
    """The parsed request body."""
    tools: list[JSON]
    new_id: Callable[[str], str]
    """Returns a fresh deterministic id with the given prefix (``msg``, ``fc``...)."""

    @property
    def function_tools(self) -> list[JSON]:
        """Declared function tools, normalised to ``{name, parameters}``."""
        found = []
        for tool in self.tools:
            if tool.get("type") != "function":
                continue
            # Accept the Chat Completions nesting too: {"type": "function", "function": {...}}.
            spec = tool["function"] if isinstance(tool.get("function"), dict) else tool
            if isinstance(spec.get("name"), str):
                found.append(spec)
        return found


def content_text(content: Any) -> str:
    """The plain text of message content (a string or a list of parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = [
            str(part.get("text") if "text" in part else part.get("refusal", ""))
            for part in content
            if isinstance(part, dict) and ("text" in part or "refusal" in part)
        ]
        return " ".join(t for t in texts if t)
    return ""


def _output_text(output: Any) -> str:
    return output if isinstance(output, str) else content_text(output)


class ScriptedModel:
    """A deterministic model with a per-request queue of scripted replies.

    ``enqueue`` accepts :class:`Reply` objects, plain strings (a text reply),
    :class:`HTTPError` objects, :class:`Call` objects and lists of raw output items.
    Each ``POST /responses`` pops one entry; when the queue is empty the default
    rules (module docstring) apply.
    """

    def __init__(self, *, background_delay: float = 0.2, default_model: str | None = None) -> None:
        """Create a model; ``background_delay`` is how long background responses take.

        ``default_model``: the ``model`` of requests that omit it. By default a
        request without ``model`` gets 400 (``param: "model"``), as the OpenAI
        service answers; set it to read the field as optional, as the spec does.
        """
        self.background_delay = background_delay
        self.default_model = default_model
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()

    def enqueue(
        self, *replies: Reply | str | HTTPError | Call | Sequence[Mapping[str, Any]]
    ) -> None:
        """Append replies to the queue."""
        converted = [self._coerce(r) for r in replies]
        with self._lock:
            self._queue.extend(converted)

    def script(
        self, replies: Iterable[Reply | str | HTTPError | Call | Sequence[Mapping[str, Any]]]
    ) -> None:
        """Replace the queue with these replies."""
        converted = [self._coerce(r) for r in replies]
        with self._lock:
            self._queue.clear()
            self._queue.extend(converted)

    def clear(self) -> None:
        """Drop all queued replies."""
        with self._lock:
            self._queue.clear()

    @property
    def pending(self) -> int:
        """How many scripted replies are still queued."""
        with self._lock:
            return len(self._queue)

    def next_reply(self) -> Reply | None:
        """Pop the next scripted reply, or ``None`` when the queue is empty."""
        with self._lock:
            return self._queue.popleft() if self._queue else None

    @staticmethod
    def _coerce(reply: Reply | str | HTTPError | Call | Sequence[Mapping[str, Any]]) -> Reply:
        if isinstance(reply, Reply):
            return reply
        if isinstance(reply, str):
            return Reply(text=reply)
        if isinstance(reply, HTTPError):
            return Reply(error=reply)
        if isinstance(reply, Call):
            return Reply(calls=(reply,))
        return Reply(items=list(reply))

    # -- producing output -------------------------------------------------------------

    def respond(self, turn: Turn, reply: Reply | None) -> list[JSON]:
        """Produce the complete output items for a turn (scripted or by the default rules)."""
        reply = reply or Reply()
        out: list[JSON] = []
        if reply.has_output:
            summary, raw = reply.reasoning_summary, reply.reasoning_text
            if (summary is not None or raw is not None) or self._wants_reasoning(turn):
                out.append(self._reasoning(turn, summary or "Following the scripted reply.", raw))
            if reply.items is not None:
                out.extend(self._fill_ids(turn, dict(item)) for item in reply.items)
            for call in reply.calls:
                out.append(self._function_call(turn, call.name, call.arguments, call.call_id))
            if reply.text is not None:
                out.append(self._message(turn, reply.text))
            return out

        plan_summary, body = self._default(turn)
        if reply.reasoning_summary is not None or reply.reasoning_text is not None:
            out.append(
                self._reasoning(turn, reply.reasoning_summary or plan_summary, reply.reasoning_text)
            )
        elif self._wants_reasoning(turn):
            out.append(self._reasoning(turn, plan_summary, None))
        out.extend(body)
        return out

    def _default(self, turn: Turn) -> tuple[str, list[JSON]]:
        tool_outputs: list[str] = []
        last_message: JSON | None = None
        for item in reversed(turn.items):
            kind = item.get("type")
            if kind == "message":
                last_message = item
                break
            if kind == "function_call_output":
                tool_outputs.insert(0, _output_text(item.get("output")))
        if tool_outputs:
            said = "The tool returned: " + "; ".join(tool_outputs)
            return "A tool result arrived, so I will report it.", [self._message(turn, said)]

        user_text = ""
        if last_message is not None and last_message.get("role") == "user":
            user_text = content_text(last_message.get("content")).strip()

        if last_message is not None and last_message.get("role") == "user":
            calls = self._choose_tools(turn, user_text)
            if calls:
                names = ", ".join(c.get("name", "?") for c in calls)
                return f"The request needs the {names} tool, so I will call it.", [
                    self._function_call(turn, c["name"], None, None, tool=c) for c in calls
                ]

        fmt = (
            (turn.body.get("text") or {}).get("format")
            if isinstance(turn.body.get("text"), dict)
            else None
        )
        if (
            isinstance(fmt, dict)
            and fmt.get("type") == "json_schema"
            and isinstance(fmt.get("schema"), dict)
        ):
            doc = build_arguments(fmt["schema"], user_text)
            return "The answer must match a JSON schema.", [self._message(turn, json.dumps(doc))]

        if last_message is None or last_message.get("role") != "user":
            answer = "Hello! How can I help you today?"
        elif re.search(r"\bhistory\b", user_text, re.IGNORECASE):
            earlier = [
                f"{m.get('role')}: {content_text(m.get('content')).strip()}"
                for m in turn.items
                if m.get("type") == "message" and m is not last_message
            ]
            answer = "Conversation so far: " + (" | ".join(earlier) if earlier else "(nothing)")
        elif match := re.fullmatch(r"say\s+(.+?)[\s.!?]*", user_text, re.IGNORECASE | re.DOTALL):
            said = match.group(1)
            answer = said[:1].upper() + said[1:] + "!"
        elif user_text:
            answer = f"You said: {user_text}"
        else:
            answer = "You sent a message without text."
        summary = f'The user wrote "{user_text[:80]}", so I will answer directly.'
        return summary, [self._message(turn, answer)]

    def _choose_tools(self, turn: Turn, prompt: str) -> list[JSON]:
        tools = turn.function_tools
        if not tools:
            return []
        choice = turn.body.get("tool_choice", "auto")
        forced = choice == "required"
        if choice == "none":
            return []
        if isinstance(choice, dict):
            if choice.get("type") == "function" and choice.get("name"):
                return [t for t in tools if t["name"] == choice["name"]][:1]
            if choice.get("type") == "allowed_tools":
                allowed = {t.get("name") for t in choice.get("tools") or [] if isinstance(t, dict)}
                tools = [t for t in tools if t["name"] in allowed]
                forced = choice.get("mode") == "required"
        lowered = prompt.lower()
        positions = []
        for tool in tools:
            name = tool["name"].lower()
            pos = lowered.find(name)
            if pos < 0:
                pos = lowered.find(name.replace("_", " "))
            if pos >= 0:
                positions.append((pos, tool))
        chosen = [t for _, t in sorted(positions, key=lambda p: p[0])]
        if not chosen:
            # No tool named: the best match by shared words, as a model would guess.
            chosen = rank_tools(tools, prompt)[:1]
        if not chosen and forced:
            chosen = tools[:1]
        if turn.body.get("parallel_tool_calls") is False:
            chosen = chosen[:1]
        max_calls = turn.body.get("max_tool_calls")
        if isinstance(max_calls, int) and max_calls >= 1:
            chosen = chosen[:max_calls]
        if not chosen:
            return []
        # Remember the prompt so arguments can be filled from it.
        return [dict(t, _prompt=prompt) for t in chosen]

    @staticmethod
    def _wants_reasoning(turn: Turn) -> bool:
        reasoning = turn.body.get("reasoning")
        if not isinstance(reasoning, dict):
            return False
        effort = reasoning.get("effort")
        return (effort is not None and effort != "none") or reasoning.get("summary") is not None

    # -- item constructors -------------------------------------------------------------

    @staticmethod
    def _message(turn: Turn, value: str) -> JSON:
        return {
            "id": turn.new_id("msg"),
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "output_text", "text": value, "annotations": [], "logprobs": []}],
        }

    @staticmethod
    def _reasoning(turn: Turn, summary: str, raw: str | None) -> JSON:
        item: JSON = {
            "id": turn.new_id("rs"),
            "type": "reasoning",
            "summary": [{"type": "summary_text", "text": summary}],
        }
        if raw is not None:
            item["content"] = [{"type": "reasoning_text", "text": raw}]
        include = turn.body.get("include")
        if isinstance(include, list) and "reasoning.encrypted_content" in include:
            item["encrypted_content"] = base64.b64encode(summary.encode()).decode()
        return item

    def _function_call(
        self,
        turn: Turn,
        name: str,
        arguments: Mapping[str, Any] | str | None,
        call_id: str | None,
        *,
        tool: JSON | None = None,
    ) -> JSON:
        if arguments is None:
            if tool is None:
                tool = next((t for t in turn.function_tools if t["name"] == name), {})
            params = tool.get("parameters")
            prompt = str(tool.get("_prompt", ""))
            arguments = build_arguments(params if isinstance(params, dict) else {}, prompt)
        args = arguments if isinstance(arguments, str) else json.dumps(dict(arguments))
        return {
            "id": turn.new_id("fc"),
            "type": "function_call",
            "status": "completed",
            "call_id": call_id or turn.new_id("call"),
            "name": name,
            "arguments": args,
        }

    @staticmethod
    def _fill_ids(turn: Turn, item: JSON) -> JSON:
        if "id" not in item:
            prefix = {"message": "msg", "function_call": "fc", "reasoning": "rs"}.get(
                str(item.get("type")), "item"
            )
            item["id"] = turn.new_id(prefix)
        if item.get("type") == "function_call":
            item.setdefault("call_id", turn.new_id("call"))
            item.setdefault("status", "completed")
            if not isinstance(item.get("arguments"), str):
                item["arguments"] = json.dumps(item.get("arguments") or {})
        if item.get("type") == "message":
            item.setdefault("role", "assistant")
            item.setdefault("status", "completed")
            if isinstance(item.get("content"), str):
                item["content"] = [
                    {"type": "output_text", "text": item["content"], "annotations": []}
                ]
        return item
