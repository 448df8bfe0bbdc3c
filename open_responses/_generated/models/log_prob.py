from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.top_log_prob import TopLogProb

__all__ = ["LogProb"]


class LogProb(_t.Model):
    """LogProb"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        token: str
        logprob: float
        bytes: list[int] | Unset | None
        top_logprobs: list[TopLogProb] | Unset | None
    else:
        token = Field("token", _t.scalar("string"), required=True, reliable=True)
        logprob = Field("logprob", _t.scalar("number"), required=True, reliable=True)
        bytes = Field("bytes", _t.array(_t.scalar("integer")), required=True)
        top_logprobs = Field(
            "top_logprobs", _t.array(_t.model(".models.top_log_prob", "TopLogProb")), required=True
        )
        _FIELDS = {
            "token": token,
            "logprob": logprob,
            "bytes": bytes,
            "top_logprobs": top_logprobs,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        token: str,
        logprob: float,
        bytes: list[int] | Unset = UNSET,
        top_logprobs: list[TopLogProb] | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            token=token,
            logprob=logprob,
            bytes=bytes,
            top_logprobs=top_logprobs,
            **additional_properties,
        )
