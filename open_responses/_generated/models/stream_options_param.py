from __future__ import annotations

from typing import Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["StreamOptionsParam"]


class StreamOptionsParam(_t.Model):
    """StreamOptionsParam"""

    __slots__ = ()

    include_obfuscation: Field[bool | Unset] = Field("include_obfuscation", _t.scalar("boolean"))

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "include_obfuscation": include_obfuscation,
    }

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
