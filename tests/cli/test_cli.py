"""The CLI contract: commands, defaults, exit codes (0 ok, 1 invalid or drift, 2 usage), stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_validate_accepts_the_committed_specs(cli: Any) -> None:
    code, out, _ = cli("validate", str(ROOT / "specs"))
    assert code == 0 and "valid" in out


def test_validate_prints_every_problem_to_stderr_and_exits_1(
    spec_copy: Path, cli: Any
) -> None:
    path = spec_copy / "vod" / "GetAIImageJobs.yaml"
    path.write_text(
        path.read_text()
        .replace("access: read", "access: maybe")
        .replace("maxItems: 10", "maxItems: -1")
    )
    code, out, err = cli("validate", str(spec_copy))
    assert code == 1 and out == ""
    assert "GetAIImageJobs.yaml:" in err and "/access:" in err and "/maxItems:" in err
    assert "problem(s) found" in err


def test_generate_then_check_is_clean(
    spec_copy: Path, tmp_path: Path, cli: Any
) -> None:
    assert cli("generate", str(spec_copy), "-o", str(tmp_path / "out"))[0] == 0
    code, out, _ = cli("check", str(spec_copy), "-o", str(tmp_path / "out"))
    assert code == 0 and "up to date" in out


def test_check_prints_a_diff_and_missing_and_extra_files(
    spec_copy: Path, tmp_path: Path, cli: Any
) -> None:
    out_dir = tmp_path / "out"
    cli("generate", str(spec_copy), "-o", str(out_dir))
    readme = out_dir / "acs-vod" / "README.md"
    readme.write_text(readme.read_text().replace("typed, validated", "hand-edited"))
    (
        out_dir / "acs-vod" / "tests" / "golden" / "GetAIImageJobs" / "empty_list.json"
    ).unlink()
    (out_dir / "acs-vod" / "stray.py").write_text("")
    code, out, err = cli("check", str(spec_copy), "-o", str(out_dir))
    assert code == 1
    assert "--- a/acs-vod/README.md" in out and "+A typed, validated" in out
    assert "missing: " in err and "empty_list.json" in err
    assert "extra: " in err and "stray.py" in err
    assert "python -m generator generate" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["validate"],
        ["generate"],
        ["check"],
        ["watch"],
        ["import"],
        ["policy", "--all"],
        ["diff", "old", "new"],
    ],
)
def test_every_command_takes_quiet(argv: list[str]) -> None:
    from generator.cli.parser import build_parser

    command, *rest = argv
    assert build_parser().parse_args([command, "-q", *rest]).quiet is True


def test_policy_takes_quiet(cli: Any) -> None:
    code, out, err = cli("policy", "-q", str(ROOT / "specs"), "--all")
    assert code == 0, err
    assert '"Statement"' in out


def test_policy_with_both_operation_and_all_is_a_usage_error(cli: Any) -> None:
    code, out, _ = cli(
        "policy", str(ROOT / "specs"), "--all", "--operation", "GetAIImageJobs"
    )
    assert code == 2 and out == ""


def test_policy_without_operation_or_all_says_it_needs_one(cli: Any) -> None:
    code, out, err = cli("policy", str(ROOT / "specs"))
    assert code == 2 and out == ""
    assert "exactly one of --operation NAME (repeatable) or --all" in err


def test_unknown_command_is_a_usage_error(cli: Any) -> None:
    code, _, _ = cli("frobnicate")
    assert code == 2


def test_missing_spec_folder_is_reported(tmp_path: Path, cli: Any) -> None:
    code, _, err = cli("validate", str(tmp_path / "nope"))
    assert code == 1 and "no such spec folder" in err


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "generator"],
        [str(Path(sys.executable).parent / "acs-specgen")],
    ],
)
def test_module_and_console_script_take_the_same_arguments(
    command: list[str], tmp_path: Path
) -> None:
    result = subprocess.run(
        [*command, "check", str(ROOT / "specs"), "-o", str(ROOT / "generated")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "ACS_SPECGEN_CACHE": str(tmp_path / "cache")},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
