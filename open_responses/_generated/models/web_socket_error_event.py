from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.web_socket_error_event_error import WebSocketErrorEventError


T = TypeVar("T", bound="WebSocketErrorEvent")


@_attrs_define
class WebSocketErrorEvent:
    """An error sent over the WebSocket transport, with the HTTP-equivalent status."""

    status: int
    error: WebSocketErrorEventError
    type_: Literal["error"] = "error"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        status = self.status

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "status": status,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["error"] = d.pop("type")
        if type_ != "error":
            raise ValueError(f"type must match const 'error', got '{type_}'")

        status = d.pop("status")

        error = WebSocketErrorEventError.from_dict(d.pop("error"))

        web_socket_error_event = cls(
            type_=type_,
            status=status,
            error=error,
        )

        web_socket_error_event.additional_properties = d
        return web_socket_error_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# open_responses: the referenced models are imported once, after the class is
# defined, instead of inside from_dict/to_dict on every call (the schema graph
# has no cycles; the generator's per-call imports cost ~0.5 us each).
from ..models.web_socket_error_event_error import WebSocketErrorEventError  # noqa: E402
