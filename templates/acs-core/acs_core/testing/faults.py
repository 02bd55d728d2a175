"""Faults a test injects for the next N requests: the gateway's calls, OSS's, or either."""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from .answers import Drop, Refusal

__all__ = ["FAULTS", "TARGETS", "Fault", "Faults"]

FAULTS = ("throttling", "server_error", "delay", "drop")
# Which requests a fault waits for: None (the next requests of any kind), "gateway" (the
# products' API calls) or "oss" (Object Storage Service requests).
TARGETS = (None, "gateway", "oss")


@dataclass
class Fault:
    kind: str
    remaining: int
    target: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


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
        with self._lock:
            self._queue.append(Fault(kind, count, target, options))

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

    def take(self, target: str) -> Fault | None:
        """The oldest fault waiting for a request of `target` ("gateway" or "oss"), counted."""
        with self._lock:
            queue = self._queue
            while queue and queue[0].remaining <= 0:
                queue.popleft()
            if not queue:
                return None
            for fault in queue:
                if fault.remaining > 0 and fault.target in (None, target):
                    fault.remaining -= 1
                    return fault
            return None

    def apply(
        self,
        target: str,
        throttling: tuple[str, int | None],
        server_error: tuple[str, int | None],
    ) -> None:
        """Raise the next fault for `target` (a `Refusal` with the code and status given for
        its kind, unless the test chose them, or `Drop`), or sleep for a delay."""
        fault = self.take(target)
        if fault is None:
            return
        options = fault.options
        if fault.kind in ("throttling", "server_error"):
            code, status = throttling if fault.kind == "throttling" else server_error
            raise Refusal(
                options.get("code", code), status=options.get("status", status)
            )
        if fault.kind == "delay":
            time.sleep(float(options.get("seconds", 1.0)))
        if fault.kind == "drop":
            raise Drop
