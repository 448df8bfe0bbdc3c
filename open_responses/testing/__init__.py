"""A faithful, deterministic local Open Responses server for tests.

- :class:`ResponsesApp`: the sans-I/O application (request in, reply out).
- :class:`ResponsesServer`: a real HTTP/1.1 server on 127.0.0.1 in a thread, with
  WebSocket mode on ``/v1/responses`` (tuned by :class:`WebSocketSettings`).
- :class:`ResponsesTransport`: an httpx transport running the app in-process.
- :class:`ScriptedModel` and :class:`Reply`: the deterministic model and its script.
- :class:`ServerLimits` and :class:`StoreLimits`: the server's size, time and memory bounds.

The public names are those in the ``__all__`` of the modules in ``_PUBLIC_MODULES``.
They are imported lazily so ``import open_responses.testing`` stays cheap, and
``websockets`` is imported only on an upgrade.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # What mypy sees: a star import re-exports exactly the module's __all__.
    from ._app import *  # noqa: F403
    from ._exchange import *  # noqa: F403
    from ._http import *  # noqa: F403
    from ._model import *  # noqa: F403
    from ._server import *  # noqa: F403
    from ._store import *  # noqa: F403
    from ._tool_use import *  # noqa: F403
    from ._transport import *  # noqa: F403
    from ._ws import *  # noqa: F403

# Cheap modules first: a name is looked up module by module, importing each in
# turn, so asking for ScriptedModel never imports the app, and only
# ResponsesTransport loads ``_transport`` and its httpx transport classes (it comes last).
_PUBLIC_MODULES = (
    "_exchange",
    "_http",
    "_store",
    "_tool_use",
    "_model",
    "_app",
    "_ws",
    "_server",
    "_transport",
)
"""The submodules whose ``__all__`` lists make up this package's public names."""


def _public_names() -> list[str]:
    # Imports every public submodule: only star-imports and dir() ask for all names.
    return sorted(name for module in _PUBLIC_MODULES for name in _submodule(module).__all__)


def _submodule(module: str) -> Any:
    return importlib.import_module(f"{__name__}.{module}")


def __getattr__(name: str) -> Any:
    if name == "__all__":
        value: Any = _public_names()
    else:
        home = next((m for m in _PUBLIC_MODULES if name in _submodule(m).__all__), None)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_submodule(home), name)
    globals()[name] = value  # cache: later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__getattr__("__all__")})
