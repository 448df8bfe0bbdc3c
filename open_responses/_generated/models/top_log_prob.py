from __future__ import annotations

from typing import Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["TopLogProb"]


class TopLogProb(_t.Model):
    """TopLogProb"""

    __slots__ = ()

    token: Field[str] = Field("token", _t.scalar("string"), required=True, reliable=True)
    logprob: Field[float] = Field("logprob", _t.scalar("number"), required=True, reliable=True)
    bytes: Field[list[int] | Unset | None] = Field(
        "bytes", _t.array(_t.scalar("integer")), required=True
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "token": token,
        "logprob": logprob,
        "bytes": bytes,
    }

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
