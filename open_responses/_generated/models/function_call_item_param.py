from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

if TYPE_CHECKING:
    from ..models.function_call_status import FunctionCallStatus

__all__ = ["FunctionCallItemParam"]


class FunctionCallItemParam(_t.Model):
    """FunctionCallItemParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "function_call"

    call_id: Field[str] = Field(
        "call_id",
        _t.bounded(_t.scalar("string"), {"minLength": 1, "maxLength": 64}),
        required=True,
        reliable=True,
    )
    type: Field[Literal["function_call"]] = Field(
        "type", _t.scalar("any", "function_call"), required=True, reliable=True
    )
    name: Field[str] = Field(
        "name",
        _t.bounded(_t.scalar("string"), {"minLength": 1, "maxLength": 64}),
        required=True,
        reliable=True,
    )
    arguments: Field[str] = Field("arguments", _t.scalar("string"), required=True, reliable=True)
    id: Field[None | str | Unset] = Field("id", _t.union(_t.scalar("string"), nullable=True))
    status: Field[FunctionCallStatus | None | Unset] = Field(
        "status",
        _t.union(
            _t.enum_of(
                ".models.function_call_status",
                "FunctionCallStatus",
                (
                    "in_progress",
                    "completed",
                    "incomplete",
                ),
            ),
            nullable=True,
        ),
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "call_id": call_id,
        "type": type,
        "name": name,
        "arguments": arguments,
        "id": id,
        "status": status,
    }

    def __init__(
        self,
        *,
        call_id: str,
        type: Literal["function_call"] | Unset = UNSET,
        name: str,
        arguments: str,
        id: None | str | Unset = UNSET,
        status: FunctionCallStatus | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            call_id=call_id,
            type=type,
            name=name,
            arguments=arguments,
            id=id,
            status=status,
            **additional_properties,
        )
