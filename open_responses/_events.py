"""Typed streaming events: one table lookup from a payload's ``type`` to its generated class.

The table is built once, on first use, from the generated models: every class
whose name ends in ``StreamingEvent`` and whose ``type`` field is a constant.
It therefore follows a regenerated spec without edits here.  Payloads of a type
the table does not know (``acme:progress``, a future ``response.foo.delta``) or
that do not fit their class become an :class:`UnknownEvent` that keeps the raw
payload, so no event is ever dropped or fatal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

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
            field = attrs.fields_dict(cls).get("type_")
            if field is not None and isinstance(field.default, str):
                table[field.default] = cls
        _TABLE = table
    return dict(_TABLE)


def parse_event(payload: Any) -> StreamEvent:
    """Turn one decoded SSE ``data`` payload into its typed event.

    Never raises: anything that does not fit becomes an :class:`UnknownEvent`.
    A payload with no ``type`` but an ``error`` object (sent by some proxies)
    is read as an ``error`` event.
    """
    table = _TABLE if _TABLE is not None else (event_classes() and _TABLE)
    assert table is not None
    if type(payload) is dict:
        kind = payload.get("type")
        if kind is None and "error" in payload:
            kind = "error"
            payload = {"type": "error", **payload}
        cls = table.get(kind) if isinstance(kind, str) else None
        if cls is not None:
            try:
                return cls.from_dict(payload)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass
        sequence = payload.get("sequence_number")
        return UnknownEvent(
            kind if isinstance(kind, str) else "",
            payload,
            sequence if type(sequence) is int else None,
        )
    return UnknownEvent("", payload)
