from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.function_call_output_status_enum import FunctionCallOutputStatusEnum
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.unknown_content import UnknownContent

__all__ = ["FunctionCallOutput"]


class FunctionCallOutput(_t.Model):
    """The result of a function call, matched to it by call_id."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "function_call_output"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["function_call_output"]
        call_id: str
        output: list[InputFileContent | InputImageContent | InputTextContent | UnknownContent] | str
        id: str | Unset | None
        status: FunctionCallOutputStatusEnum | Unset | None
    else:
        type = Field("type", _t.scalar("any", "function_call_output"), required=True, reliable=True)
        call_id = Field("call_id", _t.scalar("string"), required=True, reliable=True)
        output = Field(
            "output",
            _t.union(
                _t.scalar("string"),
                _t.array(
                    _t.union(
                        _t.model(".models.input_text_content", "InputTextContent", "input_text"),
                        _t.model(".models.input_image_content", "InputImageContent", "input_image"),
                        _t.model(".models.input_file_content", "InputFileContent", "input_file"),
                        _t.model(".models.unknown_content", "UnknownContent"),
                        nullable=False,
                    )
                ),
                nullable=False,
            ),
            required=True,
            reliable=True,
        )
        id = Field("id", _t.scalar("string"), required=True)
        status = Field(
            "status",
            _t.enum_of(
                ".models.function_call_output_status_enum",
                "FunctionCallOutputStatusEnum",
                (
                    "in_progress",
                    "completed",
                    "incomplete",
                ),
            ),
            required=True,
        )
        _FIELDS = {
            "type": type,
            "call_id": call_id,
            "output": output,
            "id": id,
            "status": status,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["function_call_output"] | Unset = UNSET,
        call_id: str,
        output: list[InputFileContent | InputImageContent | InputTextContent | UnknownContent]
        | str,
        id: str | Unset = UNSET,
        status: FunctionCallOutputStatusEnum | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            call_id=call_id,
            output=output,
            id=id,
            status=status,
            **additional_properties,
        )
