from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.log_prob import LogProb

__all__ = ["ResponseOutputTextDoneStreamingEvent"]


class ResponseOutputTextDoneStreamingEvent(_t.Model):
    """ResponseOutputTextDoneStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.output_text.done"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["response.output_text.done"]
        item_id: str
        output_index: int
        text: str
        sequence_number: int | Unset | None
        content_index: int | Unset | None
        logprobs: list[LogProb] | Unset | None
    else:
        type = Field(
            "type", _t.scalar("any", "response.output_text.done"), required=True, reliable=True
        )
        item_id = Field("item_id", _t.scalar("string"), required=True, reliable=True)
        output_index = Field("output_index", _t.scalar("integer"), required=True, reliable=True)
        text = Field("text", _t.scalar("string"), required=True, reliable=True)
        sequence_number = Field("sequence_number", _t.scalar("integer"), required=True)
        content_index = Field("content_index", _t.scalar("integer"), required=True)
        logprobs = Field("logprobs", _t.array(_t.model(".models.log_prob", "LogProb")))
        _FIELDS = {
            "type": type,
            "item_id": item_id,
            "output_index": output_index,
            "text": text,
            "sequence_number": sequence_number,
            "content_index": content_index,
            "logprobs": logprobs,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["response.output_text.done"] | Unset = UNSET,
        item_id: str,
        output_index: int,
        text: str,
        sequence_number: int | Unset = UNSET,
        content_index: int | Unset = UNSET,
        logprobs: list[LogProb] | Unset = UNSET,
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
            logprobs=logprobs,
            **additional_properties,
        )
