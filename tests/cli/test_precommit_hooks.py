"""`.pre-commit-hooks.yaml`: every hook runs a real command of the CLI, once per commit, on the
files it is about."""

from __future__ import annotations

import io
import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]


def hooks() -> list[dict[str, Any]]:
    loaded = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert isinstance(loaded, list) and loaded
    return loaded


def _ids() -> list[str]:
    return [hook["id"] for hook in hooks()]


def test_there_is_a_check_and_a_validate_hook() -> None:
    assert _ids() == ["acs-specgen-check", "acs-specgen-validate"]


@pytest.mark.parametrize("hook_id", _ids())
def test_each_hook_installs_this_package_and_runs_once_per_commit(hook_id: str) -> None:
    hook = next(h for h in hooks() if h["id"] == hook_id)
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert hook["language"] == "python" and hook["pass_filenames"] is False


@pytest.mark.parametrize("hook_id", _ids())
def test_each_hooks_entry_is_the_console_script_and_passes_on_this_repository(
    hook_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = next(h for h in hooks() if h["id"] == hook_id)
    program, *arguments = shlex.split(hook["entry"])
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts[program] == "generator.cli:main"
    monkeypatch.chdir(ROOT)  # pre-commit runs hooks at the repository's root
    out, err = io.StringIO(), io.StringIO()
    assert main(arguments, stdout=out, stderr=err) == 0, err.getvalue()


@pytest.mark.parametrize(
    ("hook_id", "path", "runs"),
    [
        ("acs-specgen-check", "specs/vod/GetAIImageJobs.yaml", True),
        ("acs-specgen-check", "templates/client.py.jinja", True),
        ("acs-specgen-check", "generated/acs-vod/acs_vod/_client.py", True),
        ("acs-specgen-check", "pyproject.toml", True),
        ("acs-specgen-check", "README.md", False),
        ("acs-specgen-check", "tests/cli/test_cli.py", False),
        ("acs-specgen-validate", "specs/vod/golden/GetAIImageJobs/one_job.json", True),
        ("acs-specgen-validate", "generated/acs-vod/README.md", False),
    ],
)
def test_each_hook_runs_for_the_files_it_is_about(
    hook_id: str, path: str, runs: bool
) -> None:
    hook = next(h for h in hooks() if h["id"] == hook_id)
    # pre-commit matches `files` with re.search against paths from the repository's root.
    assert bool(re.search(hook["files"], path)) is runs


def _readme_example() -> dict[str, dict[str, Any]]:
    """The hooks of the README's `.pre-commit-config.yaml`, its `# files:` overrides taken."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### pre-commit") :]
    start = section.index("```yaml\n") + len("```yaml\n")
    block = section[start : section.index("\n```", start)]
    text = re.sub(r"^(\s*)# (files: .*?)\s+#.*$", r"\1\2", block, flags=re.MULTILINE)
    (repo,) = yaml.safe_load(text)["repos"]
    return {hook["id"]: hook for hook in repo["hooks"]}


def test_the_readme_shows_a_files_override_for_every_hook() -> None:
    assert set(_readme_example()) == set(_ids())
    assert all("files" in hook for hook in _readme_example().values())


@pytest.mark.parametrize(
    ("hook_id", "path", "runs"),
    [
        ("acs-specgen-check", "api/specs/vod/service.yaml", True),
        ("acs-specgen-check", "api/clients/acs-vod/acs_vod/_client.py", True),
        ("acs-specgen-check", "pyproject.toml", True),
        ("acs-specgen-check", "README.md", False),
        ("acs-specgen-validate", "api/specs/vod/service.yaml", True),
        ("acs-specgen-validate", "pyproject.toml", True),
        ("acs-specgen-validate", "api/clients/acs-vod/README.md", False),
    ],
)
def test_the_readmes_overrides_match_specs_and_clients_under_api(
    hook_id: str, path: str, runs: bool
) -> None:
    assert bool(re.search(_readme_example()[hook_id]["files"], path)) is runs
