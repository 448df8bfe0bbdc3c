"""Typed streaming events: one table look-up from a payload's ``type`` to its generated class.

The table is the generated ``STREAMING_EVENT`` union: it follows a regenerated
spec without edits here.  A payload of a type the spec does not know
(``acme:progress``, a future ``response.foo.delta``) becomes an
:class:`UnknownEvent` that keeps the raw payload, so no event is ever dropped or
fatal.  Because the models are tolerant, a known ``type`` always gets its own
class, however odd its other fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._generated.models import STREAMING_EVENT
from ._generated.models.unknown_streaming_event import UnknownStreamingEvent

if TYPE_CHECKING:
    from typing import TypeAlias

    from ._generated.models import StreamingEvent

    # What the streams yield, for annotations inside the package.
    StreamEvent: TypeAlias = StreamingEvent

__all__ = ["UnknownEvent"]


class UnknownEvent(UnknownStreamingEvent):
    """An event this library has no class for: a vendor's ``slug:type``, a newer event.

    Its fields read as attributes under their wire names (``event.delta``);
    ``data`` is the payload exactly as decoded, which may also be a string when
    the event's data was not JSON at all.
    """

    __slots__ = ("data",)

    if TYPE_CHECKING:
        type: str  # type: ignore[assignment]  # the real name, for vendor types

    def __init__(self, type: str, data: Any, sequence_number: int | None = None) -> None:
        """An unknown event of ``type`` around the raw ``data``."""
        if isinstance(data, dict):
            self._data = data
        else:
            self._data = {"type": type}
            if sequence_number is not None:
                self._data["sequence_number"] = sequence_number
        self._cache = None
        self.data = data

    def to_dict(self) -> Any:
        """The payload exactly as received (not always an object)."""
        return super().to_dict() if isinstance(self.data, dict) else self.data


# type -> the class's no-copy constructor, filled as each type is first seen (so a
# stream imports only the event modules it uses).
_WRAPPERS: dict[str, Callable[[dict[str, Any]], Any]] = {}


def event_classes() -> dict[str, type[Any]]:
    """The ``type`` → class table of every event the spec (and our extensions) define."""
    return {tag: member.cls.get() for tag, member in STREAMING_EVENT.tags.items()}  # type: ignore[attr-defined]


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

    Never raises.  A payload with no ``type`` but an ``error`` object (sent by
    some proxies) is read as an ``error`` event, and OpenAI's flat ``error`` event
    gets its fields nested under ``error`` as the spec has them.
    """
    if type(payload) is not dict:
        return UnknownEvent("", payload)
    kind = payload.get("type")
    if kind == "error":
        if not isinstance(payload.get("error"), dict):
            payload = _nest_flat_error(payload)
    elif kind is None and "error" in payload:
        payload = {"type": "error", **payload}
        kind = "error"
    wrap = _WRAPPERS.get(kind) if type(kind) is str else None
    if wrap is None:
        member = STREAMING_EVENT.tags.get(kind) if type(kind) is str else None  # type: ignore[attr-defined]
        if member is None:
            return UnknownEvent(kind if isinstance(kind, str) else "", payload)
        wrap = _WRAPPERS[kind] = member.cls.get()._wrap  # type: ignore[index]
    return wrap(payload)  # type: ignore[no-any-return]
