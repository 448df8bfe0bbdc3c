from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["CompactionBody"]


class CompactionBody(_t.Model):
    """An opaque compacted summary of earlier turns."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "compaction"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["compaction"]
        encrypted_content: str
        id: str | Unset | None
        created_by: str | Unset | None
    else:
        type = Field("type", _t.scalar("any", "compaction"), required=True, reliable=True)
        encrypted_content = Field(
            "encrypted_content", _t.scalar("string"), required=True, reliable=True
        )
        id = Field("id", _t.scalar("string"), required=True)
        created_by = Field("created_by", _t.scalar("string"))
        _FIELDS = {
            "type": type,
            "encrypted_content": encrypted_content,
            "id": id,
            "created_by": created_by,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["compaction"] | Unset = UNSET,
        encrypted_content: str,
        id: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            encrypted_content=encrypted_content,
            id=id,
            created_by=created_by,
            **additional_properties,
        )
