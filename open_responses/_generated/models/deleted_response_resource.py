from __future__ import annotations

from typing import Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["DeletedResponseResource"]


class DeletedResponseResource(_t.Model):
    """Provider extension: confirmation that a stored response was deleted."""

    __slots__ = ()

    id: Field[str] = Field("id", _t.scalar("string"), required=True, reliable=True)
    deleted: Field[bool] = Field("deleted", _t.scalar("boolean"), required=True, reliable=True)
    object: Field[str | Unset | None] = Field("object", _t.scalar("string"), required=True)

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "id": id,
        "deleted": deleted,
        "object": object,
    }

    def __init__(
        self,
        *,
        id: str,
        deleted: bool,
        object: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            id=id,
            deleted=deleted,
            object=object,
            **additional_properties,
        )
