from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["ResponseReasoningDeltaStreamingEvent"]


class ResponseReasoningDeltaStreamingEvent(_t.Model):
    """ResponseReasoningDeltaStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.reasoning.delta"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["response.reasoning.delta"]
        item_id: str
        output_index: int
        delta: str
        sequence_number: int | Unset | None
        content_index: int | Unset | None
        obfuscation: str | Unset | None
    else:
        type = Field(
            "type", _t.scalar("any", "response.reasoning.delta"), required=True, reliable=True
        )
        item_id = Field("item_id", _t.scalar("string"), required=True, reliable=True)
        output_index = Field("output_index", _t.scalar("integer"), required=True, reliable=True)
        delta = Field("delta", _t.scalar("string"), required=True, reliable=True)
        sequence_number = Field("sequence_number", _t.scalar("integer"), required=True)
        content_index = Field("content_index", _t.scalar("integer"), required=True)
        obfuscation = Field("obfuscation", _t.scalar("string"))
        _FIELDS = {
            "type": type,
            "item_id": item_id,
            "output_index": output_index,
            "delta": delta,
            "sequence_number": sequence_number,
            "content_index": content_index,
            "obfuscation": obfuscation,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["response.reasoning.delta"] | Unset = UNSET,
        item_id: str,
        output_index: int,
        delta: str,
        sequence_number: int | Unset = UNSET,
        content_index: int | Unset = UNSET,
        obfuscation: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            item_id=item_id,
            output_index=output_index,
            delta=delta,
            sequence_number=sequence_number,
            content_index=content_index,
            obfuscation=obfuscation,
            **additional_properties,
        )
