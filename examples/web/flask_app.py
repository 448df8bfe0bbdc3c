"""Flask recipe: a sync app with one shared client, and reply tokens streamed to the browser.

    OPENRESPONSES_BASE_URL=http://localhost:1234 flask --app examples/web/flask_app run

- ``POST /ask`` (JSON ``{"q": "..."}``) answers ``{"answer": "..."}``.
- ``GET /stream?q=...`` streams the reply as Server-Sent Events: one
  ``data: "<text>"`` line per delta, then ``event: done``. A browser reads it
  with ``new EventSource("/stream?q=Hello")``.

Client lifetime: ONE :class:`Client` for the whole process, made at import.
It is thread-safe and pools connections, so every request thread shares it;
a client per request would pay a new TCP (and TLS) handshake every time.
When the browser goes away mid-stream, Flask closes the generator, the
``with`` block exits, and the upstream stream is closed too: no tokens are
generated for nobody.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

from flask import Flask, Response, request

from open_responses import Client

MODEL = os.environ.get("OPENRESPONSES_MODEL", "gpt-4o-mini")

client = Client()  # reads OPENRESPONSES_BASE_URL and OPENRESPONSES_API_KEY
app = Flask(__name__)


@app.post("/ask")
def ask() -> dict[str, str]:
    """Answer a question in one request."""
    question = str((request.get_json(silent=True) or {}).get("q", ""))
    response = client.responses.create(model=MODEL, input=question)
    return {"answer": response.output_text}


@app.get("/stream")
def stream() -> Response:
    """Stream the reply to the browser as Server-Sent Events."""
    question = request.args.get("q", "")

    def events() -> Iterator[str]:
        # Leaving this block (end of stream, or the browser disconnecting) closes upstream.
        with client.responses.stream(model=MODEL, input=question) as upstream:
            for text in upstream.text_deltas():
                yield f"data: {json.dumps(text)}\n\n"
        yield "event: done\ndata: {}\n\n"

    return Response(events(), mimetype="text/event-stream", headers={"Cache-Control": "no-cache"})


if __name__ == "__main__":
    app.run(threaded=True)
