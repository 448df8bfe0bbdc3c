from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["TopLogProb"]


class TopLogProb(_t.Model):
    """TopLogProb"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        token: str
        logprob: float
        bytes: list[int] | Unset | None
    else:
        token = Field("token", _t.scalar("string"), required=True, reliable=True)
        logprob = Field("logprob", _t.scalar("number"), required=True, reliable=True)
        bytes = Field("bytes", _t.array(_t.scalar("integer")), required=True)
        _FIELDS = {
            "token": token,
            "logprob": logprob,
            "bytes": bytes,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        token: str,
        logprob: float,
        bytes: list[int] | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            token=token,
            logprob=logprob,
            bytes=bytes,
            **additional_properties,
        )
