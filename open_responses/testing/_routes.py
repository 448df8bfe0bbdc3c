"""The app's routes: one table of (method, path pattern) to handler, and the checks before a handler runs.

Paths are matched after the optional ``/v1`` prefix and trailing slashes are
removed. A pattern segment ``{id}`` matches any one segment (the response id);
literal patterns come first in :data:`ROUTES`, so ``/responses/compact`` is
never taken for a response id. A path no pattern matches is a 404; a path
whose pattern exists for other methods is a 405 naming them in ``Allow``.
A ``POST`` body must be a JSON object (an empty one when absent, as the spec's
``requestBody.required`` is false); a route with a ``schema`` has the body
judged by that generated request model (:func:`_checks.request_problem`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._checks import request_problem
from ._exchange import JSON, APIError, Request

__all__: list[str] = []


@dataclass(frozen=True)
class Route:
    """One row of the table: ``handler`` names the :class:`ResponsesApp` method that answers."""

    method: str
    pattern: str
    handler: str
    schema: str | None = None

    @property
    def segments(self) -> tuple[str, ...]:
        """The pattern split into path segments."""
        return tuple(self.pattern.strip("/").split("/"))


ROUTES: tuple[Route, ...] = (
    Route("POST", "/responses", "_create", "CreateResponseBody"),
    Route("POST", "/responses/compact", "_compact", "CompactResponseMethodPublicBody"),
    Route("POST", "/responses/input_tokens", "_input_tokens"),
    Route("GET", "/responses/{id}", "_retrieve"),
    Route("DELETE", "/responses/{id}", "_delete"),
    Route("POST", "/responses/{id}/cancel", "_cancel"),
    Route("GET", "/responses/{id}/input_items", "_input_items"),
)


@dataclass(frozen=True)
class RouteCall:
    """What a handler gets: the request, its checked body and the response id in the path."""

    request: Request
    body: JSON
    response_id: str


class MethodNotAllowed(APIError):
    """A 405: the path exists, but not for this method (``allowed`` goes in ``Allow``)."""

    def __init__(self, method: str, path: str, allowed: list[str]) -> None:
        message = f"Method {method} is not allowed on {path}."
        super().__init__(405, message, "invalid_request", "method_not_allowed")
        self.allowed = allowed


def route_path(path: str) -> str:
    """The path routes are matched against: no query, no trailing slash, no ``/v1``."""
    path = path.split("?", 1)[0].rstrip("/") or "/"
    if path.startswith("/v1/") or path == "/v1":
        path = path[3:] or "/"
    return path


def _matches(segments: tuple[str, ...], parts: list[str]) -> bool:
    return len(segments) == len(parts) and all(
        s == "{id}" or s == p for s, p in zip(segments, parts, strict=True)
    )


def resolve(method: str, path: str, raw_path: str) -> tuple[Route, str]:
    """The route for a request and the response id in its path ("" if none).

    Raises :class:`APIError` (404) or :class:`MethodNotAllowed` (405).
    """
    parts = path.strip("/").split("/")
    shape = next((r.segments for r in ROUTES if _matches(r.segments, parts)), None)
    if shape is None:
        raise APIError(404, f"Unknown route: {method} {raw_path}", "not_found", "not_found")
    candidates = [r for r in ROUTES if r.segments == shape]
    route = next((r for r in candidates if r.method == method), None)
    if route is None:
        raise MethodNotAllowed(method, raw_path, [r.method for r in candidates])
    response_id = parts[shape.index("{id}")] if "{id}" in shape else ""
    return route, response_id


def post_body(body: Any, body_error: str | None) -> JSON:
    """A ``POST`` body as a JSON object, or the 400 for one that is not."""
    if body_error is not None:
        raise APIError(400, body_error, "invalid_request", "invalid_json")
    if body is None:
        return {}  # requestBody.required is false in the spec
    if not isinstance(body, dict):
        message = "The request body must be a JSON object."
        raise APIError(400, message, "invalid_request", "invalid_json")
    return body


def checked_body(body: JSON, schema: str, default_model: str | None) -> JSON:
    """The body with the default model filled in, or the 400 naming its first problem."""
    # The hook where an accepted body is judged (see _checks.request_problem).
    if default_model and body.get("model") in (None, ""):
        body = dict(body, model=default_model)
    problem = request_problem(body, schema)
    if problem is not None:
        param, message = problem
        code = "missing_required_parameter" if body.get(param) is None else "invalid_value"
        raise APIError(400, message, "invalid_request", code, param)
    return body
