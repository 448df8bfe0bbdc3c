from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["ReasoningSummaryContentParam"]


class ReasoningSummaryContentParam(_t.Model):
    """ReasoningSummaryContentParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "summary_text"

    type: Field[Literal["summary_text"]] = Field(
        "type", _t.scalar("any", "summary_text"), required=True, reliable=True
    )
    text: Field[str] = Field(
        "text",
        _t.bounded(_t.scalar("string"), {"maxLength": 10485760}),
        required=True,
        reliable=True,
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "text": text,
    }

    def __init__(
        self,
        *,
        type: Literal["summary_text"] | Unset = UNSET,
        text: str,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            text=text,
            **additional_properties,
        )
