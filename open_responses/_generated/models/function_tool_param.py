from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParam

__all__ = ["FunctionToolParam"]


class FunctionToolParam(_t.Model):
    """FunctionToolParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "function"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        name: str
        type: Literal["function"]
        description: None | str | Unset
        parameters: EmptyModelParam | None | Unset
        strict: bool | Unset
    else:
        name = Field(
            "name",
            _t.bounded(_t.scalar("string"), {"minLength": 1, "maxLength": 64}),
            required=True,
            reliable=True,
        )
        type = Field("type", _t.scalar("any", "function"), required=True, reliable=True)
        description = Field("description", _t.union(_t.scalar("string"), nullable=True))
        parameters = Field(
            "parameters",
            _t.union(_t.model(".models.empty_model_param", "EmptyModelParam"), nullable=True),
        )
        strict = Field("strict", _t.scalar("boolean"))
        _FIELDS = {
            "name": name,
            "type": type,
            "description": description,
            "parameters": parameters,
            "strict": strict,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        name: str,
        type: Literal["function"] | Unset = UNSET,
        description: None | str | Unset = UNSET,
        parameters: EmptyModelParam | None | Unset = UNSET,
        strict: bool | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            name=name,
            type=type,
            description=description,
            parameters=parameters,
            strict=strict,
            **additional_properties,
        )
