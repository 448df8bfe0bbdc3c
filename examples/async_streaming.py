"""Two streamed replies at once with ``AsyncClient`` and ``asyncio.gather``.

    python examples/async_streaming.py

The deltas of both streams interleave as they arrive; each line is labelled.
"""

from __future__ import annotations

import asyncio

from _common import example_server

from open_responses import AsyncClient, Response


async def stream_one(client: AsyncClient, model: str, label: str, prompt: str) -> Response:
    """Stream one reply, printing its deltas as they come; return the final response."""
    async with client.responses.stream(model=model, input=prompt) as stream:
        async for delta in stream.text_deltas():
            print(f"[{label}] {delta!r}", flush=True)
        return await stream.get_final_response()


async def run(model: str) -> None:
    """Run both streams concurrently on one client (one connection pool)."""
    async with AsyncClient() as client:
        first, second = await asyncio.gather(
            stream_one(client, model, "a", "Say the first stream is done"),
            stream_one(client, model, "b", "Say the second stream is done"),
        )
    for label, response in (("a", first), ("b", second)):
        tokens = response.usage.total_tokens if response.usage else "?"
        print(f"[{label}] final: {response.output_text} ({tokens} tokens)")


def main() -> None:
    """Entry point."""
    with example_server() as model:
        asyncio.run(run(model))


if __name__ == "__main__":
    main()
