from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["ResponseFunctionCallArgumentsDoneStreamingEvent"]


class ResponseFunctionCallArgumentsDoneStreamingEvent(_t.Model):
    """ResponseFunctionCallArgumentsDoneStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.function_call_arguments.done"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["response.function_call_arguments.done"]
        output_index: int
        arguments: str
        sequence_number: int | Unset | None
        item_id: str | Unset | None
    else:
        type = Field(
            "type",
            _t.scalar("any", "response.function_call_arguments.done"),
            required=True,
            reliable=True,
        )
        output_index = Field("output_index", _t.scalar("integer"), required=True, reliable=True)
        arguments = Field("arguments", _t.scalar("string"), required=True, reliable=True)
        sequence_number = Field("sequence_number", _t.scalar("integer"), required=True)
        item_id = Field("item_id", _t.scalar("string"), required=True)
        _FIELDS = {
            "type": type,
            "output_index": output_index,
            "arguments": arguments,
            "sequence_number": sequence_number,
            "item_id": item_id,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["response.function_call_arguments.done"] | Unset = UNSET,
        output_index: int,
        arguments: str,
        sequence_number: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            output_index=output_index,
            arguments=arguments,
            sequence_number=sequence_number,
            item_id=item_id,
            **additional_properties,
        )
