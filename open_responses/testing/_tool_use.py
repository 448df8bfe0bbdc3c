"""How the scripted model picks a function tool and fills its arguments from the prompt.

Pure functions over JSON: no I/O, no randomness. The goal is a model that uses
tools the way a real one appears to, so examples can show an honest round trip
("Weather in Paris?" calls ``get_weather(city="Paris")``), while staying fully
predictable for tests:

- :func:`rank_tools` scores each tool by the words its name (split on ``_``
  and camelCase) and description share with the prompt.
- :func:`build_arguments` fills a JSON schema from the prompt: explicit
  ``name=value``; enum values the prompt contains; capitalized words and the
  words after a preposition for strings; the prompt's numbers for numbers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ._exchange import JSON

__all__ = ["build_arguments"]


# Words too common to say anything about which tool a prompt needs.
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "could",
        "do",
        "does",
        "for",
        "from",
        "get",
        "give",
        "how",
        "i",
        "in",
        "is",
        "it",
        "me",
        "my",
        "of",
        "on",
        "or",
        "please",
        "set",
        "should",
        "tell",
        "than",
        "that",
        "the",
        "their",
        "then",
        "there",
        "this",
        "to",
        "use",
        "using",
        "want",
        "was",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)
_WORD_RE = re.compile(r"[A-Za-z]+|\d+")
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _words(text: str) -> set[str]:
    """The meaningful lower-case words of ``text`` (``get_weatherNow`` gives weather, now)."""
    found = set()
    for word in _WORD_RE.findall(_CAMEL_RE.sub(" ", text)):
        word = word.lower()
        if word not in _STOPWORDS:
            found.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return found


def rank_tools(tools: Sequence[JSON], prompt: str) -> list[JSON]:
    """The tools whose name or description overlaps the prompt, best first.

    A word shared with the name counts 2, with the description 1; ties keep the
    declaration order. Tools sharing nothing are left out.
    """
    asked = _words(prompt)
    scored = []
    for index, tool in enumerate(tools):
        name_words = _words(str(tool.get("name", "")).replace("_", " "))
        description_words = _words(str(tool.get("description") or ""))
        score = 2 * len(asked & name_words) + len(asked & description_words)
        if score > 0:
            scored.append((-score, index, tool))
    return [tool for _, _, tool in sorted(scored, key=lambda entry: entry[:2])]


# The value is taken after the LAST of these words ("use get_weather to find the
# weather in Paris" means Paris), or after a colon.
_VALUE_PATTERNS = (r"\b(?:in|for|about|of|to|from|at|with)\s+", r":\s*")
_VALUE_END = r"[?.!,;]|\b(?:using|with|via|and|in|for|about|of|to|from|at)\b"
# Runs of capitalized words not at the start of a sentence: "New York", "Paris".
_PROPER_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
_NUMBER_RE = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")


class _Prompt:
    """The values a prompt offers, handed out to parameters in order."""

    def __init__(self, text: str, enums: set[str]) -> None:
        self.text = text
        self.proper = [m.group(1) for m in _PROPER_RE.finditer(text) if m.group(1) != "I"]
        self.numbers = [float(n) for n in _NUMBER_RE.findall(text)]
        # Enum values ("F" of a unit) are never taken as a free-text string value.
        self.used: set[str] = set(enums)

    def explicit(self, name: str) -> str | None:
        """``city=Paris`` / ``city: Paris`` / ``city is Paris`` name the parameter."""
        match = re.search(
            rf"\b{re.escape(name)}\s*(?:=|:|\bis\b)\s*\"?([^\",;]+)", self.text, re.IGNORECASE
        )
        return match.group(1).strip().rstrip(".?!") if match else None

    def enum_value(self, options: Sequence[Any]) -> Any:
        """The first enum value written as a word of the prompt, else ``None``."""
        for option in options:
            if isinstance(option, str) and re.search(
                rf"(?<!\w){re.escape(option)}(?!\w)", self.text, re.IGNORECASE
            ):
                return option
        return None

    def string(self) -> str | None:
        """The next unused capitalized phrase, else the words after the last preposition."""
        for phrase in self.proper:
            if phrase.lower() not in self.used:
                self.used.add(phrase.lower())
                return phrase
        for pattern in _VALUE_PATTERNS:
            for match in reversed(list(re.finditer(pattern, self.text, re.IGNORECASE))):
                rest = self.text[match.end() :]
                value = re.split(_VALUE_END, rest, flags=re.IGNORECASE)[0].strip()
                if value and value.lower() not in self.used:
                    self.used.add(value.lower())
                    return value
        return None

    def number(self) -> float | None:
        """The next number of the prompt, in order."""
        return self.numbers.pop(0) if self.numbers else None


def build_arguments(schema: Mapping[str, Any], prompt: str = "") -> JSON:
    """Build a JSON object satisfying a (simple) JSON schema from the prompt's words.

    Required properties are filled (all properties when ``required`` is absent),
    each from, in order: ``const``; an explicit ``name=value`` in the prompt; an
    ``enum`` value the prompt contains; ``default``; then by type: strings take
    the next capitalized phrase ("Paris", "New York") or the words after the last
    preposition, numbers the next number of the prompt (kept within
    ``minimum``/``maximum``), booleans ``true``, arrays ``minItems`` elements,
    objects recursively. Without a usable word a string is ``"<name>"``, a
    number ``1`` (or the minimum) and an enum its first value.
    """
    return _object(schema, _Prompt(prompt, _enum_words(schema)))


def _enum_words(schema: Any) -> set[str]:
    """Every string enum value anywhere in ``schema``, lower-cased."""
    found: set[str] = set()
    if isinstance(schema, Mapping):
        options = schema.get("enum")
        if isinstance(options, list):
            found.update(o.lower() for o in options if isinstance(o, str))
        for value in schema.values():
            found |= _enum_words(value)
    elif isinstance(schema, list):
        for value in schema:
            found |= _enum_words(value)
    return found


def _object(schema: Mapping[str, Any], prompt: _Prompt) -> JSON:
    props = schema.get("properties")
    if not isinstance(props, dict):
        return {}
    required = schema.get("required")
    names = [n for n in props if n in required] if isinstance(required, list) else list(props)
    return {
        name: _value_for(name, props[name] if isinstance(props[name], dict) else {}, prompt)
        for name in names
    }


def _schema_type(prop: Mapping[str, Any]) -> str | None:
    kind = prop.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None:
        for key in ("anyOf", "oneOf"):
            options = prop.get(key)
            if isinstance(options, list):
                for option in options:
                    if isinstance(option, dict) and option.get("type") not in (None, "null"):
                        return _schema_type(option)
    return kind if isinstance(kind, str) else None


def _value_for(name: str, prop: Mapping[str, Any], prompt: _Prompt) -> Any:
    if "const" in prop:
        return prop["const"]
    kind = _schema_type(prop)
    explicit = prompt.explicit(name) if kind in ("string", None) else None
    if explicit is not None and "enum" not in prop:
        return explicit
    options = prop.get("enum")
    if isinstance(options, list) and options:
        found = prompt.enum_value(options)
        if found is not None:
            return found
        return prop.get("default", options[0])
    if "default" in prop:
        return prop["default"]
    if kind == "string":
        return prompt.string() or f"<{name}>"
    if kind in ("integer", "number"):
        return _number(prop, prompt.number(), integer=kind == "integer")
    if kind == "boolean":
        return True
    if kind == "array":
        items = prop.get("items")
        count = prop.get("minItems")
        items = items if isinstance(items, dict) else {}
        count = count if isinstance(count, int) else 0
        return [_value_for(name, items, prompt) for _ in range(count)]
    if kind == "object":
        return _object(prop, prompt)
    if kind == "null":
        return None
    return f"<{name}>"


def _number(prop: Mapping[str, Any], found: float | None, *, integer: bool) -> int | float:
    minimum, maximum = prop.get("minimum"), prop.get("maximum")
    if found is None:
        return max(1, int(minimum)) if isinstance(minimum, int | float) else 1
    if isinstance(minimum, int | float):
        found = max(found, float(minimum))
    if isinstance(maximum, int | float):
        found = min(found, float(maximum))
    return int(found) if integer or found.is_integer() else found
