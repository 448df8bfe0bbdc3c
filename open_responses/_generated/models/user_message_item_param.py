from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_file_content_param import InputFileContentParam
    from ..models.input_image_content_param_auto_param import (
        InputImageContentParamAutoParam,
    )
    from ..models.input_text_content_param import InputTextContentParam
    from ..models.unknown_content import UnknownContent


T = TypeVar("T", bound="UserMessageItemParam")


@_attrs_define
class UserMessageItemParam:
    content: (
        list[
            InputFileContentParam
            | InputImageContentParamAutoParam
            | InputTextContentParam
            | UnknownContent
        ]
        | str
    )
    type_: Literal["message"] = "message"
    role: Literal["user"] = "user"
    id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item: dict[str, Any]
                if isinstance(content_type_0_item_data, InputTextContentParam):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, InputImageContentParamAutoParam):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, InputFileContentParam):
                    content_type_0_item = content_type_0_item_data.to_dict()
                else:
                    content_type_0_item = content_type_0_item_data.to_dict()

                content.append(content_type_0_item)

        else:
            content = self.content

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "role": role,
                "content": content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["message"] = d.pop("type")
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        role: Literal["user"] = d.pop("role")
        if role != "user":
            raise ValueError(f"role must match const 'user', got '{role}'")

        def _parse_content(
            data: object,
        ) -> (
            list[
                InputFileContentParam
                | InputImageContentParamAutoParam
                | InputTextContentParam
                | UnknownContent
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:

                    def _parse_content_type_0_item(
                        data: object,
                    ) -> (
                        InputFileContentParam
                        | InputImageContentParamAutoParam
                        | InputTextContentParam
                        | UnknownContent
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_0 = InputTextContentParam.from_dict(data)

                            return content_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_1 = InputImageContentParamAutoParam.from_dict(
                                data
                            )

                            return content_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_2 = InputFileContentParam.from_dict(data)

                            return content_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_0_item_type_3 = UnknownContent.from_dict(data)

                        return content_type_0_item_type_3

                    content_type_0_item = _parse_content_type_0_item(content_type_0_item_data)

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    InputFileContentParam
                    | InputImageContentParamAutoParam
                    | InputTextContentParam
                    | UnknownContent
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        user_message_item_param = cls(
            type_=type_,
            role=role,
            content=content,
            id=id,
            status=status,
        )

        user_message_item_param.additional_properties = d
        return user_message_item_param

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
from ..models.input_file_content_param import InputFileContentParam  # noqa: E402
from ..models.input_image_content_param_auto_param import (
    InputImageContentParamAutoParam,  # noqa: E402
)
from ..models.input_text_content_param import InputTextContentParam  # noqa: E402
from ..models.unknown_content import UnknownContent  # noqa: E402
