"""Shared fixtures of the whole suite: paths of the checkout, the committed generated packages on
sys.path, the hand-written specs and the small services of tests/services to copy and break,
the command line run in-process, and a generated project's own test suite run as its
maintainer would.

Test modules cannot import each other or this file (`--import-mode=importlib`): what they share
is a fixture here, or in the conftest.py of their folder.
"""

from __future__ import annotations

import io
import os
import re
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
# Small hand-written services (one folder each) that tests generate, call or break.
SERVICES = Path(__file__).resolve().parent / "services"
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


@pytest.fixture(scope="session")
def service_specs() -> Callable[[str, Path], Path]:
    """`service_specs("pagedemo", folder)`: makes `folder` a spec folder holding a copy of the
    small service tests/services/pagedemo (or `demo`, ...), and returns it."""

    def copy(name: str, folder: Path) -> Path:
        shutil.copytree(SERVICES / name, folder / name)
        return folder

    return copy


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


Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli() -> Cli:
    """`cli("diff", OLD, NEW)`: the command line run in-process; its exit status, stdout and
    stderr."""
    from generator.cli import main

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(list(argv), stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()

    return run


class Authorization:
    """Edits of an operation's `authorization` table in a copy of the specs (the policy tests
    of the CLI and of the generated package share them)."""

    @staticmethod
    def drop(specs: Path, operation: str) -> None:
        """Drop an operation's curated authorization table from its spec."""
        path = specs / "vod" / f"{operation}.yaml"
        text, count = re.subn(
            r"^authorization:\n(?:  .*\n)+", "", path.read_text(), flags=re.M
        )
        assert count == 1
        path.write_text(text)

    @staticmethod
    def scope(specs: Path, operation: str, arn: str, associated: str = "") -> None:
        """Give an operation's authorization a resource ARN (and an associated operation)."""
        path = specs / "vod" / f"{operation}.yaml"
        text = path.read_text()
        text = text.replace(
            '{type: All Resources, arn: "*", required: true}',
            f'{{type: AIJob, arn: "{arn}", required: true}}',
        )
        if associated:
            text = text.replace(
                "associated_operations: []", f"associated_operations: [{associated}]"
            )
        path.write_text(text)


@pytest.fixture
def authorization() -> type[Authorization]:
    return Authorization


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
