from __future__ import annotations

from typing import Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["FunctionToolParametersType0"]


class FunctionToolParametersType0(_t.Model):
    """FunctionToolParametersType0"""

    __slots__ = ()

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            **additional_properties,
        )
