"""Shared fixtures: paths of the checkout, and the committed generated package on sys.path."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
VOD_PROJECT = GENERATED / "acs-vod"

# Functional tests import the committed golden package, as a consumer would after installing it.
if str(VOD_PROJECT) not in sys.path:
    sys.path.insert(0, str(VOD_PROJECT))


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    """A private copy of specs/ that a test may break."""
    target = tmp_path / "specs"
    shutil.copytree(SPECS, target, ignore=shutil.ignore_patterns("overlays", "vendor"))
    return target


@pytest.fixture(autouse=True)
def _no_format_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Tests never share the user's formatter cache."""
    monkeypatch.setenv(
        "ACS_SPECGEN_CACHE", str(tmp_path_factory.getbasetemp() / "format-cache")
    )


GeneratedTests = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def generated_tests() -> GeneratedTests:
    """Runs a generated project's own test suite in a subprocess, as its maintainer would."""

    def run(project: Path, *paths: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        return subprocess.run(
            [*command, "--rootdir", str(project), *(paths or ("tests",))],
            cwd=project,
            capture_output=True,
            text=True,
            timeout=900,
        )

    return run
