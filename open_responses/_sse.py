"""A sans-I/O decoder for Server-Sent Events (``text/event-stream``).

The decoder follows the WHATWG "event stream interpretation" rules, with one
deliberate relaxation: an event that is still pending when the stream ends is
dispatched by :meth:`SSEDecoder.flush` even without its closing blank line,
because real servers often close the connection right after the last event.

It never does I/O and knows nothing about JSON or ``[DONE]`` sentinels: feed it
bytes as they arrive and it hands back the events those bytes completed.

Speed notes: the decoder works on whole chunks.  Line ends are normalised to
``\\n`` with two ``bytes.replace`` calls (only when a ``\\r`` is present), the
buffer is cut at the last blank line with ``bytes.rfind``, and everything
before the cut is decoded to ``str`` in one call and split into lines.  When
all of those lines have one of the usual shapes (``data: ...`` alone, or
``event: ...`` then ``data: ...``, each followed by a blank line), the events
are checked and built with C-level helpers instead of a per-line Python loop.
Real servers flush one event per write, so a chunk holding exactly one whole
event (and nothing pending) is recognised first, with a few ``str.find`` calls.

Memory is bounded: bytes that do not yet complete an event are counted (one
integer compare per chunk) and crossing ``max_event_bytes`` raises
:class:`~open_responses.EventTooLargeError`.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from itertools import repeat
from typing import NamedTuple

from ._errors import EventTooLargeError
from ._limits import DEFAULT_MAX_EVENT_BYTES

__all__ = ["DEFAULT_MAX_EVENT_BYTES", "SSEDecoder", "ServerSentEvent", "aiter_sse", "iter_sse"]

_BOM = b"\xef\xbb\xbf"


class ServerSentEvent(NamedTuple):
    """One dispatched event (an immutable record).

    It is a ``NamedTuple`` rather than a frozen dataclass because creating a
    frozen dataclass costs more per event than all the parsing does.  It acts
    like one for attribute access, immutability, equality, hashing and
    ``repr`` (being a tuple, it also unpacks and equals a plain 4-tuple).

    Attributes:
        event: The ``event:`` field, or ``""`` when the event had none (mapping
            that to ``"message"`` is left to the caller).
        data: The ``data:`` lines of the event joined with ``\\n``.
        id: The last event id in force when the event was dispatched (it
            persists across events), or ``None`` if no ``id:`` was seen yet.
        retry: The reconnection time in milliseconds given by a valid
            ``retry:`` field inside this event, or ``None`` if it had none.
    """

    event: str
    data: str
    id: str | None
    retry: int | None


# Building events with tuple.__new__ from zip() tuples keeps the whole fast
# path inside C; the generated NamedTuple.__new__ would add a Python frame.
_new_events: Callable[
    [type[ServerSentEvent], tuple[str, str, str | None, None]], ServerSentEvent
] = tuple.__new__
_removeprefix = str.removeprefix


class SSEDecoder:
    """Incremental, sans-I/O decoder for one ``text/event-stream`` body.

    Call :meth:`feed` with each chunk of bytes as it arrives (chunks may be cut
    anywhere, even inside a UTF-8 character or between ``\\r`` and ``\\n``) and
    :meth:`flush` once at the end of the stream.

    Args:
        max_event_bytes: The most bytes the decoder holds while waiting for the
            end of an event; more raises :class:`~open_responses.EventTooLargeError`
            (so a server that never ends an event cannot fill the memory).

    Attributes:
        last_event_id: The last event id set by an ``id:`` field (``None``
            until one is seen).  It survives :meth:`flush`, so a decoder can be
            reused for a reconnection that must send ``Last-Event-ID``.
        retry: The last valid ``retry:`` value seen, in milliseconds.
    """

    __slots__ = (
        "_after_cr",
        "_at_start",
        "_buffered",
        "_ends_lf",
        "_head",
        "_pending",
        "_prefix",
        "last_event_id",
        "max_event_bytes",
        "retry",
    )

    def __init__(self, *, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES) -> None:
        """Create a decoder positioned at the start of a stream."""
        self.max_event_bytes = max_event_bytes
        # Bytes held in _pending (what the limit is checked against).
        self._buffered = 0
        self.last_event_id: str | None = None
        self.retry: int | None = None
        # Pieces of the event that is still incomplete.  They never contain a
        # blank line, so joining them is put off until one arrives (joining on
        # every chunk would be quadratic for a huge event).
        self._pending: list[bytes] = []
        # Whether the last pending piece ends with a line feed, so that a chunk
        # starting with one completes a blank line across the boundary.
        self._ends_lf = False
        # A chunk ended with "\r": a "\n" opening the next chunk belongs to
        # the same line end and must be dropped.
        self._after_cr = False
        # Until three bytes have been seen a byte order mark may still be
        # arriving; _head holds the bytes kept back while that is undecided.
        self._at_start = True
        self._head = b""
        # The head ("event: T\ndata: ") of the last chunk whole_data() took.
        self._prefix = b"data: "

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Consume one chunk of the stream.

        Args:
            chunk: The next bytes of the stream, cut at any point.

        Returns:
            The events completed by this chunk, in stream order (often empty).

        Raises:
            EventTooLargeError: The bytes still waiting for the end of an event
                exceed :attr:`max_event_bytes`.
        """
        if (
            chunk[-2:] == b"\n\n"
            and not self._pending
            and not self._at_start
            and not self._after_cr
            and b"\r" not in chunk
        ):
            # Nothing is pending and the chunk ends on a blank line: it holds
            # whole events only, usually exactly one (servers flush per event).
            return self._whole(chunk.decode("utf-8", "replace"))
        chunk = self._normalized(chunk)
        if not chunk:
            return []
        pending = self._pending
        end = chunk.rfind(b"\n\n")
        if end < 0 and not (self._ends_lf and chunk[0] == 10):
            # No event finished here: keep the bytes and wait for more.
            self._hold(chunk)
            return []
        if pending:
            pending.append(chunk)
            buf = b"".join(pending)
            pending.clear()
            # rfind scans from the end, so this costs about one chunk.
            end = buf.rfind(b"\n\n")
        else:
            buf = chunk
        rest = buf[end + 2 :]
        self._buffered = 0
        if rest:
            self._hold(rest)
        else:
            self._ends_lf = False
        # The cut sits on a "\n", which is never inside a UTF-8 sequence, so
        # decoding the complete part in one go is safe.  Keeping one "\n" of
        # the blank line makes split() end the lines with that blank line.
        return self._parse(buf[: end + 1].decode("utf-8", "replace"))

    def _normalized(self, chunk: bytes) -> bytes:
        """The chunk without a leading BOM, with every line end made ``\\n``."""
        if self._at_start:
            chunk = self._strip_bom(chunk)
        if not chunk:
            return chunk
        if self._after_cr:
            self._after_cr = False
            if chunk[0] == 10:
                chunk = chunk[1:]
                if not chunk:
                    return chunk
        if b"\r" in chunk:
            # A pending lone "\r" has been dealt with above, and one at the end
            # is remembered for the next chunk, so the two replaces never see
            # half of a "\r\n".
            self._after_cr = chunk[-1] == 13
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        return chunk

    def whole_data(self, chunk: bytes) -> bytes | None:
        """The ``data`` bytes of a chunk that is exactly one plain event, else None.

        A plain event is ``data: D`` or ``event: T`` then ``data: D``, ending with
        a blank line, and no ``\r`` anywhere; nothing may be pending.  That is
        what servers flush, one event per write, and the stream reads it with no
        ``str`` built and no :class:`ServerSentEvent`.  The event name is not
        returned (only the strict checker reads it, and it uses :meth:`feed`);
        such an event does not change the decoder's state, so skipping
        :meth:`feed` leaves the decoder exactly as :meth:`feed` would.  When this
        returns None, :meth:`feed` must be given the chunk instead.
        """
        if self._pending or self._at_start or self._after_cr:
            return None
        # Runs of one event type (the deltas) repeat the same head: one
        # startswith() instead of parsing the event line each time.
        prefix = self._prefix
        if chunk.startswith(prefix):
            start = len(prefix)
        else:
            start = self._data_start(chunk)
            if start < 0:
                return None
        end = len(chunk) - 2
        # find() is memchr; `in` is several times slower for one byte.
        if chunk.find(b"\n", start) != end or chunk[-1] != 10 or chunk.find(b"\r", start) >= 0:
            return None
        return chunk[start:end]

    def _data_start(self, chunk: bytes) -> int:
        """Where a plain event's data starts (-1: not a plain event); remembers its head."""
        if chunk.startswith(b"data: "):
            start = 6
        elif chunk.startswith(b"event: "):
            start = chunk.find(b"\n") + 7
            if start < 7 or not chunk.startswith(b"data: ", start - 6):
                return -1
            if chunk.find(b"\r", 0, start) >= 0:
                return -1
        else:
            return -1
        self._prefix = chunk[:start]
        return start

    def _hold(self, piece: bytes) -> None:
        """Keep bytes of an unfinished event, within the size limit."""
        buffered = self._buffered + len(piece)
        if buffered > self.max_event_bytes:
            self._pending.clear()
            self._buffered = 0
            raise EventTooLargeError(self.max_event_bytes)
        self._buffered = buffered
        self._pending.append(piece)
        self._ends_lf = piece[-1] == 10

    def _whole(self, text: str) -> list[ServerSentEvent]:
        """Events of a text that ends with a blank line, one plain event without a loop."""
        end = len(text) - 2
        if text.startswith("data: "):
            if text.find("\n") == end:
                return [_new_events(ServerSentEvent, ("", text[6:end], self.last_event_id, None))]
        elif text.startswith("event: "):
            line_end = text.find("\n")
            if text.startswith("data: ", line_end + 1) and text.find("\n", line_end + 7) == end:
                return [
                    _new_events(
                        ServerSentEvent,
                        (text[7:line_end], text[line_end + 7 : end], self.last_event_id, None),
                    )
                ]
        return self._parse(text[:-1])

    def flush(self) -> list[ServerSentEvent]:
        """End the stream and dispatch the event still pending, if any.

        Unlike a browser, this dispatches a final event that lacks its closing
        blank line (or even its final line end).  Afterwards the decoder
        expects a new stream (a leading byte order mark is dropped again),
        while :attr:`last_event_id` and :attr:`retry` are kept.

        Returns:
            The final event as a one-element list, or an empty list.
        """
        # Bytes held back as a possible byte order mark turned out to be data.
        head = self._head
        self._head = b""
        self._at_start = False
        events = self.feed(head) if head else []
        pending = self._pending
        if pending:
            text = b"".join(pending).decode("utf-8", "replace")
            pending.clear()
            self._buffered = 0
            # End the last line if needed; _parse then acts as if the blank
            # line that never came followed it.
            events += self._parse(text if text[-1] == "\n" else text + "\n")
        self._ends_lf = False
        self._after_cr = False
        self._at_start = True
        return events

    def _strip_bom(self, chunk: bytes) -> bytes:
        """Drop a byte order mark at the very start, which may arrive in pieces."""
        head = self._head + chunk if self._head else chunk
        if len(head) < 3 and _BOM.startswith(head):
            self._head = head
            return b""
        self._head = b""
        self._at_start = False
        return head[3:] if head.startswith(_BOM) else head

    def _data_events(self, types: Iterable[str], bodies: list[str]) -> list[ServerSentEvent] | None:
        """One event per ``data: `` line, typed in order by ``types``; None if a line lacks the prefix."""
        data = list(map(_removeprefix, bodies, repeat("data: ")))
        # removeprefix leaves a line without the prefix unchanged, so the
        # lengths tell whether every line had it.
        if sum(map(len, bodies)) - sum(map(len, data)) != 6 * len(bodies):
            return None
        fields = zip(types, data, repeat(self.last_event_id), repeat(None))
        return list(map(_new_events, repeat(ServerSentEvent), fields))

    def _parse(self, text: str) -> list[ServerSentEvent]:
        """Interpret whole lines and return the events they dispatch.

        ``text`` holds lines that each end with ``\\n`` and that are followed
        by a blank line in the stream.  ``text.split("\\n")`` then ends with an
        empty string, which stands for that blank line.
        """
        lines = text.split("\n")
        n = len(lines)
        # Fast paths for the shapes servers actually send, checked for a whole
        # chunk at once with C-level helpers: "event: T" + "data: D" + blank,
        # or "data: D" + blank, repeated.  Exactly these shapes mean no id,
        # retry or comment lines, so only the event and data values matter.
        if n % 3 == 0 and not any(lines[2::3]):
            heads = lines[0::3]
            types: dict[str, str] = {}
            # Event lines repeat a few values; check and strip each once.
            for head in set(heads):
                if not head.startswith("event: "):
                    break
                types[head] = head[7:]
            else:
                events = self._data_events(map(types.__getitem__, heads), lines[1::3])
                if events is not None:
                    return events
        if n % 2 == 0 and not any(lines[1::2]):
            events = self._data_events(repeat(""), lines[0::2])
            if events is not None:
                return events
        return self._parse_lines(lines)

    def _parse_lines(self, lines: list[str]) -> list[ServerSentEvent]:
        """Interpret any lines, one at a time; the last one must be blank."""
        events: list[ServerSentEvent] = []
        data: list[str] = []
        event_type = ""
        retry: int | None = None
        for line in lines:
            if not line:
                # A blank line dispatches the event, but only if it has data.
                if data:
                    events.append(
                        ServerSentEvent(event_type, "\n".join(data), self.last_event_id, retry)
                    )
                    data = []
                event_type = ""
                retry = None
                continue
            if line[0] == ":":
                continue  # a comment
            name, _, value = line.partition(":")
            if value[:1] == " ":
                value = value[1:]
            if name == "data":
                data.append(value)
            elif name == "event":
                event_type = value
            # Ids holding NUL are ignored by the spec.  Applying the id as soon
            # as it is read equals applying it at dispatch, because lines are
            # only interpreted once their blank line has arrived.
            elif name == "id" and "\x00" not in value:
                self.last_event_id = value
            # isdigit() alone would accept non-ASCII digits such as "²".
            elif name == "retry" and value.isascii() and value.isdigit():
                retry = int(value)
                self.retry = retry
        return events


def iter_sse(
    chunks: Iterable[bytes], *, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES
) -> Iterator[ServerSentEvent]:
    """Yield the events of a stream given as an iterable of byte chunks.

    Args:
        chunks: The body of a ``text/event-stream`` response, e.g.
            ``response.iter_bytes()``, cut anywhere.
        max_event_bytes: The size limit of one unfinished event (see :class:`SSEDecoder`).

    Yields:
        Each event as soon as the chunk completing it has been read, then a
        final event left without its closing blank line, if any.
    """
    decoder = SSEDecoder(max_event_bytes=max_event_bytes)
    feed = decoder.feed
    for chunk in chunks:
        yield from feed(chunk)
    yield from decoder.flush()


async def aiter_sse(
    chunks: AsyncIterable[bytes], *, max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES
) -> AsyncIterator[ServerSentEvent]:
    """Asynchronous twin of :func:`iter_sse`, e.g. over ``response.aiter_bytes()``.

    Args:
        chunks: The body of a ``text/event-stream`` response, cut anywhere.
        max_event_bytes: The size limit of one unfinished event (see :class:`SSEDecoder`).

    Yields:
        The same events, in the same order, as :func:`iter_sse` would.
    """
    decoder = SSEDecoder(max_event_bytes=max_event_bytes)
    feed = decoder.feed
    async for chunk in chunks:
        for sse in feed(chunk):
            yield sse
    for sse in decoder.flush():
        yield sse
