"""A faithful, deterministic local Open Responses server for tests.

- :class:`ResponsesApp`: the sans-I/O application (request in, reply out).
- :class:`ResponsesServer`: a real HTTP/1.1 server on 127.0.0.1 in a thread, with
  WebSocket mode on ``/v1/responses`` (tuned by :class:`WebSocketSettings`).
- :class:`ResponsesTransport`: an httpx transport running the app in-process.
- :class:`ScriptedModel` and :class:`Reply`: the deterministic model and its script.
- :class:`ServerLimits` and :class:`StoreLimits`: the server's size, time and memory bounds.

Names are imported lazily so ``import open_responses.testing`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import (
        Disconnect,
        JSONReply,
        Pause,
        RecordedRequest,
        Request,
        ResponsesApp,
        StreamReply,
    )
    from ._http import ServerLimits
    from ._model import (
        Call,
        HTTPError,
        Reply,
        ScriptedModel,
        Turn,
        build_arguments,
        function_call,
        http_error,
        output_items,
        stream_error,
        text,
    )
    from ._server import ResponsesServer, serve
    from ._store import StoreLimits
    from ._transport import ResponsesTransport
    from ._ws import WebSocketSettings

__all__ = [
    "Call",
    "Disconnect",
    "HTTPError",
    "JSONReply",
    "Pause",
    "RecordedRequest",
    "Reply",
    "Request",
    "ResponsesApp",
    "ResponsesServer",
    "ResponsesTransport",
    "ScriptedModel",
    "ServerLimits",
    "StoreLimits",
    "StreamReply",
    "Turn",
    "WebSocketSettings",
    "build_arguments",
    "function_call",
    "http_error",
    "output_items",
    "serve",
    "stream_error",
    "text",
]

_WHERE = {
    "Disconnect": "_app",
    "JSONReply": "_app",
    "Pause": "_app",
    "RecordedRequest": "_app",
    "Request": "_app",
    "ResponsesApp": "_app",
    "StreamReply": "_app",
    "Call": "_model",
    "HTTPError": "_model",
    "Reply": "_model",
    "ScriptedModel": "_model",
    "Turn": "_model",
    "build_arguments": "_model",
    "function_call": "_model",
    "http_error": "_model",
    "output_items": "_model",
    "stream_error": "_model",
    "text": "_model",
    "ResponsesServer": "_server",
    "ServerLimits": "_http",
    "StoreLimits": "_store",
    "serve": "_server",
    "ResponsesTransport": "_transport",  # the only module that imports httpx
    "WebSocketSettings": "_ws",  # websockets itself is imported only on an upgrade
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # cache: later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
