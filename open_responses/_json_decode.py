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
  more digits in a row is decoded by ``json`` (a cheap byte count first, a
  regular expression only when there are that many digits at all).

Duplicate keys (the last one wins), ``-0``, floats and escapes agree.
"""

from __future__ import annotations

import json
import re
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


# Integers orjson keeps exact fit in 64 bits, which have at most 19 digits
# (-9223372036854775808 and 18446744073709551615 are the extremes).
_LONG_DIGIT_RUN = re.compile(r"[0-9]{19}")
_DIGITS = b"0123456789"

try:
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    HAVE_ORJSON = False
    loads_orjson: Callable[[str], Any] | None = None
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
        if len(raw) - len(raw.translate(None, _DIGITS)) >= 19 and _LONG_DIGIT_RUN.search(data):
            return loads_stdlib(data)
        return value

    loads_orjson = _loads_orjson

#: The decoder the streaming layer uses.
loads: Callable[[str], Any] = loads_orjson if loads_orjson is not None else loads_stdlib
