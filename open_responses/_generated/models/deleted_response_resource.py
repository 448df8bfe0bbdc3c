from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["DeletedResponseResource"]


class DeletedResponseResource(_t.Model):
    """Provider extension: confirmation that a stored response was deleted."""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        id: str
        deleted: bool
        object: str | Unset | None
    else:
        id = Field("id", _t.scalar("string"), required=True, reliable=True)
        deleted = Field("deleted", _t.scalar("boolean"), required=True, reliable=True)
        object = Field("object", _t.scalar("string"), required=True)
        _FIELDS = {
            "id": id,
            "deleted": deleted,
            "object": object,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
