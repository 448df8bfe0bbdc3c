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

from ..models.function_call_status import FunctionCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_file_content_param import InputFileContentParam
    from ..models.input_image_content_param_auto_param import (
        InputImageContentParamAutoParam,
    )
    from ..models.input_text_content_param import InputTextContentParam
    from ..models.input_video_content import InputVideoContent
    from ..models.unknown_content import UnknownContent


T = TypeVar("T", bound="FunctionCallOutputItemParam")


@_attrs_define
class FunctionCallOutputItemParam:
    call_id: str
    output: (
        list[
            InputFileContentParam
            | InputImageContentParamAutoParam
            | InputTextContentParam
            | InputVideoContent
            | UnknownContent
        ]
        | str
    )
    type_: Literal["function_call_output"] = "function_call_output"
    id: None | str | Unset = UNSET
    status: FunctionCallStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        type_ = self.type_

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, InputTextContentParam):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, InputImageContentParamAutoParam):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, InputFileContentParam):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, InputVideoContent):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, FunctionCallStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "type": type_,
                "output": output,
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
        call_id = d.pop("call_id")

        type_: Literal["function_call_output"] = d.pop("type")
        if type_ != "function_call_output":
            raise ValueError(f"type must match const 'function_call_output', got '{type_}'")

        def _parse_output(
            data: object,
        ) -> (
            list[
                InputFileContentParam
                | InputImageContentParamAutoParam
                | InputTextContentParam
                | InputVideoContent
                | UnknownContent
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
                        data: object,
                    ) -> (
                        InputFileContentParam
                        | InputImageContentParamAutoParam
                        | InputTextContentParam
                        | InputVideoContent
                        | UnknownContent
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_0 = InputTextContentParam.from_dict(data)

                            return output_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_1 = InputImageContentParamAutoParam.from_dict(
                                data
                            )

                            return output_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_2 = InputFileContentParam.from_dict(data)

                            return output_type_1_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_3 = InputVideoContent.from_dict(data)

                            return output_type_1_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_1_item_type_4 = UnknownContent.from_dict(data)

                        return output_type_1_item_type_4

                    output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    InputFileContentParam
                    | InputImageContentParamAutoParam
                    | InputTextContentParam
                    | InputVideoContent
                    | UnknownContent
                ]
                | str,
                data,
            )

        output = _parse_output(d.pop("output"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> FunctionCallStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = FunctionCallStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunctionCallStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        function_call_output_item_param = cls(
            call_id=call_id,
            type_=type_,
            output=output,
            id=id,
            status=status,
        )

        function_call_output_item_param.additional_properties = d
        return function_call_output_item_param

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
from ..models.input_video_content import InputVideoContent  # noqa: E402
from ..models.unknown_content import UnknownContent  # noqa: E402
