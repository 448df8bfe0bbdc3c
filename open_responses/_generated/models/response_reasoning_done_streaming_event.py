from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["ResponseReasoningDoneStreamingEvent"]


class ResponseReasoningDoneStreamingEvent(_t.Model):
    """ResponseReasoningDoneStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.reasoning.done"

    type: Field[Literal["response.reasoning.done"]] = Field(
        "type", _t.scalar("any", "response.reasoning.done"), required=True, reliable=True
    )
    item_id: Field[str] = Field("item_id", _t.scalar("string"), required=True, reliable=True)
    output_index: Field[int] = Field(
        "output_index", _t.scalar("integer"), required=True, reliable=True
    )
    text: Field[str] = Field("text", _t.scalar("string"), required=True, reliable=True)
    sequence_number: Field[int | Unset | None] = Field(
        "sequence_number", _t.scalar("integer"), required=True
    )
    content_index: Field[int | Unset | None] = Field(
        "content_index", _t.scalar("integer"), required=True
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "item_id": item_id,
        "output_index": output_index,
        "text": text,
        "sequence_number": sequence_number,
        "content_index": content_index,
    }

    def __init__(
        self,
        *,
        type: Literal["response.reasoning.done"] | Unset = UNSET,
        item_id: str,
        output_index: int,
        text: str,
        sequence_number: int | Unset = UNSET,
        content_index: int | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            item_id=item_id,
            output_index=output_index,
            text=text,
            sequence_number=sequence_number,
            content_index=content_index,
            **additional_properties,
        )
