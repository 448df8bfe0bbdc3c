from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["ResponseMcpCallArgumentsDeltaStreamingEvent"]


class ResponseMcpCallArgumentsDeltaStreamingEvent(_t.Model):
    """ResponseMcpCallArgumentsDeltaStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.mcp_call_arguments.delta"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["response.mcp_call_arguments.delta"]
        sequence_number: int | Unset | None
        item_id: str | Unset | None
        output_index: int | Unset | None
        delta: str | Unset | None
        obfuscation: str | Unset | None
    else:
        type = Field(
            "type",
            _t.scalar("any", "response.mcp_call_arguments.delta"),
            required=True,
            reliable=True,
        )
        sequence_number = Field("sequence_number", _t.scalar("integer"))
        item_id = Field("item_id", _t.scalar("string"), required=True)
        output_index = Field("output_index", _t.scalar("integer"), required=True)
        delta = Field("delta", _t.scalar("string"), required=True)
        obfuscation = Field("obfuscation", _t.scalar("string"))
        _FIELDS = {
            "type": type,
            "sequence_number": sequence_number,
            "item_id": item_id,
            "output_index": output_index,
            "delta": delta,
            "obfuscation": obfuscation,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["response.mcp_call_arguments.delta"] | Unset = UNSET,
        sequence_number: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        output_index: int | Unset = UNSET,
        delta: str | Unset = UNSET,
        obfuscation: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            delta=delta,
            obfuscation=obfuscation,
            **additional_properties,
        )
