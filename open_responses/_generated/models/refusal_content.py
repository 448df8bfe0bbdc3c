from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["RefusalContent"]


class RefusalContent(_t.Model):
    """RefusalContent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "refusal"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["refusal"]
        refusal: str
    else:
        type = Field("type", _t.scalar("any", "refusal"), required=True, reliable=True)
        refusal = Field("refusal", _t.scalar("string"), required=True, reliable=True)
        _FIELDS = {
            "type": type,
            "refusal": refusal,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
