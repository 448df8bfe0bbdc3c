from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.input_text_content_param import InputTextContentParam
    from ..models.unknown_content import UnknownContent

__all__ = ["SystemMessageItemParam"]


class SystemMessageItemParam(_t.Model):
    """SystemMessageItemParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "message"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["message"]
        role: Literal["system"]
        content: list[InputTextContentParam | UnknownContent] | str
        id: None | str | Unset
        status: None | str | Unset
    else:
        type = Field("type", _t.scalar("any", "message"), required=True, reliable=True)
        role = Field("role", _t.scalar("any", "system"), required=True, reliable=True)
        content = Field(
            "content",
            _t.union(
                _t.array(
                    _t.union(
                        _t.model(
                            ".models.input_text_content_param",
                            "InputTextContentParam",
                            "input_text",
                        ),
                        _t.model(".models.unknown_content", "UnknownContent"),
                        nullable=False,
                    )
                ),
                _t.scalar("string"),
                nullable=False,
            ),
            required=True,
            reliable=True,
        )
        id = Field("id", _t.union(_t.scalar("string"), nullable=True))
        status = Field("status", _t.union(_t.scalar("string"), nullable=True))
        _FIELDS = {
            "type": type,
            "role": role,
            "content": content,
            "id": id,
            "status": status,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["message"] | Unset = UNSET,
        role: Literal["system"],
        content: list[InputTextContentParam | UnknownContent] | str,
        id: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            role=role,
            content=content,
            id=id,
            status=status,
            **additional_properties,
        )
