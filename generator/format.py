"""Stage 5, format: black, in-process, with its two self-checks and a cache keyed by content.

The plan lays code out in black's shape, so black mostly confirms what it is given; when it does,
its self-checks are proven already and skipped. What black has formatted before is known from the
committed format record (`record.py`) or the cache, and not formatted again. Black is imported
only when something needs formatting.
"""

from __future__ import annotations

import ast
import atexit
import hashlib
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .base.cache import cache_root
from .base.diagnostics import GenerationError
from .base.marks import MEMBER_MARK, TOP_LEVEL_MARK
from .base.progress import Progress, counting
from .python.layout import LINE_LENGTH

if TYPE_CHECKING:
    import black

_CACHE_VERSION = "2"


TARGET_VERSION = "PY310"  # the oldest Python the generated packages support


def _mode() -> black.Mode:
    import black
    from black.mode import TargetVersion

    return black.Mode(
        target_versions={TargetVersion[TARGET_VERSION]}, line_length=LINE_LENGTH
    )


class Formatter:
    """Formats generated Python; remembers results on disk by hash of input and black's mode."""

    def __init__(
        self, cache_dir: Path | None = None, *, use_cache: bool = True
    ) -> None:
        self._cache_dir = (cache_dir or cache_root()) if use_cache else None
        self._key_prefix: str | None = None

    def _key(self, source: str) -> str:
        if self._key_prefix is None:
            from importlib.metadata import version

            # Black's version and our mode settings, known without importing black, so a run
            # whose every file is cached never pays for `import black`.
            black_version = version("black")
            mode_key = f"{TARGET_VERSION}:{LINE_LENGTH}"
            self._key_prefix = f"{_CACHE_VERSION}:{black_version}:{mode_key}:"
        return hashlib.sha256((self._key_prefix + source).encode("utf-8")).hexdigest()

    @property
    def identity(self) -> str:
        """What the output depends on besides the input: black's major version (its style is
        stable within a calendar year, and pinned to one) and the mode. It keys the committed
        format record, so it is the same on every machine that installs the pinned black.
        """
        from importlib.metadata import version

        major = version("black").split(".")[0]
        return f"black {major}.x, target {TARGET_VERSION}, line length {LINE_LENGTH}"

    def format(self, source: str, label: str) -> str:
        return self.format_many([(source, label)])[0]

    def format_many(
        self, sources: list[tuple[str, str]], progress: Progress | None = None
    ) -> list[str]:
        """Format (source, label) pairs; cache misses run on every core when there are many.

        `progress` hears of each block black formats (none when all are known).

        A source may be cut into blocks by marker lines (see `split_blocks`): each block is
        formatted and cached on its own, so a change to one operation reformats one block, not a
        whole module of thousands of lines.
        """
        blocks = [split_blocks(source) for source, _ in sources]
        jobs = [
            (
                block.black_input,
                label if len(file_blocks) == 1 else f"{label} (block {number})",
            )
            for (_, label), file_blocks in zip(sources, blocks, strict=True)
            for number, block in enumerate(file_blocks, start=1)
        ]
        formatted = iter(self._format_jobs(jobs, progress))
        results = []
        for (_, label), file_blocks in zip(sources, blocks, strict=True):
            text = join_blocks(file_blocks, [next(formatted) for _ in file_blocks])
            if len(file_blocks) > 1:
                _check_parses(text, label)  # the joints, too, must make a valid module
            results.append(text)
        return results

    def _format_jobs(
        self, jobs: list[tuple[str, str]], progress: Progress | None
    ) -> list[str]:
        results: list[str | None] = []
        misses: list[int] = []
        for index, (source, _) in enumerate(jobs):
            # A hit was formatted (and so parsed) before; only new text needs the parse check.
            hit = self._read_cache(source)
            results.append(hit)
            if hit is None:
                misses.append(index)
        step = counting(progress, "formatting", len(misses))
        formatted = _run_black([jobs[index] for index in misses], step)
        for index, text in zip(misses, formatted, strict=True):
            results[index] = text
            cached = self._cache_path(jobs[index][0])
            if cached is not None:
                self._store(cached, text)
        return [text for text in results if text is not None]

    def _read_cache(self, source: str) -> str | None:
        """A cached result, trusted only if its checksum still matches (a cache is not a source
        of truth: a damaged or edited entry is formatted again)."""
        path = self._cache_path(source)
        if path is None or not path.is_file():
            return None
        try:
            checksum, _, text = path.read_text(encoding="utf-8").partition("\n")
        except (OSError, UnicodeDecodeError):
            return None
        return text if checksum == _checksum(text) else None

    def _cache_path(self, source: str) -> Path | None:
        if self._cache_dir is None:
            return None
        key = self._key(source)
        return self._cache_dir / key[:2] / key

    @staticmethod
    def _store(path: Path, text: str) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(f"{_checksum(text)}\n{text}", encoding="utf-8")
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time


# Blocks cut at the marks (`base/marks.py`) are formatted on their own: a top-level block as a
# module, a member block inside a stand-in class. Joined with the blank lines black puts there,
# the result is what black gives for the whole file (the golden-record tests run `black --check`
# on it).
_STAND_IN = "class _Member:\n"


@dataclass(frozen=True)
class Block:
    member: bool
    text: str

    @property
    def black_input(self) -> str:
        return _STAND_IN + self.text.lstrip("\n") if self.member else self.text


def split_blocks(source: str) -> list[Block]:
    blocks: list[Block] = []
    member, lines = False, list[str]()
    for line in source.splitlines(keepends=True):
        mark = line.strip()
        if mark in (TOP_LEVEL_MARK, MEMBER_MARK):
            blocks.append(Block(member, "".join(lines)))
            member, lines = mark == MEMBER_MARK, []
        else:
            lines.append(line)
    blocks.append(Block(member, "".join(lines)))
    return blocks


def join_blocks(blocks: list[Block], formatted: list[str]) -> str:
    text = formatted[0]
    for block, result in zip(blocks[1:], formatted[1:], strict=True):
        if block.member:
            text = text.rstrip("\n") + "\n\n" + result.removeprefix(_STAND_IN)
        else:
            text = text.rstrip("\n") + "\n\n\n" + result
    return text


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _check_parses(source: str, label: str) -> None:
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
    _check_parses(source, label)  # here, so that it runs on every core too
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


def _run_black(
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
