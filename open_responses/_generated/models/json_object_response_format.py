from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["JsonObjectResponseFormat"]


class JsonObjectResponseFormat(_t.Model):
    """JsonObjectResponseFormat"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "json_object"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["json_object"]
    else:
        type = Field("type", _t.scalar("any", "json_object"), required=True, reliable=True)
        _FIELDS = {
            "type": type,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["json_object"] | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            **additional_properties,
        )
