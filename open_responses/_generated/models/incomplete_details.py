from __future__ import annotations

from typing import Any, ClassVar

from .. import types as _t
from ..types import Field

__all__ = ["IncompleteDetails"]


class IncompleteDetails(_t.Model):
    """IncompleteDetails"""

    __slots__ = ()

    reason: Field[str] = Field("reason", _t.scalar("string"), required=True, reliable=True)

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "reason": reason,
    }

    def __init__(
        self,
        *,
        reason: str,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            reason=reason,
            **additional_properties,
        )
