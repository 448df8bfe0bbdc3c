"""Decoding the JSON text of one streamed event: the standard library, or orjson.

:func:`loads` is what the streaming hot path calls.  With orjson installed (the
``fast`` extra: ``pip install 'open_responses[fast]'``) it is
:func:`loads_orjson`, otherwise :func:`loads_stdlib`; both give the same Python
values as :func:`json.loads` for every input, and raise ``ValueError`` for the
same inputs.  orjson differs from the standard library in a few places, and
every one of them falls back to the standard library:

* it rejects ``NaN``, ``Infinity`` and numbers that overflow a float (``1e400``),
  lone surrogate escapes (``"\\ud800"``) and nesting deeper than 1,024 levels,
  all of which ``json`` accepts: any orjson error is retried with ``json``;
* it silently turns integers outside 64 bits into floats: a text with 19 or
  more digits in a row is decoded by ``json``.

Duplicate keys (the last one wins), ``-0``, floats and escapes agree.

:func:`bytes_loader` gives the twin of a decoder that takes the event's raw
bytes, so the stream's hot path never builds the ``str`` orjson does not need.
Its results equal decoding ``data.decode("utf-8", "replace")`` with the ``str``
decoder: orjson rejects invalid UTF-8, and such data is decoded that way and
handed to the standard library.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["HAVE_ORJSON", "loads", "loads_orjson", "loads_stdlib"]

_raw_decode = json.JSONDecoder().raw_decode


def loads_stdlib(data: str) -> Any:
    """``json.loads`` for one event's data, minus its wrapper's per-call overhead.

    ``raw_decode`` goes straight to the C scanner; only data it cannot take at
    once (leading whitespace, trailing text) goes through ``json.loads``, which
    also gives the proper error for real garbage.
    """
    try:
        value, end = _raw_decode(data)
    except RecursionError:
        raise ValueError("event data nests too deeply") from None
    except ValueError:
        return json.loads(data)
    if end != len(data) and not data[end:].isspace():
        return json.loads(data)  # raises: there is more than one value
    return value


def loads_stdlib_bytes(data: bytes) -> Any:
    """:func:`loads_stdlib` of the data's text (invalid UTF-8 replaced, as the SSE decoder does)."""
    return loads_stdlib(data.decode("utf-8", "replace"))


# Integers orjson keeps exact fit in 64 bits, which have at most 19 digits
# (-9223372036854775808 and 18446744073709551615 are the extremes).  Counting the
# digits is one C pass (translate, then len); only a text with 19 digits in all
# is looked at for a run of 19, found by mapping every digit to "0" and every
# other byte to "." and searching for 19 zeros.  That keeps the usual ids full of
# hex digits cheap, where a regular expression would cost more than orjson's
# decoding itself.
_DIGITS = b"0123456789"
_DIGIT_MAP = bytes(48 if 48 <= byte <= 57 else 46 for byte in range(256))
_LONG_DIGIT_RUN = b"0" * 19


def _has_long_digit_run(raw: bytes) -> bool:
    return _LONG_DIGIT_RUN in raw.translate(_DIGIT_MAP)


try:
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    HAVE_ORJSON = False
    loads_orjson: Callable[[str], Any] | None = None
    loads_orjson_bytes: Callable[[bytes], Any] | None = None
else:
    HAVE_ORJSON = True
    _orjson_loads = orjson.loads
    _OrjsonError = orjson.JSONDecodeError

    def _loads_orjson(data: str) -> Any:
        """:func:`loads_stdlib`'s results, computed by orjson where that is safe."""
        try:
            value = _orjson_loads(data)
        except _OrjsonError:
            return loads_stdlib(data)
        raw = data.encode("utf-8", "surrogatepass")
        if len(raw) - len(raw.translate(None, _DIGITS)) >= 19 and _has_long_digit_run(raw):
            return loads_stdlib(data)
        return value

    def _loads_orjson_bytes(data: bytes) -> Any:
        """:func:`loads_stdlib_bytes`'s results, computed by orjson where that is safe."""
        try:
            value = _orjson_loads(data)
        except _OrjsonError:
            # Also invalid UTF-8, which the text path would have replaced.
            return loads_stdlib_bytes(data)
        if len(data) - len(data.translate(None, _DIGITS)) >= 19 and _has_long_digit_run(data):
            return loads_stdlib_bytes(data)
        return value

    loads_orjson = _loads_orjson
    loads_orjson_bytes = _loads_orjson_bytes

#: The decoder the streaming layer uses.
loads: Callable[[str], Any] = loads_orjson if loads_orjson is not None else loads_stdlib

_BYTES_TWINS: dict[Callable[[str], Any], Callable[[bytes], Any]] = {
    loads_stdlib: loads_stdlib_bytes
}
if loads_orjson is not None and loads_orjson_bytes is not None:
    _BYTES_TWINS[loads_orjson] = loads_orjson_bytes


def bytes_loader(text_loader: Callable[[str], Any]) -> Callable[[bytes], Any] | None:
    """The bytes twin of one of this module's decoders (None for any other function)."""
    return _BYTES_TWINS.get(text_loader)
