"""Django recipe in one file: an async streaming view, a sync view, a conversation in the session.

    OPENRESPONSES_BASE_URL=http://localhost:1234 uvicorn --app-dir examples/web django_app:application

- ``GET /stream?q=...`` (async view) streams Server-Sent Events with
  ``StreamingHttpResponse`` over an async iterator (serve it with ASGI).
- ``POST /ask`` (sync view, form field ``q``) answers ``{"answer": "..."}``.
- ``POST /chat`` (sync view, form field ``q``) continues the visitor's
  conversation, saved in the session between requests with
  ``Conversation.to_json()``; the session here is a signed cookie, so no
  database is needed, and the compact state (a response id and a few settings
  in ``mode="stateful"``) keeps the cookie small.

Client lifetimes, and why:

- Sync views use ONE module-level :class:`Client`: it is thread-safe and
  pools connections across the threads Django serves requests on.
- Async views use an :class:`AsyncClient` per event loop (:func:`async_client`).
  An ``AsyncClient`` is tied to the loop it first ran on. Under ASGI (uvicorn,
  daphne) there is one loop per process, so this is one client per process.
  Under WSGI (``runserver``, gunicorn sync workers) Django runs each async view
  through ``async_to_sync`` in a fresh loop, where a shared ``AsyncClient`` from
  another loop fails; there, prefer sync views with the sync ``Client``.
"""

from __future__ import annotations

import asyncio
import json
import os
import weakref
from collections.abc import AsyncIterator

import django
from django.conf import settings

from open_responses import AsyncClient, Client, Conversation

MODEL = os.environ.get("OPENRESPONSES_MODEL", "gpt-4o-mini")

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "change-me-in-production"),
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["*"],
        INSTALLED_APPS=["django.contrib.sessions"],
        MIDDLEWARE=["django.contrib.sessions.middleware.SessionMiddleware"],
        SESSION_ENGINE="django.contrib.sessions.backends.signed_cookies",
    )
    django.setup()

from django.http import (  # noqa: E402 -- settings must exist first
    HttpRequest,
    HttpResponse,
    JsonResponse,
    StreamingHttpResponse,
)
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402

client = Client()  # for sync views: one per process, shared by all threads
_async_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncClient] = (
    weakref.WeakKeyDictionary()
)


def async_client() -> AsyncClient:
    """The :class:`AsyncClient` of the running event loop (made on first use)."""
    loop = asyncio.get_running_loop()
    made = _async_clients.get(loop)
    if made is None:
        made = _async_clients[loop] = AsyncClient()
    return made


async def stream(request: HttpRequest) -> StreamingHttpResponse:
    """Async view: stream the reply as Server-Sent Events."""
    question = request.GET.get("q", "")
    upstream_client = async_client()

    async def events() -> AsyncIterator[str]:
        # Django closes this iterator when the client disconnects; async with closes upstream.
        async with upstream_client.responses.stream(model=MODEL, input=question) as upstream:
            async for text in upstream.text_deltas():
                yield f"data: {json.dumps(text)}\n\n"
        yield "event: done\ndata: {}\n\n"

    return StreamingHttpResponse(events(), content_type="text/event-stream")


@csrf_exempt
def ask(request: HttpRequest) -> JsonResponse:
    """Sync view: answer one question."""
    response = client.responses.create(model=MODEL, input=request.POST.get("q", ""))
    return JsonResponse({"answer": response.output_text})


@csrf_exempt
def chat(request: HttpRequest) -> HttpResponse:
    """Sync view: one turn of the visitor's conversation, kept in the session."""
    saved = request.session.get("conversation")
    if saved:
        conversation = Conversation.from_json(client, saved)
    else:
        conversation = client.conversation(model=MODEL, mode="stateful")
    reply = conversation.send(request.POST.get("q", ""))
    request.session["conversation"] = conversation.to_json()
    return JsonResponse({"answer": reply.output_text})


urlpatterns = [path("stream", stream), path("ask", ask), path("chat", chat)]

from django.core.asgi import get_asgi_application  # noqa: E402

application = get_asgi_application()
