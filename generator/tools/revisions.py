"""Spec trees named on the command line: a folder, or `REV:PATH`, a folder at a git revision.

`REV:PATH` is git's own syntax (`HEAD~1:specs`, `v1.2.0:specs`, `main:./specs`), read in the
repository of the current folder; the tree is exported with `git archive` into a temporary folder
that lives as long as the `spec_tree` context.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

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
        with tarfile.open(fileobj=io.BytesIO(archive), mode="r:") as tar:
            try:
                if hasattr(tarfile, "data_filter"):
                    tar.extractall(temporary, filter="data")
                else:  # Python 3.11 before 3.11.4; the archive is the user's own repository
                    tar.extractall(temporary)
            except (
                tarfile.TarError
            ) as exc:  # the `data` filter refuses a link leading out
                raise RevisionError(
                    f"{argument}: cannot be exported safely: {exc} (a symlink or an absolute "
                    "path leading outside the spec folder?)"
                ) from None
        yield SpecTree(Path(temporary), argument, exported=True)


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
