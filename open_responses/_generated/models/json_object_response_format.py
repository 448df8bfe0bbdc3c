from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["JsonObjectResponseFormat"]


class JsonObjectResponseFormat(_t.Model):
    """JsonObjectResponseFormat"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "json_object"

    type: Field[Literal["json_object"]] = Field(
        "type", _t.scalar("any", "json_object"), required=True, reliable=True
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
    }

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
