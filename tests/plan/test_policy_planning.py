"""The RAM policy a generated package answers (`ram_policy`): the same as the CLI's `policy`
command, for curated, derived and scoped grants."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import generate

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"


def test_the_committed_package_answers_the_same_policy_as_the_cli(cli: Any) -> None:
    from acs_vod import ram_policy

    for chosen in (
        ["GetAIImageJobs"],
        ["SubmitAIImageJob", "ListAIImageInfo"],
        ["ListAIImageInfo", "GetAIImageJobs", "SubmitAIImageJob"],
    ):
        _, out, _ = cli(
            "policy", str(SPECS), *(f"--operation={name}" for name in chosen)
        )
        assert ram_policy(chosen) == json.loads(out)


def test_a_package_with_derived_and_scoped_grants_agrees_with_the_cli(
    spec_copy: Path, tmp_path: Path, cli: Any, authorization: Any
) -> None:
    authorization.drop(spec_copy, "ListAIImageInfo")
    authorization.scope(
        spec_copy, "SubmitAIImageJob", "acs:vod:*:*:job/*", "vod:GetVideoInfo"
    )
    generate(spec_copy, tmp_path / "out")
    names = ["SubmitAIImageJob", "ListAIImageInfo", "GetAIImageJobs"]
    script = (
        "import json, sys; from acs_vod import ram_policy; "
        "print(json.dumps(ram_policy(sys.argv[1:]), indent=2))"
    )
    package = subprocess.run(
        [sys.executable, "-c", script, *names],
        cwd=tmp_path / "out" / "acs-vod",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert package.returncode == 0, package.stderr
    _, out, _ = cli(
        "policy", str(spec_copy), *(f"--operation={name}" for name in names)
    )
    assert package.stdout == out
    assert len(json.loads(out)["Statement"]) == 2


def test_the_package_refuses_an_unknown_operation_with_close_matches() -> None:
    from acs_vod import ram_policy

    with pytest.raises(
        ValueError, match=r"unknown operation 'GetAIImageJob'.*GetAIImageJobs"
    ):
        ram_policy(["GetAIImageJob"])


def test_the_package_takes_one_name_as_a_string_too() -> None:
    from acs_vod import ram_policy

    assert ram_policy("GetAIImageJobs") == ram_policy(["GetAIImageJobs"])
