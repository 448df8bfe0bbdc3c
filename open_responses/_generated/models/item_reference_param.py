from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["ItemReferenceParam"]


class ItemReferenceParam(_t.Model):
    """ItemReferenceParam"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        id: str
        type: Literal["item_reference"] | None | Unset
    else:
        id = Field("id", _t.scalar("string"), required=True, reliable=True)
        type = Field("type", _t.union(_t.scalar("any", "item_reference"), nullable=True))
        _FIELDS = {
            "id": id,
            "type": type,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
