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

__all__ = ["ReasoningBody"]


class ReasoningBody(_t.Model):
    """The model's reasoning: optional summary, raw content and opaque encrypted_content."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "reasoning"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["reasoning"]
        id: str
        summary: list[
            InputFileContent
            | InputImageContent
            | InputTextContent
            | OutputTextContent
            | ReasoningTextContent
            | RefusalContent
            | SummaryTextContent
            | TextContent
            | UnknownContent
        ]
        content: (
            list[
                InputFileContent
                | InputImageContent
                | InputTextContent
                | OutputTextContent
                | ReasoningTextContent
                | RefusalContent
                | SummaryTextContent
                | TextContent
                | UnknownContent
            ]
            | Unset
            | None
        )
        encrypted_content: str | Unset | None
    else:
        type = Field("type", _t.scalar("any", "reasoning"), required=True, reliable=True)
        id = Field("id", _t.scalar("string"), required=True, reliable=True)
        summary = Field(
            "summary",
            _t.array(
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
                )
            ),
            required=True,
            reliable=True,
        )
        content = Field(
            "content",
            _t.array(
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
                )
            ),
        )
        encrypted_content = Field("encrypted_content", _t.scalar("string"))
        _FIELDS = {
            "type": type,
            "id": id,
            "summary": summary,
            "content": content,
            "encrypted_content": encrypted_content,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["reasoning"] | Unset = UNSET,
        id: str,
        summary: list[
            InputFileContent
            | InputImageContent
            | InputTextContent
            | OutputTextContent
            | ReasoningTextContent
            | RefusalContent
            | SummaryTextContent
            | TextContent
            | UnknownContent
        ],
        content: list[
            InputFileContent
            | InputImageContent
            | InputTextContent
            | OutputTextContent
            | ReasoningTextContent
            | RefusalContent
            | SummaryTextContent
            | TextContent
            | UnknownContent
        ]
        | Unset = UNSET,
        encrypted_content: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            id=id,
            summary=summary,
            content=content,
            encrypted_content=encrypted_content,
            **additional_properties,
        )
