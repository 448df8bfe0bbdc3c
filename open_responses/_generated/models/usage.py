from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.input_tokens_details import InputTokensDetails
    from ..models.output_tokens_details import OutputTokensDetails

__all__ = ["Usage"]


class Usage(_t.Model):
    """Usage"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        input_tokens: int
        output_tokens: int
        total_tokens: int
        input_tokens_details: InputTokensDetails | Unset | None
        output_tokens_details: OutputTokensDetails | Unset | None
    else:
        input_tokens = Field("input_tokens", _t.scalar("integer"), required=True, reliable=True)
        output_tokens = Field("output_tokens", _t.scalar("integer"), required=True, reliable=True)
        total_tokens = Field("total_tokens", _t.scalar("integer"), required=True, reliable=True)
        input_tokens_details = Field(
            "input_tokens_details",
            _t.model(".models.input_tokens_details", "InputTokensDetails"),
            required=True,
        )
        output_tokens_details = Field(
            "output_tokens_details",
            _t.model(".models.output_tokens_details", "OutputTokensDetails"),
            required=True,
        )
        _FIELDS = {
            "input_tokens": input_tokens,
            "output_tokens": output_tokens,
            "total_tokens": total_tokens,
            "input_tokens_details": input_tokens_details,
            "output_tokens_details": output_tokens_details,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        input_tokens: int,
        output_tokens: int,
        total_tokens: int,
        input_tokens_details: InputTokensDetails | Unset = UNSET,
        output_tokens_details: OutputTokensDetails | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens_details=output_tokens_details,
            **additional_properties,
        )
