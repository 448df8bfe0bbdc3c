from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

if TYPE_CHECKING:
    from ..models.reasoning_summary_content_param import ReasoningSummaryContentParam

__all__ = ["ReasoningItemParam"]


class ReasoningItemParam(_t.Model):
    """ReasoningItemParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "reasoning"

    type: Field[Literal["reasoning"]] = Field(
        "type", _t.scalar("any", "reasoning"), required=True, reliable=True
    )
    summary: Field[list[ReasoningSummaryContentParam]] = Field(
        "summary",
        _t.array(
            _t.model(
                ".models.reasoning_summary_content_param",
                "ReasoningSummaryContentParam",
                "summary_text",
            )
        ),
        required=True,
        reliable=True,
    )
    id: Field[None | str | Unset] = Field("id", _t.union(_t.scalar("string"), nullable=True))
    content: Field[None | Unset] = Field("content", _t.scalar("any"))
    encrypted_content: Field[None | str | Unset] = Field(
        "encrypted_content", _t.union(_t.scalar("string"), nullable=True)
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "summary": summary,
        "id": id,
        "content": content,
        "encrypted_content": encrypted_content,
    }

    def __init__(
        self,
        *,
        type: Literal["reasoning"] | Unset = UNSET,
        summary: list[ReasoningSummaryContentParam],
        id: None | str | Unset = UNSET,
        content: None | Unset = UNSET,
        encrypted_content: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            summary=summary,
            id=id,
            content=content,
            encrypted_content=encrypted_content,
            **additional_properties,
        )
