"""Stage 5, format: black, in-process, with its two self-checks and a cache keyed by content.

The cache matters: black costs about 0.2 ms per line, and a regeneration where little changed
should pay only for what changed. Black is imported only when something needs formatting.
"""

from __future__ import annotations

import ast
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .diagnostics import GenerationError

if TYPE_CHECKING:
    import black

LINE_LENGTH = 88
_CACHE_VERSION = "1"


def _mode() -> black.Mode:
    import black
    from black.mode import TargetVersion

    return black.Mode(target_versions={TargetVersion.PY310}, line_length=LINE_LENGTH)


def _cache_dir() -> Path | None:
    configured = os.environ.get("ACS_SPECGEN_CACHE")
    if configured == "":
        return None
    base = Path(configured) if configured else Path.home() / ".cache" / "acs-specgen"
    return base


class Formatter:
    """Formats generated Python; remembers results on disk by hash of input and black's mode."""

    def __init__(
        self, cache_dir: Path | None = None, *, use_cache: bool = True
    ) -> None:
        self._cache_dir = (cache_dir or _cache_dir()) if use_cache else None
        self._key_prefix: str | None = None

    def _key(self, source: str) -> str:
        if self._key_prefix is None:
            from importlib.metadata import version

            black_version = version("black")
            mode_key = _mode().get_cache_key()
            self._key_prefix = f"{_CACHE_VERSION}:{black_version}:{mode_key}:"
        return hashlib.sha256((self._key_prefix + source).encode("utf-8")).hexdigest()

    def format(self, source: str, label: str) -> str:
        return self.format_many([(source, label)])[0]

    def format_many(self, sources: list[tuple[str, str]]) -> list[str]:
        """Format (source, label) pairs; cache misses run on every core when there are many."""
        results: list[str | None] = []
        misses: list[int] = []
        for index, (source, label) in enumerate(sources):
            _check_parses(source, label)
            hit = self._read_cache(source)
            results.append(hit)
            if hit is None:
                misses.append(index)
        formatted = _run_black([sources[index] for index in misses])
        for index, text in zip(misses, formatted, strict=True):
            results[index] = text
            cached = self._cache_path(sources[index][0])
            if cached is not None:
                self._store(cached, text)
        return [text for text in results if text is not None]

    def _read_cache(self, source: str) -> str | None:
        """A cached result, trusted only if it still parses (a cache is not a source of truth)."""
        path = self._cache_path(source)
        if path is None or not path.is_file():
            return None
        try:
            text = path.read_text(encoding="utf-8")
            ast.parse(text)
        except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
            return None
        return text

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
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time


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
    try:
        formatted = black.format_str(source, mode=_mode())
        black.assert_equivalent(source, formatted)
        black.assert_stable(source, formatted, mode=_mode())
    except Exception as exc:  # black raises several unrelated types
        raise GenerationError(
            f"{label}: black could not format the generated code: {exc}"
        ) from exc
    return formatted


# Below this much source a process pool (each worker imports black) costs more than it saves.
_PARALLEL_THRESHOLD = 200_000  # characters, about 4,000 lines


def _run_black(items: list[tuple[str, str]]) -> list[str]:
    workers = min(os.cpu_count() or 1, 8)
    size = sum(len(source) for source, _ in items)
    if len(items) < 2 or size < _PARALLEL_THRESHOLD or workers < 2:
        return [_black(item) for item in items]
    from concurrent.futures import ProcessPoolExecutor

    # Largest first, so one big module does not finish last on its own.
    order = sorted(range(len(items)), key=lambda i: -len(items[i][0]))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        done = list(pool.map(_black, [items[i] for i in order], chunksize=4))
    results = [""] * len(items)
    for position, index in enumerate(order):
        results[index] = done[position]
    return results
