"""Every model of the spec, and the union of the streamed events.

Classes are imported on first use: importing this package does not import
every model module.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .. import types as _t

if TYPE_CHECKING:
    from .allowed_tool_choice import AllowedToolChoice
    from .allowed_tools_param import AllowedToolsParam
    from .assistant_message_item_param import AssistantMessageItemParam
    from .assistant_message_item_param_phase import AssistantMessageItemParamPhase
    from .compact_resource import CompactResource
    from .compact_response_method_public_body import CompactResponseMethodPublicBody
    from .compaction_body import CompactionBody
    from .compaction_summary_item_param import CompactionSummaryItemParam
    from .create_response_body import CreateResponseBody
    from .deleted_response_resource import DeletedResponseResource
    from .detail_enum import DetailEnum
    from .developer_message_item_param import DeveloperMessageItemParam
    from .empty_model_param import EmptyModelParam
    from .error import Error
    from .error_payload import ErrorPayload
    from .error_payload_headers import ErrorPayloadHeaders
    from .error_streaming_event import ErrorStreamingEvent
    from .function_call import FunctionCall
    from .function_call_item_param import FunctionCallItemParam
    from .function_call_item_status import FunctionCallItemStatus
    from .function_call_output import FunctionCallOutput
    from .function_call_output_item_param import FunctionCallOutputItemParam
    from .function_call_output_status_enum import FunctionCallOutputStatusEnum
    from .function_call_status import FunctionCallStatus
    from .function_tool import FunctionTool
    from .function_tool_choice import FunctionToolChoice
    from .function_tool_param import FunctionToolParam
    from .function_tool_parameters_type_0 import FunctionToolParametersType0
    from .image_detail import ImageDetail
    from .include_enum import IncludeEnum
    from .incomplete_details import IncompleteDetails
    from .input_file_content import InputFileContent
    from .input_file_content_param import InputFileContentParam
    from .input_image_content import InputImageContent
    from .input_image_content_param_auto_param import InputImageContentParamAutoParam
    from .input_item_list_resource import InputItemListResource
    from .input_text_content import InputTextContent
    from .input_text_content_param import InputTextContentParam
    from .input_tokens_details import InputTokensDetails
    from .input_tokens_resource import InputTokensResource
    from .input_video_content import InputVideoContent
    from .item_reference_param import ItemReferenceParam
    from .json_object_response_format import JsonObjectResponseFormat
    from .json_schema_response_format import JsonSchemaResponseFormat
    from .json_schema_response_format_param import JsonSchemaResponseFormatParam
    from .json_schema_response_format_param_schema import (
        JsonSchemaResponseFormatParamSchema,
    )
    from .list_input_items_order import ListInputItemsOrder
    from .log_prob import LogProb
    from .mcp_approval_request import McpApprovalRequest
    from .mcp_approval_response import McpApprovalResponse
    from .mcp_call import McpCall
    from .mcp_list_tools import McpListTools
    from .mcp_listed_tool import McpListedTool
    from .mcp_listed_tool_annotations_type_0 import McpListedToolAnnotationsType0
    from .mcp_listed_tool_input_schema import McpListedToolInputSchema
    from .mcp_require_approval_filter import McpRequireApprovalFilter
    from .mcp_tool import McpTool
    from .mcp_tool_filter import McpToolFilter
    from .mcp_tool_headers_type_0 import McpToolHeadersType0
    from .mcp_tool_require_approval_type_0_type_0 import (
        McpToolRequireApprovalType0Type0,
    )
    from .message import Message
    from .message_phase import MessagePhase
    from .message_role import MessageRole
    from .message_status import MessageStatus
    from .metadata_param import MetadataParam
    from .output_text_content import OutputTextContent
    from .output_text_content_param import OutputTextContentParam
    from .output_tokens_details import OutputTokensDetails
    from .reasoning import Reasoning
    from .reasoning_body import ReasoningBody
    from .reasoning_effort_enum import ReasoningEffortEnum
    from .reasoning_item_param import ReasoningItemParam
    from .reasoning_param import ReasoningParam
    from .reasoning_summary_content_param import ReasoningSummaryContentParam
    from .reasoning_summary_enum import ReasoningSummaryEnum
    from .reasoning_text_content import ReasoningTextContent
    from .refusal_content import RefusalContent
    from .refusal_content_param import RefusalContentParam
    from .response_completed_streaming_event import ResponseCompletedStreamingEvent
    from .response_content_part_added_streaming_event import (
        ResponseContentPartAddedStreamingEvent,
    )
    from .response_content_part_done_streaming_event import (
        ResponseContentPartDoneStreamingEvent,
    )
    from .response_created_streaming_event import ResponseCreatedStreamingEvent
    from .response_failed_streaming_event import ResponseFailedStreamingEvent
    from .response_function_call_arguments_delta_streaming_event import (
        ResponseFunctionCallArgumentsDeltaStreamingEvent,
    )
    from .response_function_call_arguments_done_streaming_event import (
        ResponseFunctionCallArgumentsDoneStreamingEvent,
    )
    from .response_in_progress_streaming_event import ResponseInProgressStreamingEvent
    from .response_incomplete_streaming_event import ResponseIncompleteStreamingEvent
    from .response_mcp_call_arguments_delta_streaming_event import (
        ResponseMcpCallArgumentsDeltaStreamingEvent,
    )
    from .response_mcp_call_arguments_done_streaming_event import (
        ResponseMcpCallArgumentsDoneStreamingEvent,
    )
    from .response_mcp_call_completed_streaming_event import (
        ResponseMcpCallCompletedStreamingEvent,
    )
    from .response_mcp_call_failed_streaming_event import (
        ResponseMcpCallFailedStreamingEvent,
    )
    from .response_mcp_call_in_progress_streaming_event import (
        ResponseMcpCallInProgressStreamingEvent,
    )
    from .response_mcp_list_tools_completed_streaming_event import (
        ResponseMcpListToolsCompletedStreamingEvent,
    )
    from .response_mcp_list_tools_failed_streaming_event import (
        ResponseMcpListToolsFailedStreamingEvent,
    )
    from .response_mcp_list_tools_in_progress_streaming_event import (
        ResponseMcpListToolsInProgressStreamingEvent,
    )
    from .response_output_item_added_streaming_event import (
        ResponseOutputItemAddedStreamingEvent,
    )
    from .response_output_item_done_streaming_event import (
        ResponseOutputItemDoneStreamingEvent,
    )
    from .response_output_text_annotation_added_streaming_event import (
        ResponseOutputTextAnnotationAddedStreamingEvent,
    )
    from .response_output_text_delta_streaming_event import (
        ResponseOutputTextDeltaStreamingEvent,
    )
    from .response_output_text_done_streaming_event import (
        ResponseOutputTextDoneStreamingEvent,
    )
    from .response_queued_streaming_event import ResponseQueuedStreamingEvent
    from .response_reasoning_delta_streaming_event import (
        ResponseReasoningDeltaStreamingEvent,
    )
    from .response_reasoning_done_streaming_event import (
        ResponseReasoningDoneStreamingEvent,
    )
    from .response_reasoning_summary_delta_streaming_event import (
        ResponseReasoningSummaryDeltaStreamingEvent,
    )
    from .response_reasoning_summary_done_streaming_event import (
        ResponseReasoningSummaryDoneStreamingEvent,
    )
    from .response_reasoning_summary_part_added_streaming_event import (
        ResponseReasoningSummaryPartAddedStreamingEvent,
    )
    from .response_reasoning_summary_part_done_streaming_event import (
        ResponseReasoningSummaryPartDoneStreamingEvent,
    )
    from .response_refusal_delta_streaming_event import (
        ResponseRefusalDeltaStreamingEvent,
    )
    from .response_refusal_done_streaming_event import ResponseRefusalDoneStreamingEvent
    from .response_resource import ResponseResource
    from .service_tier_enum import ServiceTierEnum
    from .specific_function_param import SpecificFunctionParam
    from .stream_options_param import StreamOptionsParam
    from .summary_text_content import SummaryTextContent
    from .system_message_item_param import SystemMessageItemParam
    from .text_content import TextContent
    from .text_field import TextField
    from .text_param import TextParam
    from .text_response_format import TextResponseFormat
    from .tool_choice_value_enum import ToolChoiceValueEnum
    from .top_log_prob import TopLogProb
    from .truncation_enum import TruncationEnum
    from .unknown_annotation import UnknownAnnotation
    from .unknown_content import UnknownContent
    from .unknown_item import UnknownItem
    from .unknown_streaming_event import UnknownStreamingEvent
    from .unknown_text_format import UnknownTextFormat
    from .unknown_tool import UnknownTool
    from .unknown_tool_choice import UnknownToolChoice
    from .url_citation_body import UrlCitationBody
    from .url_citation_param import UrlCitationParam
    from .usage import Usage
    from .user_message_item_param import UserMessageItemParam
    from .verbosity_enum import VerbosityEnum
    from .web_socket_error_event import WebSocketErrorEvent
    from .web_socket_error_event_error import WebSocketErrorEventError
    from .web_socket_response_create_event import WebSocketResponseCreateEvent

_MODULES = {
    "AllowedToolChoice": ".allowed_tool_choice",
    "AllowedToolsParam": ".allowed_tools_param",
    "AssistantMessageItemParam": ".assistant_message_item_param",
    "AssistantMessageItemParamPhase": ".assistant_message_item_param_phase",
    "CompactResource": ".compact_resource",
    "CompactResponseMethodPublicBody": ".compact_response_method_public_body",
    "CompactionBody": ".compaction_body",
    "CompactionSummaryItemParam": ".compaction_summary_item_param",
    "CreateResponseBody": ".create_response_body",
    "DeletedResponseResource": ".deleted_response_resource",
    "DetailEnum": ".detail_enum",
    "DeveloperMessageItemParam": ".developer_message_item_param",
    "EmptyModelParam": ".empty_model_param",
    "Error": ".error",
    "ErrorPayload": ".error_payload",
    "ErrorPayloadHeaders": ".error_payload_headers",
    "ErrorStreamingEvent": ".error_streaming_event",
    "FunctionCall": ".function_call",
    "FunctionCallItemParam": ".function_call_item_param",
    "FunctionCallItemStatus": ".function_call_item_status",
    "FunctionCallOutput": ".function_call_output",
    "FunctionCallOutputItemParam": ".function_call_output_item_param",
    "FunctionCallOutputStatusEnum": ".function_call_output_status_enum",
    "FunctionCallStatus": ".function_call_status",
    "FunctionTool": ".function_tool",
    "FunctionToolChoice": ".function_tool_choice",
    "FunctionToolParam": ".function_tool_param",
    "FunctionToolParametersType0": ".function_tool_parameters_type_0",
    "ImageDetail": ".image_detail",
    "IncludeEnum": ".include_enum",
    "IncompleteDetails": ".incomplete_details",
    "InputFileContent": ".input_file_content",
    "InputFileContentParam": ".input_file_content_param",
    "InputImageContent": ".input_image_content",
    "InputImageContentParamAutoParam": ".input_image_content_param_auto_param",
    "InputItemListResource": ".input_item_list_resource",
    "InputTextContent": ".input_text_content",
    "InputTextContentParam": ".input_text_content_param",
    "InputTokensDetails": ".input_tokens_details",
    "InputTokensResource": ".input_tokens_resource",
    "InputVideoContent": ".input_video_content",
    "ItemReferenceParam": ".item_reference_param",
    "JsonObjectResponseFormat": ".json_object_response_format",
    "JsonSchemaResponseFormat": ".json_schema_response_format",
    "JsonSchemaResponseFormatParam": ".json_schema_response_format_param",
    "JsonSchemaResponseFormatParamSchema": ".json_schema_response_format_param_schema",
    "ListInputItemsOrder": ".list_input_items_order",
    "LogProb": ".log_prob",
    "McpApprovalRequest": ".mcp_approval_request",
    "McpApprovalResponse": ".mcp_approval_response",
    "McpCall": ".mcp_call",
    "McpListTools": ".mcp_list_tools",
    "McpListedTool": ".mcp_listed_tool",
    "McpListedToolAnnotationsType0": ".mcp_listed_tool_annotations_type_0",
    "McpListedToolInputSchema": ".mcp_listed_tool_input_schema",
    "McpRequireApprovalFilter": ".mcp_require_approval_filter",
    "McpTool": ".mcp_tool",
    "McpToolFilter": ".mcp_tool_filter",
    "McpToolHeadersType0": ".mcp_tool_headers_type_0",
    "McpToolRequireApprovalType0Type0": ".mcp_tool_require_approval_type_0_type_0",
    "Message": ".message",
    "MessagePhase": ".message_phase",
    "MessageRole": ".message_role",
    "MessageStatus": ".message_status",
    "MetadataParam": ".metadata_param",
    "OutputTextContent": ".output_text_content",
    "OutputTextContentParam": ".output_text_content_param",
    "OutputTokensDetails": ".output_tokens_details",
    "Reasoning": ".reasoning",
    "ReasoningBody": ".reasoning_body",
    "ReasoningEffortEnum": ".reasoning_effort_enum",
    "ReasoningItemParam": ".reasoning_item_param",
    "ReasoningParam": ".reasoning_param",
    "ReasoningSummaryContentParam": ".reasoning_summary_content_param",
    "ReasoningSummaryEnum": ".reasoning_summary_enum",
    "ReasoningTextContent": ".reasoning_text_content",
    "RefusalContent": ".refusal_content",
    "RefusalContentParam": ".refusal_content_param",
    "ResponseCompletedStreamingEvent": ".response_completed_streaming_event",
    "ResponseContentPartAddedStreamingEvent": ".response_content_part_added_streaming_event",
    "ResponseContentPartDoneStreamingEvent": ".response_content_part_done_streaming_event",
    "ResponseCreatedStreamingEvent": ".response_created_streaming_event",
    "ResponseFailedStreamingEvent": ".response_failed_streaming_event",
    "ResponseFunctionCallArgumentsDeltaStreamingEvent": ".response_function_call_arguments_delta_streaming_event",
    "ResponseFunctionCallArgumentsDoneStreamingEvent": ".response_function_call_arguments_done_streaming_event",
    "ResponseInProgressStreamingEvent": ".response_in_progress_streaming_event",
    "ResponseIncompleteStreamingEvent": ".response_incomplete_streaming_event",
    "ResponseMcpCallArgumentsDeltaStreamingEvent": ".response_mcp_call_arguments_delta_streaming_event",
    "ResponseMcpCallArgumentsDoneStreamingEvent": ".response_mcp_call_arguments_done_streaming_event",
    "ResponseMcpCallCompletedStreamingEvent": ".response_mcp_call_completed_streaming_event",
    "ResponseMcpCallFailedStreamingEvent": ".response_mcp_call_failed_streaming_event",
    "ResponseMcpCallInProgressStreamingEvent": ".response_mcp_call_in_progress_streaming_event",
    "ResponseMcpListToolsCompletedStreamingEvent": ".response_mcp_list_tools_completed_streaming_event",
    "ResponseMcpListToolsFailedStreamingEvent": ".response_mcp_list_tools_failed_streaming_event",
    "ResponseMcpListToolsInProgressStreamingEvent": ".response_mcp_list_tools_in_progress_streaming_event",
    "ResponseOutputItemAddedStreamingEvent": ".response_output_item_added_streaming_event",
    "ResponseOutputItemDoneStreamingEvent": ".response_output_item_done_streaming_event",
    "ResponseOutputTextAnnotationAddedStreamingEvent": ".response_output_text_annotation_added_streaming_event",
    "ResponseOutputTextDeltaStreamingEvent": ".response_output_text_delta_streaming_event",
    "ResponseOutputTextDoneStreamingEvent": ".response_output_text_done_streaming_event",
    "ResponseQueuedStreamingEvent": ".response_queued_streaming_event",
    "ResponseReasoningDeltaStreamingEvent": ".response_reasoning_delta_streaming_event",
    "ResponseReasoningDoneStreamingEvent": ".response_reasoning_done_streaming_event",
    "ResponseReasoningSummaryDeltaStreamingEvent": ".response_reasoning_summary_delta_streaming_event",
    "ResponseReasoningSummaryDoneStreamingEvent": ".response_reasoning_summary_done_streaming_event",
    "ResponseReasoningSummaryPartAddedStreamingEvent": ".response_reasoning_summary_part_added_streaming_event",
    "ResponseReasoningSummaryPartDoneStreamingEvent": ".response_reasoning_summary_part_done_streaming_event",
    "ResponseRefusalDeltaStreamingEvent": ".response_refusal_delta_streaming_event",
    "ResponseRefusalDoneStreamingEvent": ".response_refusal_done_streaming_event",
    "ResponseResource": ".response_resource",
    "ServiceTierEnum": ".service_tier_enum",
    "SpecificFunctionParam": ".specific_function_param",
    "StreamOptionsParam": ".stream_options_param",
    "SummaryTextContent": ".summary_text_content",
    "SystemMessageItemParam": ".system_message_item_param",
    "TextContent": ".text_content",
    "TextField": ".text_field",
    "TextParam": ".text_param",
    "TextResponseFormat": ".text_response_format",
    "ToolChoiceValueEnum": ".tool_choice_value_enum",
    "TopLogProb": ".top_log_prob",
    "TruncationEnum": ".truncation_enum",
    "UnknownAnnotation": ".unknown_annotation",
    "UnknownContent": ".unknown_content",
    "UnknownItem": ".unknown_item",
    "UnknownStreamingEvent": ".unknown_streaming_event",
    "UnknownTextFormat": ".unknown_text_format",
    "UnknownTool": ".unknown_tool",
    "UnknownToolChoice": ".unknown_tool_choice",
    "UrlCitationBody": ".url_citation_body",
    "UrlCitationParam": ".url_citation_param",
    "Usage": ".usage",
    "UserMessageItemParam": ".user_message_item_param",
    "VerbosityEnum": ".verbosity_enum",
    "WebSocketErrorEvent": ".web_socket_error_event",
    "WebSocketErrorEventError": ".web_socket_error_event_error",
    "WebSocketResponseCreateEvent": ".web_socket_response_create_event",
}

__all__ = (
    "AllowedToolChoice",
    "AllowedToolsParam",
    "AssistantMessageItemParam",
    "AssistantMessageItemParamPhase",
    "CompactionBody",
    "CompactionSummaryItemParam",
    "CompactResource",
    "CompactResponseMethodPublicBody",
    "CreateResponseBody",
    "DeletedResponseResource",
    "DetailEnum",
    "DeveloperMessageItemParam",
    "EmptyModelParam",
    "Error",
    "ErrorPayload",
    "ErrorPayloadHeaders",
    "ErrorStreamingEvent",
    "FunctionCall",
    "FunctionCallItemParam",
    "FunctionCallItemStatus",
    "FunctionCallOutput",
    "FunctionCallOutputItemParam",
    "FunctionCallOutputStatusEnum",
    "FunctionCallStatus",
    "FunctionTool",
    "FunctionToolChoice",
    "FunctionToolParam",
    "FunctionToolParametersType0",
    "ImageDetail",
    "IncludeEnum",
    "IncompleteDetails",
    "InputFileContent",
    "InputFileContentParam",
    "InputImageContent",
    "InputImageContentParamAutoParam",
    "InputItemListResource",
    "InputTextContent",
    "InputTextContentParam",
    "InputTokensDetails",
    "InputTokensResource",
    "InputVideoContent",
    "ItemReferenceParam",
    "JsonObjectResponseFormat",
    "JsonSchemaResponseFormat",
    "JsonSchemaResponseFormatParam",
    "JsonSchemaResponseFormatParamSchema",
    "ListInputItemsOrder",
    "LogProb",
    "McpApprovalRequest",
    "McpApprovalResponse",
    "McpCall",
    "McpListedTool",
    "McpListedToolAnnotationsType0",
    "McpListedToolInputSchema",
    "McpListTools",
    "McpRequireApprovalFilter",
    "McpTool",
    "McpToolFilter",
    "McpToolHeadersType0",
    "McpToolRequireApprovalType0Type0",
    "Message",
    "MessagePhase",
    "MessageRole",
    "MessageStatus",
    "MetadataParam",
    "OutputTextContent",
    "OutputTextContentParam",
    "OutputTokensDetails",
    "Reasoning",
    "ReasoningBody",
    "ReasoningEffortEnum",
    "ReasoningItemParam",
    "ReasoningParam",
    "ReasoningSummaryContentParam",
    "ReasoningSummaryEnum",
    "ReasoningTextContent",
    "RefusalContent",
    "RefusalContentParam",
    "ResponseCompletedStreamingEvent",
    "ResponseContentPartAddedStreamingEvent",
    "ResponseContentPartDoneStreamingEvent",
    "ResponseCreatedStreamingEvent",
    "ResponseFailedStreamingEvent",
    "ResponseFunctionCallArgumentsDeltaStreamingEvent",
    "ResponseFunctionCallArgumentsDoneStreamingEvent",
    "ResponseIncompleteStreamingEvent",
    "ResponseInProgressStreamingEvent",
    "ResponseMcpCallArgumentsDeltaStreamingEvent",
    "ResponseMcpCallArgumentsDoneStreamingEvent",
    "ResponseMcpCallCompletedStreamingEvent",
    "ResponseMcpCallFailedStreamingEvent",
    "ResponseMcpCallInProgressStreamingEvent",
    "ResponseMcpListToolsCompletedStreamingEvent",
    "ResponseMcpListToolsFailedStreamingEvent",
    "ResponseMcpListToolsInProgressStreamingEvent",
    "ResponseOutputItemAddedStreamingEvent",
    "ResponseOutputItemDoneStreamingEvent",
    "ResponseOutputTextAnnotationAddedStreamingEvent",
    "ResponseOutputTextDeltaStreamingEvent",
    "ResponseOutputTextDoneStreamingEvent",
    "ResponseQueuedStreamingEvent",
    "ResponseReasoningDeltaStreamingEvent",
    "ResponseReasoningDoneStreamingEvent",
    "ResponseReasoningSummaryDeltaStreamingEvent",
    "ResponseReasoningSummaryDoneStreamingEvent",
    "ResponseReasoningSummaryPartAddedStreamingEvent",
    "ResponseReasoningSummaryPartDoneStreamingEvent",
    "ResponseRefusalDeltaStreamingEvent",
    "ResponseRefusalDoneStreamingEvent",
    "ResponseResource",
    "ServiceTierEnum",
    "SpecificFunctionParam",
    "StreamOptionsParam",
    "SummaryTextContent",
    "SystemMessageItemParam",
    "TextContent",
    "TextField",
    "TextParam",
    "TextResponseFormat",
    "ToolChoiceValueEnum",
    "TopLogProb",
    "TruncationEnum",
    "UnknownAnnotation",
    "UnknownContent",
    "UnknownItem",
    "UnknownStreamingEvent",
    "UnknownTextFormat",
    "UnknownTool",
    "UnknownToolChoice",
    "UrlCitationBody",
    "UrlCitationParam",
    "Usage",
    "UserMessageItemParam",
    "VerbosityEnum",
    "WebSocketErrorEvent",
    "WebSocketErrorEventError",
    "WebSocketResponseCreateEvent",
    "StreamingEvent",
    "STREAMING_EVENT",
)

#: Decodes one streamed event: its ``type`` picks the class, one dict look-up;
#: an unknown type gives the fallback class.
STREAMING_EVENT = _t.union(
    _t.model(
        ".models.response_created_streaming_event",
        "ResponseCreatedStreamingEvent",
        "response.created",
    ),
    _t.model(
        ".models.response_queued_streaming_event", "ResponseQueuedStreamingEvent", "response.queued"
    ),
    _t.model(
        ".models.response_in_progress_streaming_event",
        "ResponseInProgressStreamingEvent",
        "response.in_progress",
    ),
    _t.model(
        ".models.response_completed_streaming_event",
        "ResponseCompletedStreamingEvent",
        "response.completed",
    ),
    _t.model(
        ".models.response_failed_streaming_event", "ResponseFailedStreamingEvent", "response.failed"
    ),
    _t.model(
        ".models.response_incomplete_streaming_event",
        "ResponseIncompleteStreamingEvent",
        "response.incomplete",
    ),
    _t.model(
        ".models.response_output_item_added_streaming_event",
        "ResponseOutputItemAddedStreamingEvent",
        "response.output_item.added",
    ),
    _t.model(
        ".models.response_output_item_done_streaming_event",
        "ResponseOutputItemDoneStreamingEvent",
        "response.output_item.done",
    ),
    _t.model(
        ".models.response_reasoning_summary_part_added_streaming_event",
        "ResponseReasoningSummaryPartAddedStreamingEvent",
        "response.reasoning_summary_part.added",
    ),
    _t.model(
        ".models.response_reasoning_summary_part_done_streaming_event",
        "ResponseReasoningSummaryPartDoneStreamingEvent",
        "response.reasoning_summary_part.done",
    ),
    _t.model(
        ".models.response_content_part_added_streaming_event",
        "ResponseContentPartAddedStreamingEvent",
        "response.content_part.added",
    ),
    _t.model(
        ".models.response_content_part_done_streaming_event",
        "ResponseContentPartDoneStreamingEvent",
        "response.content_part.done",
    ),
    _t.model(
        ".models.response_output_text_delta_streaming_event",
        "ResponseOutputTextDeltaStreamingEvent",
        "response.output_text.delta",
    ),
    _t.model(
        ".models.response_output_text_done_streaming_event",
        "ResponseOutputTextDoneStreamingEvent",
        "response.output_text.done",
    ),
    _t.model(
        ".models.response_refusal_delta_streaming_event",
        "ResponseRefusalDeltaStreamingEvent",
        "response.refusal.delta",
    ),
    _t.model(
        ".models.response_refusal_done_streaming_event",
        "ResponseRefusalDoneStreamingEvent",
        "response.refusal.done",
    ),
    _t.model(
        ".models.response_reasoning_delta_streaming_event",
        "ResponseReasoningDeltaStreamingEvent",
        "response.reasoning.delta",
    ),
    _t.model(
        ".models.response_reasoning_done_streaming_event",
        "ResponseReasoningDoneStreamingEvent",
        "response.reasoning.done",
    ),
    _t.model(
        ".models.response_reasoning_summary_delta_streaming_event",
        "ResponseReasoningSummaryDeltaStreamingEvent",
        "response.reasoning_summary_text.delta",
    ),
    _t.model(
        ".models.response_reasoning_summary_done_streaming_event",
        "ResponseReasoningSummaryDoneStreamingEvent",
        "response.reasoning_summary_text.done",
    ),
    _t.model(
        ".models.response_output_text_annotation_added_streaming_event",
        "ResponseOutputTextAnnotationAddedStreamingEvent",
        "response.output_text.annotation.added",
    ),
    _t.model(
        ".models.response_function_call_arguments_delta_streaming_event",
        "ResponseFunctionCallArgumentsDeltaStreamingEvent",
        "response.function_call_arguments.delta",
    ),
    _t.model(
        ".models.response_function_call_arguments_done_streaming_event",
        "ResponseFunctionCallArgumentsDoneStreamingEvent",
        "response.function_call_arguments.done",
    ),
    _t.model(".models.error_streaming_event", "ErrorStreamingEvent", "error"),
    _t.model(
        ".models.response_mcp_call_in_progress_streaming_event",
        "ResponseMcpCallInProgressStreamingEvent",
        "response.mcp_call.in_progress",
    ),
    _t.model(
        ".models.response_mcp_list_tools_in_progress_streaming_event",
        "ResponseMcpListToolsInProgressStreamingEvent",
        "response.mcp_list_tools.in_progress",
    ),
    _t.model(
        ".models.response_mcp_call_completed_streaming_event",
        "ResponseMcpCallCompletedStreamingEvent",
        "response.mcp_call.completed",
    ),
    _t.model(
        ".models.response_mcp_list_tools_completed_streaming_event",
        "ResponseMcpListToolsCompletedStreamingEvent",
        "response.mcp_list_tools.completed",
    ),
    _t.model(
        ".models.response_mcp_call_failed_streaming_event",
        "ResponseMcpCallFailedStreamingEvent",
        "response.mcp_call.failed",
    ),
    _t.model(
        ".models.response_mcp_list_tools_failed_streaming_event",
        "ResponseMcpListToolsFailedStreamingEvent",
        "response.mcp_list_tools.failed",
    ),
    _t.model(
        ".models.response_mcp_call_arguments_delta_streaming_event",
        "ResponseMcpCallArgumentsDeltaStreamingEvent",
        "response.mcp_call_arguments.delta",
    ),
    _t.model(
        ".models.response_mcp_call_arguments_done_streaming_event",
        "ResponseMcpCallArgumentsDoneStreamingEvent",
        "response.mcp_call_arguments.done",
    ),
    _t.model(".models.unknown_streaming_event", "UnknownStreamingEvent"),
)

if TYPE_CHECKING:
    StreamingEvent = (
        ResponseCreatedStreamingEvent
        | ResponseQueuedStreamingEvent
        | ResponseInProgressStreamingEvent
        | ResponseCompletedStreamingEvent
        | ResponseFailedStreamingEvent
        | ResponseIncompleteStreamingEvent
        | ResponseOutputItemAddedStreamingEvent
        | ResponseOutputItemDoneStreamingEvent
        | ResponseReasoningSummaryPartAddedStreamingEvent
        | ResponseReasoningSummaryPartDoneStreamingEvent
        | ResponseContentPartAddedStreamingEvent
        | ResponseContentPartDoneStreamingEvent
        | ResponseOutputTextDeltaStreamingEvent
        | ResponseOutputTextDoneStreamingEvent
        | ResponseRefusalDeltaStreamingEvent
        | ResponseRefusalDoneStreamingEvent
        | ResponseReasoningDeltaStreamingEvent
        | ResponseReasoningDoneStreamingEvent
        | ResponseReasoningSummaryDeltaStreamingEvent
        | ResponseReasoningSummaryDoneStreamingEvent
        | ResponseOutputTextAnnotationAddedStreamingEvent
        | ResponseFunctionCallArgumentsDeltaStreamingEvent
        | ResponseFunctionCallArgumentsDoneStreamingEvent
        | ErrorStreamingEvent
        | ResponseMcpCallInProgressStreamingEvent
        | ResponseMcpListToolsInProgressStreamingEvent
        | ResponseMcpCallCompletedStreamingEvent
        | ResponseMcpListToolsCompletedStreamingEvent
        | ResponseMcpCallFailedStreamingEvent
        | ResponseMcpListToolsFailedStreamingEvent
        | ResponseMcpCallArgumentsDeltaStreamingEvent
        | ResponseMcpCallArgumentsDoneStreamingEvent
        | UnknownStreamingEvent
    )
    """Every streamed event class, the fallback last: narrow it with ``event.type == ...``."""


def __getattr__(name: str) -> Any:
    if name == "StreamingEvent":
        # At run time the union is built from the classes, which imports them all.
        members = [member.cls.get() for member in STREAMING_EVENT.members]  # type: ignore[attr-defined]
        value: Any = members[0]
        for member in members[1:]:
            value = value | member
    else:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
