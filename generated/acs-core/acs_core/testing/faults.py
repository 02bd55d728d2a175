"""Faults a test injects for the next N requests: the gateway's calls, OSS's, or either.

    emu.inject("throttling", count=2)                         # the next two requests
    emu.inject("server_error", operation="UploadPart", skip=5)   # the 6th UploadPart only
    emu.inject("drop", on="oss", after_bytes=65536)   # mid-body, while the body is sent
    emu.inject("cut", operation="GetObject")          # the answer's body stops half-way
    emu.inject("wrong_crc", operation="CompleteMultipartUpload")   # a whole object's CRC

Kinds (`FAULTS`):

* "throttling", "server_error": an error answer instead of the real one; `code=`, `status=`
  and `message=` choose it (an OSS error also `ec=`), else the kind's own for the service.
* "delay": sleep `seconds=` (1.0), then answer as usual.
* "drop": close the connection unanswered; with `after_bytes=N`, only once N bytes of the
  request body were read (as a connection that breaks while the body is sent; the gateway reads
  a body whole before anything else, so there it drops after the body).
* "cut": answer the status line and headers (Content-Length the whole body's), then only
  `after_bytes=` bytes of the body (half of it by default), and close the connection.
* "wrong_crc", "no_crc" (OSS only): the answer goes out with its `x-oss-hash-crc64ecma` off
  by one bit, or without it. They wait for an answer that carries the header (PutObject,
  GetObject, HeadObject, UploadPart, CompleteMultipartUpload, CopyObject, ...).

Which requests a fault waits for: `on=` None (any), "gateway" (the products' API calls) or
"oss"; `operation=` (a name as `emu.requests` records it: "UploadPart", "GetVideoInfo") only
requests for that operation (OSS names a request by its method and query as it arrives; the
gateway once it is routed, so after its signature was checked); `skip=N` lets the first N
requests it waits for through (each fault counts its own). Faults are taken oldest first, one
per request at a time; `emu.requests` records the fault each request met (`fault`).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any, Protocol

from .answers import Drop, Refusal

__all__ = [
    "ANSWER_FAULTS",
    "ARRIVAL_FAULTS",
    "FAULTS",
    "OSS_FAULTS",
    "TARGETS",
    "Fault",
    "Faults",
    "cut_point",
]

FAULTS = (
    "throttling",
    "server_error",
    "delay",
    "drop",
    "cut",
    "wrong_crc",
    "no_crc",
)
# Taken when a request arrives (or is routed); the others when its answer is ready.
ARRIVAL_FAULTS = ("throttling", "server_error", "delay", "drop", "cut")
ANSWER_FAULTS = ("wrong_crc", "no_crc")
OSS_FAULTS = ANSWER_FAULTS  # kinds only OSS answers have room for
# Which requests a fault waits for: None (the next requests of any kind), "gateway" (the
# products' API calls) or "oss" (Object Storage Service requests).
TARGETS = (None, "gateway", "oss")
_OPTIONS = {
    "throttling": {"code", "status", "message", "ec"},
    "server_error": {"code", "status", "message", "ec"},
    "delay": {"seconds"},
    "drop": {"after_bytes"},
    "cut": {"after_bytes"},
    "wrong_crc": set(),
    "no_crc": set(),
}


@dataclass
class Fault:
    kind: str
    remaining: int
    target: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    operation: str | None = None  # only requests for this operation
    skip: int = 0  # requests still to let through first


class Noted(Protocol):
    """Where the fault a request met is noted (`received.ReceivedRequest`)."""

    fault: Fault | None


def cut_point(fault: Fault, length: int) -> int:
    """How many bytes of a `length`-byte body a "cut" (or "drop") lets through."""
    after = fault.options.get("after_bytes")
    return length // 2 if after is None else max(0, min(int(after), length))


class Faults:
    """The faults still to come, oldest first; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[Fault] = deque()

    def add(
        self, kind: str, count: int, target: str | None, options: dict[str, Any]
    ) -> None:
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}; use one of {', '.join(FAULTS)}")
        if target not in TARGETS:
            raise ValueError(
                f"unknown target {target!r}; use None (any request), 'gateway' or 'oss'"
            )
        if kind in OSS_FAULTS:
            if target == "gateway":
                raise ValueError(f"fault {kind!r} is for OSS answers only")
            target = "oss"
        options = dict(options)
        operation = options.pop("operation", None)
        skip = int(options.pop("skip", 0))
        unknown = sorted(set(options) - _OPTIONS[kind])
        if unknown:
            raise ValueError(f"fault {kind!r} takes no option {', '.join(unknown)}")
        if count < 1 or skip < 0:
            raise ValueError("count must be at least 1 and skip at least 0")
        with self._lock:
            self._queue.append(Fault(kind, count, target, options, operation, skip))

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

    def pending(self) -> list[Fault]:
        """The faults still waiting for requests, oldest first."""
        with self._lock:
            return [fault for fault in self._queue if fault.remaining > 0]

    def take(
        self,
        target: str,
        operation: str | None = None,
        *,
        kinds: Collection[str] = ARRIVAL_FAULTS,
        unnamed: bool = True,
    ) -> Fault | None:
        """The oldest fault of `kinds` waiting for a request of `target` ("gateway" or
        "oss") for `operation` (None: not known yet), counted. Faults that name no operation
        are considered only when `unnamed`: a request routed after it arrived is offered them
        once, on arrival."""
        with self._lock:
            queue = self._queue
            while queue and queue[0].remaining <= 0:
                queue.popleft()
            for fault in queue:
                if (
                    fault.remaining <= 0
                    or fault.kind not in kinds
                    or fault.target not in (None, target)
                ):
                    continue
                if fault.operation is None and not unnamed:
                    continue
                if fault.operation is not None and fault.operation != operation:
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    continue
                fault.remaining -= 1
                return fault
            return None

    def apply(
        self,
        target: str,
        throttling: tuple[str, int | None],
        server_error: tuple[str, int | None],
        received: Noted,
        operation: str | None = None,
        *,
        unnamed: bool = True,
    ) -> Fault | None:
        """Take the next fault for a request of `target`, note it in `received.fault` and act
        on it: raise a `Refusal` (with the code and status given for its kind, unless the test
        chose them) or `Drop` (a "drop" without `after_bytes`), or sleep for a delay. A "cut",
        or a "drop" after some bytes, is returned for the caller to carry out (also a delay,
        done)."""
        fault = self.take(target, operation, unnamed=unnamed)
        if fault is None:
            return None
        received.fault = fault
        options = fault.options
        if fault.kind in ("throttling", "server_error"):
            code, status = throttling if fault.kind == "throttling" else server_error
            raise Refusal(
                options.get("code", code),
                options.get("message"),
                status=options.get("status", status),
            )
        if fault.kind == "delay":
            time.sleep(float(options.get("seconds", 1.0)))
        if fault.kind == "drop" and "after_bytes" not in options:
            raise Drop
        return fault
