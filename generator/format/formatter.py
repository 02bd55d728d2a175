"""The formatter: generated Python through black block by block, each result black made
remembered on disk by content (a cache is never trusted blindly: an entry whose checksum fails
is formatted again).

The plan lays code out in black's shape, so black would only confirm what it is given: a block
the proof (`proof/`) shows black would return unchanged is not handed to black at all, and when
black does run and confirms a block, its self-checks are proven already and skipped. What black
has formatted before is known from the committed format record (`record.py`) or the cache, and
not formatted again. `prove=False` (for `--verify`) hands every block to black.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..base.cache import cache_root
from ..base.progress import Progress, counting
from ..python.layout import LINE_LENGTH
from . import workers
from .blocks import join_blocks, split_blocks
from .workers import TARGET_VERSION

_CACHE_VERSION = "2"


class Formatter:
    """Formats generated Python; remembers results on disk by hash of input and black's mode."""

    def __init__(
        self,
        cache_dir: Path | None = None,
        *,
        use_cache: bool = True,
        prove: bool = True,
    ) -> None:
        self._cache_dir = (cache_dir or cache_root()) if use_cache else None
        self._key_prefix: str | None = None
        self._prove = prove

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
                workers.check_parses(
                    text, label
                )  # the joints, too, must make a valid module
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
        formatted = workers.run_black(
            [jobs[index] for index in misses], step, self._prove
        )
        for index, (text, by_black) in zip(misses, formatted, strict=True):
            results[index] = text
            cached = self._cache_path(jobs[index][0]) if by_black else None
            if cached is not None:  # a proven block is proven again faster than read
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


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
