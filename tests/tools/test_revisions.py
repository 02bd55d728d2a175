"""Spec trees at git revisions (`REV:PATH`) on either side of `diff`, exported safely: every
member of the archive is checked before extraction, on every Python.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pytest

from generator.tools.revisions import UnsafeArchive, extract

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"


# --- git revisions -------------------------------------------------------------------------------


def git(repo: Path, *argv: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *argv],
        cwd=repo,
        check=True,
        capture_output=True,
        timeout=60,
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helpers: Any) -> Path:
    """A git repository with two commits of specs/: the second tightens JobIds."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    root = tmp_path / "repo"
    shutil.copytree(SPECS / helpers.VOD, root / "specs" / helpers.VOD)
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "first")
    helpers.edit(root / "specs", "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 5")
    git(root, "commit", "-q", "-am", "second")
    monkeypatch.chdir(root)
    return root


def test_git_revisions_are_compared_like_folders(repo: Path, cli: Any) -> None:
    code, out, _ = cli("diff", "HEAD~1:specs", "HEAD:specs")
    assert code == 1
    assert "breaking      parameter JobIds: maxItems lowered from 10 to 5" in out


def test_a_revision_and_the_working_folder_can_be_compared(
    repo: Path, cli: Any
) -> None:
    code, out, _ = cli("diff", "HEAD:specs", "specs")
    assert (code, out.splitlines()[0]) == (0, "No changes.")


def test_an_unknown_revision_is_a_usage_error(repo: Path, cli: Any) -> None:
    code, out, err = cli("diff", "HEAD~5:specs", "specs")
    assert (code, out) == (2, "")
    assert err.startswith("error: HEAD~5:specs: not a folder at a git revision")


def test_a_revision_of_a_file_is_a_usage_error(repo: Path, cli: Any) -> None:
    code, _, err = cli("diff", "HEAD:specs/vod/service.yaml", "specs")
    assert code == 2 and "names a blob, not a folder" in err


def test_diagnostics_of_a_revision_name_the_revision_not_a_temporary_folder(
    repo: Path,
    cli: Any,
    helpers: Any,
) -> None:
    helpers.edit(repo / "specs", "GetAIImageJobs.yaml", "access: read", "access: maybe")
    git(repo, "commit", "-q", "-am", "broken")
    code, _, err = cli("diff", "HEAD~1:specs", "HEAD:specs")
    assert code == 1
    assert "HEAD:specs/vod/GetAIImageJobs.yaml:" in err


def test_a_revision_with_a_symlink_leading_outside_is_a_usage_error(
    repo: Path, cli: Any, helpers: Any
) -> None:
    (repo / "specs" / helpers.VOD / "escape.yaml").symlink_to("../../../outside.yaml")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "a link leading out")
    code, out, err = cli("diff", "HEAD:specs", "specs")
    assert (code, out) == (2, "")
    assert err == (
        "error: HEAD:specs: cannot be exported safely: vod/escape.yaml is a symlink to "
        "../../../outside.yaml, outside the folder\n"
    )


# --- the archive's members, checked on every Python -----------------------------------------------


def archive(*members: tuple[str, str, str]) -> bytes:
    """A tar archive of (kind, name, content or link target) members; kinds: file, dir,
    symlink, hardlink, fifo."""
    kinds = {
        "file": tarfile.REGTYPE,
        "dir": tarfile.DIRTYPE,
        "symlink": tarfile.SYMTYPE,
        "hardlink": tarfile.LNKTYPE,
        "fifo": tarfile.FIFOTYPE,
    }
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for kind, name, value in members:
            info = tarfile.TarInfo(name)
            info.type = kinds[kind]
            info.mode = 0o755 if kind == "dir" else 0o644
            if kind == "file":
                data = value.encode()
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            else:
                info.linkname = value
                tar.addfile(info)
    return buffer.getvalue()


SAFE = [
    ("dir", "vod", ""),
    ("file", "vod/service.yaml", "service: vod\n"),
    ("symlink", "vod/same.yaml", "service.yaml"),
    ("symlink", "vod/up.yaml", "../vod/service.yaml"),
    ("hardlink", "vod/again.yaml", "vod/service.yaml"),
]


def test_an_archive_whose_members_stay_inside_is_extracted(tmp_path: Path) -> None:
    extract(archive(*SAFE), tmp_path / "tree")
    assert (tmp_path / "tree" / "vod" / "same.yaml").read_text() == "service: vod\n"
    assert (tmp_path / "tree" / "vod" / "up.yaml").read_text() == "service: vod\n"
    assert (tmp_path / "tree" / "vod" / "again.yaml").read_text() == "service: vod\n"


@pytest.mark.parametrize(
    ("members", "reason"),
    [
        ([("file", "/etc/evil", "x")], "'/etc/evil' is not a path inside the folder"),
        ([("file", "vod/../../evil", "x")], "is not a path inside the folder"),
        (
            [("symlink", "vod/escape.yaml", "../../outside.yaml")],
            "vod/escape.yaml is a symlink to ../../outside.yaml, outside the folder",
        ),
        (
            [("symlink", "vod/passwd", "/etc/passwd")],
            "vod/passwd is a symlink to /etc/passwd, outside the folder",
        ),
        (
            # Each link inside on its own; together, `up` leads to the folder's parent.
            [("symlink", "here", "."), ("symlink", "up", "here/..")],
            "up is a symlink leading outside the folder",
        ),
        (
            # Written through a link: `out` resolves outside only once `here` exists.
            [
                ("symlink", "out", "here/.."),
                ("symlink", "here", "."),
                ("file", "out/evil", "x"),
            ],
            "out/evil lies below the symlink out",
        ),
        (
            [("symlink", "vod/a.yaml", "b.yaml"), ("file", "vod/a.yaml", "x")],
            "vod/a.yaml appears twice",
        ),
        (
            [("hardlink", "vod/shadow", "../../etc/shadow")],
            "vod/shadow is a hard link to ../../etc/shadow, not to a file before it",
        ),
        (
            [("hardlink", "vod/a.yaml", "vod/b.yaml")],
            "vod/a.yaml is a hard link to vod/b.yaml, not to a file before it",
        ),
        (
            [("fifo", "vod/pipe", "")],
            "vod/pipe is neither a file, a folder nor a link",
        ),
    ],
    ids=[
        "absolute",
        "dot-dot",
        "symlink-out",
        "absolute-symlink",
        "symlink-chain-out",
        "write-through-symlink",
        "twice",
        "hardlink-out",
        "hardlink-to-nothing",
        "fifo",
    ],
)
def test_a_member_that_could_land_or_point_outside_refuses_the_archive(
    tmp_path: Path, members: list[tuple[str, str, str]], reason: str
) -> None:
    target = tmp_path / "inside" / "tree"
    target.mkdir(parents=True)
    with pytest.raises(UnsafeArchive) as refused:
        extract(archive(*members), target)
    assert reason in str(refused.value)
    outside = [
        Path(folder, name)
        for folder, folders, files in os.walk(tmp_path)  # links are not followed
        for name in folders + files
        if not Path(folder, name).is_relative_to(target)
    ]
    assert outside == [tmp_path / "inside"]  # nothing was written outside `tree`
