from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["InputTokensResource"]


class InputTokensResource(_t.Model):
    """Provider extension: the number of input tokens a request would use."""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        input_tokens: int
        object: Literal["response.input_tokens"] | Unset | None
    else:
        input_tokens = Field("input_tokens", _t.scalar("integer"), required=True, reliable=True)
        object = Field("object", _t.scalar("any", "response.input_tokens"), required=True)
        _FIELDS = {
            "input_tokens": input_tokens,
            "object": object,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        input_tokens: int,
        object: Literal["response.input_tokens"] | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            input_tokens=input_tokens,
            object=object,
            **additional_properties,
        )
