"""The progress line: one `\\r` line on stderr, only on a terminal, never in CI or under -q.

It is the `Progress` callback (`base/progress.py`) the command line hands the stages.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from typing import TextIO


def in_ci(environ: Mapping[str, str]) -> bool:
    """CI services set `CI` (to `true`, `1`, or a name); `CI=false` or `0` is not CI."""
    return environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


class TerminalProgress:
    """Draws `stage done/total` over itself at most `per_second` times a second."""

    def __init__(
        self,
        stream: TextIO,
        *,
        per_second: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._interval = 1.0 / per_second
        self._clock = clock
        self._last_draw = float("-inf")
        self._stage = ""
        self._width = 0  # of the line on screen, to clear it

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self._clock()
        new_stage = stage != self._stage
        if not new_stage and done < total and now - self._last_draw < self._interval:
            return
        self._stage, self._last_draw = stage, now
        self._draw(f"{stage} {done}/{total}")

    def clear(self) -> None:
        """Erase the line: what is printed next starts on a clean line."""
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0
        self._stage = ""

    def _draw(self, line: str) -> None:
        padding = " " * max(0, self._width - len(line))
        self._stream.write("\r" + line + padding)
        self._stream.flush()
        self._width = len(line)


def for_stream(
    stream: TextIO, *, quiet: bool, environ: Mapping[str, str] | None = None
) -> TerminalProgress | None:
    """A progress line on `stream` when it is a terminal, not in CI and not quiet; else None."""
    environ = os.environ if environ is None else environ
    if quiet or in_ci(environ):
        return None
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):  # a closed or odd stream
        return None
    return TerminalProgress(stream) if interactive else None
