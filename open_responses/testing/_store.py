"""What the test server remembers, bounded: stored responses, their items, idempotency keys.

Everything here is capped by count and by (estimated) bytes, oldest first out,
so a server that answers millions of requests keeps a flat memory profile.
Items are indexed for ``item_reference`` inputs and leave with the response
that introduced them. Idempotency keys map a retried ``POST`` to the response
its first attempt created, for :attr:`StoreLimits.idempotency_ttl` seconds.
A stored response is a :class:`Record`: its final state, its events and when
each event becomes available (background responses progress with the clock).
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._exchange import JSON

__all__ = ["StoreLimits"]

V = TypeVar("V")

_TERMINAL = {"response.completed", "response.failed", "response.incomplete"}
_LIFECYCLE = _TERMINAL | {"response.created", "response.queued", "response.in_progress"}


@dataclass(frozen=True)
class StoreLimits:
    """Bounds of :class:`ResponsesApp`'s memory (oldest entries are dropped first)."""

    max_responses: int = 1000
    """Stored responses kept for retrieve, resume and ``previous_response_id``."""
    max_bytes: int = 256 * 2**20
    """Estimated bytes of stored responses (the newest one is kept even if larger)."""
    idempotency_keys: int = 1000
    """``Idempotency-Key`` values remembered (their unstored responses count too)."""
    idempotency_ttl: float = 600.0
    """Seconds a key keeps answering retries with its first response."""
    request_log: int = 1000
    """Entries kept in ``app.requests`` (the newest)."""


class BoundedMap(Generic[V]):
    """An insertion-ordered map capped by entry count and by the sum of entry sizes."""

    def __init__(self, max_count: int, max_bytes: int | None = None) -> None:
        """Cap at ``max_count`` entries and ``max_bytes`` total size (at least one entry stays)."""
        self.max_count = max(max_count, 1)
        self.max_bytes = max_bytes if max_bytes is not None else sys.maxsize
        self.bytes = 0
        self._data: OrderedDict[str, tuple[V, int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def get(self, key: str) -> V | None:
        """The value under ``key``, or None."""
        entry = self._data.get(key)
        return entry[0] if entry is not None else None

    def put(self, key: str, value: V, size: int = 0) -> list[str]:
        """Insert (newest) and return the keys evicted to stay within the caps."""
        self.pop(key)
        self._data[key] = (value, size)
        self.bytes += size
        evicted: list[str] = []
        while len(self._data) > 1 and (
            len(self._data) > self.max_count or self.bytes > self.max_bytes
        ):
            old, (_, old_size) = self._data.popitem(last=False)
            self.bytes -= old_size
            evicted.append(old)
        return evicted

    def pop(self, key: str) -> V | None:
        """Remove ``key``; its value or None."""
        entry = self._data.pop(key, None)
        if entry is None:
            return None
        self.bytes -= entry[1]
        return entry[0]

    def clear(self) -> None:
        """Remove everything."""
        self._data.clear()
        self.bytes = 0


class ResponseStore(Generic[V]):
    """Stored responses (any record type), the items they introduced, and idempotency keys.

    Not thread-safe: the app calls it under its own lock.
    """

    def __init__(self, limits: StoreLimits) -> None:
        """An empty store bounded by ``limits``."""
        self.limits = limits
        self._responses: BoundedMap[V] = BoundedMap(limits.max_responses, limits.max_bytes)
        self._items: dict[str, JSON] = {}
        self._owned: dict[str, list[str]] = {}  # response id -> item ids it introduced
        self._keys: BoundedMap[tuple[int, float, V]] = BoundedMap(
            limits.idempotency_keys, limits.max_bytes
        )

    def __len__(self) -> int:
        return len(self._responses)

    def get(self, response_id: str) -> V | None:
        """A stored response's record, or None."""
        return self._responses.get(response_id)

    def add(self, response_id: str, record: V, size: int, items: Iterable[JSON]) -> None:
        """Store a record of ``size`` estimated bytes and index its new ``items`` by id."""
        owned: list[str] = []
        for item in items:
            item_id = str(item.get("id"))
            if item_id not in self._items:
                self._items[item_id] = item
                owned.append(item_id)
        self._owned[response_id] = owned
        for evicted in self._responses.put(response_id, record, size):
            self._forget_items(evicted)

    def delete(self, response_id: str) -> V | None:
        """Remove a stored response and its items; the record or None."""
        record = self._responses.pop(response_id)
        self._forget_items(response_id)
        return record

    def item(self, item_id: str) -> JSON | None:
        """An item some stored response introduced, or None."""
        return self._items.get(item_id)

    def remember(self, key: str, fingerprint: int, record: V, size: int, now: float) -> None:
        """Answer later requests with the same key and fingerprint with ``record``."""
        self._keys.put(key, (fingerprint, now, record), size)

    def recall(self, key: str, fingerprint: int, now: float) -> V | None:
        """The record a live key maps to, if the request matches the one that created it."""
        entry = self._keys.get(key)
        if entry is None:
            return None
        seen_fingerprint, when, record = entry
        if now - when > self.limits.idempotency_ttl:
            self._keys.pop(key)
            return None
        return record if seen_fingerprint == fingerprint else None

    def clear(self) -> None:
        """Forget everything."""
        self._responses.clear()
        self._items.clear()
        self._owned.clear()
        self._keys.clear()

    def _forget_items(self, response_id: str) -> None:
        for item_id in self._owned.pop(response_id, ()):
            self._items.pop(item_id, None)


@dataclass
class Record:
    """A stored response: its final state, its events and when each event is ready."""

    resource: JSON
    input_items: list[JSON]
    context: list[JSON]
    events: list[JSON]
    ready: list[float]
    store: bool
    background: bool
    cancelled: JSON | None = None

    def available(self, now: float) -> int:
        """How many events are ready at ``now``."""
        # ready times are non-decreasing, so count from the end.
        n = len(self.ready)
        while n and self.ready[n - 1] > now:
            n -= 1
        return n

    def snapshot(self, now: float) -> JSON:
        """The response as a retrieve at ``now`` sees it (partial while in the background)."""
        if self.cancelled is not None:
            return self.cancelled
        n = self.available(now)
        if n >= len(self.events):
            return self.resource
        status = "queued"
        output: list[JSON] = []
        for event in self.events[:n]:
            if event["type"] in _LIFECYCLE:
                status = event["response"]["status"]
            elif event["type"] == "response.output_item.done":
                output.append(event["item"])
        return dict(self.resource, status=status, output=output, usage=None, completed_at=None)

    def cancel(self, now: float) -> None:
        """Cancel a response still in progress: freeze its events where they are.

        Streams resumed later end there (with ``[DONE]``); a finished or already
        cancelled response is left as it is.
        """
        keep = self.available(now)
        if self.cancelled is not None or keep >= len(self.events):
            return
        self.cancelled = dict(self.snapshot(now), status="cancelled")
        self.events = self.events[:keep]
        self.ready = self.ready[:keep]
        self.resource = self.cancelled
