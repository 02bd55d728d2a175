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
OSS_PROJECT = GENERATED / "acs-oss"

# Functional tests import the committed golden packages, as a consumer would after installing
# them: the runtime and the product.
for _project in (CORE_PROJECT, VOD_PROJECT, OSS_PROJECT):
    if str(_project) not in sys.path:
        sys.path.insert(0, str(_project))


def hand_written_specs(target: Path) -> Path:
    """A copy of specs/ with its hand-written operations only (the AI image ones): the small
    tree the generator's unit tests break and regenerate, without whole VOD's imports.
    """
    from generator.importer.emit import is_imported

    # By path: every imported product has a service.yaml, the hand-written VOD one is not.
    imported = {
        path.relative_to(SPECS) for path in SPECS.rglob("*.yaml") if is_imported(path)
    }

    def skip(folder: str, names: list[str]) -> set[str]:
        here = Path(folder).relative_to(SPECS)
        if here == Path("."):
            return {"overlays", "vendor"}
        if here.name == "golden":  # golden/<Operation>/ of an imported operation
            return {name for name in names if here.parent / f"{name}.yaml" in imported}
        return {name for name in names if here / name in imported}

    shutil.copytree(SPECS, target, ignore=skip)
    return target


@pytest.fixture(scope="session")
def hand_written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-written specs, copied once for the session: never to be changed."""
    return hand_written_specs(tmp_path_factory.mktemp("hand-written") / "specs")


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    """A private copy of the hand-written specs that a test may break; beside it, `original`
    holds them unbroken, to compare with."""
    hand_written_specs(tmp_path / "original")
    return hand_written_specs(tmp_path / "specs")


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
