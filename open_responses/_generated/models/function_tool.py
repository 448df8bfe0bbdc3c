from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.function_tool_parameters_type_0 import FunctionToolParametersType0

__all__ = ["FunctionTool"]


class FunctionTool(_t.Model):
    """FunctionTool"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "function"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["function"]
        name: str
        description: None | str | Unset
        parameters: FunctionToolParametersType0 | None | Unset
        strict: bool | None | Unset
    else:
        type = Field("type", _t.scalar("any", "function"), required=True, reliable=True)
        name = Field("name", _t.scalar("string"), required=True, reliable=True)
        description = Field(
            "description", _t.union(_t.scalar("string"), nullable=True), required=True
        )
        parameters = Field(
            "parameters",
            _t.union(
                _t.model(".models.function_tool_parameters_type_0", "FunctionToolParametersType0"),
                nullable=True,
            ),
            required=True,
        )
        strict = Field("strict", _t.union(_t.scalar("boolean"), nullable=True), required=True)
        _FIELDS = {
            "type": type,
            "name": name,
            "description": description,
            "parameters": parameters,
            "strict": strict,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["function"] | Unset = UNSET,
        name: str,
        description: None | str | Unset = UNSET,
        parameters: FunctionToolParametersType0 | None | Unset = UNSET,
        strict: bool | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
            **additional_properties,
        )
