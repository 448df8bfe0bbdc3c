"""The openai SDK's spellings that this library offers as well (see the README's porting table)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from open_responses import AsyncClient, Client
from open_responses.testing import ResponsesServer


@dataclass
class City:
    name: str
    population: int


def test_parse_is_create_with_a_text_format() -> None:
    with ResponsesServer() as server, Client(base_url=server.base_url) as client:
        response = client.responses.parse(model="m", input="A city in Japan", text_format=City)
        sent = server.app.requests[-1].json
    assert isinstance(response.output_parsed, City)
    assert sent["text"]["format"]["type"] == "json_schema"


def test_async_parse() -> None:
    async def go() -> object:
        with ResponsesServer() as server:
            async with AsyncClient(base_url=server.base_url) as client:
                response = await client.responses.parse(model="m", input="A city", text_format=City)
                return response.output_parsed

    assert isinstance(asyncio.run(go()), City)
