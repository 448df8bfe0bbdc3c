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

from ..models.message_phase import MessagePhase
from ..models.message_role import MessageRole
from ..models.message_status import MessageStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.input_video_content import InputVideoContent
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent
    from ..models.summary_text_content import SummaryTextContent
    from ..models.text_content import TextContent
    from ..models.unknown_content import UnknownContent


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A message from the user, the assistant, or the system/developer."""

    id: str
    role: MessageRole
    content: list[
        InputFileContent
        | InputImageContent
        | InputTextContent
        | InputVideoContent
        | OutputTextContent
        | ReasoningTextContent
        | RefusalContent
        | SummaryTextContent
        | TextContent
        | UnknownContent
    ]
    type_: Literal["message"] = "message"
    status: MessageStatus | Unset = UNSET
    phase: MessagePhase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        role = self.role.value

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, InputTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, OutputTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, TextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, SummaryTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ReasoningTextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, RefusalContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, InputImageContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, InputFileContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, InputVideoContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "role": role,
                "content": content,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["message"] = d.pop("type")
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        id = d.pop("id")

        role = MessageRole(d.pop("role"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                InputFileContent
                | InputImageContent
                | InputTextContent
                | InputVideoContent
                | OutputTextContent
                | ReasoningTextContent
                | RefusalContent
                | SummaryTextContent
                | TextContent
                | UnknownContent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = InputTextContent.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_1 = OutputTextContent.from_dict(data)

                    return content_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_2 = TextContent.from_dict(data)

                    return content_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_3 = SummaryTextContent.from_dict(data)

                    return content_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_4 = ReasoningTextContent.from_dict(data)

                    return content_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_5 = RefusalContent.from_dict(data)

                    return content_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_6 = InputImageContent.from_dict(data)

                    return content_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_7 = InputFileContent.from_dict(data)

                    return content_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_8 = InputVideoContent.from_dict(data)

                    return content_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_9 = UnknownContent.from_dict(data)

                return content_item_type_9

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        _status = d.pop("status", UNSET)
        status: MessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MessageStatus(_status)

        _phase = d.pop("phase", UNSET)
        phase: MessagePhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = MessagePhase(_phase)

        message = cls(
            type_=type_,
            id=id,
            role=role,
            content=content,
            status=status,
            phase=phase,
        )

        message.additional_properties = d
        return message

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
from ..models.input_file_content import InputFileContent  # noqa: E402
from ..models.input_image_content import InputImageContent  # noqa: E402
from ..models.input_text_content import InputTextContent  # noqa: E402
from ..models.input_video_content import InputVideoContent  # noqa: E402
from ..models.output_text_content import OutputTextContent  # noqa: E402
from ..models.reasoning_text_content import ReasoningTextContent  # noqa: E402
from ..models.refusal_content import RefusalContent  # noqa: E402
from ..models.summary_text_content import SummaryTextContent  # noqa: E402
from ..models.text_content import TextContent  # noqa: E402
from ..models.unknown_content import UnknownContent  # noqa: E402
