from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["StreamOptionsParam"]


class StreamOptionsParam(_t.Model):
    """StreamOptionsParam"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        include_obfuscation: bool | Unset
    else:
        include_obfuscation = Field("include_obfuscation", _t.scalar("boolean"))
        _FIELDS = {
            "include_obfuscation": include_obfuscation,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        include_obfuscation: bool | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            include_obfuscation=include_obfuscation,
            **additional_properties,
        )
