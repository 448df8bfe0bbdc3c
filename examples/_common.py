"""Shared set-up for the examples: use the configured server, or start the embedded one.

Every example reads the usual environment variables:

- ``OPENRESPONSES_BASE_URL``: the server (e.g. ``https://api.openai.com/v1``),
- ``OPENRESPONSES_API_KEY``: its key (sent as ``Authorization: Bearer ...``),
- ``OPENRESPONSES_MODEL``: the model (default ``gpt-4o-mini``),
- ``OPENRESPONSES_PORT``: the embedded server's port when no base URL is set.

``Client()`` and ``AsyncClient()`` read the first two by themselves.  When no
base URL is set, :func:`example_server` starts the library's embedded scripted
server for the duration of the example and points ``OPENRESPONSES_BASE_URL`` at
it, so every example runs offline as it is.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_MODEL = "gpt-4o-mini"


@contextmanager
def example_server() -> Iterator[str]:
    """Make sure ``OPENRESPONSES_BASE_URL`` names a server; yield the model to use."""
    model = os.environ.get("OPENRESPONSES_MODEL") or DEFAULT_MODEL
    if os.environ.get("OPENRESPONSES_BASE_URL"):
        yield model
        return

    from open_responses.testing import ResponsesServer

    with ResponsesServer(port=int(os.environ.get("OPENRESPONSES_PORT") or 0)) as server:
        print(
            f"(OPENRESPONSES_BASE_URL is not set: using the embedded test server at "
            f"{server.base_url})",
            file=sys.stderr,
        )
        os.environ["OPENRESPONSES_BASE_URL"] = server.base_url
        try:
            yield model
        finally:
            del os.environ["OPENRESPONSES_BASE_URL"]
