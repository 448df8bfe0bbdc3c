"""Pytest fixtures for the local Open Responses server (registered via ``pytest11``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._server import ResponsesServer

__all__ = ["open_responses_server"]


@pytest.fixture
def open_responses_server() -> Iterator[ResponsesServer]:
    """A running :class:`ResponsesServer` with fresh state, stopped after the test."""
    with ResponsesServer(port=0) as server:
        yield server
