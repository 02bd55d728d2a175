"""A command's invocation: what it runs with (`Invocation`: the parsed arguments, the output
streams, the progress line) and how it ends (an exit status, printed after the progress line is
cleared: 0 success, 1 failed, 2 usage; see `cli/__init__.py`). Every command uses these, `watch`
included.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import TextIO

from .progress import TerminalProgress

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class Invocation:
    """One run of a command: `run(invocation) -> exit status` in each module of `commands/`."""

    args: argparse.Namespace
    out: TextIO
    err: TextIO
    progress: TerminalProgress | None


def clear_progress(progress: TerminalProgress | None) -> None:
    """Erase the progress line, if one is drawn, before printing an outcome."""
    if progress is not None:
        progress.clear()
