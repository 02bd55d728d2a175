"""The golden record: generated/ is exactly what the specs produce, and it is clean code."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import generate

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
BIN = Path(sys.executable).parent
REGENERATE = "python -m generator generate"


def differences(left: Path, right: Path) -> list[str]:
    found: list[str] = []
    comparison = filecmp.dircmp(
        left,
        right,
        ignore=["__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"],
    )

    def walk(node: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"only in committed: {prefix}{name}" for name in node.left_only)
        found.extend(
            f"missing from committed: {prefix}{name}" for name in node.right_only
        )
        _, mismatch, errors = filecmp.cmpfiles(
            node.left, node.right, node.common_files, shallow=False
        )
        found.extend(f"differs: {prefix}{name}" for name in mismatch + errors)
        for name, child in node.subdirs.items():
            walk(child, f"{prefix}{name}/")

    walk(comparison, "")
    return found


def test_generated_matches_the_specs_byte_for_byte(tmp_path: Path) -> None:
    generate(ROOT / "specs", tmp_path / "generated")
    problems = differences(GENERATED, tmp_path / "generated")
    assert problems == [], f"generated/ is stale; run `{REGENERATE}`:\n" + "\n".join(
        problems
    )


def run_tool(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


def test_generated_code_is_black_formatted() -> None:
    result = run_tool(str(BIN / "black"), "--check", "--quiet", ".", cwd=GENERATED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_code_passes_ruff() -> None:
    for project in sorted(p for p in GENERATED.iterdir() if p.is_dir()):
        result = run_tool(str(BIN / "ruff"), "check", "--no-cache", ".", cwd=project)
        assert result.returncode == 0, result.stdout + result.stderr


# The generated packages support Python 3.10 (their pyproject says so): mypy checks the code
# against 3.10's standard library too, where `datetime.UTC` and `typing.Self` do not exist.
@pytest.mark.parametrize("python", ["3.10", "3.11"])
def test_generated_packages_pass_mypy_strict(python: str, tmp_path: Path) -> None:
    for project in sorted(p for p in GENERATED.iterdir() if p.is_dir()):
        packages = [p.name for p in project.iterdir() if (p / "__init__.py").is_file()]
        result = run_tool(
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            python,
            "--cache-dir",
            str(tmp_path / "mypy"),
            *packages,
            cwd=project,
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_generated_tests_fail_when_a_golden_response_breaks_the_schema(
    tmp_path: Path, generated_tests: Any
) -> None:
    project = tmp_path / "acs-vod"
    shutil.copytree(
        GENERATED / "acs-vod", project, ignore=shutil.ignore_patterns("__pycache__")
    )
    golden = project / "tests" / "golden" / "GetAIImageJobs" / "several_jobs.json"
    golden.write_text(golden.read_text().replace('"Status": "fail"', '"Status": 42'))
    result = generated_tests(project)
    assert result.returncode == 1, result.stdout
    assert (
        "test_golden_response_satisfies_the_response_schema[GetAIImageJobs-several_jobs]"
        in result.stdout
    )
    intact = generated_tests(GENERATED / "acs-vod")
    assert intact.returncode == 0, intact.stdout


def test_the_generated_readme_s_emulator_example_runs() -> None:
    readme = (GENERATED / "acs-vod" / "README.md").read_text()
    blocks = [block.split("```", 1)[0] for block in readme.split("```python\n")[1:]]
    (example,) = [block for block in blocks if "Emulator(" in block]
    result = run_tool(sys.executable, "-c", example, cwd=GENERATED / "acs-vod")
    assert result.returncode == 0, result.stderr
    assert "'RequestId'" in result.stdout


def test_the_templates_emit_what_black_would_write() -> None:
    """Black confirms rather than rewrites: every block it is handed comes back unchanged."""
    import black

    from generator.format.blocks import split_blocks
    from generator.format.workers import _mode
    from generator.plan.package import plan_service
    from generator.render import render
    from generator.spec.validate import load_specs

    changed = []
    for service in load_specs(ROOT / "specs"):
        for planned in plan_service(service):
            if not planned.python:
                continue
            for number, block in enumerate(split_blocks(render(planned)), start=1):
                text = block.black_input
                if black.format_str(text, mode=_mode()) != text:
                    changed.append(f"{planned.path} (block {number})")
    assert changed == []
