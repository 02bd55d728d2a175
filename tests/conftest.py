"""Shared fixtures: paths of the checkout, and the committed generated package on sys.path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
CORE_PROJECT = GENERATED / "acs-core"
VOD_PROJECT = GENERATED / "acs-vod"

# Functional tests import the committed golden packages, as a consumer would after installing
# them: the runtime and the product.
for _project in (CORE_PROJECT, VOD_PROJECT):
    if str(_project) not in sys.path:
        sys.path.insert(0, str(_project))


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    """A private copy of specs/ that a test may break."""
    target = tmp_path / "specs"
    shutil.copytree(SPECS, target, ignore=shutil.ignore_patterns("overlays", "vendor"))
    return target


@pytest.fixture(autouse=True)
def _fresh_default_chain() -> None:
    """Each test's clients find credentials afresh: tests change the environment and profiles
    that the process's shared default chain would otherwise have settled on."""
    from acs_core.credentials import reset_default_chain

    reset_default_chain()


@pytest.fixture(autouse=True)
def _no_format_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Tests never share the user's formatter cache."""
    monkeypatch.setenv(
        "ACS_SPECGEN_CACHE", str(tmp_path_factory.getbasetemp() / "format-cache")
    )


def with_core(project: Path) -> dict[str, str]:
    """The environment of a subprocess that imports `project`'s product: the acs-core generated
    beside it (or the committed one) on PYTHONPATH, as if installed."""
    core = project.parent / "acs-core"
    core = core if core.is_dir() else CORE_PROJECT
    paths = [str(core), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


GeneratedTests = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def generated_tests() -> GeneratedTests:
    """Runs a generated project's own test suite in a subprocess, as its maintainer would."""

    def run(project: Path, *paths: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        return subprocess.run(
            [*command, "--rootdir", str(project), *(paths or ("tests",))],
            cwd=project,
            env=with_core(project),
            capture_output=True,
            text=True,
            timeout=900,
        )

    return run
