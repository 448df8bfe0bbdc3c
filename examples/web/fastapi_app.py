"""FastAPI recipe: async endpoints sharing one AsyncClient, and a streamed reply.

    OPENRESPONSES_BASE_URL=http://localhost:1234 uvicorn --app-dir examples/web fastapi_app:app

- ``POST /ask`` (JSON ``{"q": "..."}``) answers ``{"answer": "..."}``.
- ``GET /stream?q=...`` streams the reply as Server-Sent Events (``data:`` per
  delta, then ``event: done``) through ``StreamingResponse``.

Client lifetime: ONE :class:`AsyncClient` per process, opened in the lifespan
handler and closed at shutdown. An ``AsyncClient`` belongs to the event loop
it was first used on; uvicorn runs one loop per worker process, so the
lifespan is exactly the right scope (a module-level client would outlive the
loop in tests that start the app twice). When the browser disconnects,
Starlette cancels the response generator, ``async with`` exits, and the
upstream stream is closed.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from open_responses import AsyncClient

MODEL = os.environ.get("OPENRESPONSES_MODEL", "gpt-4o-mini")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Open the process's client on startup and close it on shutdown."""
    async with AsyncClient() as client:  # reads OPENRESPONSES_BASE_URL / _API_KEY
        app.state.client = client
        yield


app = FastAPI(lifespan=lifespan)


class Question(BaseModel):
    """The body of ``POST /ask``."""

    q: str


@app.post("/ask")
async def ask(question: Question, request: Request) -> dict[str, str]:
    """Answer a question in one request."""
    client: AsyncClient = request.app.state.client
    response = await client.responses.create(model=MODEL, input=question.q)
    return {"answer": response.output_text}


@app.get("/stream")
async def stream(q: str, request: Request) -> StreamingResponse:
    """Stream the reply as Server-Sent Events."""
    client: AsyncClient = request.app.state.client

    async def events() -> AsyncIterator[str]:
        async with client.responses.stream(model=MODEL, input=q) as upstream:
            async for text in upstream.text_deltas():
                yield f"data: {json.dumps(text)}\n\n"
        yield "event: done\ndata: {}\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")
