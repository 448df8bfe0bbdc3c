from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["InputTokensResource"]


class InputTokensResource(_t.Model):
    """Provider extension: the number of input tokens a request would use."""

    __slots__ = ()

    input_tokens: Field[int] = Field(
        "input_tokens", _t.scalar("integer"), required=True, reliable=True
    )
    object: Field[Literal["response.input_tokens"] | Unset | None] = Field(
        "object", _t.scalar("any", "response.input_tokens"), required=True
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "input_tokens": input_tokens,
        "object": object,
    }

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
