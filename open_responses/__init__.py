"""Python client for the Open Responses API.

>>> from open_responses import Client
>>> client = Client(base_url="http://localhost:1234")      # doctest: +SKIP
>>> client.responses.create(model="m", input="Hello").output_text  # doctest: +SKIP

Names are imported on first use, so ``import open_responses`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module

# Not `from typing import TYPE_CHECKING`: importing typing (and re, which it pulls
# in) would be most of the cost of `import open_responses`.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any

    from ._base import *  # noqa: F403
    from ._client import *  # noqa: F403
    from ._conversation import *  # noqa: F403
    from ._errors import *  # noqa: F403
    from ._events import *  # noqa: F403
    from ._response import *  # noqa: F403
    from ._streaming import *  # noqa: F403
    from ._structured import *  # noqa: F403
    from ._tool_loop import *  # noqa: F403
    from ._tool_runner import *  # noqa: F403
    from ._tools import *  # noqa: F403
    from ._version import *  # noqa: F403
    from ._websocket import *  # noqa: F403
    from ._ws_turn import *  # noqa: F403

# The modules whose ``__all__`` make up the public names, most used first: a name
# is looked up in them in this order, and only the modules searched get imported.
_PUBLIC_MODULES = (
    "._version",
    "._client",
    "._response",
    "._errors",
    "._base",
    "._events",
    "._streaming",
    "._conversation",
    "._structured",
    "._tools",
    "._tool_loop",
    "._tool_runner",
    "._websocket",
    "._ws_turn",
)


def _public_names() -> list[str]:
    return sorted(
        name for module in _PUBLIC_MODULES for name in import_module(module, __name__).__all__
    )


def __getattr__(name: str) -> Any:
    if name == "__all__":
        value: Any = _public_names()
    else:
        for module_name in _PUBLIC_MODULES:
            module = import_module(module_name, __name__)
            if name in module.__all__:
                value = getattr(module, name)
                break
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return _public_names()
