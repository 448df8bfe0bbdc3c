from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["FunctionToolChoice"]


class FunctionToolChoice(_t.Model):
    """FunctionToolChoice"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "function"

    type: Field[Literal["function"]] = Field(
        "type", _t.scalar("any", "function"), required=True, reliable=True
    )
    name: Field[str | Unset | None] = Field("name", _t.scalar("string"))

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "name": name,
    }

    def __init__(
        self,
        *,
        type: Literal["function"] | Unset = UNSET,
        name: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            name=name,
            **additional_properties,
        )
