"""The format record: which rendered text became which formatted bytes, kept in OUT's manifest.

For every file it formats, a run records the digest of the text it handed to the formatter (keyed
by the formatter's identity: black's major version and mode) and the digest of the bytes it
wrote. The manifest is committed with OUT, so a later run on any machine, a fresh clone included,
can take a file as it stands when both still match: the same text would format to the same bytes,
and the bytes on disk are the ones that were written. No cache outside the repository is needed.

A file edited by hand no longer matches its written digest: it is formatted again, and `check`
reports it as drift. Only a record edited together with its file could mislead a run, which is
what `--verify` is for: it formats everything and so proves the record (a lie shows as drift).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from ..write import read_manifest


def rendered_digest(formatter_identity: str, text: str) -> str:
    hasher = hashlib.sha256(formatter_identity.encode("utf-8"))
    hasher.update(b"\0")
    hasher.update(text.encode("utf-8"))
    return hasher.hexdigest()


def written_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def entry(rendered: str, written: bytes) -> dict[str, str]:
    """One file's record, as the manifest keeps it."""
    return {"rendered": rendered, "written": written_digest(written)}


class FormatRecord:
    """The record OUT's manifest holds, checked against OUT's files before it is trusted."""

    def __init__(self, out: Path | None, entries: Mapping[str, Any]) -> None:
        self._out = out
        self._entries = entries

    @classmethod
    def empty(cls) -> FormatRecord:
        return cls(None, {})

    @classmethod
    def of(cls, out: Path) -> FormatRecord:
        formatted = read_manifest(out).get("formatted", {})
        return cls(out, formatted if isinstance(formatted, dict) else {})

    @property
    def vouches_for_nothing(self) -> bool:
        return not self._entries

    def reuse(self, path: PurePosixPath, rendered: str) -> str | None:
        """The formatted text of `path` if the record vouches for it, else None."""
        recorded = self._entries.get(str(path))
        if self._out is None or not isinstance(recorded, dict):
            return None
        if recorded.get("rendered") != rendered:
            return None
        target = self._out.joinpath(*path.parts)
        try:
            data = target.read_bytes() if target.is_file() else None
        except OSError:
            return None
        if data is None or written_digest(data) != recorded.get("written"):
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return None
