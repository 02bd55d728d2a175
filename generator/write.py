"""Stage 6, write: put the generated tree into OUT atomically, and compare OUT with it.

Everything is rendered and formatted in memory first, so a bad spec, template or formatter run
never touches OUT. Writing stages every file beside its target, then renames them all. A manifest
lists what the generator wrote; only files listed there are ever removed, and a file it did not
write is never overwritten. No path may leave OUT.

The manifest also holds the format record (see `format/record.py`): for each formatted file, the
digest of the text handed to the formatter and of the bytes written. It is committed with OUT, so
a fresh clone knows what was formatted without any cache.

Imports: nothing of the generator (`format/record.py` reads the manifest through `read_manifest`).
"""

from __future__ import annotations

import difflib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

MANIFEST = PurePosixPath(".acs-specgen-manifest.json")
# What tools leave behind in a generated tree; never reported as drift, never removed.
_IGNORED_PARTS = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".venv"}


class WriteError(Exception):
    """OUT cannot take the generated tree without losing or escaping something."""


@dataclass
class WriteReport:
    written: list[PurePosixPath] = field(default_factory=list)
    unchanged: list[PurePosixPath] = field(default_factory=list)
    removed: list[PurePosixPath] = field(default_factory=list)


@dataclass
class Drift:
    changed: dict[PurePosixPath, str] = field(
        default_factory=dict
    )  # path -> unified diff
    missing: list[PurePosixPath] = field(default_factory=list)
    extra: list[PurePosixPath] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.changed or self.missing or self.extra)


def with_manifest(
    files: dict[PurePosixPath, bytes], formatted: Mapping[str, Any] | None = None
) -> dict[PurePosixPath, bytes]:
    listing = sorted(str(path) for path in files if path != MANIFEST)
    document: dict[str, Any] = {"generator": "acs-specgen", "files": listing}
    if formatted:
        document["formatted"] = dict(sorted(formatted.items()))
    manifest = json.dumps(document, indent=2) + "\n"
    return {**files, MANIFEST: manifest.encode("utf-8")}


def read_manifest(out: Path) -> dict[str, Any]:
    """OUT's manifest, or an empty one; an unreadable manifest is an error, never ignored."""
    path = out / MANIFEST
    if not path.is_file():
        return {}
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(document, dict) or not isinstance(document["files"], list):
            raise TypeError("not a manifest")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise WriteError(
            f"{path}: unreadable manifest ({exc}); delete it to start afresh"
        ) from None
    return document


def _target(out: Path, relative: PurePosixPath) -> Path:
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise WriteError(f"refusing to write outside {out}: {relative}")
    target = out.joinpath(*relative.parts)
    if not target.resolve().is_relative_to(out.resolve()):
        raise WriteError(
            f"refusing to write outside {out} (through a link?): {relative}"
        )
    return target


def _previous_files(out: Path) -> set[PurePosixPath]:
    listing = read_manifest(out).get("files", [])
    return {PurePosixPath(entry) for entry in listing if isinstance(entry, str)}


def write_tree(
    out: Path,
    files: dict[PurePosixPath, bytes],
    formatted: Mapping[str, Any] | None = None,
) -> WriteReport:
    """Write `files` into OUT; `formatted` is the format record the manifest keeps."""
    try:
        return _write_tree(out, with_manifest(files, formatted))
    except OSError as exc:
        raise WriteError(f"cannot write {out}: {exc}") from exc


def _write_tree(out: Path, files: dict[PurePosixPath, bytes]) -> WriteReport:
    previous = _previous_files(out)
    report = WriteReport()
    targets = {relative: _target(out, relative) for relative in sorted(files)}
    for relative, target in targets.items():
        if target.exists() and not target.is_file():
            raise WriteError(f"{relative} is in the way: it is not a file")
    foreign = [
        relative
        for relative, target in targets.items()
        if target.exists()
        and relative not in previous
        and relative != MANIFEST
        and target.read_bytes() != files[relative]
    ]
    if foreign:
        listed = ", ".join(str(path) for path in foreign[:5])
        raise WriteError(
            f"refusing to overwrite files the generator did not write: {listed}"
        )
    stale = sorted(previous - set(files))
    stale_targets = [_target(out, relative) for relative in stale]
    staged: list[tuple[Path, Path]] = []
    try:
        for relative, target in targets.items():
            if target.is_file() and target.read_bytes() == files[relative]:
                report.unchanged.append(relative)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            temporary.write_bytes(files[relative])
            staged.append((temporary, target))
            report.written.append(relative)
        # Before any file lands, the manifest lists old and new files alike, so a run interrupted
        # halfway still owns everything it wrote; the exact list replaces it last.
        if staged:
            final = files[MANIFEST]
            formatted = json.loads(final).get("formatted")
            if _write_manifest(out, previous | set(files), formatted) != final:
                if not any(target.name == MANIFEST.name for _, target in staged):
                    manifest = _target(out, MANIFEST)
                    temporary = manifest.with_name(
                        f".{manifest.name}.{os.getpid()}.tmp"
                    )
                    temporary.write_bytes(final)
                    staged.append((temporary, manifest))
        staged.sort(key=lambda pair: pair[1].name == MANIFEST.name)
        while staged:
            temporary, target = staged[0]
            os.replace(temporary, target)
            staged.pop(0)
    finally:
        for temporary, _ in staged:  # whatever was not renamed into place
            temporary.unlink(missing_ok=True)
    for relative, target in zip(stale, stale_targets, strict=True):
        if target.is_file():
            target.unlink()
            report.removed.append(relative)
            _prune_empty_dirs(target.parent, out)
    return report


def _write_manifest(
    out: Path, listed: set[PurePosixPath], formatted: Mapping[str, Any] | None
) -> bytes:
    """Write a manifest listing `listed`; answer its bytes."""
    target = _target(out, MANIFEST)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.union.tmp")
    temporary.parent.mkdir(parents=True, exist_ok=True)
    manifest = with_manifest(dict.fromkeys(listed, b""), formatted)[MANIFEST]
    temporary.write_bytes(manifest)
    os.replace(temporary, target)
    return manifest


def _prune_empty_dirs(directory: Path, out: Path) -> None:
    """Remove folders a stale file leaves empty; a folder holding anything else stays.

    Only `__pycache__` (Python's own, rebuilt at will) is cleared on the way; a `.venv` or a tool
    cache beside generated code is someone's, and is kept.
    """
    root = out.resolve()
    while directory.resolve() != root and directory.is_dir():
        contents = list(directory.iterdir())
        if any(
            p.name != "__pycache__" or not p.is_dir() or p.is_symlink()
            for p in contents
        ):
            return
        for cache in contents:
            _remove_tree(cache)
        directory.rmdir()
        directory = directory.parent


def _remove_tree(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        for child in path.iterdir():
            _remove_tree(child)
        path.rmdir()
    else:
        path.unlink()


def _existing_files(out: Path) -> set[PurePosixPath]:
    if not out.is_dir():
        return set()
    found = set()
    for path in out.rglob("*"):
        relative = PurePosixPath(path.relative_to(out).as_posix())
        if (
            path.is_file()
            and not _IGNORED_PARTS.intersection(relative.parts)
            and not path.name.endswith(".pyc")
        ):
            found.add(relative)
    return found


def compare_tree(
    out: Path,
    files: dict[PurePosixPath, bytes],
    formatted: Mapping[str, Any] | None = None,
) -> Drift:
    files = with_manifest(files, formatted)
    existing = _existing_files(out)
    drift = Drift()
    for relative in sorted(files):
        if relative not in existing:
            drift.missing.append(relative)
            continue
        actual = out.joinpath(*relative.parts).read_bytes()
        if actual != files[relative]:
            drift.changed[relative] = _diff(relative, actual, files[relative])
    drift.extra = sorted(existing - set(files))
    return drift


def _diff(relative: PurePosixPath, actual: bytes, expected: bytes) -> str:
    old = actual.decode("utf-8", "replace").splitlines(keepends=True)
    new = expected.decode("utf-8", "replace").splitlines(keepends=True)
    lines = difflib.unified_diff(old, new, f"a/{relative}", f"b/{relative}")
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
