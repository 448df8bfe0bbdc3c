"""``Response``: the generated ``ResponseResource`` plus conveniences a user reaches for."""

from __future__ import annotations

from typing import Any

import httpx

from ._generated.models import ResponseResource

__all__ = ["Response", "output_text_of"]


def output_text_of(output: Any) -> str:
    """Join the text of every ``output_text`` part of every message item in ``output``."""
    from ._generated.models import Message, OutputTextContent

    parts: list[str] = []
    if not isinstance(output, list):
        return ""
    for item in output:
        if isinstance(item, Message):
            for part in item.content:
                if isinstance(part, OutputTextContent):
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
        headers = self.http_response.headers
        found: str | None = (
            headers.get("x-request-id")
            or headers.get("openai-request-id")
            or headers.get("request-id")
        )
        return found
