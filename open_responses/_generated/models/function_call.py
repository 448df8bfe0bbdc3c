from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

if TYPE_CHECKING:
    from ..models.function_call_status import FunctionCallStatus

__all__ = ["FunctionCall"]


class FunctionCall(_t.Model):
    """The model asks the client to call a function; reply with a function_call_output item
    carrying the same call_id."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "function_call"

    type: Field[Literal["function_call"]] = Field(
        "type", _t.scalar("any", "function_call"), required=True, reliable=True
    )
    id: Field[str] = Field("id", _t.scalar("string"), required=True, reliable=True)
    call_id: Field[str] = Field("call_id", _t.scalar("string"), required=True, reliable=True)
    name: Field[str] = Field("name", _t.scalar("string"), required=True, reliable=True)
    arguments: Field[str] = Field("arguments", _t.scalar("string"), required=True, reliable=True)
    status: Field[FunctionCallStatus | Unset | None] = Field(
        "status",
        _t.enum_of(
            ".models.function_call_status",
            "FunctionCallStatus",
            (
                "in_progress",
                "completed",
                "incomplete",
            ),
        ),
        required=True,
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "id": id,
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
        "status": status,
    }

    def __init__(
        self,
        *,
        type: Literal["function_call"] | Unset = UNSET,
        id: str,
        call_id: str,
        name: str,
        arguments: str,
        status: FunctionCallStatus | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            id=id,
            call_id=call_id,
            name=name,
            arguments=arguments,
            status=status,
            **additional_properties,
        )
