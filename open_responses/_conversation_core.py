"""The state and decisions of a multi-turn conversation, free of I/O.

:class:`ConversationCore` keeps the items, builds each request body, decides when
to fall back from chaining with ``previous_response_id`` (stateful) to resending
the full history (stateless), and saves and restores itself as JSON. The shells
that send what it builds are in ``_conversation``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._base import json_default
from ._errors import ConversationFormatError, InvalidArgumentError, PreviousResponseNotFoundError
from ._items import input_items, item_dict
from ._logging import logger
from ._response import Response
from ._tools import merge_tools, tool_param

if TYPE_CHECKING:
    from ._generated.models import CompactResource

__all__: list[str] = []

Mode = Literal["auto", "stateful", "stateless"]
_MODES = ("auto", "stateful", "stateless")
# Version 2 (compact: no whole last response, no items where the server keeps them)
# is written; version 1 is still read.
_FORMAT_VERSION = 2
_READABLE_VERSIONS = (1, 2)
# Body fields the conversation owns; letting callers set them would break the chain.
_RESERVED = ("input", "previous_response_id", "stream")


class ConversationCore:
    """The state and decisions of a conversation, free of I/O.

    ``items`` is the full local history (input items, then each response's
    output items, verbatim). In stateful mode a turn sends only its new items
    plus ``previous_response_id``; in stateless mode, and whenever no chain
    exists yet (first turn, after compaction), it sends ``items`` + new items.
    """

    def __init__(
        self,
        *,
        model: str,
        instructions: str | None = None,
        tools: Sequence[Any] | None = None,
        mode: Mode = "auto",
        store: bool | None = None,
        defaults: Mapping[str, Any] | None = None,
    ) -> None:
        if mode not in _MODES:
            raise InvalidArgumentError(f"mode must be one of {_MODES}, got {mode!r}")
        if mode == "stateful" and store is False:
            raise InvalidArgumentError(
                "mode='stateful' chains on stored responses; it cannot use store=False"
            )
        defaults = dict(defaults or {})
        for key in _RESERVED:
            if key in defaults:
                raise TypeError(f"{key!r} is managed by the conversation and cannot be a default")
        self.model = model
        self.instructions = instructions
        self.tools: list[Any] = merge_tools(tools or [], None)
        self.requested_mode: Mode = mode
        # store=False means nothing can be chained: go stateless from the start.
        self.mode: Mode = "stateless" if mode == "stateless" or store is False else "stateful"
        self.store = store
        self.defaults = defaults
        self.fell_back = False
        self.items: list[dict[str, Any]] = []
        self.previous_response_id: str | None = None
        self.last_response: Response | None = None

    # -- building requests --

    # Normalize ``input`` (text, an item, or a list of items/texts) to item dicts.
    new_items = staticmethod(input_items)

    def chained(self) -> bool:
        """Whether the next request continues a server-side chain."""
        return self.mode == "stateful" and self.previous_response_id is not None

    def body(
        self, new_items: Sequence[Mapping[str, Any]], params: Mapping[str, Any]
    ) -> dict[str, Any]:
        """The request body of a turn that adds ``new_items``; ``params`` override the defaults."""
        for key in _RESERVED:
            if key in params:
                raise TypeError(f"{key!r} is managed by the conversation")
        params = dict(params)
        body: dict[str, Any] = {"model": self.model}
        # Instructions and tools are not carried over by previous_response_id.
        if self.instructions is not None:
            body["instructions"] = self.instructions
        tools = params.pop("tools", self.tools)
        if tools:
            body["tools"] = [tool_param(t) for t in tools]
        if self.store is not None:
            body["store"] = self.store
        body.update(self.defaults)
        body.update(params)
        if self.chained():
            body["input"] = [dict(i) for i in new_items]
            body["previous_response_id"] = self.previous_response_id
        else:
            body["input"] = [*self.items, *(dict(i) for i in new_items)]
        return body

    def compact_body(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """The ``/responses/compact`` body: the chain's id when chained, else the items."""
        body: dict[str, Any] = {"model": self.model}
        if self.instructions is not None:
            body["instructions"] = self.instructions
        body.update(params)
        if self.chained():
            body["previous_response_id"] = self.previous_response_id
        else:
            body["input"] = list(self.items)
        return body

    # -- taking replies in --

    def record(self, new_items: Sequence[Mapping[str, Any]], response: Response) -> None:
        """Commit a turn: its items and the response's output join the history.

        A ``failed`` response commits nothing (resend the same input to retry),
        but it is still ``last_response``.
        """
        self.last_response = response
        if response.status == "failed":
            return
        self.items.extend(dict(i) for i in new_items)
        self.items.extend(item_dict(item) for item in response.output)
        self.previous_response_id = response.id

    def record_compaction(self, compacted: CompactResource) -> None:
        """Continue from the compacted window as the base of a new chain."""
        self.items = [item_dict(item) for item in compacted.output]
        self.previous_response_id = None

    def fall_back(self, error: PreviousResponseNotFoundError) -> bool:
        """Switch ``auto`` to stateless after ``previous_response_not_found``; False if not allowed."""
        if self.requested_mode != "auto" or self.mode != "stateful":
            return False
        logger.warning(
            "previous_response_id %s not found on the server (%s); the conversation now "
            "resends its full history on every turn (stateless mode)",
            self.previous_response_id,
            error.message,
        )
        self.mode = "stateless"
        self.fell_back = True
        return True

    # -- saving --

    def _needs_items(self) -> bool:
        """Whether a restored conversation needs the local items for its next turns.

        Only a conversation pinned to ``stateful`` with a chain to continue can do
        without them: the server holds its history. ``auto`` keeps them to be able
        to fall back to resending.
        """
        return not (
            self.requested_mode == "stateful"
            and self.mode == "stateful"
            and self.previous_response_id is not None
        )

    def _pending_work(self) -> bool:
        """Whether the last response asks for tool calls or approvals (run() resumes them)."""
        last = self.last_response
        if last is None or last.status == "failed":
            return False
        kinds = {item_dict(item).get("type") for item in last.output}
        return bool(kinds & {"function_call", "mcp_approval_request"})

    def to_dict(self) -> dict[str, Any]:
        """What the next turn needs, as JSON-ready data; defaults and empty fields are left out.

        Stateful conversations keep only the chain's last response id; the items
        are kept where a turn may resend them (``auto``, ``stateless``, or no
        chain yet). The last response is kept only while it has tool calls or
        approval requests that ``run()`` must answer.
        """
        data: dict[str, Any] = {"version": _FORMAT_VERSION, "model": self.model}
        last = self.last_response
        optional = {
            "instructions": self.instructions,
            "tools": [tool_param(t) for t in self.tools],
            "requested_mode": None if self.requested_mode == "auto" else self.requested_mode,
            "fell_back": self.fell_back or None,
            "store": self.store,
            "defaults": self.defaults,
            "items": self.items if self._needs_items() else None,
            "previous_response_id": self.previous_response_id,
            "last_response": last.to_dict() if last is not None and self._pending_work() else None,
        }
        data.update((key, value) for key, value in optional.items() if value not in (None, [], {}))
        return data

    @classmethod
    def from_json(
        cls, text: str | bytes, *, tools: Sequence[Any] | None = None
    ) -> ConversationCore:
        """Parse a saved conversation, raising ``ConversationFormatError`` for anything else."""
        try:
            data = json.loads(text)
            if not isinstance(data, Mapping):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            core: ConversationCore = cls.from_dict(data, tools=tools)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise ConversationFormatError(
                f"not a conversation saved by to_json(): {type(exc).__name__}: {exc}"
            ) from exc
        return core

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, tools: Sequence[Any] | None = None
    ) -> ConversationCore:
        """Rebuild a core saved by :meth:`to_dict` (this format or the older version 1).

        ``tools`` re-attaches executable tools.
        """
        if data.get("version") not in _READABLE_VERSIONS:
            raise InvalidArgumentError(
                f"unsupported conversation format version {data.get('version')!r}"
            )
        core = cls(
            model=data["model"],
            instructions=data.get("instructions"),
            # Functions cannot be saved: given tools replace the saved ones of the same name.
            tools=merge_tools(data.get("tools") or [], tools),
            mode=data.get("requested_mode") or "auto",
            store=data.get("store"),
            defaults=data.get("defaults") or {},
        )
        core.fell_back = bool(data.get("fell_back", False))
        # Version 1 saved the resolved mode; version 2 derives it from the fields above.
        core.mode = data.get("mode") or ("stateless" if core.fell_back else core.mode)
        core.items = [dict(i) for i in data.get("items") or []]
        core.previous_response_id = data.get("previous_response_id")
        last = data.get("last_response")
        core.last_response = None if last is None else Response.from_dict(last)
        return core

    def to_json(self) -> str:
        """:meth:`to_dict` as compact JSON text (models in it as their dicts)."""
        return json.dumps(
            self.to_dict(), ensure_ascii=False, separators=(",", ":"), default=json_default
        )
