"""Every operation of the spec: what the facade needs to send it, and typed methods.

``OPERATIONS`` describes each operation (method, path, parameters, body and reply
models, whether it can stream), keyed by its method name: the ``operationId`` in
snake case without the word "response" (``getResponseSummary`` becomes
``get_summary``).  ``<Body>Params`` are the keyword arguments of each request
body.  ``<Group>Operations`` and their async twins hold one method per operation
that cannot stream; the facade subclasses them and supplies ``_call``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    Literal,
    NamedTuple,
    TypedDict,
    TypeVar,
    Unpack,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models import *  # noqa: F403

__all__ = [
    "OPERATIONS",
    "Operation",
    "OperationCall",
    "CreateResponseBodyParams",
    "CompactResponseMethodPublicBodyParams",
    "ResponsesOperations",
    "AsyncResponsesOperations",
]


class Operation(NamedTuple):
    """One operation of the spec, as the facade needs it to send the request."""

    name: str
    """The operationId in snake case."""
    method: str
    path: str
    """Relative to the base URL, with ``{name}`` for each path parameter."""
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    body: str | None
    """The request body's model class, by name."""
    reply: str | None
    """The successful reply's model class, by name."""
    streams: bool
    """Whether the operation can answer with an event stream."""


class OperationCall(NamedTuple):
    """One call of an operation method, as handed to the facade's ``_call``."""

    operation: Operation
    path: tuple[str, ...]
    """The path parameters' values, in ``operation.path_params`` order."""
    query: Mapping[str, Any]
    """The query parameters by wire name (``None`` where not given)."""
    body: Any
    """The body model or mapping passed positionally, if any."""
    params: Mapping[str, Any]
    """The body's fields passed as keyword arguments."""
    options: Mapping[str, Any]
    """``timeout``, ``max_retries``, ``extra_headers``, ``extra_query`` and ``extra_body``."""


OPERATIONS: dict[str, Operation] = {
    "create": Operation(
        name="create_response",
        method="POST",
        path="responses",
        path_params=(),
        query_params=(),
        body="CreateResponseBody",
        reply="ResponseResource",
        streams=True,
    ),
    "compact": Operation(
        name="compact_response",
        method="POST",
        path="responses/compact",
        path_params=(),
        query_params=(),
        body="CompactResponseMethodPublicBody",
        reply="CompactResource",
        streams=False,
    ),
    "retrieve": Operation(
        name="retrieve_response",
        method="GET",
        path="responses/{response_id}",
        path_params=("response_id",),
        query_params=(
            "stream",
            "starting_after",
            "include",
        ),
        body=None,
        reply="ResponseResource",
        streams=True,
    ),
    "delete": Operation(
        name="delete_response",
        method="DELETE",
        path="responses/{response_id}",
        path_params=("response_id",),
        query_params=(),
        body=None,
        reply="DeletedResponseResource",
        streams=False,
    ),
    "cancel": Operation(
        name="cancel_response",
        method="POST",
        path="responses/{response_id}/cancel",
        path_params=("response_id",),
        query_params=(),
        body=None,
        reply="ResponseResource",
        streams=False,
    ),
    "list_input_items": Operation(
        name="list_input_items",
        method="GET",
        path="responses/{response_id}/input_items",
        path_params=("response_id",),
        query_params=(
            "after",
            "limit",
            "order",
            "include",
        ),
        body=None,
        reply="InputItemListResource",
        streams=False,
    ),
    "count_input_tokens": Operation(
        name="count_input_tokens",
        method="POST",
        path="responses/input_tokens",
        path_params=(),
        query_params=(),
        body="CreateResponseBody",
        reply="InputTokensResource",
        streams=False,
    ),
}


#: The keyword arguments of a ``CreateResponseBody`` (``stream`` is the method's own argument).
class CreateResponseBodyParams(TypedDict, total=False):
    model: str | None
    input: (
        str
        | Sequence[
            ItemReferenceParam
            | Mapping[str, Any]
            | ReasoningItemParam
            | Mapping[str, Any]
            | CompactionSummaryItemParam
            | Mapping[str, Any]
            | UserMessageItemParam
            | Mapping[str, Any]
            | SystemMessageItemParam
            | Mapping[str, Any]
            | DeveloperMessageItemParam
            | Mapping[str, Any]
            | AssistantMessageItemParam
            | Mapping[str, Any]
            | FunctionCallItemParam
            | Mapping[str, Any]
            | FunctionCallOutputItemParam
            | Mapping[str, Any]
            | McpApprovalResponse
            | Mapping[str, Any]
            | McpListTools
            | Mapping[str, Any]
            | McpCall
            | Mapping[str, Any]
            | McpApprovalRequest
            | Mapping[str, Any]
            | UnknownItem
            | Mapping[str, Any]
        ]
        | None
    )
    previous_response_id: str | None
    include: Sequence[IncludeEnum | str]
    tools: (
        Sequence[
            FunctionToolParam
            | Mapping[str, Any]
            | McpTool
            | Mapping[str, Any]
            | UnknownTool
            | Mapping[str, Any]
        ]
        | None
    )
    tool_choice: (
        SpecificFunctionParam
        | Mapping[str, Any]
        | UnknownToolChoice
        | Mapping[str, Any]
        | ToolChoiceValueEnum
        | str
        | AllowedToolsParam
        | Mapping[str, Any]
        | None
    )
    metadata: MetadataParam | Mapping[str, Any] | None
    text: TextParam | Mapping[str, Any] | None
    temperature: float | None
    top_p: float | None
    presence_penalty: float | None
    frequency_penalty: float | None
    parallel_tool_calls: bool | None
    stream_options: StreamOptionsParam | Mapping[str, Any] | None
    background: bool
    max_output_tokens: int | None
    max_tool_calls: int | None
    reasoning: ReasoningParam | Mapping[str, Any] | None
    safety_identifier: str | None
    prompt_cache_key: str | None
    truncation: TruncationEnum | str
    instructions: str | None
    store: bool
    service_tier: ServiceTierEnum | str
    top_logprobs: int | None


#: The keyword arguments of a ``CompactResponseMethodPublicBody``.
class CompactResponseMethodPublicBodyParams(TypedDict, total=False):
    model: str
    input: (
        str
        | Sequence[
            ItemReferenceParam
            | Mapping[str, Any]
            | ReasoningItemParam
            | Mapping[str, Any]
            | CompactionSummaryItemParam
            | Mapping[str, Any]
            | UserMessageItemParam
            | Mapping[str, Any]
            | SystemMessageItemParam
            | Mapping[str, Any]
            | DeveloperMessageItemParam
            | Mapping[str, Any]
            | AssistantMessageItemParam
            | Mapping[str, Any]
            | FunctionCallItemParam
            | Mapping[str, Any]
            | FunctionCallOutputItemParam
            | Mapping[str, Any]
            | McpApprovalResponse
            | Mapping[str, Any]
            | McpListTools
            | Mapping[str, Any]
            | McpCall
            | Mapping[str, Any]
            | McpApprovalRequest
            | Mapping[str, Any]
            | UnknownItem
            | Mapping[str, Any]
        ]
        | None
    )
    previous_response_id: str | None
    instructions: str | None
    prompt_cache_key: str | None


_R = TypeVar("_R", bound="ResponseResource")


class ResponsesOperations(Generic[_R]):
    """The responses operations that cannot stream; ``_call`` is the facade's."""

    def _call(self, call: OperationCall) -> Any:
        raise NotImplementedError

    def compact(
        self,
        body: CompactResponseMethodPublicBody | Mapping[str, Any] | None = None,
        /,
        *,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CompactResponseMethodPublicBodyParams],
    ) -> CompactResource:
        """``POST /responses/compact`` (compact_response)."""
        result: CompactResource = self._call(
            OperationCall(
                OPERATIONS["compact"],
                (),
                {},
                body,
                params,
                {
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                    "extra_body": extra_body,
                },
            )
        )
        return result

    def delete(
        self,
        response_id: str,
        /,
        *,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeletedResponseResource:
        """``DELETE /responses/{response_id}`` (delete_response)."""
        result: DeletedResponseResource = self._call(
            OperationCall(
                OPERATIONS["delete"],
                (response_id,),
                {},
                None,
                {},
                {
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                    "extra_body": None,
                },
            )
        )
        return result

    def cancel(
        self,
        response_id: str,
        /,
        *,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _R:
        """``POST /responses/{response_id}/cancel`` (cancel_response)."""
        result: _R = self._call(
            OperationCall(
                OPERATIONS["cancel"],
                (response_id,),
                {},
                None,
                {},
                {
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                    "extra_body": None,
                },
            )
        )
        return result

    def list_input_items(
        self,
        response_id: str,
        /,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: ListInputItemsOrder | str | None = None,
        include: Sequence[IncludeEnum | str] | None = None,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InputItemListResource:
        """``GET /responses/{response_id}/input_items`` (list_input_items)."""
        result: InputItemListResource = self._call(
            OperationCall(
                OPERATIONS["list_input_items"],
                (response_id,),
                {
                    "after": after,
                    "limit": limit,
                    "order": order,
                    "include": include,
                },
                None,
                {},
                {
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                    "extra_body": None,
                },
            )
        )
        return result

    def count_input_tokens(
        self,
        body: CreateResponseBody | Mapping[str, Any] | None = None,
        /,
        *,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> InputTokensResource:
        """``POST /responses/input_tokens`` (count_input_tokens)."""
        result: InputTokensResource = self._call(
            OperationCall(
                OPERATIONS["count_input_tokens"],
                (),
                {},
                body,
                params,
                {
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                    "extra_body": extra_body,
                },
            )
        )
        return result


class AsyncResponsesOperations(Generic[_R]):
    """The responses operations that cannot stream, awaitable; ``_call`` is the facade's."""

    async def _call(self, call: OperationCall) -> Any:
        raise NotImplementedError

    async def compact(
        self,
        body: CompactResponseMethodPublicBody | Mapping[str, Any] | None = None,
        /,
        *,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CompactResponseMethodPublicBodyParams],
    ) -> CompactResource:
        """``POST /responses/compact`` (compact_response)."""
        result: CompactResource = await self._call(
            OperationCall(
                OPERATIONS["compact"],
                (),
                {},
                body,
                params,
                {
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                    "extra_body": extra_body,
                },
            )
        )
        return result

    async def delete(
        self,
        response_id: str,
        /,
        *,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeletedResponseResource:
        """``DELETE /responses/{response_id}`` (delete_response)."""
        result: DeletedResponseResource = await self._call(
            OperationCall(
                OPERATIONS["delete"],
                (response_id,),
                {},
                None,
                {},
                {
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                    "extra_body": None,
                },
            )
        )
        return result

    async def cancel(
        self,
        response_id: str,
        /,
        *,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> _R:
        """``POST /responses/{response_id}/cancel`` (cancel_response)."""
        result: _R = await self._call(
            OperationCall(
                OPERATIONS["cancel"],
                (response_id,),
                {},
                None,
                {},
                {
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                    "extra_body": None,
                },
            )
        )
        return result

    async def list_input_items(
        self,
        response_id: str,
        /,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: ListInputItemsOrder | str | None = None,
        include: Sequence[IncludeEnum | str] | None = None,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InputItemListResource:
        """``GET /responses/{response_id}/input_items`` (list_input_items)."""
        result: InputItemListResource = await self._call(
            OperationCall(
                OPERATIONS["list_input_items"],
                (response_id,),
                {
                    "after": after,
                    "limit": limit,
                    "order": order,
                    "include": include,
                },
                None,
                {},
                {
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                    "extra_body": None,
                },
            )
        )
        return result

    async def count_input_tokens(
        self,
        body: CreateResponseBody | Mapping[str, Any] | None = None,
        /,
        *,
        timeout: Any = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> InputTokensResource:
        """``POST /responses/input_tokens`` (count_input_tokens)."""
        result: InputTokensResource = await self._call(
            OperationCall(
                OPERATIONS["count_input_tokens"],
                (),
                {},
                body,
                params,
                {
                    "timeout": timeout,
                    "max_retries": max_retries,
                    "extra_headers": extra_headers,
                    "extra_query": extra_query,
                    "extra_body": extra_body,
                },
            )
        )
        return result
