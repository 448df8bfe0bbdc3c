from __future__ import annotations

from typing import Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["OutputTokensDetails"]


class OutputTokensDetails(_t.Model):
    """OutputTokensDetails"""

    __slots__ = ()

    reasoning_tokens: Field[int | Unset | None] = Field(
        "reasoning_tokens", _t.scalar("integer"), required=True
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "reasoning_tokens": reasoning_tokens,
    }

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
