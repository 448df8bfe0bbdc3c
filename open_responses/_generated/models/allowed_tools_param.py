from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.specific_function_param import SpecificFunctionParam
    from ..models.tool_choice_value_enum import ToolChoiceValueEnum
    from ..models.unknown_tool_choice import UnknownToolChoice

__all__ = ["AllowedToolsParam"]


class AllowedToolsParam(_t.Model):
    """AllowedToolsParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "allowed_tools"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["allowed_tools"]
        tools: list[SpecificFunctionParam | UnknownToolChoice]
        mode: ToolChoiceValueEnum | Unset
    else:
        type = Field("type", _t.scalar("any", "allowed_tools"), required=True, reliable=True)
        tools = Field(
            "tools",
            _t.bounded(
                _t.array(
                    _t.union(
                        _t.model(
                            ".models.specific_function_param", "SpecificFunctionParam", "function"
                        ),
                        _t.model(".models.unknown_tool_choice", "UnknownToolChoice"),
                        nullable=False,
                    )
                ),
                {"minItems": 1, "maxItems": 128},
            ),
            required=True,
            reliable=True,
        )
        mode = Field(
            "mode",
            _t.enum_of(
                ".models.tool_choice_value_enum",
                "ToolChoiceValueEnum",
                (
                    "none",
                    "auto",
                    "required",
                ),
            ),
        )
        _FIELDS = {
            "type": type,
            "tools": tools,
            "mode": mode,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["allowed_tools"] | Unset = UNSET,
        tools: list[SpecificFunctionParam | UnknownToolChoice],
        mode: ToolChoiceValueEnum | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            tools=tools,
            mode=mode,
            **additional_properties,
        )
