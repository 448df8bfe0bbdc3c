"""Typed streaming events: one table lookup from a payload's ``type`` to its generated class.

The table is built once, on first use, from the generated models: every class
whose name ends in ``StreamingEvent`` and whose ``type`` field is a constant
(a string default, or a one-value ``Literal`` annotation: the generator gives
the spec's events a default but the MCP extension events only the annotation).
It therefore follows a regenerated spec without edits here.  Payloads of a type
the table does not know (``acme:progress``, a future ``response.foo.delta``) or
that do not fit their class become an :class:`UnknownEvent` that keeps the raw
payload, so no event is ever dropped or fatal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol, get_args, get_origin, get_type_hints

import attrs

if TYPE_CHECKING:
    from ._generated.models import (
        ErrorStreamingEvent,
        ResponseCompletedStreamingEvent,
        ResponseContentPartAddedStreamingEvent,
        ResponseContentPartDoneStreamingEvent,
        ResponseCreatedStreamingEvent,
        ResponseFailedStreamingEvent,
        ResponseFunctionCallArgumentsDeltaStreamingEvent,
        ResponseFunctionCallArgumentsDoneStreamingEvent,
        ResponseIncompleteStreamingEvent,
        ResponseInProgressStreamingEvent,
        ResponseOutputItemAddedStreamingEvent,
        ResponseOutputItemDoneStreamingEvent,
        ResponseOutputTextAnnotationAddedStreamingEvent,
        ResponseOutputTextDeltaStreamingEvent,
        ResponseOutputTextDoneStreamingEvent,
        ResponseQueuedStreamingEvent,
        ResponseReasoningDeltaStreamingEvent,
        ResponseReasoningDoneStreamingEvent,
        ResponseReasoningSummaryDeltaStreamingEvent,
        ResponseReasoningSummaryDoneStreamingEvent,
        ResponseReasoningSummaryPartAddedStreamingEvent,
        ResponseReasoningSummaryPartDoneStreamingEvent,
        ResponseRefusalDeltaStreamingEvent,
        ResponseRefusalDoneStreamingEvent,
    )


__all__ = ["TERMINAL_EVENT_TYPES", "UnknownEvent", "event_classes", "parse_event"]

TERMINAL_EVENT_TYPES = frozenset({"response.completed", "response.incomplete", "response.failed"})


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


@attrs.define(slots=True)
class UnknownEvent:
    """An event this library has no class for, or whose payload does not fit its class.

    ``data`` is the decoded payload, untouched; ``type`` is its ``type`` field
    (empty when the payload had none).
    """

    type: str
    data: Any
    sequence_number: int | None = None

    def to_dict(self) -> Any:
        """Return the raw payload, exactly as received."""
        return self.data


if TYPE_CHECKING:
    StreamEvent = (
        ResponseCreatedStreamingEvent
        | ResponseQueuedStreamingEvent
        | ResponseInProgressStreamingEvent
        | ResponseCompletedStreamingEvent
        | ResponseFailedStreamingEvent
        | ResponseIncompleteStreamingEvent
        | ResponseOutputItemAddedStreamingEvent
        | ResponseOutputItemDoneStreamingEvent
        | ResponseReasoningSummaryPartAddedStreamingEvent
        | ResponseReasoningSummaryPartDoneStreamingEvent
        | ResponseContentPartAddedStreamingEvent
        | ResponseContentPartDoneStreamingEvent
        | ResponseOutputTextDeltaStreamingEvent
        | ResponseOutputTextDoneStreamingEvent
        | ResponseRefusalDeltaStreamingEvent
        | ResponseRefusalDoneStreamingEvent
        | ResponseReasoningDeltaStreamingEvent
        | ResponseReasoningDoneStreamingEvent
        | ResponseReasoningSummaryDeltaStreamingEvent
        | ResponseReasoningSummaryDoneStreamingEvent
        | ResponseOutputTextAnnotationAddedStreamingEvent
        | ResponseFunctionCallArgumentsDeltaStreamingEvent
        | ResponseFunctionCallArgumentsDoneStreamingEvent
        | ErrorStreamingEvent
        | UnknownEvent
        | Any  # extension events (MCP) generated beside the spec's 24
    )


_TABLE: dict[str, type[_FromDict]] | None = None
# type -> bound ``from_dict``: one dict look-up and a call per event on the hot path.
_PARSERS: dict[str, Callable[[Mapping[str, Any]], Any]] = {}
_MISFIT = (KeyError, TypeError, ValueError, AttributeError, RecursionError)


def _constant_type(cls: type[Any]) -> str | None:
    """The constant ``type`` of a generated event class, or None if it has none."""
    field = attrs.fields_dict(cls).get("type_")
    if field is None:
        return None
    if isinstance(field.default, str):
        return field.default
    try:
        hint = get_type_hints(cls).get("type_")
    except Exception:  # an unresolvable annotation: not a usable event class
        return None
    values = get_args(hint) if get_origin(hint) is Literal else ()
    if len(values) == 1 and isinstance(values[0], str):
        return values[0]
    return None


def event_classes() -> dict[str, type[Any]]:
    """The ``type`` → generated class table (built on first call)."""
    global _TABLE
    if _TABLE is None:
        from ._generated import models

        table: dict[str, type[_FromDict]] = {}
        for name in models.__all__:
            if not name.endswith("StreamingEvent"):
                continue
            cls = getattr(models, name)
            kind = _constant_type(cls)
            if kind is not None:
                table[kind] = cls
        _PARSERS.update({kind: cls.from_dict for kind, cls in table.items()})
        _TABLE = table
    return dict(_TABLE)


def _nest_flat_error(payload: dict[str, Any]) -> dict[str, Any]:
    """OpenAI's flat error event (``code``/``message`` beside ``type``) in the spec's shape.

    The fields move into ``error`` so that ``event.error.message`` works for both.
    """
    error = {k: v for k, v in payload.items() if k not in ("type", "sequence_number", "error")}
    nested: dict[str, Any] = {"type": "error", "error": error}
    if "sequence_number" in payload:
        nested["sequence_number"] = payload["sequence_number"]
    return nested


def parse_event(payload: Any) -> StreamEvent:
    """Turn one decoded SSE ``data`` payload into its typed event.

    Never raises: anything that does not fit becomes an :class:`UnknownEvent`.
    A payload with no ``type`` but an ``error`` object (sent by some proxies)
    is read as an ``error`` event, and OpenAI's flat ``error`` event gets its
    fields nested under ``error`` as the spec has them.
    """
    parsers = _PARSERS
    if not parsers:
        event_classes()
    if type(payload) is not dict:
        return UnknownEvent("", payload)
    kind = payload.get("type")
    if type(kind) is str and kind != "error":
        parse = parsers.get(kind)
        if parse is not None:
            try:
                return parse(payload)
            except _MISFIT:
                pass
        return _unknown(kind, payload)
    if kind is None and "error" in payload:
        kind = "error"
        payload = {"type": "error", **payload}
    elif kind == "error" and not isinstance(payload.get("error"), Mapping):
        payload = _nest_flat_error(payload)
    if kind == "error":
        try:
            return parsers["error"](payload)
        except _MISFIT:
            pass
    return _unknown(kind if isinstance(kind, str) else "", payload)


def _unknown(kind: str, payload: dict[str, Any]) -> UnknownEvent:
    sequence = payload.get("sequence_number")
    return UnknownEvent(kind, payload, sequence if type(sequence) is int else None)
