"""The pieces of a response being rebuilt from stream events: items, parts, their text.

Sans I/O and on plain JSON values, like the accumulator that drives them
(``_accumulate``): an :class:`Item` is one output item, a :class:`Part` one of
its content or summary parts, and a :class:`TextBuffer` the text streamed into
one of them.  ``apply`` merges what the server sent about a piece;
``materialise`` gives it back as a dict.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

__all__: list[str] = []

_TEXT_KEY_FOR_PART_TYPE = {"refusal": "refusal"}  # every other text part uses "text"


_ATOMS = frozenset({str, int, float, bool, type(None)})


def copy_json(value: Any) -> Any:
    """``copy.deepcopy`` for JSON values (what ``json.loads`` returns), several times faster.

    Dicts and lists are copied, atoms are shared (they are immutable); anything
    else (a Mapping some caller built, a tuple) still goes through deepcopy.
    """
    kind = type(value)
    if kind is dict:
        atoms = _ATOMS
        return {k: v if type(v) in atoms else copy_json(v) for k, v in value.items()}
    if kind is list:
        atoms = _ATOMS
        return [v if type(v) in atoms else copy_json(v) for v in value]
    if kind in _ATOMS:
        return value
    return copy.deepcopy(value)


def as_index(value: Any) -> int | None:
    """Return ``value`` if it is a usable non-negative int index (bools excluded)."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def as_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


class TextBuffer:
    """Append-only text kept as chunks, joined lazily.

    Appending is O(len(delta)) and reading joins once, so a stream of n deltas
    costs O(total length) however the text is read. Every ``FOLD`` chunks are
    joined into one block: a Python string per delta costs ~60 bytes beyond its
    text, which would grow memory by megabytes over a long stream.
    """

    __slots__ = ("blocks", "chunks")

    FOLD = 256

    def __init__(self, initial: str = "") -> None:
        self.blocks: list[str] = []
        self.chunks: list[str] = [initial] if initial else []

    def append(self, text: str) -> None:
        chunks = self.chunks
        chunks.append(text)
        if len(chunks) >= self.FOLD:
            self.fold()

    def fold(self) -> None:
        """Join the pending chunks into one block (the list object is kept)."""
        joined = "".join(self.chunks)
        if joined:
            self.blocks.append(joined)
        self.chunks.clear()

    def set(self, text: str) -> None:
        self.blocks = []
        self.chunks = [text] if text else []

    def value(self) -> str:
        blocks, chunks = self.blocks, self.chunks
        if not blocks:
            if len(chunks) == 1:
                return chunks[0]
            if not chunks:
                return ""
        joined = "".join(blocks) + "".join(chunks)
        self.blocks = []
        self.chunks = [joined]
        return joined

    def __bool__(self) -> bool:
        # Whether there is any text: empty deltas alone do not count.
        return any(self.chunks) or any(self.blocks)


class Part:
    """One content or summary part: its non-text fields plus a text buffer."""

    __slots__ = ("annotations", "fields", "logprobs", "text", "text_key")

    def __init__(self, part_type: str) -> None:
        self.fields: dict[str, Any] = {"type": part_type}
        self.text_key = _TEXT_KEY_FOR_PART_TYPE.get(part_type, "text")
        self.text = TextBuffer()
        # Annotations and logprobs also grow per event; keep them out of `fields`
        # so they are copied only when materialised.
        self.annotations: list[Any] | None = [] if part_type == "output_text" else None
        self.logprobs: list[Any] | None = None

    def apply(self, part: Mapping[str, Any], authoritative: bool) -> None:
        """Merge a part dict from the server.

        Authoritative (``done``) parts win wherever they carry a value; a partial
        (``added``) part only seeds what the stream has not produced yet.
        """
        for key, value in part.items():
            if key == self.text_key or key in ("annotations", "logprobs"):
                continue
            self.fields[key] = copy_json(value)
        ptype = self.fields.get("type")
        if isinstance(ptype, str):
            self.text_key = _TEXT_KEY_FOR_PART_TYPE.get(ptype, "text")
        text = part.get(self.text_key)
        if isinstance(text, str) and (authoritative or not self.text):
            self.text.set(text)
        self.annotations = self._merge_list(self.annotations, part, "annotations", authoritative)
        self.logprobs = self._merge_list(self.logprobs, part, "logprobs", authoritative)

    @staticmethod
    def _merge_list(
        current: list[Any] | None, part: Mapping[str, Any], key: str, authoritative: bool
    ) -> list[Any] | None:
        incoming = part.get(key)
        if isinstance(incoming, list):
            # A non-empty server list wins; an empty one never erases streamed entries.
            if (authoritative and incoming) or not current:
                copied: list[Any] = copy_json(incoming)
                return copied
            return current
        if authoritative and key not in part and not current:
            return None  # mirror the server's part: no key, nothing streamed
        return current

    def materialise(self) -> dict[str, Any]:
        out = dict(self.fields)
        out[self.text_key] = self.text.value()
        if self.annotations is not None:
            out["annotations"] = list(self.annotations)
        if self.logprobs is not None:
            out["logprobs"] = list(self.logprobs)
        return out


class Item:
    """One output item: non-streamed fields plus streamed parts and arguments."""

    __slots__ = ("arguments", "done", "fields", "parts")

    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields = fields
        # "content" / "summary" -> {index: part}; present only for lists the item has.
        self.parts: dict[str, dict[int, Part]] = {}
        self.arguments: TextBuffer | None = None
        self.done = False

    @property
    def id(self) -> str | None:
        return as_str(self.fields.get("id"))

    def part(self, list_name: str, index: int | None, part_type: str) -> Part:
        """Return the part at ``index``, creating it (and the list) on demand."""
        parts = self.parts.setdefault(list_name, {})
        if index is None:
            # No index at all (sloppy servers): use the last part, or start one.
            index = max(parts) if parts else 0
        found = parts.get(index)
        if found is None:
            found = parts[index] = Part(part_type)
        return found

    def args(self) -> TextBuffer:
        if self.arguments is None:
            self.arguments = TextBuffer()
        return self.arguments

    def apply(self, item: Mapping[str, Any], authoritative: bool) -> None:
        """Merge an item dict from the server (``added``, ``done`` or a snapshot).

        An authoritative item replaces the non-streamed fields; its text wins
        where it has text, while accumulated text is kept where it has none.
        """
        fields = {
            k: copy_json(v) for k, v in item.items() if k not in ("content", "summary", "arguments")
        }
        if authoritative:
            self.fields = fields
        else:
            self.fields.update(fields)
        for list_name in ("content", "summary"):
            incoming = item.get(list_name)
            if not isinstance(incoming, list):
                # e.g. `content: null` on a reasoning item: mirror it unless parts exist.
                if list_name in item and list_name not in self.parts:
                    self.fields[list_name] = copy_json(incoming)
                continue
            existing = self.parts.get(list_name)
            if authoritative and incoming and existing:
                # The server's full list is the truth about which parts exist.
                self.parts[list_name] = {i: p for i, p in existing.items() if i < len(incoming)}
            parts = self.parts.setdefault(list_name, {})
            for i, raw in enumerate(incoming):
                if not isinstance(raw, Mapping):
                    continue
                part = parts.get(i)
                if part is None:
                    ptype = raw.get("type")
                    part = parts[i] = Part(ptype if isinstance(ptype, str) else "output_text")
                part.apply(raw, authoritative)
        arguments = item.get("arguments")
        if isinstance(arguments, str):
            buf = self.args()
            # An empty string is "no arguments yet", never better than streamed ones.
            if (authoritative and arguments) or not buf:
                buf.set(arguments)
        elif "arguments" in item and self.arguments is None:
            self.fields["arguments"] = copy_json(arguments)

    def materialise(self) -> dict[str, Any]:
        out = dict(self.fields)
        for list_name, parts in self.parts.items():
            out[list_name] = [parts[i].materialise() for i in sorted(parts)]
        if self.arguments is not None:
            out["arguments"] = self.arguments.value()
        return out
