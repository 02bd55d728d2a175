"""Least-privilege RAM policies: `python -m generator policy`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"


def test_a_curated_operation_gets_its_action_on_its_resources_and_no_notice(
    cli: Any,
) -> None:
    code, out, err = cli("policy", str(SPECS), "--operation", "GetAIImageJobs")
    assert code == 0 and err == ""
    assert json.loads(out) == {
        "Version": "1",
        "Statement": [
            {"Effect": "Allow", "Action": ["vod:GetAIImageJobs"], "Resource": "*"}
        ],
    }


def test_operations_on_the_same_resources_share_one_statement_with_sorted_actions(
    cli: Any,
) -> None:
    code, out, _ = cli(
        "policy",
        str(SPECS),
        "--operation",
        "SubmitAIImageJob",
        "--operation",
        "GetAIImageJobs",
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
    cli: Any,
    authorization: Any,
) -> None:
    authorization.scope(
        spec_copy, "SubmitAIImageJob", "acs:vod:{#regionId}:{#accountId}:*"
    )
    code, out, _ = cli("policy", str(spec_copy), "--all")
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


def test_associated_operations_are_granted_on_every_resource(
    spec_copy: Path, cli: Any, authorization: Any
) -> None:
    authorization.scope(
        spec_copy, "SubmitAIImageJob", "acs:vod:*:*:*", "vod:GetVideoInfo"
    )
    code, out, _ = cli("policy", str(spec_copy), "--operation", "SubmitAIImageJob")
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
    cli: Any,
    authorization: Any,
) -> None:
    authorization.drop(spec_copy, "ListAIImageInfo")
    code, out, err = cli(
        "policy",
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


def test_an_unknown_operation_is_a_usage_error_with_close_matches(cli: Any) -> None:
    code, out, err = cli("policy", str(SPECS), "--operation", "GetAIImageJob")
    assert code == 2 and out == ""
    assert "unknown operation 'GetAIImageJob'" in err
    assert "did you mean GetAIImageJobs" in err


def test_an_operation_may_be_qualified_by_its_product(cli: Any) -> None:
    assert cli("policy", str(SPECS), "--operation", "vod:GetAIImageJobs")[0] == 0
    code, _, err = cli("policy", str(SPECS), "--operation", "sts:GetAIImageJobs")
    assert code == 2 and "unknown operation 'sts:GetAIImageJobs'" in err


def test_an_operation_or_all_is_required(cli: Any) -> None:
    assert cli("policy", str(SPECS))[0] == 2


def test_all_allows_every_operation(cli: Any) -> None:
    names = sorted(p.stem for p in SPECS.glob("vod/*.yaml") if p.name != "service.yaml")
    assert len(names) == 170
    every = [argument for name in names for argument in ("--operation", name)]
    vod = str(SPECS / "vod")
    assert cli("policy", vod, "--all") == cli("policy", vod, *every)
