"""Sync/async parity harness: one scenario body, run against ``Client`` and ``AsyncClient``.

A scenario is an ``async def`` taking a client; it wraps every call in :func:`aw`,
which awaits only what the async client returns. ``Kind`` builds the client of
one flavour and runs the scenario in a fresh event loop.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar

from open_responses import AsyncClient, Client

Scenario = Callable[[Any], Awaitable[Any]]


async def aw(value: Any) -> Any:
    """Await ``value`` if it is awaitable (async client), else return it (sync client)."""
    if inspect.isawaitable(value):
        return await value
    return value


class Kind:
    """The sync or async flavour of a scenario's client; subclasses add defaults and helpers."""

    client_defaults: ClassVar[dict[str, Any]] = {}

    def __init__(self, name: str) -> None:
        self.name = name
        self.is_async = name == "async"

    def __repr__(self) -> str:
        return self.name

    def client(self, **kwargs: Any) -> Any:
        """A ``Client`` or ``AsyncClient`` with ``client_defaults`` under ``kwargs``."""
        merged = {**self.client_defaults, **kwargs}
        return AsyncClient(**merged) if self.is_async else Client(**merged)

    def run(self, scenario: Scenario, **client_kwargs: Any) -> Any:
        """Run ``scenario(client)`` in a fresh event loop, closing the client afterwards."""

        async def main() -> Any:
            client = self.client(**client_kwargs)
            try:
                return await scenario(client)
            finally:
                await aw(client.close())

        return asyncio.run(main())
