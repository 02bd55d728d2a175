"""Waiters: `Client.wait_<name>(...)` polls an operation until its status says it is done.

Each poll calls the operation with the waiter's arguments and reads the status at the waiter's
path (see `info.Waiter`). It returns the response once the status is a success value (every
item's, for a path through a list: and at least one item), raises `WaiterFailedError` once a
status is a failure value, and `WaiterTimeoutError` when neither came before the deadline. The
wait between polls starts at `delay` and doubles up to `max_delay`; the last one is cut short
so that the final poll happens at the deadline. Errors of the calls themselves (after the
client's own retries) propagate unchanged.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from .errors import WaiterFailedError, WaiterTimeoutError
from .info import Waiter

EACH = "[]"


def states(model: Any, path: tuple[str, ...]) -> list[Any]:
    """The status values at `path` ("[]": each item of a list), as their wire values."""
    values = [model]
    for step in path:
        if step == EACH:
            values = [item for value in values for item in (value or ())]
        else:
            values = [getattr(value, step, None) for value in values]
    return [
        getattr(value, "value", value) for value in values
    ]  # enums: their wire value


class Polling:
    """One wait: decides after each poll whether to stop, fail or sleep (sync and async)."""

    def __init__(
        self,
        name: str,
        waiter: Waiter,
        delay: float | None,
        max_wait: float | None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        if delay is not None and not delay > 0:
            raise ValueError(
                f"delay must be a positive number of seconds, got {delay!r}"
            )
        if max_wait is not None and not max_wait >= 0:
            raise ValueError(f"max_wait must be 0 or more seconds, got {max_wait!r}")
        self.name = name
        self.waiter = waiter
        self.pause = waiter.delay if delay is None else delay  # the next wait
        self.max_delay = max(self.pause, waiter.max_delay)
        # By default this module's `time.monotonic`, looked up now: a test may fake it.
        self.clock = time.monotonic if clock is None else clock
        self.started = self.clock()
        self.deadline = self.started + (
            waiter.timeout if max_wait is None else max_wait
        )
        self.polls = 0

    def after(self, response: Any) -> float | None:
        """None: done, `response` is the answer; else the seconds to sleep before polling again."""
        self.polls += 1
        found = states(response, self.waiter.status)
        failed = [value for value in found if _text(value) in self.waiter.failure]
        if failed:
            raise WaiterFailedError(
                self.name,
                f"the status is {_text(failed[0])!r}, a failure (after {self.polls} poll(s))",
                response,
                found,
            )
        if found and all(_text(value) in self.waiter.success for value in found):
            return None
        now = self.clock()
        if now >= self.deadline:
            shown = sorted({repr(_text(value)) for value in found}) or ["none"]
            raise WaiterTimeoutError(
                self.name,
                f"still {', '.join(shown)} after {now - self.started:.1f}s "
                f"and {self.polls} poll(s)",
                response,
                found,
            )
        pause, self.pause = self.pause, min(self.pause * 2, self.max_delay)
        return min(pause, self.deadline - now)


def _text(value: Any) -> Any:
    """Status values are compared as the spec writes them: booleans and numbers as text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if value is None else str(value)
