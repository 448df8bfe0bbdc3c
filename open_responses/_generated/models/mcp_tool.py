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

from ..models.mcp_tool_require_approval_type_0_type_0 import (
    McpToolRequireApprovalType0Type0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_require_approval_filter import McpRequireApprovalFilter
    from ..models.mcp_tool_filter import McpToolFilter
    from ..models.mcp_tool_headers_type_0 import McpToolHeadersType0


T = TypeVar("T", bound="McpTool")


@_attrs_define
class McpTool:
    """Provider extension: a remote MCP server whose tools the model may call."""

    type_: Literal["mcp"]
    server_label: str
    server_url: str | Unset = UNSET
    connector_id: str | Unset = UNSET
    server_description: None | str | Unset = UNSET
    authorization: None | str | Unset = UNSET
    headers: McpToolHeadersType0 | None | Unset = UNSET
    allowed_tools: list[str] | McpToolFilter | None | Unset = UNSET
    require_approval: McpRequireApprovalFilter | McpToolRequireApprovalType0Type0 | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        server_label = self.server_label

        server_url = self.server_url

        connector_id = self.connector_id

        server_description: None | str | Unset
        if isinstance(self.server_description, Unset):
            server_description = UNSET
        else:
            server_description = self.server_description

        authorization: None | str | Unset
        if isinstance(self.authorization, Unset):
            authorization = UNSET
        else:
            authorization = self.authorization

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, McpToolHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        elif isinstance(self.allowed_tools, McpToolFilter):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, McpToolRequireApprovalType0Type0):
            require_approval = self.require_approval.value
        elif isinstance(self.require_approval, McpRequireApprovalFilter):
            require_approval = self.require_approval.to_dict()
        else:
            require_approval = self.require_approval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
            }
        )
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if headers is not UNSET:
            field_dict["headers"] = headers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["mcp"] = d.pop("type")
        if type_ != "mcp":
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        server_label = d.pop("server_label")

        server_url = d.pop("server_url", UNSET)

        connector_id = d.pop("connector_id", UNSET)

        def _parse_server_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_description = _parse_server_description(d.pop("server_description", UNSET))

        def _parse_authorization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authorization = _parse_authorization(d.pop("authorization", UNSET))

        def _parse_headers(data: object) -> McpToolHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = McpToolHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpToolHeadersType0 | None | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_allowed_tools(data: object) -> list[str] | McpToolFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_tools_type_0_type_0 = cast(list[str], data)

                return allowed_tools_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_tools_type_0_type_1 = McpToolFilter.from_dict(data)

                return allowed_tools_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | McpToolFilter | None | Unset, data)

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        def _parse_require_approval(
            data: object,
        ) -> McpRequireApprovalFilter | McpToolRequireApprovalType0Type0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                require_approval_type_0_type_0 = McpToolRequireApprovalType0Type0(data)

                return require_approval_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                require_approval_type_0_type_1 = McpRequireApprovalFilter.from_dict(data)

                return require_approval_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                McpRequireApprovalFilter | McpToolRequireApprovalType0Type0 | None | Unset, data
            )

        require_approval = _parse_require_approval(d.pop("require_approval", UNSET))

        mcp_tool = cls(
            type_=type_,
            server_label=server_label,
            server_url=server_url,
            connector_id=connector_id,
            server_description=server_description,
            authorization=authorization,
            headers=headers,
            allowed_tools=allowed_tools,
            require_approval=require_approval,
        )

        mcp_tool.additional_properties = d
        return mcp_tool

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
from ..models.mcp_require_approval_filter import McpRequireApprovalFilter  # noqa: E402
from ..models.mcp_tool_filter import McpToolFilter  # noqa: E402
from ..models.mcp_tool_headers_type_0 import McpToolHeadersType0  # noqa: E402
