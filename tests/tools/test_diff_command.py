"""The `diff` command: its text and JSON reports, exit status 0/1/2, and the version bump the
changes imply (semver and its 0.x convention), down to a whole product changed by hand.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.importer import import_product

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"


# --- the command ---------------------------------------------------------------------------------


def test_identical_trees_report_no_changes_and_exit_0(cli: Any) -> None:
    code, out, _ = cli("diff", str(SPECS), str(SPECS))
    assert code == 0
    assert out == (
        "No changes.\nVersion bumps:\n"
        "  acs-oss: 0.1.0 (no changes)\n  acs-vod: 0.2.0 (no changes)\n"
    )


def test_text_groups_changes_per_package_and_operation_with_a_summary(
    spec_copy: Path,
    cli: Any,
    helpers: Any,
) -> None:
    helpers.edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 5")
    helpers.edit(
        spec_copy,
        "service.yaml",
        "errors:\n",
        "errors:\n  - {code: Gone, status: 410}\n",
    )
    code, out, err = cli("diff", str(spec_copy.parent / "original"), str(spec_copy))
    assert (code, err) == (1, "")
    assert out == (
        "acs-vod (vod 2017-03-21)\n"
        "  (service)\n"
        "    compatible    error Gone: added (HTTP 410)\n"
        "  GetAIImageJobs\n"
        "    breaking      parameter JobIds: maxItems lowered from 10 to 5\n"
        "1 breaking, 1 compatible, 0 documentation-only change(s).\n"
        "Version bumps:\n"
        "  acs-vod: 0.2.0 -> 0.3.0 (minor; 0.x: breaking changes bump the minor version;"
        " service.yaml still says 0.2.0)\n"
    )


def test_compatible_changes_only_exit_0(
    spec_copy: Path, cli: Any, helpers: Any
) -> None:
    helpers.edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 20")
    assert cli("diff", str(spec_copy.parent / "original"), str(spec_copy))[0] == 0


def test_json_format_has_stable_keys(spec_copy: Path, cli: Any, helpers: Any) -> None:
    helpers.edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 5")
    code, out, _ = cli(
        "diff", "--format", "json", str(spec_copy.parent / "original"), str(spec_copy)
    )
    document = json.loads(out)
    assert code == 1
    assert document == {
        "format": 1,
        "breaking": True,
        "counts": {"breaking": 1, "compatible": 0, "documentation": 0},
        "changes": [
            {
                "package": "acs-vod",
                "service": "vod",
                "api_version": "2017-03-21",
                "operation": "GetAIImageJobs",
                "effect": "breaking",
                "kind": "limit-tightened",
                "subject": "parameter JobIds",
                "detail": "maxItems lowered from 10 to 5",
            }
        ],
        "packages": [
            {
                "package": "acs-vod",
                "current": "0.2.0",
                "bump": "minor",
                "next": "0.3.0",
                "declared": "0.2.0",
                "note": "0.x: breaking changes bump the minor version;"
                " service.yaml still says 0.2.0",
            }
        ],
    }


def test_a_missing_folder_is_a_usage_error(tmp_path: Path, cli: Any) -> None:
    code, out, err = cli("diff", str(tmp_path / "nowhere"), str(SPECS))
    assert (code, out) == (2, "")
    assert "nowhere: no such folder" in err


def test_an_invalid_side_prints_its_diagnostics_and_exits_1(
    spec_copy: Path, cli: Any, helpers: Any
) -> None:
    helpers.edit(spec_copy, "GetAIImageJobs.yaml", "access: read", "access: maybe")
    code, out, err = cli("diff", str(spec_copy.parent / "original"), str(spec_copy))
    assert (code, out) == (1, "")
    assert "GetAIImageJobs.yaml:" in err and "/access:" in err
    assert "1 problem(s) found." in err


# --- version bumps -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "change", "expected"),
    [
        ("0.1.0", ("maxItems: 10", "maxItems: 5"), ("minor", "0.2.0")),
        ("0.1.0", ("maxItems: 10", "maxItems: 20"), ("patch", "0.1.1")),
        ("1.2.0", ("maxItems: 10", "maxItems: 5"), ("major", "2.0.0")),
        ("1.2.0", ("maxItems: 10", "maxItems: 20"), ("minor", "1.3.0")),
        (
            "1.2.0",
            ("summary: Queries jobs of image AI processing.", "summary: Queries."),
            ("patch", "1.2.1"),
        ),
    ],
)
def test_the_bump_follows_semver_and_its_0x_convention(
    spec_copy: Path,
    tmp_path: Path,
    version: str,
    change: tuple[str, str],
    expected: tuple[str, str],
    helpers: Any,
) -> None:
    helpers.edit(spec_copy, "service.yaml", "version: 0.2.0", f"version: {version}")
    old = tmp_path / "old"
    shutil.copytree(spec_copy, old)
    helpers.edit(spec_copy, "GetAIImageJobs.yaml", *change)
    (bump,) = helpers.report_for(spec_copy, old).packages
    assert (bump.current, bump.bump, bump.next) == (version, *expected)


def test_the_bump_says_when_the_new_specs_already_declare_enough(
    spec_copy: Path,
    helpers: Any,
) -> None:
    helpers.edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 5")
    helpers.edit(spec_copy, "service.yaml", "version: 0.2.0", "version: 0.3.0")
    (bump,) = helpers.report_for(spec_copy).packages
    assert bump.line == (
        "acs-vod: 0.2.0 -> 0.3.0 (minor; 0.x: breaking changes bump the minor version;"
        " service.yaml already says 0.3.0)"
    )


VENDOR = SPECS / "vendor" / "vod-2017-03-21.json"


OVERLAY = SPECS / "overlays" / "vod-2017-03-21.yaml"


def changed_by_hand(source: Path, target: Path) -> None:
    """One edit of each breaking kind, on a copy of the vendor's VOD metadata."""
    document = json.loads(source.read_text(encoding="utf-8"))
    apis = document["apis"]

    def param(operation: str, name: str) -> dict[str, Any]:
        return next(p for p in apis[operation]["parameters"] if p["name"] == name)

    del apis["DeleteCategory"]
    apis["ListAIJobs"] = apis.pop("ListAIJob")
    apis["DescribeVodRefreshTasks"]["parameters"].remove(
        param("DescribeVodRefreshTasks", "ObjectType")
    )
    param("DescribeVodDomainLog", "StartTime")["name"] = "StartTimestamp"
    param("DescribeVodUserDomains", "PageSize")["schema"]["required"] = True
    param("DescribeVodRefreshTasks", "PageSize")["schema"]["maximum"] = "20"
    param("DescribePlayTopVideos", "PageNo")["schema"]["type"] = "string"
    param("DescribeVodRefreshTasks", "Status")["schema"]["enum"].remove("Failed")
    refresh = apis["DescribeVodRefreshTasks"]["responses"]["200"]["schema"]
    del refresh["properties"]["TotalCount"]
    document["endpoints"] = [
        e for e in document["endpoints"] if e["regionId"] != "cn-hongkong"
    ]
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_a_whole_product_changed_by_hand_reports_each_breaking_change(
    tmp_path: Path,
    cli: Any,
    helpers: Any,
) -> None:
    changed = tmp_path / "vod-changed.json"
    changed_by_hand(VENDOR, changed)
    import_product(VENDOR, tmp_path / "old" / helpers.VOD, overlay=OVERLAY)
    import_product(changed, tmp_path / "new" / helpers.VOD, overlay=OVERLAY)
    code, out, _ = cli("diff", str(tmp_path / "old"), str(tmp_path / "new"))
    assert code == 1
    assert [line.strip() for line in out.splitlines()] == [
        "acs-vod (vod 2017-03-21)",
        "(service)",
        "breaking      region cn-hongkong: dropped",
        "DeleteCategory",
        "breaking      operation DeleteCategory: removed (method delete_category)",
        "DescribePlayTopVideos",
        "breaking      parameter PageNo: type integer -> string",
        "DescribeVodDomainLog",
        "breaking      parameter StartTime: renamed to StartTimestamp"
        " (argument start_time -> start_timestamp)",
        "DescribeVodRefreshTasks",
        "breaking      parameter ObjectType: removed",
        "breaking      parameter Status: enum value 'Failed' removed",
        "breaking      parameter PageSize: maximum lowered from 50 to 20",
        "breaking      response.TotalCount: removed",
        "DescribeVodUserDomains",
        "breaking      parameter PageSize: now required",
        "ListAIJob",
        "breaking      operation ListAIJob: renamed to ListAIJobs"
        " (method list_ai_job -> list_ai_jobs)",
        "10 breaking, 0 compatible, 0 documentation-only change(s).",
        "Version bumps:",
        "acs-vod: 0.1.0 -> 0.2.0 (minor; 0.x: breaking changes bump the minor version;"
        " service.yaml still says 0.1.0)",
    ]


def test_a_new_api_version_of_the_same_package_is_one_breaking_change_and_one_bump(
    spec_copy: Path,
    helpers: Any,
) -> None:
    helpers.edit(
        spec_copy,
        "service.yaml",
        'api_version: "2017-03-21"',
        'api_version: "2025-01-01"',
    )
    helpers.edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 5")
    report = helpers.report_for(spec_copy)
    assert helpers.kinds(report) == {
        ("breaking", None, "api-version-changed", "package acs-vod"),
        ("breaking", "GetAIImageJobs", "limit-tightened", "parameter JobIds"),
    }
    (version_change,) = [c for c in report.changes if c.operation is None]
    assert version_change.detail == "API version 2017-03-21 -> 2025-01-01"
    assert [(bump.package, bump.bump) for bump in report.packages] == [
        ("acs-vod", "minor")
    ]
