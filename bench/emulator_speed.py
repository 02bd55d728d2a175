"""Calls per second through the emulator, and our client's per-call cost, in one run.

Everything runs in this process on 127.0.0.1, servers in daemon threads (as a test suite runs
the emulator). Three servers:
  emulator      `acs_core.testing.Emulator("acs_vod")`: checks the V3 signature, timestamp,
                nonce and limits, routes, and answers; here with the same fixed body as the
                minimal server (a handler answering BODY), so that the client's work is the same
  golden        the same emulator answering its default, the page's sample (one job to parse)
  minimal       stdlib `ThreadingHTTPServer`, HTTP/1.1 keep-alive, TCP_NODELAY, that reads the
                request and answers a fixed GetAIImageJobs JSON in one write: the floor of any
                server written with http.server
Tools, timed in sequence (one call at a time, one kept-alive connection):
  ours        `acs_vod.Client` (V3 signing), `get_ai_image_jobs(job_ids=["a"])`
  official    `alibabacloud_vod20170321` `Client.get_aiimage_jobs(GetAIImageJobsRequest(...))`
              (it sends with `requests`)
  httpx       bare `httpx.Client().get(url)`: our transport, with nothing around it
  requests    bare `requests.Session().post(url)` (trust_env off): the official SDK's
              transport, likewise
and `acs_vod.AsyncClient` against the emulator at concurrency 100 (asyncio.gather under a
semaphore), counting exceptions by type, and the requests the emulator saw (more than the
calls: retries) and its non-200 answers.

Each measure is a fixed number of calls after a warm-up. The sequential tools take turns in
chunks of 50 calls, in an order that rotates, so that a busy spell of the machine falls on all
of them; the median of 5 rounds is shown (--quick: 1 round, fewer calls), with the spread of
the rounds ((max - min) / median). Besides wall time, the table shows this process's CPU time
per call (client and server threads together), which another process's load disturbs less.
Per-call overhead is a tool's time per call minus bare httpx's against the minimal server; the
emulator's own time per call is the emulator's time per call minus the minimal server's, for
the same client and body. A round expected to end after BUDGET seconds is not started.

Run from the repository root:  .venv/bin/python bench/emulator_speed.py [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import socket
import statistics
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The committed golden packages, as tests/conftest.py puts them: the runtime and the product.
for _project in ("acs-core", "acs-vod"):
    if str(ROOT / "generated" / _project) not in sys.path:
        sys.path.insert(0, str(ROOT / "generated" / _project))
sys.dont_write_bytecode = True  # nothing written into the repository

import acs_vod  # noqa: E402
import httpx  # noqa: E402
import requests  # noqa: E402
from acs_core.testing import Emulator  # noqa: E402

KEY_ID, KEY_SECRET = "testid", "testsecret"
CREDENTIALS = {KEY_ID: KEY_SECRET}
REGION = "cn-shanghai"
JOB_IDS = ["a"]
CONCURRENCY = 100
# The rows of the sequential table.
EMULATOR = "ours → emulator"
GOLDEN = "ours → emulator, golden answer"
OURS = "ours → minimal"
OFFICIAL = "official → minimal"
HTTPX = "bare httpx → minimal"
REQUESTS = "bare requests → minimal"
# A valid GetAIImageJobs answer that both clients parse.
REQUEST_ID = "B9C3D6A4-5E1F-4A2B-8C3D-1E2F3A4B5C6D"
BODY = b'{"RequestId":"%s","AIImageJobList":[]}' % REQUEST_ID.encode()
_RESPONSE = (
    b"HTTP/1.1 200 OK\r\n"
    b"Content-Type: application/json;charset=utf-8\r\n"
    b"x-acs-request-id: %s\r\n"
    b"Content-Length: %d\r\n\r\n%s" % (REQUEST_ID.encode(), len(BODY), BODY)
)


# --- the minimal server ---------------------------------------------------------------


class _MinimalHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        self.wfile.write(_RESPONSE)  # status line, headers and body: one write

    do_GET = do_POST = _answer


class MinimalServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 1024

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _MinimalHandler)
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> MinimalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.shutdown()
        self._thread.join()
        self.server_close()


# --- the tools ------------------------------------------------------------------------


def our_client(endpoint: str) -> acs_vod.Client:
    return acs_vod.Client(
        REGION,
        access_key_id=KEY_ID,
        access_key_secret=KEY_SECRET,
        endpoint=endpoint,
        signature_version="v3",
    )


def ours_call(client: acs_vod.Client) -> Callable[[], Any]:
    def call() -> Any:
        return client.get_ai_image_jobs(job_ids=JOB_IDS)

    return call


def official_call(endpoint: str) -> Callable[[], Any]:
    from alibabacloud_tea_openapi.models import Config
    from alibabacloud_vod20170321.client import Client
    from alibabacloud_vod20170321.models import GetAIImageJobsRequest

    client = Client(
        Config(
            access_key_id=KEY_ID,
            access_key_secret=KEY_SECRET,
            endpoint=endpoint.removeprefix("http://"),
            protocol="http",
        )
    )

    def call() -> Any:
        return client.get_aiimage_jobs(GetAIImageJobsRequest(job_ids=",".join(JOB_IDS)))

    return call


def httpx_call(client: httpx.Client, url: str) -> Callable[[], Any]:
    def call() -> Any:
        return client.get(url).content

    return call


def requests_call(session: requests.Session, url: str) -> Callable[[], Any]:
    def call() -> Any:
        return session.post(url).content

    return call


def check_answers(tools: dict[str, Callable[[], Any]]) -> None:
    """Each tool gets the answer it should, parsed, before anything is timed."""
    answers = {name: call() for name, call in tools.items()}
    found = {
        EMULATOR: answers[EMULATOR].request_id,
        OURS: answers[OURS].request_id,
        OFFICIAL: answers[OFFICIAL].body.request_id,
        HTTPX: httpx.Response(200, content=answers[HTTPX]).json()["RequestId"],
        REQUESTS: httpx.Response(200, content=answers[REQUESTS]).json()["RequestId"],
    }
    wrong = {name: value for name, value in found.items() if value != REQUEST_ID}
    if wrong or not answers[GOLDEN].ai_image_job_list:
        raise SystemExit(f"unexpected answers: {wrong or answers[GOLDEN]!r}")


def seconds_for(call: Callable[[], Any], calls: int) -> tuple[float, float]:
    """Wall and CPU seconds (this process's: client and server threads) of `calls` calls."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(calls):
        call()
    return time.perf_counter() - wall, time.process_time() - cpu


# --- the async measure ----------------------------------------------------------------


@dataclass
class AsyncRound:
    seconds: float
    cpu: float  # this process's CPU seconds (the client, and the emulator's threads)
    errors: Counter[str]  # exceptions of the timed calls, by type
    received: int  # requests the emulator saw during the timed calls
    refused: Counter[str]  # its non-200 answers to them, by code


async def _gather(client: acs_vod.AsyncClient, calls: int) -> Counter[str]:
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one() -> None:
        async with gate:
            await client.get_ai_image_jobs(job_ids=JOB_IDS)

    outcomes = await asyncio.gather(
        *(one() for _ in range(calls)), return_exceptions=True
    )
    return Counter(type(o).__name__ for o in outcomes if isinstance(o, BaseException))


async def async_round(emulator: Emulator, calls: int, warmup: int) -> AsyncRound:
    """A fresh AsyncClient: `warmup` calls (opening the connections), then `calls` timed."""
    client = acs_vod.AsyncClient(
        REGION,
        access_key_id=KEY_ID,
        access_key_secret=KEY_SECRET,
        endpoint=emulator.endpoint,
        signature_version="v3",
    )
    try:
        warmup_errors = await _gather(client, warmup)
        if warmup_errors:
            print(f"  async warm-up exceptions: {dict(warmup_errors)}", flush=True)
        emulator.requests.clear()  # nothing in flight here
        wall, cpu = time.perf_counter(), time.process_time()
        errors = await _gather(client, calls)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        await client.close()
    seen = list(emulator.requests)
    refused = Counter(r.code or f"HTTP {r.status}" for r in seen if r.status != 200)
    return AsyncRound(wall, cpu, errors, len(seen), refused)


# --- the run --------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    rounds: int
    calls: int  # sequential calls per tool and round
    chunk: int  # ... timed in chunks of this many, the tools taking turns
    warmup: int
    async_calls: int
    async_warmup: int


FULL = Settings(
    rounds=5, calls=1000, chunk=50, warmup=100, async_calls=2000, async_warmup=200
)
QUICK = Settings(
    rounds=1, calls=300, chunk=50, warmup=50, async_calls=500, async_warmup=100
)
BUDGET = 95.0  # seconds: a round expected to end later is not started (< 2 minutes)


@dataclass
class Timing:
    """Per-call seconds of one tool, one value per round."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def sequential_round(
    tools: dict[str, Callable[[], Any]],
    timings: dict[str, Timing],
    settings: Settings,
    shift: int,
) -> None:
    """`settings.calls` calls of each tool, in chunks; the tools take turns, in an order that
    rotates with each chunk."""
    names = list(tools)
    wall = dict.fromkeys(names, 0.0)
    cpu = dict.fromkeys(names, 0.0)
    chunks = settings.calls // settings.chunk
    for index in range(chunks):
        start = (shift + index) % len(names)
        for name in names[start:] + names[:start]:
            spent = seconds_for(tools[name], settings.chunk)
            wall[name] += spent[0]
            cpu[name] += spent[1]
    for name in names:
        timings[name].wall.append(wall[name] / (chunks * settings.chunk))
        timings[name].cpu.append(cpu[name] / (chunks * settings.chunk))


def machine() -> str:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    return (
        f"machine: {os.cpu_count()} cores ({usable} usable), {platform.machine()}, "
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.platform()}; httpx {httpx.__version__}, "
        f"requests {requests.__version__}"
    )


def load() -> str:
    try:
        return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "load average unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 round, fewer calls")
    args = parser.parse_args()
    settings = QUICK if args.quick else FULL
    print(machine())
    print(
        f"sequential: {settings.calls} calls per tool and round (chunks of "
        f"{settings.chunk}, taking turns) after {settings.warmup}; async: "
        f"{settings.async_calls} calls at concurrency {CONCURRENCY} after "
        f"{settings.async_warmup}; {load()} at the start",
        flush=True,
    )

    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        golden = stack.enter_context(Emulator("acs_vod", credentials=CREDENTIALS))
        emulator = stack.enter_context(Emulator("acs_vod", credentials=CREDENTIALS))
        emulator.set_handler("GetAIImageJobs", lambda received: BODY)
        minimal = stack.enter_context(MinimalServer())
        bare_httpx = stack.enter_context(httpx.Client())
        bare_requests = stack.enter_context(requests.Session())
        bare_requests.trust_env = False  # no proxy or .netrc look-ups per call
        ours = {
            server: stack.enter_context(our_client(server.endpoint))
            for server in (emulator, golden, minimal)
        }
        tools: dict[str, Callable[[], Any]] = {
            EMULATOR: ours_call(ours[emulator]),
            GOLDEN: ours_call(ours[golden]),
            OURS: ours_call(ours[minimal]),
            OFFICIAL: official_call(minimal.endpoint),
            HTTPX: httpx_call(bare_httpx, minimal.endpoint + "/"),
            REQUESTS: requests_call(bare_requests, minimal.endpoint + "/"),
        }
        check_answers(tools)
        for call in tools.values():
            seconds_for(call, settings.warmup)
        timings = {name: Timing() for name in tools}
        async_rounds: list[AsyncRound] = []
        for index in range(settings.rounds):
            round_start = time.perf_counter()
            sequential_round(tools, timings, settings, index)
            async_rounds.append(
                asyncio.run(
                    async_round(emulator, settings.async_calls, settings.async_warmup)
                )
            )
            now = time.perf_counter()
            if index + 1 < settings.rounds and now + now - round_start > (
                started + BUDGET
            ):
                print(f"time budget: stopped after {index + 1} rounds", flush=True)
                break
    elapsed = time.perf_counter() - started

    report(timings, async_rounds, settings)
    print(f"\nmeasured in {elapsed:.1f} s; {load()} at the end")


def spread(values: list[float]) -> str:
    if len(values) < 2:
        return "-"
    return f"{(max(values) - min(values)) / statistics.median(values) * 100:.0f}%"


def report(
    timings: dict[str, Timing], async_rounds: list[AsyncRound], settings: Settings
) -> None:
    wall = {name: statistics.median(t.wall) for name, t in timings.items()}
    cpu = {name: statistics.median(t.cpu) for name, t in timings.items()}
    rounds = len(async_rounds)

    header = (
        f"{f'sequential, median of {rounds}':<32}{'µs/call':>8}{'calls/s':>8}"
        f"{'ratio':>7}{'spread':>7}{'CPU µs':>8}{'ratio':>7}"
    )
    print(f"\n{header}\n{'-' * len(header)}")
    for name, timing in timings.items():
        print(
            f"{name:<32}{wall[name] * 1e6:>8.0f}{1 / wall[name]:>8.0f}"
            f"{wall[name] / wall[EMULATOR]:>6.2f}x{spread(timing.wall):>7}"
            f"{cpu[name] * 1e6:>8.0f}{cpu[name] / cpu[EMULATOR]:>6.2f}x"
        )
    rate = 1 / wall[EMULATOR]
    print(
        f"ratio: to {EMULATOR}; CPU: this process's (client and server threads).\n"
        f"through the emulator: {rate:.0f} calls/s (target ≥ 1,000: "
        f"{'met' if rate >= 1000 else 'NOT met'}); the emulator's own time per call "
        f"({EMULATOR} - {OURS}): {(wall[EMULATOR] - wall[OURS]) * 1e6:.0f} µs wall, "
        f"{(cpu[EMULATOR] - cpu[OURS]) * 1e6:.0f} µs CPU; its default golden answer "
        f"(one job to parse) adds {(wall[GOLDEN] - wall[EMULATOR]) * 1e6:.0f} µs"
    )

    middle = sorted(async_rounds, key=lambda r: r.seconds)[rounds // 2]
    errors: Counter[str] = sum((r.errors for r in async_rounds), Counter())
    refused: Counter[str] = sum((r.refused for r in async_rounds), Counter())
    retries = sum(r.received for r in async_rounds) - rounds * settings.async_calls
    header = (
        f"{f'async, concurrency {CONCURRENCY}':<24}{'calls':>6}{'total s':>9}"
        f"{'calls/s':>9}{'spread':>7}{'CPU µs':>8}{'errors':>8}{'retries':>9}  non-200"
    )
    print(f"\n{header}\n{'-' * len(header)}")
    print(
        f"{EMULATOR:<24}{settings.async_calls:>6}{middle.seconds:>9.2f}"
        f"{settings.async_calls / middle.seconds:>9.0f}"
        f"{spread([r.seconds for r in async_rounds]):>7}"
        f"{middle.cpu / settings.async_calls * 1e6:>8.0f}"
        f"{sum(errors.values()):>8}{retries:>9}  {dict(refused) or 'none'}"
    )
    print(
        f"(median round of {rounds}; errors, retries and non-200 answers over all rounds)"
    )
    if errors:
        print(f"exceptions by type: {dict(errors)}")

    print("\nper-call overhead above bare httpx, against the minimal server:")
    print(f"{'':<16}{'wall µs':>8}{'CPU µs':>8}")
    overhead = {
        label: (wall[name] - wall[HTTPX], cpu[name] - cpu[HTTPX])
        for label, name in (("ours", OURS), ("official", OFFICIAL))
    }
    for label, (over_wall, over_cpu) in overhead.items():
        print(f"  {label:<14}{over_wall * 1e6:>8.0f}{over_cpu * 1e6:>8.0f}")
    ratios = [
        f"{ours / official:.2f}" if official > 0 else "n/a"
        for ours, official in zip(overhead["ours"], overhead["official"], strict=True)
    ]
    print(f"  {'ours/official':<14}{ratios[0]:>8}{ratios[1]:>8}   (target ≤ 0.7)")
    print(
        "  the official SDK above its own transport (bare requests): "
        f"{(wall[OFFICIAL] - wall[REQUESTS]) * 1e6:.0f} µs wall, "
        f"{(cpu[OFFICIAL] - cpu[REQUESTS]) * 1e6:.0f} µs CPU"
    )


if __name__ == "__main__":
    main()
