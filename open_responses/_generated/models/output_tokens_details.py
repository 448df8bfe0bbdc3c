from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["OutputTokensDetails"]


class OutputTokensDetails(_t.Model):
    """OutputTokensDetails"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        reasoning_tokens: int | Unset | None
    else:
        reasoning_tokens = Field("reasoning_tokens", _t.scalar("integer"), required=True)
        _FIELDS = {
            "reasoning_tokens": reasoning_tokens,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        reasoning_tokens: int | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            reasoning_tokens=reasoning_tokens,
            **additional_properties,
        )
