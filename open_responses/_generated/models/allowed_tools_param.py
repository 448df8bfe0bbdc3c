from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

if TYPE_CHECKING:
    from ..models.specific_function_param import SpecificFunctionParam
    from ..models.tool_choice_value_enum import ToolChoiceValueEnum
    from ..models.unknown_tool_choice import UnknownToolChoice

__all__ = ["AllowedToolsParam"]


class AllowedToolsParam(_t.Model):
    """AllowedToolsParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "allowed_tools"

    type: Field[Literal["allowed_tools"]] = Field(
        "type", _t.scalar("any", "allowed_tools"), required=True, reliable=True
    )
    tools: Field[list[SpecificFunctionParam | UnknownToolChoice]] = Field(
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
    mode: Field[ToolChoiceValueEnum | Unset] = Field(
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

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "tools": tools,
        "mode": mode,
    }

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
