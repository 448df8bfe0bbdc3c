from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["CompactionSummaryItemParam"]


class CompactionSummaryItemParam(_t.Model):
    """CompactionSummaryItemParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "compaction"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["compaction"]
        encrypted_content: str
        id: None | str | Unset
    else:
        type = Field("type", _t.scalar("any", "compaction"), required=True, reliable=True)
        encrypted_content = Field(
            "encrypted_content",
            _t.bounded(_t.scalar("string"), {"maxLength": 10485760}),
            required=True,
            reliable=True,
        )
        id = Field("id", _t.union(_t.scalar("string"), nullable=True))
        _FIELDS = {
            "type": type,
            "encrypted_content": encrypted_content,
            "id": id,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["compaction"] | Unset = UNSET,
        encrypted_content: str,
        id: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            encrypted_content=encrypted_content,
            id=id,
            **additional_properties,
        )
