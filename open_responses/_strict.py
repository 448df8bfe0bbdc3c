"""Strict mode: report the first way a stream breaks the spec's framing and ordering rules.

Where :class:`ResponseAccumulator` copes with what real servers send, the
checker here says what they got wrong, for a strict mode that fails loudly.
Like the accumulator it works on raw JSON dicts, one event at a time, sans I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ._accumulate import INDEX_KEY, PART_EVENTS, TERMINAL_EVENT_TYPES, TEXT_DELTAS, TEXT_DONES
from ._response_parts import as_index, as_str

__all__: list[str] = []
_STREAMED_PART_TYPES = frozenset({"output_text", "refusal", "reasoning_text", "summary_text"})


class _CheckedPart:
    __slots__ = ("closed", "part_type", "text_done")

    def __init__(self, part_type: str | None) -> None:
        self.part_type = part_type
        self.text_done = False
        self.closed = False


class _CheckedItem:
    __slots__ = ("args_done", "done", "id", "parts")

    def __init__(self, item_id: str | None) -> None:
        self.id = item_id
        self.done = False
        self.args_done = False
        self.parts: dict[tuple[str, int], _CheckedPart] = {}


class StrictChecker:
    """Check a stream against the spec's framing and ordering rules.

    Call :meth:`check` for every event and :meth:`end_of_stream` once the
    transport ends; each returns a message describing the first violation it
    finds, or None. The checker keeps going after a violation, so a caller may
    collect several.
    """

    def __init__(self) -> None:
        self._last_seq: int | None = None
        self._terminal: str | None = None
        self._items: dict[int, _CheckedItem] = {}

    def check(self, event: Mapping[str, Any], sse_event_name: str | None) -> str | None:
        """Return a violation message for ``event``, or None if it conforms.

        ``sse_event_name`` is the SSE ``event:`` field as dispatched (``"message"``
        when the field is absent, per the SSE spec); pass None for transports
        without event names, such as WebSocket.
        """
        etype = event.get("type")
        if not isinstance(etype, str):
            return f"event payload has no string `type` (keys: {sorted(event)})"
        # Keep updating state after a violation so later checks stay meaningful;
        # report the first problem found.
        problems: list[str | None] = []
        if sse_event_name is not None and sse_event_name != etype:
            problems.append(
                f"SSE event name {sse_event_name!r} does not match payload type {etype!r}"
            )
        if self._terminal is not None:
            problems.append(f"{etype} received after terminal event {self._terminal}")
            return problems[0]
        problems.append(self._check_sequence(event, etype))
        problems.append(self._check_order(event, etype))
        return next((p for p in problems if p is not None), None)

    def _check_order(self, event: Mapping[str, Any], etype: str) -> str | None:
        if etype in TERMINAL_EVENT_TYPES:
            self._terminal = etype
            return None
        if etype == "error":
            if not isinstance(event.get("error"), Mapping):
                return "error event has no `error` object (flat error fields are not spec)"
            return None
        if etype == "response.output_item.added":
            return self._item_added(event)
        if etype == "response.output_item.done":
            return self._item_done(event)
        if etype in _PART_RULES:
            return self._part_rule(event, etype)
        if etype == "response.output_text.annotation.added":
            item, problem = self._open_item(event, etype)
            if problem is not None or item is None:
                return problem
            index = as_index(event.get("content_index"))
            if index is None or ("content", index) not in item.parts:
                return f"{etype} for content_index {event.get('content_index')!r}, which was never added"
            return None
        if etype in (
            "response.function_call_arguments.delta",
            "response.function_call_arguments.done",
        ):
            item, problem = self._open_item(event, etype)
            if problem is not None or item is None:
                return problem
            if item.args_done:
                return f"{etype} after response.function_call_arguments.done"
            item.args_done = etype.endswith(".done")
            return None
        return None  # unknown and extension events carry no ordering rules here

    def end_of_stream(self, saw_done_marker: bool, content_type: str | None) -> str | None:
        """Return a violation for how the stream ended, or None.

        Checks the ``Content-Type`` (must be ``text/event-stream``), that a terminal
        response event arrived, and that the stream closed with ``data: [DONE]``.
        """
        media = (content_type or "").split(";", 1)[0].strip().lower()
        if media != "text/event-stream":
            return f"Content-Type is {content_type!r}, expected 'text/event-stream'"
        if self._terminal is None:
            return (
                "stream ended without a terminal event "
                "(response.completed, response.incomplete or response.failed)"
            )
        if not saw_done_marker:
            return "stream ended without the terminal `data: [DONE]` marker"
        return None

    # -------------------------------------------------------------- internals

    def _check_sequence(self, event: Mapping[str, Any], etype: str) -> str | None:
        seq = event.get("sequence_number")
        if not isinstance(seq, int) or isinstance(seq, bool):
            if etype == "error" and isinstance(event.get("status"), int):
                return None  # WebSocket error events carry no sequence_number
            return f"{etype} has no integer sequence_number"
        last = self._last_seq
        self._last_seq = seq
        if last is not None and seq <= last:
            return f"{etype} sequence_number {seq} is not greater than the previous {last}"
        return None

    def _item_added(self, event: Mapping[str, Any]) -> str | None:
        index = as_index(event.get("output_index"))
        if index is None:
            return "response.output_item.added has no valid output_index"
        if index in self._items:
            return f"response.output_item.added for output_index {index}, which was already added"
        raw = event.get("item")
        iid = as_str(raw.get("id")) if isinstance(raw, Mapping) else None
        self._items[index] = _CheckedItem(iid)
        return None

    def _item_done(self, event: Mapping[str, Any]) -> str | None:
        item, problem = self._open_item(event, "response.output_item.done")
        if problem is not None or item is None:
            return problem
        item.done = True
        for (list_name, index), part in sorted(item.parts.items()):
            if not part.closed:
                closing = "content_part" if list_name == "content" else "reasoning_summary_part"
                return (
                    f"response.output_item.done for output_index {event.get('output_index')} "
                    f"while {list_name} part {index} is still open (no response.{closing}.done)"
                )
        return None

    def _open_item(
        self, event: Mapping[str, Any], etype: str
    ) -> tuple[_CheckedItem | None, str | None]:
        """Return the added, not yet done item an event addresses, or a violation."""
        raw_index = event.get("output_index")
        index = as_index(raw_index)
        if index is None:
            return None, f"{etype} has no valid output_index"
        item = self._items.get(index)
        if item is None:
            return None, f"{etype} for output_index {index} before response.output_item.added"
        if item.done:
            return None, f"{etype} for output_index {index} after response.output_item.done"
        iid = as_str(event.get("item_id"))
        if iid is None and etype == "response.output_item.done":
            raw = event.get("item")
            iid = as_str(raw.get("id")) if isinstance(raw, Mapping) else None
        if iid is not None and item.id is not None and iid != item.id:
            return None, (
                f"{etype} names item {iid!r} but output_index {index} holds item {item.id!r}"
            )
        return item, None

    def _part_rule(self, event: Mapping[str, Any], etype: str) -> str | None:
        """Find the part a part or part-text event names, then apply that event's rule."""
        list_name, rule = _PART_RULES[etype]
        item, problem = self._open_item(event, etype)
        if problem is not None or item is None:
            return problem
        key_name = INDEX_KEY[list_name]
        index = as_index(event.get(key_name))
        if index is None:
            return f"{etype} has no valid {key_name}"
        return rule(item, (list_name, index), f"{etype} for {list_name} index {index}", event)


# A part rule gets the open item, the part's key, the start of any message
# (which event, for which part) and the event; it returns the problem or None.
_PartRule = Callable[[_CheckedItem, tuple[str, int], str, Mapping[str, Any]], str | None]


def _add_part(
    item: _CheckedItem, key: tuple[str, int], where: str, event: Mapping[str, Any]
) -> str | None:
    if key in item.parts:
        return f"{where}, which was already added"
    raw = event.get("part")
    ptype = raw.get("type") if isinstance(raw, Mapping) else None
    item.parts[key] = _CheckedPart(ptype if isinstance(ptype, str) else None)
    return None


def _close_part(
    item: _CheckedItem, key: tuple[str, int], where: str, event: Mapping[str, Any]
) -> str | None:
    part = item.parts.get(key)
    if part is None:
        return f"{where} before it was added"
    if part.closed:
        return f"{where}, which was already done"
    part.closed = True
    if part.part_type in _STREAMED_PART_TYPES and not part.text_done:
        return f"{where} before its text `.done` event"
    return None


def _text_rule(done: bool) -> _PartRule:
    """The rule of a text delta (``done`` false) or text done event."""

    def rule(
        item: _CheckedItem, key: tuple[str, int], where: str, event: Mapping[str, Any]
    ) -> str | None:
        part = item.parts.get(key)
        if part is None:
            added = "content_part" if key[0] == "content" else "reasoning_summary_part"
            return f"{where} before response.{added}.added"
        if part.closed:
            return f"{where} after its part was done"
        if part.text_done:
            return f"{where} after its text `.done` event"
        part.text_done = done
        return None

    return rule


_PART_RULES: dict[str, tuple[str, _PartRule]] = {
    **{
        etype: (list_name, _close_part if closing else _add_part)
        for etype, (list_name, closing) in PART_EVENTS.items()
    },
    **{etype: (spec[0], _text_rule(done=False)) for etype, spec in TEXT_DELTAS.items()},
    **{etype: (spec[0], _text_rule(done=True)) for etype, spec in TEXT_DONES.items()},
}
