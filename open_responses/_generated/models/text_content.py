from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["TextContent"]


class TextContent(_t.Model):
    """TextContent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "text"

    type: Field[Literal["text"]] = Field(
        "type", _t.scalar("any", "text"), required=True, reliable=True
    )
    text: Field[str] = Field("text", _t.scalar("string"), required=True, reliable=True)

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "text": text,
    }

    def __init__(
        self,
        *,
        type: Literal["text"] | Unset = UNSET,
        text: str,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            text=text,
            **additional_properties,
        )
