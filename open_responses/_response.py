"""``Response``: the generated ``ResponseResource`` plus conveniences a user reaches for."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import httpx

from ._error_text import request_id_of
from ._generated.models import ResponseResource

__all__ = ["ParsedResponse", "Response"]

ParsedT = TypeVar("ParsedT")


def output_text_of(output: Any) -> str:
    """Join the text of every ``output_text`` part of every message item in ``output``."""
    from ._generated.models import Message, OutputTextContent

    parts: list[str] = []
    if not isinstance(output, list):
        return ""
    for item in output:
        content = item.content if isinstance(item, Message) else None
        if not isinstance(content, list):  # a sloppy server's null or odd value
            continue
        for part in content:
            if isinstance(part, OutputTextContent) and isinstance(part.text, str):
                parts.append(part.text)
    return "".join(parts)


class Response(ResponseResource):
    """A model response (the spec's ``ResponseResource``) with helpers.

    ``output_text`` joins all ``output_text`` parts; ``http_response`` and
    ``request_id`` tell where it came from when it was read over HTTP.
    """

    http_response: httpx.Response | None = None
    output_parsed: Any = None
    """The parsed object when the request asked for a ``text_format``."""

    @property
    def output_text(self) -> str:
        """All ``output_text`` parts of the output messages, joined in order."""
        return output_text_of(self.output)

    @property
    def request_id(self) -> str | None:
        """The server's request id header of the HTTP reply, if any."""
        if self.http_response is None:
            return None
        return request_id_of(self.http_response.headers)


class ParsedResponse(Response, Generic[ParsedT]):
    """A :class:`Response` to a request with a ``text_format``: ``output_parsed`` is typed."""

    output_parsed: ParsedT | None
    """The output text parsed into the ``text_format`` type (None when there was none)."""
