"""Sans-I/O stream logic: rebuild a response from raw streaming events.

Everything here works on plain JSON values (the dicts produced by ``json.loads``)
so it can run once per event without building typed models.
:class:`ResponseAccumulator` folds events into a ResponseResource-shaped dict,
tolerating the many ways real servers deviate from the spec, out of the
items and parts of ``_response_parts``.  The event-type tables here (and
``TERMINAL_EVENT_TYPES``, their one home) are shared with the strict checker.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ._response_parts import Item, TextBuffer, as_index, as_str, copy_json

__all__: list[str] = []

#: Events that end a response; the last one of these carries the final response.
TERMINAL_EVENT_TYPES: frozenset[str] = frozenset(
    {"response.completed", "response.incomplete", "response.failed"}
)

#: Events that carry a full (or, from sloppy servers, partial) response snapshot.
LIFECYCLE_EVENT_TYPES: frozenset[str] = TERMINAL_EVENT_TYPES | {
    "response.created",
    "response.queued",
    "response.in_progress",
}

_TERMINAL_STATUS = {
    "response.completed": "completed",
    "response.incomplete": "incomplete",
    "response.failed": "failed",
}

# Streamed text events: type -> (item list holding the part, part type created on
# demand[, key of the full text in the `.done` event]).
# `response.reasoning_text.*` is OpenAI's name for the spec's `response.reasoning.*`
# (LM Studio sends it); `response.reasoning_summary.*` is the name the spec's event
# descriptions use, while its enum says `reasoning_summary_text`. Accept all of them.
TEXT_DELTAS: dict[str, tuple[str, str]] = {
    "response.output_text.delta": ("content", "output_text"),
    "response.refusal.delta": ("content", "refusal"),
    "response.reasoning.delta": ("content", "reasoning_text"),
    "response.reasoning_text.delta": ("content", "reasoning_text"),
    "response.reasoning_summary_text.delta": ("summary", "summary_text"),
    "response.reasoning_summary.delta": ("summary", "summary_text"),
}
TEXT_DONES: dict[str, tuple[str, str, str]] = {
    "response.output_text.done": ("content", "output_text", "text"),
    "response.refusal.done": ("content", "refusal", "refusal"),
    "response.reasoning.done": ("content", "reasoning_text", "text"),
    "response.reasoning_text.done": ("content", "reasoning_text", "text"),
    "response.reasoning_summary_text.done": ("summary", "summary_text", "text"),
    "response.reasoning_summary.done": ("summary", "summary_text", "text"),
}
PART_EVENTS: dict[str, tuple[str, bool]] = {
    "response.content_part.added": ("content", False),
    "response.content_part.done": ("content", True),
    "response.reasoning_summary_part.added": ("summary", False),
    "response.reasoning_summary_part.done": ("summary", True),
}
INDEX_KEY = {"content": "content_index", "summary": "summary_index"}

# Item type to create when an event refers to an item the stream never announced.
_ITEM_TYPE_FOR_LIST = {"content": "message", "summary": "reasoning"}


def _normalise_error(payload: Mapping[str, Any]) -> dict[str, Any]:
    """Turn any of the error event shapes into one dict with ``code`` and ``message``."""
    nested = payload.get("error")
    if isinstance(nested, Mapping):
        source: Mapping[str, Any] = nested
        err = {k: copy_json(v) for k, v in nested.items()}
    else:
        # OpenAI's flat shape: the error fields sit beside `type: "error"`.
        source = payload
        err = {
            k: copy_json(v)
            for k, v in payload.items()
            if k not in ("type", "sequence_number", "error")
        }
    code = source.get("code")
    err["code"] = None if code is None else str(code)
    message = source.get("message")
    err["message"] = "" if message is None else str(message)
    return err


def _is_error_event(event: Mapping[str, Any], etype: Any) -> bool:
    if etype == "error":
        return True
    # LiteLLM sends `{"error": {...}}` with no `type` at all.
    return not isinstance(etype, str) and isinstance(event.get("error"), Mapping)


class ResponseAccumulator:
    """Rebuild a response from raw streaming event dicts.

    Feed every decoded event, in arrival order, to :meth:`feed`; read the current
    state with :meth:`snapshot` and the final response with :meth:`final`.

    The accumulator is lenient: it copes with streams that have no
    ``response.created``, no ``sequence_number``, late ``done`` events, items or
    parts that were never announced, ``output_index`` gaps and terminal events
    whose response is partial. Events after the terminal event are ignored (the
    spec says nothing may change after that), except that ``error`` events are
    still recorded. Unknown event types are ignored.

    Dicts returned by :meth:`snapshot` and :meth:`final` are cached and shared
    until the next :meth:`feed`; copy them before mutating.
    """

    def __init__(self) -> None:
        self._response: dict[str, Any] = {}
        self._items: dict[int, Item] = {}
        self._by_id: dict[str, int] = {}
        self._cache: dict[str, Any] | None = None
        self.last_sequence_number: int | None = None
        """``sequence_number`` of the most recent event that had one."""
        self.terminal_type: str | None = None
        """Type of the terminal event seen, if any."""
        self._terminal: dict[str, Any] = {}  # the terminal event's response, as received
        self.error: dict[str, Any] | None = None
        """The last ``error`` event, normalised to include ``code`` and ``message``."""
        # The text part the last plain delta went to, so the common case (many deltas in
        # a row for one part) skips the look-ups: (type, output_index, item_id,
        # index key, index value, buffer). Any other event clears it.
        self._fast: tuple[str, Any, Any, str, Any, TextBuffer] | None = None
        self._handlers = {
            "response.output_item.added": self._on_item_added,
            "response.output_item.done": self._on_item_done,
            "response.output_text.annotation.added": self._on_annotation,
            "response.function_call_arguments.delta": self._on_args_delta,
            "response.function_call_arguments.done": self._on_args_done,
        }

    # ------------------------------------------------------------------ public

    @property
    def response_id(self) -> str | None:
        """The response id, once a lifecycle event has told us."""
        return as_str(self._response.get("id"))

    @property
    def is_terminal(self) -> bool:
        """Whether a terminal event (completed, incomplete or failed) was seen."""
        return self.terminal_type is not None

    def feed(self, event: Mapping[str, Any]) -> None:
        """Fold one decoded event into the state. Never raises on odd input."""
        seq = event.get("sequence_number")
        if type(seq) is int:  # not bool, which is an int subclass
            self.last_sequence_number = seq
        etype = event.get("type")
        fast = self._fast
        if fast is not None and etype == fast[0]:
            delta = event.get("delta")
            if (
                type(delta) is str
                and event.get("output_index") == fast[1]
                and event.get("item_id") == fast[2]
                and event.get(fast[3]) == fast[4]
                and not event.get("logprobs")
            ):
                buffer = fast[5]
                chunks = buffer.chunks
                chunks.append(delta)
                if len(chunks) >= TextBuffer.FOLD:
                    buffer.fold()
                self._cache = None
                return
        self._fast = None
        try:
            self._dispatch(event, etype)
        except RecursionError:
            # Absurdly deep nesting in a payload (copied recursively): that event
            # is left out rather than ending the stream.
            self._cache = None

    def _dispatch(self, event: Mapping[str, Any], etype: Any) -> None:
        if _is_error_event(event, etype):
            self._on_error(event)
            return
        if self.terminal_type is not None or not isinstance(etype, str):
            return
        self._cache = None
        if etype in LIFECYCLE_EVENT_TYPES:
            self._on_lifecycle(etype, event)
            return
        spec = TEXT_DELTAS.get(etype)
        if spec is not None:
            self._on_text_delta(event, *spec)
            return
        done_spec = TEXT_DONES.get(etype)
        if done_spec is not None:
            self._on_text_done(event, *done_spec)
            return
        part_spec = PART_EVENTS.get(etype)
        if part_spec is not None:
            self._on_part(event, *part_spec)
            return
        handler = self._handlers.get(etype)
        if handler is not None:
            handler(event)
        # Anything else (extensions, hosted-tool progress, ...) is ignored.

    def snapshot(self) -> dict[str, Any]:
        """The current response as a ResponseResource-shaped dict, text joined."""
        if self._cache is None:
            out = dict(self._response)
            out["output"] = [self._items[i].materialise() for i in sorted(self._items)]
            if self.terminal_type == "response.failed" and not out.get("error") and self.error:
                out["error"] = dict(self.error)
            self._cache = out
        return self._cache

    @property
    def started(self) -> bool:
        """Whether any lifecycle or item event has been folded in yet."""
        return bool(self._response or self._items or self.terminal_type)

    def final(self) -> dict[str, Any] | None:
        """The final response once a terminal event was seen, else None.

        A terminal response that carries its output items is returned exactly as
        received (so it equals what ``retrieve`` would give).  One whose output is
        missing, or empty although the stream produced items, gets the output
        rebuilt from the events; its other fields are kept as sent.
        """
        if self.terminal_type is None:
            return None
        terminal = self._terminal
        output = terminal.get("output")
        if isinstance(output, list) and (output or not self._items):
            final = copy.deepcopy(terminal)
        else:
            rebuilt = self.snapshot()
            final = dict(terminal) if terminal else dict(rebuilt)
            final["output"] = rebuilt["output"]
            final.setdefault("status", _TERMINAL_STATUS[self.terminal_type])
        if self.terminal_type == "response.failed" and not final.get("error") and self.error:
            # The `error` event is the only account of the failure (documented).
            final["error"] = dict(self.error)
        return final

    @property
    def output_text(self) -> str:
        """All ``output_text`` parts of message items, joined in output order."""
        texts: list[str] = []
        for i in sorted(self._items):
            item = self._items[i]
            if item.fields.get("type") != "message":
                continue
            parts = item.parts.get("content", {})
            for j in sorted(parts):
                part = parts[j]
                if part.fields.get("type") == "output_text":
                    texts.append(part.text.value())
        return "".join(texts)

    # ------------------------------------------------------------- lifecycle

    def _on_lifecycle(self, etype: str, event: Mapping[str, Any]) -> None:
        response = event.get("response")
        if not isinstance(response, Mapping):
            response = {}
        terminal = etype in TERMINAL_EVENT_TYPES
        for key, value in response.items():
            if key != "output":
                self._response[key] = copy_json(value)
        output = response.get("output")
        if isinstance(output, list) and output:
            if terminal:
                self._replace_output(output)
            else:
                # Mid-stream snapshots only fill in items the events have not
                # produced; the streamed state is newer than the snapshot.
                for i, raw in enumerate(output):
                    if i not in self._items and isinstance(raw, Mapping):
                        item = Item({})
                        item.apply(raw, authoritative=False)
                        self._place(i, item)
        if terminal:
            self.terminal_type = etype
            self._terminal = copy.deepcopy(dict(response))
            # A partial terminal response may omit status; the event type implies it.
            self._response.setdefault("status", _TERMINAL_STATUS[etype])
            self._response.setdefault("object", "response")

    def _replace_output(self, output: list[Any]) -> None:
        """Adopt the terminal response's output, keeping streamed text it lacks."""
        old_items, old_ids = self._items, self._by_id
        self._items, self._by_id = {}, {}
        for i, raw in enumerate(output):
            if not isinstance(raw, Mapping):
                continue
            rid = as_str(raw.get("id"))
            old_index = old_ids.get(rid) if rid is not None else None
            if old_index is None and i in old_items and old_items[i].id is None:
                old_index = i
            item = old_items.get(old_index) if old_index is not None else None
            if item is None:
                item = Item({})
            item.apply(raw, authoritative=True)
            item.done = True
            self._place(i, item)

    def _on_error(self, event: Mapping[str, Any]) -> None:
        self.error = _normalise_error(event)
        self._cache = None

    # ------------------------------------------------------------------ items

    def _place(self, index: int, item: Item) -> Item:
        self._items[index] = item
        iid = item.id
        if iid is not None:
            self._by_id[iid] = index
        return item

    def _next_index(self) -> int:
        return max(self._items) + 1 if self._items else 0

    def _find(self, event: Mapping[str, Any], item_type: str) -> Item:
        """Find the item an event addresses: ``output_index`` first, then ``item_id``.

        A missing item is created on demand with ``item_type``. When the index
        points at an item with a different id, the id wins (the index may be stale).
        """
        index = as_index(event.get("output_index"))
        # open-responses-server puts the item id in `id` on some events.
        iid = as_str(event.get("item_id")) or as_str(event.get("id"))
        if index is not None:
            item = self._items.get(index)
            if item is not None and (iid is None or item.id in (None, iid)):
                if iid is not None and item.id is None:
                    item.fields["id"] = iid
                    self._by_id[iid] = index
                return item
        if iid is not None:
            found = self._by_id.get(iid)
            if found is not None and found in self._items:
                return self._items[found]
        if index is None or index in self._items:
            index = self._next_index()
        fields: dict[str, Any] = {"type": item_type}
        if iid is not None:
            fields["id"] = iid
        fields["status"] = "in_progress"
        if item_type == "message":
            fields["role"] = "assistant"
        item = Item(fields)
        if item_type == "reasoning":
            item.parts["summary"] = {}
        return self._place(index, item)

    def _on_item_added(self, event: Mapping[str, Any]) -> None:
        raw = event.get("item")
        if not isinstance(raw, Mapping):
            return
        index = as_index(event.get("output_index"))
        rid = as_str(raw.get("id"))
        item = None
        if index is not None:
            item = self._items.get(index)
            if item is not None and item.id not in (None, rid):
                item = None  # a different item already sits there; keep both
        if item is None and rid is not None and rid in self._by_id:
            item = self._items.get(self._by_id[rid])
        if item is None:
            if index is None or index in self._items:
                index = self._next_index()
            item = self._place(index, Item({}))
        item.apply(raw, authoritative=False)
        if rid is not None and index is not None:
            self._by_id[rid] = index

    def _on_item_done(self, event: Mapping[str, Any]) -> None:
        raw = event.get("item")
        if not isinstance(raw, Mapping):
            return
        probe = dict(event)
        if "item_id" not in probe and as_str(raw.get("id")):
            probe["item_id"] = raw["id"]
        rtype = raw.get("type")
        item = self._find(probe, rtype if isinstance(rtype, str) else "message")
        item.apply(raw, authoritative=True)
        item.done = True
        iid = item.id
        if iid is not None and iid not in self._by_id:
            for index, candidate in self._items.items():
                if candidate is item:
                    self._by_id[iid] = index
                    break

    # ------------------------------------------------------------------ parts

    def _on_text_delta(self, event: Mapping[str, Any], list_name: str, part_type: str) -> None:
        delta = event.get("delta")
        if not isinstance(delta, str):
            return
        item = self._find(event, _ITEM_TYPE_FOR_LIST[list_name])
        if item.done:
            return  # a completed item must not change; ignore stray deltas
        index_key = INDEX_KEY[list_name]
        part = item.part(list_name, as_index(event.get(index_key)), part_type)
        part.text.append(delta)
        logprobs = event.get("logprobs")
        if isinstance(logprobs, list) and logprobs:
            if part.logprobs is None:
                part.logprobs = []
            part.logprobs.extend(copy_json(logprobs))
        else:
            etype = event.get("type")
            if isinstance(etype, str):
                self._fast = (
                    etype,
                    event.get("output_index"),
                    event.get("item_id"),
                    index_key,
                    event.get(index_key),
                    part.text,
                )

    def _on_text_done(
        self,
        event: Mapping[str, Any],
        list_name: str,
        part_type: str,
        done_key: str,
    ) -> None:
        text = event.get(done_key)
        item = self._find(event, _ITEM_TYPE_FOR_LIST[list_name])
        part = item.part(list_name, as_index(event.get(INDEX_KEY[list_name])), part_type)
        if isinstance(text, str):
            part.text.set(text)  # the full text from `done` wins over the deltas
        logprobs = event.get("logprobs")
        if isinstance(logprobs, list) and logprobs:
            part.logprobs = copy_json(logprobs)

    def _on_part(self, event: Mapping[str, Any], list_name: str, authoritative: bool) -> None:
        raw = event.get("part")
        item = self._find(event, _ITEM_TYPE_FOR_LIST[list_name])
        ptype = raw.get("type") if isinstance(raw, Mapping) else None
        default_type = "summary_text" if list_name == "summary" else "output_text"
        part = item.part(
            list_name,
            as_index(event.get(INDEX_KEY[list_name])),
            ptype if isinstance(ptype, str) else default_type,
        )
        if isinstance(raw, Mapping):
            part.apply(raw, authoritative)

    def _on_annotation(self, event: Mapping[str, Any]) -> None:
        annotation = event.get("annotation")
        if annotation is None:
            return
        item = self._find(event, "message")
        part = item.part("content", as_index(event.get("content_index")), "output_text")
        if part.annotations is None:
            part.annotations = []
        index = as_index(event.get("annotation_index"))
        value = copy_json(annotation)
        if index is not None and index < len(part.annotations):
            part.annotations[index] = value
        else:
            part.annotations.append(value)

    def _on_args_delta(self, event: Mapping[str, Any]) -> None:
        delta = event.get("delta")
        if not isinstance(delta, str):
            return
        item = self._find(event, "function_call")
        if item.done:
            return
        item.args().append(delta)

    def _on_args_done(self, event: Mapping[str, Any]) -> None:
        arguments = event.get("arguments")
        if isinstance(arguments, str):
            self._find(event, "function_call").args().set(arguments)
