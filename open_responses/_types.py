"""Typed keyword arguments of the request bodies (mirroring the spec's ``CreateResponseBody``).

Values may be plain JSON-like data or generated models; fields and item or tool
types the spec does not know are sent exactly as given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

__all__ = ["CompactParams", "CreateParams"]

InputParam = str | Sequence[Any] | None


class CreateParams(TypedDict, total=False):
    """Keyword arguments of ``responses.create`` / ``responses.stream`` (all optional)."""

    model: str | None
    input: InputParam
    previous_response_id: str | None
    include: Sequence[str] | None
    tools: Sequence[Any] | None
    tool_choice: str | Mapping[str, Any] | Any | None
    metadata: Mapping[str, str] | None
    text: Mapping[str, Any] | Any | None
    temperature: float | None
    top_p: float | None
    presence_penalty: float | None
    frequency_penalty: float | None
    parallel_tool_calls: bool | None
    stream_options: Mapping[str, Any] | None
    background: bool
    max_output_tokens: int | None
    max_tool_calls: int | None
    reasoning: Mapping[str, Any] | Any | None
    safety_identifier: str | None
    prompt_cache_key: str | None
    truncation: str
    instructions: str | None
    store: bool
    service_tier: str
    top_logprobs: int | None


class CompactParams(TypedDict, total=False):
    """Keyword arguments of ``responses.compact``."""

    model: str
    input: InputParam
    previous_response_id: str | None
    instructions: str | None
    prompt_cache_key: str | None
