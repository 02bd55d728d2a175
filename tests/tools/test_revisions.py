"""Spec trees at git revisions (`REV:PATH`) on either side of `diff`."""

from __future__ import annotations

import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pytest

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


@pytest.mark.skipif(
    not hasattr(tarfile, "data_filter"), reason="no tarfile filters before 3.11.4"
)
def test_a_revision_with_a_symlink_leading_outside_is_a_usage_error(
    repo: Path, cli: Any, helpers: Any
) -> None:
    (repo / "specs" / helpers.VOD / "escape.yaml").symlink_to("../../../outside.yaml")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "a link leading out")
    code, out, err = cli("diff", "HEAD:specs", "specs")
    assert (code, out) == (2, "")
    assert err.startswith("error: HEAD:specs: cannot be exported safely: ")
    assert "Traceback" not in err
