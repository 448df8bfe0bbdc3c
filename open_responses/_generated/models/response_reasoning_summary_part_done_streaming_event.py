from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent
    from ..models.summary_text_content import SummaryTextContent
    from ..models.text_content import TextContent
    from ..models.unknown_content import UnknownContent

__all__ = ["ResponseReasoningSummaryPartDoneStreamingEvent"]


class ResponseReasoningSummaryPartDoneStreamingEvent(_t.Model):
    """ResponseReasoningSummaryPartDoneStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.reasoning_summary_part.done"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["response.reasoning_summary_part.done"]
        item_id: str
        output_index: int
        summary_index: int
        part: (
            InputFileContent
            | InputImageContent
            | InputTextContent
            | OutputTextContent
            | ReasoningTextContent
            | RefusalContent
            | SummaryTextContent
            | TextContent
            | UnknownContent
        )
        sequence_number: int | Unset | None
    else:
        type = Field(
            "type",
            _t.scalar("any", "response.reasoning_summary_part.done"),
            required=True,
            reliable=True,
        )
        item_id = Field("item_id", _t.scalar("string"), required=True, reliable=True)
        output_index = Field("output_index", _t.scalar("integer"), required=True, reliable=True)
        summary_index = Field("summary_index", _t.scalar("integer"), required=True, reliable=True)
        part = Field(
            "part",
            _t.union(
                _t.model(".models.input_text_content", "InputTextContent", "input_text"),
                _t.model(".models.output_text_content", "OutputTextContent", "output_text"),
                _t.model(".models.text_content", "TextContent", "text"),
                _t.model(".models.summary_text_content", "SummaryTextContent", "summary_text"),
                _t.model(
                    ".models.reasoning_text_content", "ReasoningTextContent", "reasoning_text"
                ),
                _t.model(".models.refusal_content", "RefusalContent", "refusal"),
                _t.model(".models.input_image_content", "InputImageContent", "input_image"),
                _t.model(".models.input_file_content", "InputFileContent", "input_file"),
                _t.model(".models.unknown_content", "UnknownContent"),
                nullable=False,
            ),
            required=True,
            reliable=True,
        )
        sequence_number = Field("sequence_number", _t.scalar("integer"), required=True)
        _FIELDS = {
            "type": type,
            "item_id": item_id,
            "output_index": output_index,
            "summary_index": summary_index,
            "part": part,
            "sequence_number": sequence_number,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["response.reasoning_summary_part.done"] | Unset = UNSET,
        item_id: str,
        output_index: int,
        summary_index: int,
        part: InputFileContent
        | InputImageContent
        | InputTextContent
        | OutputTextContent
        | ReasoningTextContent
        | RefusalContent
        | SummaryTextContent
        | TextContent
        | UnknownContent,
        sequence_number: int | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            item_id=item_id,
            output_index=output_index,
            summary_index=summary_index,
            part=part,
            sequence_number=sequence_number,
            **additional_properties,
        )
