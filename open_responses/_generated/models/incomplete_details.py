from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["IncompleteDetails"]


class IncompleteDetails(_t.Model):
    """IncompleteDetails"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        reason: str
    else:
        reason = Field("reason", _t.scalar("string"), required=True, reliable=True)
        _FIELDS = {
            "reason": reason,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
