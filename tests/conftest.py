"""Shared test fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from open_responses._generated import models as _models

# The models are imported lazily, and pytest's assertion rewriting compiles each
# module of this package from source on first import. CPython 3.11's compiler can
# then fail ("AST constructor recursion depth mismatch") when an earlier hostile
# test hit a RecursionError; importing every model once up front avoids that.
for _name in _models.__all__:
    getattr(_models, _name)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
REFERENCE = PROJECT_ROOT.parent / "shared" / "reference"


def reference_path(*parts: str) -> Path:
    """Return a path inside ../shared/reference, skipping the test when it is absent."""
    path = REFERENCE.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference material not found at {path} (it sits beside the checkout in CI)")
    return path


# What each local-server SSE recording ends with; None: no terminal event at all.
SSE_TERMINAL = {
    "aimock-reasoning-text.sse": "response.completed",
    "fastresponses-error-failed.sse": "response.failed",
    "fastresponses-function-call.sse": "response.completed",
    "fastresponses-reasoning-text.sse": "response.completed",
    "litellm-bridge-text-and-function-call.sse": "response.completed",
    "litellm-mock-response-stream-error.sse": None,
    "llm-mock-api-text-and-function-call.sse": "response.completed",
    "open-responses-server-text-and-function-call.sse": "response.completed",
}


@pytest.fixture
def server(httpserver_ipv4: HTTPServer) -> HTTPServer:
    """pytest-httpserver on 127.0.0.1; unmatched requests get a 404, which is not retried.

    Modules that test against the embedded ``ResponsesServer`` define their own ``server``.
    """
    httpserver_ipv4.no_handler_status_code = 404
    return httpserver_ipv4
