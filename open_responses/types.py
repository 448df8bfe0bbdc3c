"""The spec's types, for annotations and ``isinstance``: every model and event class.

Everything here is generated from the spec (``open_responses._generated``, which
stays private); this module only gives it a public address::

    from open_responses.types import Message, StreamEvent

    def on_event(event: StreamEvent) -> None:
        if event.type == "response.output_text.delta":
            print(event.delta, end="")

``StreamEvent`` is the union of every event class, discriminated on ``type``,
with ``UnknownStreamingEvent`` (whose subclass ``UnknownEvent`` the streams yield)
last.  Classes load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._events import UnknownEvent
from ._generated import models as _models
from ._generated.types import UNSET, Unset

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403
    from ._generated.models import StreamingEvent as StreamEvent

__all__ = [*_models.__all__, "UNSET", "StreamEvent", "Unset", "UnknownEvent"]


def __getattr__(name: str) -> Any:
    value: Any = _models.StreamingEvent if name == "StreamEvent" else getattr(_models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
