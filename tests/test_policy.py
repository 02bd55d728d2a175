"""Least-privilege RAM policies: `python -m generator policy` and the package's `ram_policy`."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import generate
from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["policy", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def without_authorization(specs: Path, operation: str) -> None:
    """Drop an operation's curated authorization table from its spec."""
    path = specs / "vod" / f"{operation}.yaml"
    text, count = re.subn(
        r"^authorization:\n(?:  .*\n)+", "", path.read_text(), flags=re.M
    )
    assert count == 1
    path.write_text(text)


def with_resource(specs: Path, operation: str, arn: str, associated: str = "") -> None:
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


def test_a_curated_operation_gets_its_action_on_its_resources_and_no_notice() -> None:
    code, out, err = run(str(SPECS), "--operation", "GetAIImageJobs")
    assert code == 0 and err == ""
    assert json.loads(out) == {
        "Version": "1",
        "Statement": [
            {"Effect": "Allow", "Action": ["vod:GetAIImageJobs"], "Resource": "*"}
        ],
    }


def test_operations_on_the_same_resources_share_one_statement_with_sorted_actions() -> (
    None
):
    code, out, _ = run(
        str(SPECS), "--operation", "SubmitAIImageJob", "--operation", "GetAIImageJobs"
    )
    assert code == 0
    assert json.loads(out)["Statement"] == [
        {
            "Effect": "Allow",
            "Action": ["vod:GetAIImageJobs", "vod:SubmitAIImageJob"],
            "Resource": "*",
        }
    ]


def test_operations_on_different_resources_get_one_statement_each_sorted(
    spec_copy: Path,
) -> None:
    with_resource(spec_copy, "SubmitAIImageJob", "acs:vod:{#regionId}:{#accountId}:*")
    code, out, _ = run(str(spec_copy), "--all")
    assert code == 0
    assert json.loads(out)["Statement"] == [
        {
            "Effect": "Allow",
            "Action": ["vod:GetAIImageJobs", "vod:ListAIImageInfo"],
            "Resource": "*",
        },
        {
            "Effect": "Allow",
            "Action": ["vod:SubmitAIImageJob"],
            "Resource": "acs:vod:*:*:*",  # the ARN's placeholders left open
        },
    ]


def test_associated_operations_are_granted_on_every_resource(spec_copy: Path) -> None:
    with_resource(spec_copy, "SubmitAIImageJob", "acs:vod:*:*:*", "vod:GetVideoInfo")
    code, out, _ = run(str(spec_copy), "--operation", "SubmitAIImageJob")
    assert code == 0
    assert json.loads(out)["Statement"] == [
        {"Effect": "Allow", "Action": ["vod:GetVideoInfo"], "Resource": "*"},
        {
            "Effect": "Allow",
            "Action": ["vod:SubmitAIImageJob"],
            "Resource": "acs:vod:*:*:*",
        },
    ]


def test_an_operation_without_curated_authorization_is_derived_and_said_so(
    spec_copy: Path,
) -> None:
    without_authorization(spec_copy, "ListAIImageInfo")
    code, out, err = run(
        str(spec_copy),
        "--operation",
        "ListAIImageInfo",
        "--operation",
        "GetAIImageJobs",
    )
    assert code == 0
    assert json.loads(out)["Statement"] == [
        {
            "Effect": "Allow",
            "Action": ["vod:GetAIImageJobs", "vod:ListAIImageInfo"],
            "Resource": "*",
        }
    ]
    assert err.splitlines() == [
        "note: vod:ListAIImageInfo has no curated authorization: derived action "
        "vod:ListAIImageInfo on Resource *"
    ]


def test_an_unknown_operation_is_a_usage_error_with_close_matches() -> None:
    code, out, err = run(str(SPECS), "--operation", "GetAIImageJob")
    assert code == 2 and out == ""
    assert "unknown operation 'GetAIImageJob'" in err
    assert "did you mean GetAIImageJobs" in err


def test_an_operation_may_be_qualified_by_its_product() -> None:
    assert run(str(SPECS), "--operation", "vod:GetAIImageJobs")[0] == 0
    code, _, err = run(str(SPECS), "--operation", "sts:GetAIImageJobs")
    assert code == 2 and "unknown operation 'sts:GetAIImageJobs'" in err


def test_an_operation_or_all_is_required() -> None:
    assert run(str(SPECS))[0] == 2


def test_all_allows_every_operation() -> None:
    names = sorted(p.stem for p in SPECS.glob("vod/*.yaml") if p.name != "service.yaml")
    assert len(names) == 170
    every = [argument for name in names for argument in ("--operation", name)]
    vod = str(SPECS / "vod")
    assert run(vod, "--all") == run(vod, *every)


def test_the_committed_package_answers_the_same_policy_as_the_cli() -> None:
    from acs_vod import ram_policy

    for chosen in (
        ["GetAIImageJobs"],
        ["SubmitAIImageJob", "ListAIImageInfo"],
        ["ListAIImageInfo", "GetAIImageJobs", "SubmitAIImageJob"],
    ):
        _, out, _ = run(str(SPECS), *(f"--operation={name}" for name in chosen))
        assert ram_policy(chosen) == json.loads(out)


def test_a_package_with_derived_and_scoped_grants_agrees_with_the_cli(
    spec_copy: Path, tmp_path: Path
) -> None:
    without_authorization(spec_copy, "ListAIImageInfo")
    with_resource(
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
    _, out, _ = run(str(spec_copy), *(f"--operation={name}" for name in names))
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
