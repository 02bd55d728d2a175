"""Black itself: run in-process or on a pool of worker processes, with its two self-checks,
and the check that every generated file parses. Black is imported only when something needs
formatting.
"""

from __future__ import annotations

import ast
import atexit
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

from ..base.diagnostics import GenerationError
from ..python.layout import LINE_LENGTH

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


def _black(item: tuple[str, str]) -> str:
    """black with its default safety checks: same syntax tree, and stable output."""
    import black

    source, label = item
    check_parses(source, label)  # here, so that it runs on every core too
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


# Below this much source a process pool (each worker imports black) costs more than it saves.
_PARALLEL_THRESHOLD = 200_000  # characters, about 4,000 lines
_WORKERS = min(os.cpu_count() or 1, 8)
_pool: ProcessPoolExecutor | None = None


def _import_black() -> None:
    import black  # noqa: F401 - a worker's warm-up


def warm_up() -> None:
    """Start the formatting workers now and let them import black while the caller loads the
    specs (on the cores that loading leaves idle), for a run that will likely format much.
    """
    pool = _workers()
    if pool is not None:
        for _ in range(_WORKERS):
            pool.submit(_import_black)


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
    items: list[tuple[str, str]], step: Callable[[], None] = lambda: None
) -> list[str]:
    size = sum(len(source) for source, _ in items)
    pool = _workers() if len(items) >= 2 and size >= _PARALLEL_THRESHOLD else None
    if pool is None:
        return [_stepped(_black(item), step) for item in items]
    # Largest first, so one big module does not finish last on its own.
    order = sorted(range(len(items)), key=lambda i: -len(items[i][0]))
    mapped = pool.map(_black, [items[i] for i in order], chunksize=4)
    done = [_stepped(text, step) for text in mapped]  # in order, as they arrive
    results = [""] * len(items)
    for position, index in enumerate(order):
        results[index] = done[position]
    return results


def _stepped(text: str, step: Callable[[], None]) -> str:
    step()
    return text
