"""Pytest fixtures for the local Open Responses server (registered via ``pytest11``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .._client import Client
from ._server import ResponsesServer

__all__ = ["open_responses_client", "open_responses_server"]


@pytest.fixture
def open_responses_server() -> Iterator[ResponsesServer]:
    """A running :class:`ResponsesServer` with fresh state, stopped after the test."""
    with ResponsesServer(port=0) as server:
        yield server


@pytest.fixture
def open_responses_client(open_responses_server: ResponsesServer) -> Iterator[Client]:
    """A :class:`open_responses.Client` bound to a fresh ``open_responses_server``."""
    with Client(base_url=open_responses_server.base_url, api_key="test-key") as client:
        yield client
