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


def raw_output_text(output: Any) -> str | None:
    """:func:`output_text_of` read straight from the received JSON, or ``None`` if unsure.

    Decoding the output into models only to join some strings costs more than the
    rest of reading a reply; the JSON says the same for the plain shapes. Anything
    whose model the decoder must work out (an item or part that is not an object
    with a string ``type``) gives ``None``, and the caller takes the typed path.
    """
    if type(output) is not list:
        return ""
    parts: list[str] = []
    for item in output:
        kind = item.get("type") if type(item) is dict else None
        if type(kind) is not str:
            return None
        content = item.get("content") if kind == "message" else None
        if type(content) is not list:
            continue
        for part in content:
            part_kind = part.get("type") if type(part) is dict else None
            if type(part_kind) is not str:
                return None
            if part_kind == "output_text":
                text = part.get("text")
                if type(text) is str:
                    parts.append(text)
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
        cache = self._cache
        if not cache or "output" not in cache:  # no typed output yet that could differ
            text = raw_output_text(self._data.get("output"))
            if text is not None:
                return text
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
