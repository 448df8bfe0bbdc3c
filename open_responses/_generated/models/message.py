from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.input_video_content import InputVideoContent
    from ..models.message_phase import MessagePhase
    from ..models.message_role import MessageRole
    from ..models.message_status import MessageStatus
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent
    from ..models.summary_text_content import SummaryTextContent
    from ..models.text_content import TextContent
    from ..models.unknown_content import UnknownContent

__all__ = ["Message"]


class Message(_t.Model):
    """A message from the user, the assistant, or the system/developer."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "message"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["message"]
        id: str
        role: MessageRole
        content: list[
            InputFileContent
            | InputImageContent
            | InputTextContent
            | InputVideoContent
            | OutputTextContent
            | ReasoningTextContent
            | RefusalContent
            | SummaryTextContent
            | TextContent
            | UnknownContent
        ]
        status: MessageStatus | Unset | None
        phase: MessagePhase | Unset | None
    else:
        type = Field("type", _t.scalar("any", "message"), required=True, reliable=True)
        id = Field("id", _t.scalar("string"), required=True, reliable=True)
        role = Field(
            "role",
            _t.enum_of(
                ".models.message_role",
                "MessageRole",
                (
                    "user",
                    "assistant",
                    "system",
                    "developer",
                ),
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
                    _t.model(".models.input_video_content", "InputVideoContent", "input_video"),
                    _t.model(".models.unknown_content", "UnknownContent"),
                    nullable=False,
                )
            ),
            required=True,
            reliable=True,
        )
        status = Field(
            "status",
            _t.enum_of(
                ".models.message_status",
                "MessageStatus",
                (
                    "in_progress",
                    "completed",
                    "incomplete",
                ),
            ),
            required=True,
        )
        phase = Field(
            "phase",
            _t.enum_of(
                ".models.message_phase",
                "MessagePhase",
                (
                    "commentary",
                    "final_answer",
                ),
            ),
        )
        _FIELDS = {
            "type": type,
            "id": id,
            "role": role,
            "content": content,
            "status": status,
            "phase": phase,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["message"] | Unset = UNSET,
        id: str,
        role: MessageRole,
        content: list[
            InputFileContent
            | InputImageContent
            | InputTextContent
            | InputVideoContent
            | OutputTextContent
            | ReasoningTextContent
            | RefusalContent
            | SummaryTextContent
            | TextContent
            | UnknownContent
        ],
        status: MessageStatus | Unset = UNSET,
        phase: MessagePhase | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            id=id,
            role=role,
            content=content,
            status=status,
            phase=phase,
            **additional_properties,
        )
