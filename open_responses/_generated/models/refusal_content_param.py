from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["RefusalContentParam"]


class RefusalContentParam(_t.Model):
    """RefusalContentParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "refusal"

    type: Field[Literal["refusal"]] = Field(
        "type", _t.scalar("any", "refusal"), required=True, reliable=True
    )
    refusal: Field[str] = Field(
        "refusal",
        _t.bounded(_t.scalar("string"), {"maxLength": 10485760}),
        required=True,
        reliable=True,
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "refusal": refusal,
    }

    def __init__(
        self,
        *,
        type: Literal["refusal"] | Unset = UNSET,
        refusal: str,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            refusal=refusal,
            **additional_properties,
        )
