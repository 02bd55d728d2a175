"""Where the generator remembers work between runs, keyed by content, never trusted blindly.

`ACS_SPECGEN_CACHE` moves the folder (default `~/.cache/acs-specgen`); set it empty to turn
caching off. A cache that cannot be read or written only costs time.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def cache_root() -> Path | None:
    configured = os.environ.get("ACS_SPECGEN_CACHE")
    if configured == "":
        return None
    return Path(configured) if configured else Path.home() / ".cache" / "acs-specgen"


def digest(*parts: str | bytes) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8") if isinstance(part, str) else part)
        hasher.update(b"\0")
    return hasher.hexdigest()


class Markers:
    """Remembers that some content passed a check (one empty file per content digest)."""

    def __init__(self, kind: str, root: Path | None = None) -> None:
        base = root if root is not None else cache_root()
        self._folder = base / kind if base is not None else None

    def _path(self, key: str) -> Path | None:
        return None if self._folder is None else self._folder / key[:2] / key

    def has(self, key: str) -> bool:
        path = self._path(key)
        return path is not None and path.is_file()

    def add(self, key: str) -> None:
        path = self._path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        except OSError:
            pass
