from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["InputTokensDetails"]


class InputTokensDetails(_t.Model):
    """InputTokensDetails"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        cached_tokens: int | Unset | None
    else:
        cached_tokens = Field("cached_tokens", _t.scalar("integer"), required=True)
        _FIELDS = {
            "cached_tokens": cached_tokens,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        cached_tokens: int | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            cached_tokens=cached_tokens,
            **additional_properties,
        )
