from __future__ import annotations

from typing import Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["InputTokensDetails"]


class InputTokensDetails(_t.Model):
    """InputTokensDetails"""

    __slots__ = ()

    cached_tokens: Field[int | Unset | None] = Field(
        "cached_tokens", _t.scalar("integer"), required=True
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "cached_tokens": cached_tokens,
    }

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
