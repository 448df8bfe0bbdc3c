from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.url_citation_param import UrlCitationParam

__all__ = ["OutputTextContentParam"]


class OutputTextContentParam(_t.Model):
    """OutputTextContentParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "output_text"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["output_text"]
        text: str
        annotations: list[UrlCitationParam] | Unset
    else:
        type = Field("type", _t.scalar("any", "output_text"), required=True, reliable=True)
        text = Field(
            "text",
            _t.bounded(_t.scalar("string"), {"maxLength": 10485760}),
            required=True,
            reliable=True,
        )
        annotations = Field(
            "annotations",
            _t.array(_t.model(".models.url_citation_param", "UrlCitationParam", "url_citation")),
        )
        _FIELDS = {
            "type": type,
            "text": text,
            "annotations": annotations,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["output_text"] | Unset = UNSET,
        text: str,
        annotations: list[UrlCitationParam] | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            text=text,
            annotations=annotations,
            **additional_properties,
        )
