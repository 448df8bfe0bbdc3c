"""Python client for the Open Responses API.

>>> from open_responses import Client
>>> client = Client(base_url="http://localhost:1234")      # doctest: +SKIP
>>> client.responses.create(model="m", input="Hello").output_text  # doctest: +SKIP

Names are imported on first use, so ``import open_responses`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module

# Not `from typing import TYPE_CHECKING`: importing typing (and re, which it pulls
# in) would be most of the cost of `import open_responses`.
TYPE_CHECKING = False

__version__ = "0.1.0"

if TYPE_CHECKING:
    from typing import Any

    from ._base import NOT_GIVEN, APIResponse, NotGiven
    from ._client import AsyncClient, Client
    from ._conversation import (
        AsyncConversation,
        AsyncConversationStream,
        Conversation,
        ConversationStream,
    )
    from ._errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        ConversationFormatError,
        EventTooLargeError,
        IncompleteStreamError,
        InternalServerError,
        InvalidArgumentError,
        NotFoundError,
        OpenResponsesError,
        PermissionDeniedError,
        PreviousResponseNotFoundError,
        ProtocolError,
        RateLimitError,
        ResponseTooLargeError,
        ResponseValidationError,
        ResumeNotSupportedError,
        StreamError,
        StructuredOutputError,
        UnprocessableEntityError,
    )
    from ._events import UnknownEvent
    from ._response import Response
    from ._streaming import AsyncResponseStream, ResponseStream
    from ._structured import json_schema_for, parse_json, parse_output, text_format_param
    from ._tools import (
        ArgumentError,
        AsyncRunStream,
        FunctionTool,
        MaxTurnsExceeded,
        RunStream,
        ToolResult,
        allowed_tools,
        approval_response,
        arun,
        arun_stream,
        function_tool,
        mcp_tool,
        run,
        run_stream,
        tool,
    )
    from ._websocket import TurnInProgressError, WebSocketUnavailableError
    from ._ws_close import (
        WebSocketAuthError,
        WebSocketClosedError,
        WebSocketMessageTooBigError,
        WebSocketServerError,
        WebSocketTryAgainLaterError,
    )

_EXPORTS: dict[str, str] = {
    "Client": "._client",
    "AsyncClient": "._client",
    "Response": "._response",
    "ResponseStream": "._streaming",
    "AsyncResponseStream": "._streaming",
    "UnknownEvent": "._events",
    "TurnInProgressError": "._websocket",
    "WebSocketUnavailableError": "._websocket",
    "WebSocketAuthError": "._ws_close",
    "WebSocketClosedError": "._ws_close",
    "WebSocketMessageTooBigError": "._ws_close",
    "WebSocketServerError": "._ws_close",
    "WebSocketTryAgainLaterError": "._ws_close",
    "APIResponse": "._base",
    "NOT_GIVEN": "._base",
    "NotGiven": "._base",
    **dict.fromkeys(
        ["Conversation", "AsyncConversation", "ConversationStream", "AsyncConversationStream"],
        "._conversation",
    ),
    **dict.fromkeys(
        [
            "FunctionTool",
            "function_tool",
            "tool",
            "ToolResult",
            "MaxTurnsExceeded",
            "ArgumentError",
            "RunStream",
            "AsyncRunStream",
            "allowed_tools",
            "mcp_tool",
            "approval_response",
            "run",
            "arun",
            "run_stream",
            "arun_stream",
        ],
        "._tools",
    ),
    **dict.fromkeys(
        ["json_schema_for", "text_format_param", "parse_output", "parse_json"], "._structured"
    ),
    **dict.fromkeys(
        [
            "OpenResponsesError",
            "APIError",
            "APIStatusError",
            "BadRequestError",
            "AuthenticationError",
            "PermissionDeniedError",
            "NotFoundError",
            "ConflictError",
            "ConversationFormatError",
            "UnprocessableEntityError",
            "RateLimitError",
            "InternalServerError",
            "PreviousResponseNotFoundError",
            "APIConnectionError",
            "APITimeoutError",
            "ResponseTooLargeError",
            "ResponseValidationError",
            "ResumeNotSupportedError",
            "StreamError",
            "IncompleteStreamError",
            "ProtocolError",
            "EventTooLargeError",
            "StructuredOutputError",
            "ConversationFormatError",
            "InvalidArgumentError",
        ],
        "._errors",
    ),
}

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AsyncClient",
    "AsyncConversation",
    "AsyncConversationStream",
    "AsyncResponseStream",
    "AsyncRunStream",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "Conversation",
    "ConversationFormatError",
    "ConversationStream",
    "EventTooLargeError",
    "FunctionTool",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidArgumentError",
    "MaxTurnsExceeded",
    "NotFoundError",
    "NotGiven",
    "OpenResponsesError",
    "PermissionDeniedError",
    "PreviousResponseNotFoundError",
    "ProtocolError",
    "RateLimitError",
    "Response",
    "ResponseStream",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ResumeNotSupportedError",
    "RunStream",
    "StreamError",
    "StructuredOutputError",
    "ToolResult",
    "TurnInProgressError",
    "UnknownEvent",
    "UnprocessableEntityError",
    "WebSocketAuthError",
    "WebSocketClosedError",
    "WebSocketMessageTooBigError",
    "WebSocketServerError",
    "WebSocketTryAgainLaterError",
    "WebSocketUnavailableError",
    "__version__",
    "allowed_tools",
    "approval_response",
    "arun",
    "arun_stream",
    "function_tool",
    "json_schema_for",
    "mcp_tool",
    "parse_json",
    "parse_output",
    "run",
    "run_stream",
    "text_format_param",
    "tool",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
