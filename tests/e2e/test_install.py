"""Installs into fresh environments, run from outside the checkout: the generator finds its
package data, and the generated package installs and passes its own tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(
    *command: str | Path, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )


def fresh_venv_with(requirement: str, tmp_path: Path, *options: str) -> Path:
    """A new virtual environment with `requirement` pip-installed; its folder."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    install = run(
        venv / "bin" / "python",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        *options,
        requirement,
        cwd=tmp_path,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    return venv


@pytest.mark.slow
def test_installed_generator_finds_templates_and_meta_schema(tmp_path: Path) -> None:
    venv = fresh_venv_with(str(ROOT), tmp_path)
    where = run(
        venv / "bin" / "python",
        "-c",
        "import generator.render as r; print(r.templates_dir())",
        cwd=tmp_path,
    )
    assert str(venv) in where.stdout, "templates must come from the installed package"
    check = run(
        venv / "bin" / "acs-specgen",
        "check",
        ROOT / "specs",
        "-o",
        ROOT / "generated",
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "ACS_SPECGEN_CACHE": ""},
    )
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr[-2000:]


@pytest.mark.slow
def test_the_generated_package_passes_its_own_tests_on_the_lowest_runtime_it_allows(
    tmp_path: Path,
) -> None:
    """As Google's generated packages do: install with the constraints file that pins the
    oldest acs-core the package's range allows (the committed acs-core must be that release,
    or pip refuses), then run the package's own tests."""
    project = ROOT / "generated" / "acs-vod"
    constraints = project / "testing" / "constraints-lowest.txt"
    venv = fresh_venv_with(
        f"{project}[test]",
        tmp_path,
        "-c",
        str(constraints),
        str(ROOT / "generated" / "acs-core"),
    )
    tests = tmp_path / "tests"
    shutil.copytree(project / "tests", tests)
    result = run(
        venv / "bin" / "python",
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        tests,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    where = run(
        venv / "bin" / "python",
        "-c",
        "import acs_vod; print(acs_vod.__file__)",
        cwd=tmp_path,
    )
    assert str(venv) in where.stdout, "the installed copy must be the one tested"
