from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.function_call_status import FunctionCallStatus
    from ..models.input_file_content_param import InputFileContentParam
    from ..models.input_image_content_param_auto_param import (
        InputImageContentParamAutoParam,
    )
    from ..models.input_text_content_param import InputTextContentParam
    from ..models.input_video_content import InputVideoContent
    from ..models.unknown_content import UnknownContent

__all__ = ["FunctionCallOutputItemParam"]


class FunctionCallOutputItemParam(_t.Model):
    """FunctionCallOutputItemParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "function_call_output"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        call_id: str
        type: Literal["function_call_output"]
        output: (
            list[
                InputFileContentParam
                | InputImageContentParamAutoParam
                | InputTextContentParam
                | InputVideoContent
                | UnknownContent
            ]
            | str
        )
        id: None | str | Unset
        status: FunctionCallStatus | None | Unset
    else:
        call_id = Field(
            "call_id",
            _t.bounded(_t.scalar("string"), {"minLength": 1, "maxLength": 64}),
            required=True,
            reliable=True,
        )
        type = Field("type", _t.scalar("any", "function_call_output"), required=True, reliable=True)
        output = Field(
            "output",
            _t.union(
                _t.scalar("string"),
                _t.array(
                    _t.union(
                        _t.model(
                            ".models.input_text_content_param",
                            "InputTextContentParam",
                            "input_text",
                        ),
                        _t.model(
                            ".models.input_image_content_param_auto_param",
                            "InputImageContentParamAutoParam",
                            "input_image",
                        ),
                        _t.model(
                            ".models.input_file_content_param",
                            "InputFileContentParam",
                            "input_file",
                        ),
                        _t.model(".models.input_video_content", "InputVideoContent", "input_video"),
                        _t.model(".models.unknown_content", "UnknownContent"),
                        nullable=False,
                    )
                ),
                nullable=False,
            ),
            required=True,
            reliable=True,
        )
        id = Field("id", _t.union(_t.scalar("string"), nullable=True))
        status = Field(
            "status",
            _t.union(
                _t.enum_of(
                    ".models.function_call_status",
                    "FunctionCallStatus",
                    (
                        "in_progress",
                        "completed",
                        "incomplete",
                    ),
                ),
                nullable=True,
            ),
        )
        _FIELDS = {
            "call_id": call_id,
            "type": type,
            "output": output,
            "id": id,
            "status": status,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        call_id: str,
        type: Literal["function_call_output"] | Unset = UNSET,
        output: list[
            InputFileContentParam
            | InputImageContentParamAutoParam
            | InputTextContentParam
            | InputVideoContent
            | UnknownContent
        ]
        | str,
        id: None | str | Unset = UNSET,
        status: FunctionCallStatus | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            call_id=call_id,
            type=type,
            output=output,
            id=id,
            status=status,
            **additional_properties,
        )
