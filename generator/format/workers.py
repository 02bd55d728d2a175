"""Black itself: run in-process or on a pool of worker processes, with its two self-checks,
and the check that every generated file parses. A block the proof (`proof.proven`) shows black
would return unchanged is not handed to black; black is imported only when something needs it.
"""

from __future__ import annotations

import ast
import atexit
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import TYPE_CHECKING

from ..base.diagnostics import GenerationError
from ..python.layout import LINE_LENGTH
from .proof import proven

if TYPE_CHECKING:
    import black

TARGET_VERSION = "PY310"  # the oldest Python the generated packages support


def _mode() -> black.Mode:
    import black
    from black.mode import TargetVersion

    return black.Mode(
        target_versions={TargetVersion[TARGET_VERSION]}, line_length=LINE_LENGTH
    )


def check_parses(source: str, label: str) -> None:
    """Every generated file must parse, whatever the spec said."""
    try:
        ast.parse(source, filename=label)
    except SyntaxError as exc:
        raise GenerationError(
            f"{label}:{exc.lineno}: generated code does not parse: {exc.msg}"
        ) from None


def _format(item: tuple[str, str], prove: bool = True) -> tuple[str, bool]:
    """(the formatted text, whether black made it): the text itself when the proof shows black
    would return it unchanged, else black's output."""
    if prove and proven(item[0]):  # the proof parses the text: it is valid Python
        return item[0], False
    return _black(item), True


def _black(item: tuple[str, str]) -> str:
    """black with its default safety checks: same syntax tree, and stable output."""
    source, label = item
    check_parses(source, label)  # here, so that it runs on every core too
    import black

    try:
        formatted = black.format_str(source, mode=_mode())
        if formatted == source:
            # Black confirmed the text: the same syntax tree, and stable (formatting it again is
            # formatting the input again), so the two self-checks below have nothing to find.
            return formatted
        black.assert_equivalent(source, formatted)
        black.assert_stable(source, formatted, mode=_mode())
    except Exception as exc:  # black raises several unrelated types
        raise GenerationError(
            f"{label}: black could not format the generated code: {exc}"
        ) from exc
    return formatted


# Below this much source a process pool costs more than it saves: the proof confirms a block
# about five times faster than black does, and a worker's start and the round trip of the text
# are paid whatever the block holds.
_PARALLEL_THRESHOLD = 600_000  # characters, about 12,000 lines
_WORKERS = min(os.cpu_count() or 1, 8)
_pool: ProcessPoolExecutor | None = None


def _ready() -> None:
    """A worker's first task: nothing, once it runs the worker is there."""


def warm_up() -> None:
    """Start the formatting workers now, while the caller loads the specs (on the cores that
    loading leaves idle), for a run that will likely format much.
    """
    pool = _workers()
    if pool is not None:
        for _ in range(_WORKERS):
            pool.submit(_ready)


def _workers() -> ProcessPoolExecutor | None:
    """The formatting workers, started once per process and kept for its later runs."""
    global _pool
    if _WORKERS < 2:
        return None
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=_WORKERS)
        atexit.register(_pool.shutdown, cancel_futures=True)
    return _pool


def run_black(
    items: list[tuple[str, str]],
    step: Callable[[], None] = lambda: None,
    prove: bool = True,
) -> list[tuple[str, bool]]:
    """Each item formatted: (text, whether black made it), in order."""
    size = sum(len(source) for source, _ in items)
    pool = _workers() if len(items) >= 2 and size >= _PARALLEL_THRESHOLD else None
    work = partial(_format, prove=prove)
    if pool is None:
        return [_stepped(work(item), step) for item in items]
    # Largest first, so one big module does not finish last on its own.
    order = sorted(range(len(items)), key=lambda i: -len(items[i][0]))
    mapped = pool.map(work, [items[i] for i in order], chunksize=4)
    done = [_stepped(result, step) for result in mapped]  # in order, as they arrive
    results: list[tuple[str, bool]] = [("", False)] * len(items)
    for position, index in enumerate(order):
        results[index] = done[position]
    return results


def _stepped(result: tuple[str, bool], step: Callable[[], None]) -> tuple[str, bool]:
    step()
    return result
