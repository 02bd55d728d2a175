"""How a command ends: its exit status (0 success, 1 failed, 2 usage: see `cli/__init__.py`),
printed after the progress line is cleared. Every command uses these, `watch` included.
"""

from __future__ import annotations

from .progress import TerminalProgress

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def clear_progress(progress: TerminalProgress | None) -> None:
    """Erase the progress line, if one is drawn, before printing an outcome."""
    if progress is not None:
        progress.clear()
