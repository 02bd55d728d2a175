"""Progress of long runs, as the stages report it: through a callback (`Progress`) passed down to
them, so a library caller or a test gets no output unless it asks: `progress(stage, done,
total)`, e.g. `progress("formatting blocks", 120, 340)`. The command line draws it as a line on
a terminal (`cli/progress.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Progress(Protocol):
    def __call__(self, stage: str, done: int, total: int) -> None: ...


def counting(progress: Progress | None, stage: str, total: int) -> Callable[[], None]:
    """A step function for a loop: each call reports one more item done (a no-op if None)."""
    if progress is None or total == 0:
        return lambda: None
    done = 0
    progress(stage, 0, total)

    def step() -> None:
        nonlocal done
        done += 1
        progress(stage, done, total)

    return step
