from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.log_prob import LogProb
    from ..models.unknown_annotation import UnknownAnnotation
    from ..models.url_citation_body import UrlCitationBody

__all__ = ["OutputTextContent"]


class OutputTextContent(_t.Model):
    """OutputTextContent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "output_text"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["output_text"]
        text: str
        annotations: list[UnknownAnnotation | UrlCitationBody] | Unset | None
        logprobs: list[LogProb] | Unset | None
    else:
        type = Field("type", _t.scalar("any", "output_text"), required=True, reliable=True)
        text = Field("text", _t.scalar("string"), required=True, reliable=True)
        annotations = Field(
            "annotations",
            _t.array(
                _t.union(
                    _t.model(".models.url_citation_body", "UrlCitationBody", "url_citation"),
                    _t.model(".models.unknown_annotation", "UnknownAnnotation"),
                    nullable=False,
                )
            ),
            required=True,
        )
        logprobs = Field("logprobs", _t.array(_t.model(".models.log_prob", "LogProb")))
        _FIELDS = {
            "type": type,
            "text": text,
            "annotations": annotations,
            "logprobs": logprobs,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["output_text"] | Unset = UNSET,
        text: str,
        annotations: list[UnknownAnnotation | UrlCitationBody] | Unset = UNSET,
        logprobs: list[LogProb] | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            text=text,
            annotations=annotations,
            logprobs=logprobs,
            **additional_properties,
        )
