from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["FunctionToolChoice"]


class FunctionToolChoice(_t.Model):
    """FunctionToolChoice"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "function"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["function"]
        name: str | Unset | None
    else:
        type = Field("type", _t.scalar("any", "function"), required=True, reliable=True)
        name = Field("name", _t.scalar("string"))
        _FIELDS = {
            "type": type,
            "name": name,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
