from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["CompactionBody"]


class CompactionBody(_t.Model):
    """An opaque compacted summary of earlier turns."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "compaction"

    type: Field[Literal["compaction"]] = Field(
        "type", _t.scalar("any", "compaction"), required=True, reliable=True
    )
    encrypted_content: Field[str] = Field(
        "encrypted_content", _t.scalar("string"), required=True, reliable=True
    )
    id: Field[str | Unset | None] = Field("id", _t.scalar("string"), required=True)
    created_by: Field[str | Unset | None] = Field("created_by", _t.scalar("string"))

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "encrypted_content": encrypted_content,
        "id": id,
        "created_by": created_by,
    }

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
