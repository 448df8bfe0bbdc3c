from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.unknown_annotation import UnknownAnnotation
    from ..models.url_citation_body import UrlCitationBody

__all__ = ["ResponseOutputTextAnnotationAddedStreamingEvent"]


class ResponseOutputTextAnnotationAddedStreamingEvent(_t.Model):
    """ResponseOutputTextAnnotationAddedStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.output_text.annotation.added"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["response.output_text.annotation.added"]
        item_id: str
        output_index: int
        annotation: None | UnknownAnnotation | UrlCitationBody
        sequence_number: int | Unset | None
        content_index: int | Unset | None
        annotation_index: int | Unset | None
    else:
        type = Field(
            "type",
            _t.scalar("any", "response.output_text.annotation.added"),
            required=True,
            reliable=True,
        )
        item_id = Field("item_id", _t.scalar("string"), required=True, reliable=True)
        output_index = Field("output_index", _t.scalar("integer"), required=True, reliable=True)
        annotation = Field(
            "annotation",
            _t.union(
                _t.model(".models.url_citation_body", "UrlCitationBody", "url_citation"),
                _t.model(".models.unknown_annotation", "UnknownAnnotation"),
                nullable=True,
            ),
            required=True,
            reliable=True,
        )
        sequence_number = Field("sequence_number", _t.scalar("integer"), required=True)
        content_index = Field("content_index", _t.scalar("integer"), required=True)
        annotation_index = Field("annotation_index", _t.scalar("integer"), required=True)
        _FIELDS = {
            "type": type,
            "item_id": item_id,
            "output_index": output_index,
            "annotation": annotation,
            "sequence_number": sequence_number,
            "content_index": content_index,
            "annotation_index": annotation_index,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["response.output_text.annotation.added"] | Unset = UNSET,
        item_id: str,
        output_index: int,
        annotation: None | UnknownAnnotation | UrlCitationBody,
        sequence_number: int | Unset = UNSET,
        content_index: int | Unset = UNSET,
        annotation_index: int | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            item_id=item_id,
            output_index=output_index,
            annotation=annotation,
            sequence_number=sequence_number,
            content_index=content_index,
            annotation_index=annotation_index,
            **additional_properties,
        )
