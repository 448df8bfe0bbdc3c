"""Client-side measurements, one per fresh process.

``run.py`` starts this file as ``python benchmarks/workers.py '<json spec>'``; it
measures one contender of one benchmark against the already running benchmark
server and prints one JSON line with the results.  A fresh process per contender
keeps imports, caches and heap growth of one client away from the others.

CPU is ``time.process_time()`` of this process only (the server runs elsewhere).
Each worker warms up (imports, connection, lazily built tables, server-side
rendering) and checks what it received before anything is timed.
"""

from __future__ import annotations

import asyncio
import gc
import json
import resource
import socket
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fixtures

Runner = Callable[[int], tuple[int, float, str | None]]


def _base(port: int) -> str:
    return f"http://127.0.0.1:{port}"


# --------------------------------------------------------------------------- core


def _core_caller(contender: str, port: int) -> Callable[[], str]:
    """A function doing one non-streaming create and returning the output text."""
    body = {"model": fixtures.MODEL, "input": fixtures.PROMPT}
    if contender in ("httpx", "httpx+model"):
        import httpx

        client = httpx.Client()
        url = f"{_base(port)}/v1/responses"
        headers = {"authorization": "Bearer x"}
        if contender == "httpx":

            def call() -> str:
                data = json.loads(client.post(url, json=body, headers=headers).content)
                return str(data["output"][0]["content"][0]["text"])

            return call
        from open_responses import Response

        def call_model() -> str:
            data = json.loads(client.post(url, json=body, headers=headers).content)
            return Response.from_dict(data).output_text

        return call_model
    if contender == "open_responses":
        from open_responses import Client

        responses = Client(base_url=_base(port), api_key="x").responses

        def call_lib() -> str:
            return responses.create(model=fixtures.MODEL, input=fixtures.PROMPT).output_text

        return call_lib
    if contender == "openai":
        import openai

        oa_responses = openai.OpenAI(base_url=f"{_base(port)}/v1", api_key="x").responses

        def call_openai() -> str:
            return str(oa_responses.create(model=fixtures.MODEL, input=fixtures.PROMPT).output_text)

        return call_openai
    raise SystemExit(f"unknown core contender {contender!r}")


def bench_core(contender: str, port: int, requests: int, warmup: int, repeats: int) -> Any:
    call = _core_caller(contender, port)
    text = call()
    for _ in range(warmup):
        call()
    if text != fixtures.RESPONSE_TEXT:
        raise SystemExit(f"{contender}: unexpected output text {text!r}")
    samples = []
    for _ in range(repeats):
        gc.collect()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for _ in range(requests):
            call()
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        samples.append({"cpu_us": cpu / requests * 1e6, "wall_us": wall / requests * 1e6})
    return {"samples": samples}


# ---------------------------------------------------------------------- streaming


def _raw_runner(port: int, parse: bool = True) -> Runner:
    """The lowest floor: a plain socket, the data lines found with bytes.find, json.loads.

    With ``parse=False`` (a diagnostic) the data lines are found but not decoded.
    """
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    recv, loads = sock.recv, json.loads

    def run_raw(n: int) -> tuple[int, float, str | None]:
        request = _raw_request(n)
        start = time.perf_counter()
        sock.sendall(request)
        first = 0.0
        count = 0
        done = False
        buffer = b""
        while True:
            data = recv(262144)
            if not data:
                raise SystemExit("raw: the server closed the connection")
            buffer = buffer + data if buffer else data
            found, done_here, buffer = _scan_data_lines(buffer, loads if parse else None)
            if found and not count:
                first = time.perf_counter() - start
            count += found
            done = done or done_here
            if done and buffer.endswith(b"\r\n0\r\n\r\n"):
                return count, first, None

    return run_raw


def _scan_data_lines(
    buffer: bytes, loads: Callable[[bytes], Any] | None
) -> tuple[int, bool, bytes]:
    """The floor-1 parser: ``data:`` lines found with bytes.find, each decoded with ``loads``.

    Returns the events found, whether ``[DONE]`` was among them, and the unread rest.
    """
    count = 0
    done = False
    at = 0
    while True:
        begin = buffer.find(b"data: ", at)
        if begin < 0:
            break
        end = buffer.find(b"\n", begin)
        if end < 0:
            break
        if buffer[begin + 6 : end] == b"[DONE]":
            done = True
        else:
            if loads is not None:
                loads(buffer[begin + 6 : end])
            count += 1
        at = end + 1
    return count, done, buffer[at:]


def _raw_request(n: int) -> bytes:
    body = json.dumps(
        {"model": fixtures.model_for_stream(n), "input": fixtures.PROMPT, "stream": True}
    ).encode()
    return (
        b"POST /v1/responses HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer x\r\n"
        b"content-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body)
    )


def _httpx_raw_runner(port: int) -> Runner:
    """Diagnostic: httpx ``iter_raw()`` only (events counted with bytes.count, not parsed)."""
    import httpx

    client = httpx.Client()
    url = f"{_base(port)}/v1/responses"

    def run_httpx_raw(n: int) -> tuple[int, float, str | None]:
        body = {"model": fixtures.model_for_stream(n), "input": fixtures.PROMPT, "stream": True}
        start = time.perf_counter()
        first = 0.0
        ends = 0  # blank lines ending an event; h11 may cut one between two reads
        after_lf = False
        with client.stream("POST", url, json=body) as reply:
            for chunk in reply.iter_raw():
                if not first:
                    first = time.perf_counter() - start
                ends += chunk.count(b"\n\n") + (after_lf and chunk[:1] == b"\n")
                after_lf = chunk[-1:] == b"\n"
        return ends - 1, first, None  # minus [DONE]

    return run_httpx_raw


def _async_runner(contender: str, port: int) -> Runner:
    """The asyncio twins: httpx ``aiter_lines`` floor and the library's async stream."""
    if contender == "httpx.async":
        import httpx

        aclient = httpx.AsyncClient()
        url = f"{_base(port)}/v1/responses"

        async def one_httpx(n: int) -> tuple[int, float, str | None]:
            body = {"model": fixtures.model_for_stream(n), "input": fixtures.PROMPT, "stream": True}
            start = time.perf_counter()
            first = 0.0
            count = 0
            loads = json.loads
            async with aclient.stream("POST", url, json=body) as reply:
                async for line in reply.aiter_lines():
                    if line.startswith("data: ") and line != "data: [DONE]":
                        loads(line[6:])
                        count += 1
                        if count == 1:
                            first = time.perf_counter() - start
            return count, first, None

        one = one_httpx
    else:
        from open_responses import AsyncClient

        responses = AsyncClient(base_url=_base(port), api_key="x").responses
        final = contender.startswith("open_responses.afinal")

        async def one_lib(n: int) -> tuple[int, float, str | None]:
            start = time.perf_counter()
            first = 0.0
            count = 0
            stream = responses.stream(model=fixtures.model_for_stream(n), input=fixtures.PROMPT)
            async for _event in stream:
                count += 1
                if count == 1:
                    first = time.perf_counter() - start
            text = (await stream.get_final_response()).output_text if final else None
            return count, first, text

        one = one_lib
    loop = asyncio.new_event_loop()

    def run_async(n: int) -> tuple[int, float, str | None]:
        return loop.run_until_complete(one(n))

    return run_async


def _stream_runner(contender: str, port: int) -> Runner:
    """A function streaming ``n`` deltas: returns (events, time to first event, final text)."""
    if contender == "raw":
        return _raw_runner(port)
    if contender == "raw.bytes":
        return _raw_runner(port, parse=False)
    if contender == "httpx.raw":
        return _httpx_raw_runner(port)
    if contender == "httpx.async" or contender.startswith("open_responses.a"):
        return _async_runner(contender, port)
    if contender in ("httpx", "httpx+typed"):
        import httpx

        client = httpx.Client()
        url = f"{_base(port)}/v1/responses"
        headers = {"authorization": "Bearer x"}
        parse: Callable[[str], Any]
        if contender == "httpx":
            parse = json.loads
        else:  # diagnostic: the floor plus the library's (private) typed-event step
            from open_responses._events import parse_event

            def parse(data: str) -> Any:
                return parse_event(json.loads(data))

        def run_httpx(n: int) -> tuple[int, float, str | None]:
            body = {"model": fixtures.model_for_stream(n), "input": fixtures.PROMPT, "stream": True}
            start = time.perf_counter()
            first = 0.0
            count = 0
            loads = parse
            with client.stream("POST", url, json=body, headers=headers) as reply:
                for line in reply.iter_lines():
                    if line.startswith("data: ") and line != "data: [DONE]":
                        loads(line[6:])
                        count += 1
                        if count == 1:
                            first = time.perf_counter() - start
            return count, first, None

        return run_httpx
    if contender.startswith("open_responses."):
        from open_responses import Client

        responses = Client(base_url=_base(port), api_key="x").responses
        mode = contender.partition(".")[2].partition("+")[0]

        def run_lib(n: int) -> tuple[int, float, str | None]:
            model = fixtures.model_for_stream(n)
            start = time.perf_counter()
            first = 0.0
            count = 0
            if mode == "create":
                stream = responses.create(model=model, input=fixtures.PROMPT, stream=True)
            else:
                stream = responses.stream(model=model, input=fixtures.PROMPT)
            for _event in stream:
                count += 1
                if count == 1:
                    first = time.perf_counter() - start
            final = stream.get_final_response().output_text if mode == "final" else None
            return count, first, final

        return run_lib
    if contender.startswith("openai."):
        import openai

        oa_responses = openai.OpenAI(base_url=f"{_base(port)}/v1", api_key="x").responses
        mode = contender.partition(".")[2]

        def run_openai(n: int) -> tuple[int, float, str | None]:
            model = fixtures.model_for_stream(n)
            start = time.perf_counter()
            first = 0.0
            count = 0
            if mode == "create":
                for _event in oa_responses.create(model=model, input=fixtures.PROMPT, stream=True):
                    count += 1
                    if count == 1:
                        first = time.perf_counter() - start
                return count, first, None
            with oa_responses.stream(model=model, input=fixtures.PROMPT) as stream:
                for _event in stream:
                    count += 1
                    if count == 1:
                        first = time.perf_counter() - start
                final = stream.get_final_response().output_text
            return count, first, final

        return run_openai
    raise SystemExit(f"unknown stream contender {contender!r}")


def _check_stream(contender: str, n: int, result: tuple[int, float, str | None]) -> None:
    count, _, final = result
    if count != fixtures.stream_event_count(n):
        raise SystemExit(f"{contender}: {count} events, expected {fixtures.stream_event_count(n)}")
    if final is not None and final != fixtures.stream_text(n):
        raise SystemExit(f"{contender}: final text differs from the streamed deltas")


def _connections_accepted(port: int) -> int:
    """The server's count of accepted connections (this query opens one of its own)."""
    with urllib.request.urlopen(f"{_base(port)}/stats", timeout=10) as reply:
        return int(json.loads(reply.read())["connections"])


def bench_stream(contender: str, port: int, deltas: int, repeats: int) -> Any:
    run = _stream_runner(contender, port)
    _check_stream(contender, 50, run(50))  # imports, connection, lazy tables
    _check_stream(contender, deltas, run(deltas))  # server renders and caches the body
    # Does a stream leave its connection reusable?  Count connections opened by 4 streams.
    before = _connections_accepted(port)
    for _ in range(4):
        run(50)
    new_connections = (_connections_accepted(port) - before - 1) / 4
    samples = []
    for _ in range(repeats):
        gc.collect()
        cpu0 = time.process_time()
        result = run(deltas)
        cpu = time.process_time() - cpu0
        _check_stream(contender, deltas, result)
        samples.append({"cpu_us": cpu / result[0] * 1e6, "ttfe_us": result[1] * 1e6})
    return {
        "samples": samples,
        "events": fixtures.stream_event_count(deltas),
        "new_connections_per_stream": new_connections,
    }


# ---------------------------------------------------------------------- WebSocket


def _ws_runner(contender: str, port: int) -> Runner:
    """One WebSocket turn of ``n`` deltas on a connection opened once."""
    if contender == "websockets":
        from websockets.sync.client import connect

        socket_ = connect(f"ws://127.0.0.1:{port}/v1/responses", compression=None, max_size=None)

        def run_floor(n: int) -> tuple[int, float, str | None]:
            frame = {"type": "response.create", "model": fixtures.model_for_stream(n)}
            start = time.perf_counter()
            first = 0.0
            socket_.send(json.dumps(frame))
            count = 0
            recv, loads = socket_.recv, json.loads
            while True:
                event = loads(recv())
                count += 1
                if count == 1:
                    first = time.perf_counter() - start
                if event["type"] == "response.completed":
                    return count, first, None

        return run_floor
    from open_responses import Client

    connection = Client(base_url=_base(port), api_key="x").responses.connect(compression=None)
    connection.__enter__()
    final = contender.startswith("ws.final")

    def run_lib(n: int) -> tuple[int, float, str | None]:
        start = time.perf_counter()
        first = 0.0
        count = 0
        turn = connection.create(
            model=fixtures.model_for_stream(n), input=fixtures.PROMPT, store=False
        )
        for _event in turn:
            count += 1
            if count == 1:
                first = time.perf_counter() - start
        return count, first, turn.get_final_response().output_text if final else None

    return run_lib


def bench_ws(contender: str, port: int, deltas: int, repeats: int) -> Any:
    run = _ws_runner(contender, port)
    expected = fixtures.stream_event_count(deltas)
    run(50)
    samples = []
    for _ in range(repeats):
        gc.collect()
        cpu0 = time.process_time()
        count, first, final = run(deltas)
        cpu = time.process_time() - cpu0
        if count != expected or (final is not None and final != fixtures.stream_text(deltas)):
            raise SystemExit(f"{contender}: {count} events (expected {expected}) or wrong text")
        samples.append({"cpu_us": cpu / count * 1e6, "ttfe_us": first * 1e6})
    return {"samples": samples}


# ---------------------------------------------------------------------------- RSS


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_events(contender: str, port: int, n: int) -> Iterator[Any]:
    body: dict[str, Any] = {"model": fixtures.model_for_stream(n), "input": fixtures.PROMPT}
    if contender == "httpx":
        import httpx

        with (
            httpx.Client() as client,
            client.stream(
                "POST", f"{_base(port)}/v1/responses", json=dict(body, stream=True)
            ) as reply,
        ):
            for line in reply.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    yield json.loads(line[6:])
        return
    if contender == "open_responses.create":
        from open_responses import Client

        with Client(base_url=_base(port), api_key="x") as or_client:
            yield from or_client.responses.create(**body, stream=True)
        return
    if contender == "openai.create":
        import openai

        with openai.OpenAI(base_url=f"{_base(port)}/v1", api_key="x") as oa_client:
            yield from oa_client.responses.create(**body, stream=True)
        return
    raise SystemExit(f"unknown rss contender {contender!r}")


def bench_rss(contender: str, port: int, events: int, every: int) -> Any:
    deltas = events
    for _ in _rss_events(contender, port, 50):  # imports and lazy tables
        pass
    gc.collect()
    baseline = _rss_mb()
    samples: list[tuple[int, float]] = []
    count = 0
    cpu0 = time.process_time()
    for _event in _rss_events(contender, port, deltas):
        count += 1
        if count % every == 0:
            samples.append((count, _rss_mb()))
    cpu = time.process_time() - cpu0
    end = _rss_mb()
    if count != fixtures.stream_event_count(deltas):
        raise SystemExit(f"{contender}: {count} events, expected {deltas}")
    # Growth while iterating: the last events (output_text.done ... completed) each carry
    # the whole text, so the RSS after the stream also holds those and is shown apart.
    peak = max(rss for _, rss in samples)
    return {
        "baseline_mb": baseline,
        "peak_mb": peak,
        "end_mb": end,
        "growth_mb": peak - baseline,
        "samples": samples,
        "events": count,
        "cpu_us": cpu / count * 1e6,
    }


# --------------------------------------------------------------------- concurrent


async def _gather_streams(
    contender: str, port: int, streams: int, deltas: int, batches: int = 1
) -> int:
    import httpx

    # httpx's default keep-alive cap (20): with hundreds of idle keep-alive connections
    # httpcore's pool bookkeeping turns quadratic and would dominate the floor.
    limits = httpx.Limits(max_connections=streams, max_keepalive_connections=20)
    model = fixtures.model_for_stream(deltas)
    if contender == "raw":
        return await _gather_raw_streams(port, streams, deltas, batches)
    if contender == "httpx":
        url = f"{_base(port)}/v1/responses"
        body = {"model": model, "input": fixtures.PROMPT, "stream": True}
        headers = {"authorization": "Bearer x"}
        async with httpx.AsyncClient(limits=limits) as client:

            async def one_raw() -> int:
                count = 0
                async with client.stream("POST", url, json=body, headers=headers) as reply:
                    async for line in reply.aiter_lines():
                        if line.startswith("data: ") and line != "data: [DONE]":
                            json.loads(line[6:])
                            count += 1
                return count

            counts = []
            for _ in range(batches):
                counts += await asyncio.gather(*(one_raw() for _ in range(streams)))
    elif contender == "open_responses":
        from open_responses import AsyncClient

        transport = httpx.AsyncHTTPTransport(limits=limits)
        async with AsyncClient(base_url=_base(port), api_key="x", transport=transport) as lib:
            responses = lib.responses

            async def one_lib() -> int:
                count = 0
                async for _event in responses.stream(model=model, input=fixtures.PROMPT):
                    count += 1
                return count

            counts = []
            for _ in range(batches):
                counts += await asyncio.gather(*(one_lib() for _ in range(streams)))
    else:
        raise SystemExit(f"unknown concurrent contender {contender!r}")
    expected = fixtures.stream_event_count(deltas)
    if any(count != expected for count in counts):
        raise SystemExit(f"{contender}: a stream had the wrong number of events")
    return sum(counts)


async def _gather_raw_streams(port: int, streams: int, deltas: int, batches: int) -> int:
    """Floor 1 for concurrency: one asyncio socket per stream slot (kept alive across
    batches, as the httpx pool keeps its connections), data lines found with
    bytes.find and decoded with json.loads."""
    request = _raw_request(deltas)
    slots: list[tuple[asyncio.StreamReader, asyncio.StreamWriter] | None] = [None] * streams

    async def one(slot: int) -> int:
        connection = slots[slot]
        if connection is None:
            connection = slots[slot] = await asyncio.open_connection("127.0.0.1", port)
        reader, writer = connection
        writer.write(request)
        count, done, buffer = 0, False, b""
        while not (done and buffer.endswith(b"\r\n0\r\n\r\n")):
            data = await reader.read(262144)
            if not data:
                raise SystemExit("raw: the server closed the connection")
            found, done_here, buffer = _scan_data_lines(
                buffer + data if buffer else data, json.loads
            )
            count += found
            done = done or done_here
        return count

    counts: list[int] = []
    try:
        for _ in range(batches):
            counts += await asyncio.gather(*(one(slot) for slot in range(streams)))
    finally:
        for connection in slots:
            if connection is not None:
                connection[1].close()
    expected = fixtures.stream_event_count(deltas)
    if any(count != expected for count in counts):
        raise SystemExit("raw: a stream had the wrong number of events")
    return sum(counts)


def bench_concurrent(
    contender: str, port: int, streams: int, deltas: int, repeats: int, batches: int = 1
) -> Any:
    asyncio.run(_gather_streams(contender, port, min(streams, 50), deltas))  # warm-up
    samples = []
    for _ in range(repeats):
        gc.collect()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        events = asyncio.run(_gather_streams(contender, port, streams, deltas, batches))
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        samples.append({"cpu_s": cpu, "wall_s": wall, "cpu_us_per_event": cpu / events * 1e6})
    return {"samples": samples}


BENCHES: dict[str, Callable[..., Any]] = {
    "core": bench_core,
    "stream": bench_stream,
    "rss": bench_rss,
    "concurrent": bench_concurrent,
    "ws": bench_ws,
}


def main() -> None:
    spec = json.loads(sys.argv[1])
    # "+orjson" contenders use the fast extra; every other one runs as if it were
    # not installed, so the default rows show what a plain install gets.
    if not spec["contender"].endswith("+orjson"):
        sys.modules["orjson"] = None  # type: ignore[assignment]
    bench = BENCHES[spec.pop("bench")]
    print(json.dumps(bench(**spec)), flush=True)


if __name__ == "__main__":
    main()
