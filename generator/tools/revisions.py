"""Spec trees named on the command line: a folder, or `REV:PATH`, a folder at a git revision.

`REV:PATH` is git's own syntax (`HEAD~1:specs`, `v1.2.0:specs`, `main:./specs`), read in the
repository of the current folder; the tree is exported with `git archive` into a temporary folder
that lives as long as the `spec_tree` context. The archive is checked member by member before
anything is extracted (`extract`), on every Python: nothing may land or point outside that folder.
"""

from __future__ import annotations

import io
import posixpath
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from ..base.diagnostics import Diagnostic

_GIT_TIMEOUT = 120  # seconds: a local archive of a spec folder takes a fraction of that


class RevisionError(Exception):
    """The argument is neither a folder nor a git revision of one (a usage error)."""


@dataclass(frozen=True)
class SpecTree:
    """A spec folder on disk, and how to name it to the user."""

    path: Path
    label: str  # the argument as given
    exported: bool  # True: a temporary copy of a git tree

    def shown(self, diagnostic: Diagnostic) -> Diagnostic:
        """A diagnostic that names the file as `REV:PATH/file`, not as the temporary copy."""
        if not self.exported or not diagnostic.path.is_relative_to(self.path):
            return diagnostic
        inner = diagnostic.path.relative_to(self.path).as_posix()
        return replace(diagnostic, path=Path(f"{self.label.rstrip('/')}/{inner}"))


@contextmanager
def spec_tree(argument: str, cwd: Path | None = None) -> Iterator[SpecTree]:
    """The folder `argument` names, exporting it from git first when it is `REV:PATH`."""
    folder = (cwd or Path.cwd()) / argument
    if folder.is_dir():
        yield SpecTree(folder if cwd else Path(argument), argument, exported=False)
        return
    if ":" not in argument or argument.startswith("-"):
        raise RevisionError(
            f"{argument}: no such folder (a git revision is written REV:PATH, e.g. HEAD~1:specs)"
        )
    tree = _tree_id(argument, cwd)
    archive = _git(["archive", "--format=tar", tree], cwd)
    with tempfile.TemporaryDirectory(prefix="acs-specgen-diff-") as temporary:
        try:
            extract(archive, Path(temporary))
        except UnsafeArchive as exc:
            raise RevisionError(
                f"{argument}: cannot be exported safely: {exc}"
            ) from None
        yield SpecTree(Path(temporary), argument, exported=True)


class UnsafeArchive(Exception):
    """A member of an archive would land, or point, outside the folder it is extracted into."""


# The members are vetted by `_check` and after extraction, alike on every Python; Python's own
# filters (3.11.4 and later) are told so, where they exist, rather than left to their default.
_TRUSTED = (
    {"filter": "fully_trusted"} if hasattr(tarfile, "fully_trusted_filter") else {}
)


def extract(archive: bytes, folder: Path) -> None:
    """Extract a tar archive into `folder`, refusing it whole unless every member stays inside.

    Refused before anything is written: an absolute name or one with `..`, a name twice, a
    member below a symlink of the archive (it would be written through the link), a symlink
    whose target leaves the folder, a hard link to anything but a file extracted before it,
    and anything that is not a file, a folder or a link. After extraction each symlink is resolved where it
    stands, so that a chain of links, each inside on its own, cannot lead out either.
    """
    try:
        with tarfile.open(fileobj=io.BytesIO(archive), mode="r:") as tar:
            members = tar.getmembers()
            _check(members)
            tar.extractall(folder, members=members, **_TRUSTED)  # type: ignore[arg-type]
    except tarfile.TarError as exc:
        raise UnsafeArchive(str(exc)) from None
    root = folder.resolve()
    for member in members:
        if member.issym():
            try:
                leads = (folder / member.name).resolve()
            except (OSError, RuntimeError):  # a loop of links
                raise UnsafeArchive(f"{member.name} is a loop of symlinks") from None
            if not leads.is_relative_to(root):
                raise UnsafeArchive(
                    f"{member.name} is a symlink leading outside the folder"
                )


def _check(members: list[tarfile.TarInfo]) -> None:
    links = {m.name for m in members if m.issym()}
    files: set[str] = set()
    seen: set[str] = set()
    for member in members:
        name = member.name
        parts = PurePosixPath(name).parts
        if name.startswith("/") or ".." in parts:
            raise UnsafeArchive(f"{name!r} is not a path inside the folder")
        if name in seen:  # a second member would be written through the first, a link
            raise UnsafeArchive(f"{name} appears twice")
        seen.add(name)
        below = [p for p in _parents(name) if p in links]
        if below:
            raise UnsafeArchive(f"{name} lies below the symlink {below[0]}")
        if member.issym():
            target = posixpath.normpath(
                posixpath.join(posixpath.dirname(name), member.linkname)
            )
            if member.linkname.startswith("/") or target.split("/")[0] == "..":
                raise UnsafeArchive(
                    f"{name} is a symlink to {member.linkname}, outside the folder"
                )
        elif member.islnk():
            if member.linkname not in files:
                raise UnsafeArchive(
                    f"{name} is a hard link to {member.linkname}, not to a file before it"
                )
        elif member.isfile():
            files.add(name)
        elif not member.isdir():
            raise UnsafeArchive(f"{name} is neither a file, a folder nor a link")


def _parents(name: str) -> Iterator[str]:
    """`a`, `a/b` for `a/b/c`: the folders a member lies in."""
    parts = PurePosixPath(name).parts
    for end in range(1, len(parts)):
        yield "/".join(parts[:end])


def _tree_id(argument: str, cwd: Path | None) -> str:
    # `REV:PATH^{tree}` would read `^{tree}` as part of the path: resolve, then ask the type.
    try:
        found = (
            _git(["rev-parse", "--verify", "--quiet", argument], cwd).decode().strip()
        )
        kind = _git(["cat-file", "-t", found], cwd).decode().strip() if found else ""
    except RevisionError as exc:
        raise RevisionError(
            f"{argument}: not a folder at a git revision ({exc})"
        ) from None
    if not re.fullmatch(r"[0-9a-f]{40,64}", found) or kind != "tree":
        what = f"a {kind}" if kind else "nothing"
        raise RevisionError(f"{argument}: names {what}, not a folder at a git revision")
    return found


def _git(arguments: list[str], cwd: Path | None) -> bytes:
    try:
        done = subprocess.run(
            ["git", *arguments],
            cwd=cwd,
            capture_output=True,
            timeout=_GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise RevisionError("git is not installed") from None
    except subprocess.TimeoutExpired:
        raise RevisionError(f"git {arguments[0]} took over {_GIT_TIMEOUT} s") from None
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise RevisionError(message[0] if message else "unknown revision or path")
    return done.stdout
