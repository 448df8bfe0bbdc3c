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
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent
    from ..models.summary_text_content import SummaryTextContent
    from ..models.text_content import TextContent
    from ..models.unknown_content import UnknownContent


T = TypeVar("T", bound="ReasoningBody")


@_attrs_define
class ReasoningBody:
    """The model's reasoning: optional summary, raw content and opaque encrypted_content."""

    id: str
    summary: list[
        InputFileContent
        | InputImageContent
        | InputTextContent
        | OutputTextContent
        | ReasoningTextContent
        | RefusalContent
        | SummaryTextContent
        | TextContent
        | UnknownContent
    ]
    type_: Literal["reasoning"] = "reasoning"
    content: (
        list[
            InputFileContent
            | InputImageContent
            | InputTextContent
            | OutputTextContent
            | ReasoningTextContent
            | RefusalContent
            | SummaryTextContent
            | TextContent
            | UnknownContent
        ]
        | None
        | Unset
    ) = UNSET
    encrypted_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        summary = []
        for summary_item_data in self.summary:
            summary_item: dict[str, Any]
            if isinstance(summary_item_data, InputTextContent):
                summary_item = summary_item_data.to_dict()
            elif isinstance(summary_item_data, OutputTextContent):
                summary_item = summary_item_data.to_dict()
            elif isinstance(summary_item_data, TextContent):
                summary_item = summary_item_data.to_dict()
            elif isinstance(summary_item_data, SummaryTextContent):
                summary_item = summary_item_data.to_dict()
            elif isinstance(summary_item_data, ReasoningTextContent):
                summary_item = summary_item_data.to_dict()
            elif isinstance(summary_item_data, RefusalContent):
                summary_item = summary_item_data.to_dict()
            elif isinstance(summary_item_data, InputImageContent):
                summary_item = summary_item_data.to_dict()
            elif isinstance(summary_item_data, InputFileContent):
                summary_item = summary_item_data.to_dict()
            else:
                summary_item = summary_item_data.to_dict()

            summary.append(summary_item)

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item: dict[str, Any]
                if isinstance(content_type_0_item_data, InputTextContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, OutputTextContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, TextContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, SummaryTextContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, ReasoningTextContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, RefusalContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, InputImageContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                elif isinstance(content_type_0_item_data, InputFileContent):
                    content_type_0_item = content_type_0_item_data.to_dict()
                else:
                    content_type_0_item = content_type_0_item_data.to_dict()

                content.append(content_type_0_item)

        else:
            content = self.content

        encrypted_content = self.encrypted_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "summary": summary,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["reasoning"] = d.pop("type")
        if type_ != "reasoning":
            raise ValueError(f"type must match const 'reasoning', got '{type_}'")

        id = d.pop("id")

        summary = []
        _summary = d.pop("summary")
        for summary_item_data in _summary:

            def _parse_summary_item(
                data: object,
            ) -> (
                InputFileContent
                | InputImageContent
                | InputTextContent
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
                    summary_item_type_0 = InputTextContent.from_dict(data)

                    return summary_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    summary_item_type_1 = OutputTextContent.from_dict(data)

                    return summary_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    summary_item_type_2 = TextContent.from_dict(data)

                    return summary_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    summary_item_type_3 = SummaryTextContent.from_dict(data)

                    return summary_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    summary_item_type_4 = ReasoningTextContent.from_dict(data)

                    return summary_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    summary_item_type_5 = RefusalContent.from_dict(data)

                    return summary_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    summary_item_type_6 = InputImageContent.from_dict(data)

                    return summary_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    summary_item_type_7 = InputFileContent.from_dict(data)

                    return summary_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                summary_item_type_8 = UnknownContent.from_dict(data)

                return summary_item_type_8

            summary_item = _parse_summary_item(summary_item_data)

            summary.append(summary_item)

        def _parse_content(
            data: object,
        ) -> (
            list[
                InputFileContent
                | InputImageContent
                | InputTextContent
                | OutputTextContent
                | ReasoningTextContent
                | RefusalContent
                | SummaryTextContent
                | TextContent
                | UnknownContent
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:

                    def _parse_content_type_0_item(
                        data: object,
                    ) -> (
                        InputFileContent
                        | InputImageContent
                        | InputTextContent
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
                            content_type_0_item_type_0 = InputTextContent.from_dict(data)

                            return content_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_1 = OutputTextContent.from_dict(data)

                            return content_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_2 = TextContent.from_dict(data)

                            return content_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_3 = SummaryTextContent.from_dict(data)

                            return content_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_4 = ReasoningTextContent.from_dict(data)

                            return content_type_0_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_5 = RefusalContent.from_dict(data)

                            return content_type_0_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_6 = InputImageContent.from_dict(data)

                            return content_type_0_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_0_item_type_7 = InputFileContent.from_dict(data)

                            return content_type_0_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_0_item_type_8 = UnknownContent.from_dict(data)

                        return content_type_0_item_type_8

                    content_type_0_item = _parse_content_type_0_item(content_type_0_item_data)

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    InputFileContent
                    | InputImageContent
                    | InputTextContent
                    | OutputTextContent
                    | ReasoningTextContent
                    | RefusalContent
                    | SummaryTextContent
                    | TextContent
                    | UnknownContent
                ]
                | None
                | Unset,
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        encrypted_content = d.pop("encrypted_content", UNSET)

        reasoning_body = cls(
            type_=type_,
            id=id,
            summary=summary,
            content=content,
            encrypted_content=encrypted_content,
        )

        reasoning_body.additional_properties = d
        return reasoning_body

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
from ..models.output_text_content import OutputTextContent  # noqa: E402
from ..models.reasoning_text_content import ReasoningTextContent  # noqa: E402
from ..models.refusal_content import RefusalContent  # noqa: E402
from ..models.summary_text_content import SummaryTextContent  # noqa: E402
from ..models.text_content import TextContent  # noqa: E402
from ..models.unknown_content import UnknownContent  # noqa: E402
