from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["ItemReferenceParam"]


class ItemReferenceParam(_t.Model):
    """ItemReferenceParam"""

    __slots__ = ()

    id: Field[str] = Field("id", _t.scalar("string"), required=True, reliable=True)
    type: Field[Literal["item_reference"] | None | Unset] = Field(
        "type", _t.union(_t.scalar("any", "item_reference"), nullable=True)
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "id": id,
        "type": type,
    }

    def __init__(
        self,
        *,
        id: str,
        type: Literal["item_reference"] | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            id=id,
            type=type,
            **additional_properties,
        )
