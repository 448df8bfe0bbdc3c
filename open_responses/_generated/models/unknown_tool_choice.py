from __future__ import annotations

from typing import Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["UnknownToolChoice"]


class UnknownToolChoice(_t.OpenModel):
    """A tool_choice object of a type this library does not know; all fields are kept.
    Any field of the JSON object reads as an attribute under its wire name."""

    __slots__ = ()

    type: Field[str | Unset | None] = Field("type", _t.scalar("string"))

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
    }

    def __init__(
        self,
        *,
        type: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            **additional_properties,
        )
