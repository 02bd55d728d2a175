"""`diff OLD NEW`: every change between two spec trees, classed by its effect on consumers, with the
version bump it implies; folders or git revisions on either side; text or JSON; exit 0/1/2.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pytest

from generator import Report, diff_specs, validate
from generator.cli import main
from generator.importer import import_product

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
VOD = "vod"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def edit(specs: Path, file: str, old: str, new: str) -> None:
    path = specs / VOD / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def report_for(new: Path, old: Path | None = None) -> Report:
    """The changes from `old` (by default, the unbroken copy beside `new`) to `new`."""
    return diff_specs(validate(old or new.parent / "original"), validate(new))


def kinds(report: Report) -> set[tuple[str, str | None, str, str]]:
    """(effect, operation, kind, subject) of every change."""
    return {(c.effect, c.operation, c.kind, c.subject) for c in report.changes}


# --- breaking -------------------------------------------------------------------------------------


def test_a_removed_operation_is_breaking(spec_copy: Path) -> None:
    (spec_copy / VOD / "ListAIImageInfo.yaml").unlink()
    assert kinds(report_for(spec_copy)) == {
        (
            "breaking",
            "ListAIImageInfo",
            "operation-removed",
            "operation ListAIImageInfo",
        )
    }


def test_a_renamed_operation_is_one_breaking_rename_naming_both_methods(
    spec_copy: Path,
) -> None:
    path = spec_copy / VOD / "ListAIImageInfo.yaml"
    path.rename(spec_copy / VOD / "ListAIImageInfos.yaml")
    edit(
        spec_copy,
        "ListAIImageInfos.yaml",
        "operation: ListAIImageInfo",
        "operation: ListAIImageInfos",
    )
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.kind) == ("breaking", "operation-renamed")
    assert (
        "ListAIImageInfos" in change.detail and "list_ai_image_infos" in change.detail
    )


def test_a_removed_parameter_is_breaking(spec_copy: Path) -> None:
    text = (spec_copy / VOD / "SubmitAIImageJob.yaml").read_text()
    start = text.index("  - name: AIPipelineId")
    end = text.index("response:")
    (spec_copy / VOD / "SubmitAIImageJob.yaml").write_text(text[:start] + text[end:])
    assert kinds(report_for(spec_copy)) == {
        (
            "breaking",
            "SubmitAIImageJob",
            "parameter-removed",
            "parameter AIPipelineId",
        )
    }


def test_a_renamed_parameter_is_one_breaking_rename_naming_the_python_argument(
    spec_copy: Path,
) -> None:
    edit(
        spec_copy, "SubmitAIImageJob.yaml", "- name: AIPipelineId", "- name: PipelineId"
    )
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "parameter-renamed",
        "renamed to PipelineId (argument ai_pipeline_id -> pipeline_id)",
    )


def test_a_wire_rename_that_keeps_the_python_argument_is_compatible(
    spec_copy: Path,
) -> None:
    edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "- name: AIPipelineId",
        "- name: AIPipelineID",
    )
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "compatible",
        "parameter-renamed",
        "sent as AIPipelineID (the argument stays ai_pipeline_id)",
    )


def test_a_parameter_made_required_is_breaking(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "  - name: AIPipelineId\n    in: query\n    required: false",
        "  - name: AIPipelineId\n    in: query\n    required: true",
    )
    assert kinds(report_for(spec_copy)) == {
        (
            "breaking",
            "SubmitAIImageJob",
            "parameter-required",
            "parameter AIPipelineId",
        )
    }


def test_a_new_required_parameter_is_breaking(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "response:",
        "  - {name: Priority, in: query, required: true, schema: {type: integer}}\n"
        "response:",
    )
    ((effect, _, kind, _),) = kinds(report_for(spec_copy))
    assert (effect, kind) == ("breaking", "parameter-added")


@pytest.mark.parametrize(
    ("old", "new", "detail"),
    [
        ("maxItems: 10", "maxItems: 5", "maxItems lowered from 10 to 5"),
        ("minLength: 1", "minLength: 2", "minLength raised from 1 to 2"),
        (
            "      items:\n        type: string\n        minLength: 1",
            "      items:\n        type: string\n        minLength: 1\n        maxLength: 32",
            "maxLength 32 added",
        ),
        (
            "      items:\n        type: string\n        minLength: 1",
            "      items:\n        type: string\n        minLength: 1\n"
            "        pattern: '^[0-9a-f*]+$'",
            "pattern '^[0-9a-f*]+$' added",
        ),
    ],
)
def test_a_tightened_request_limit_is_breaking(
    spec_copy: Path, old: str, new: str, detail: str
) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", old, new)
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "limit-tightened",
        detail,
    )


def test_a_changed_pattern_is_breaking(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "GetAIImageJobs.yaml",
        "minLength: 1",
        "minLength: 1\n        pattern: '^c'",
    )
    old = spec_copy.parent / "old"
    shutil.copytree(spec_copy, old)
    edit(spec_copy, "GetAIImageJobs.yaml", "pattern: '^c'", "pattern: '^cf'")
    (change,) = report_for(spec_copy, old).changes
    assert (change.effect, change.subject, change.detail) == (
        "breaking",
        "parameter JobIds[]",
        "pattern changed from '^c' to '^cf'",
    )


def test_a_maximum_lowered_in_a_request_is_breaking(spec_copy: Path) -> None:
    edit(spec_copy, "SubmitAIImageJob.yaml", "maxBytes: 512", "maxBytes: 256")
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.detail) == (
        "breaking",
        "maxBytes lowered from 512 to 256",
    )


MODE = "  - {name: Mode, in: query, schema: {type: string, enum: [fast, slow]}}\n"


def test_a_request_enum_narrowed_is_breaking(spec_copy: Path) -> None:
    edit(spec_copy, "SubmitAIImageJob.yaml", "response:", MODE + "response:")
    old = spec_copy.parent / "old"
    shutil.copytree(spec_copy, old)
    edit(spec_copy, "SubmitAIImageJob.yaml", "enum: [fast, slow]", "enum: [fast]")
    (change,) = report_for(spec_copy, old).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "enum-value-removed",
        "enum value 'slow' removed",
    )


def test_a_response_enum_value_removed_is_breaking(spec_copy: Path) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", "[success, fail]", "[success, fail, wait]")
    old = spec_copy.parent / "old"
    shutil.copytree(spec_copy, old)
    edit(spec_copy, "GetAIImageJobs.yaml", "[success, fail, wait]", "[success, fail]")
    (change,) = report_for(spec_copy, old).changes
    assert (change.effect, change.subject, change.detail) == (
        "breaking",
        "response.AIImageJobList[].Status",
        "enum value 'wait' removed",
    )


def test_a_changed_type_is_breaking(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "CallbackType:\n                type: string",
        "CallbackType:\n                type: integer",
    )
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.kind, change.subject, change.detail) == (
        "breaking",
        "type-changed",
        "parameter UserData(JSON).MessageCallback.CallbackType",
        "type string -> integer",
    )


def test_a_format_that_changes_the_python_type_is_a_type_change(
    spec_copy: Path,
) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", "            format: date-time\n", "")
    (change,) = [c for c in report_for(spec_copy).changes if c.effect == "breaking"]
    assert change.detail == "type string (date-time) -> string"


def test_a_removed_response_field_is_breaking(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "    RequestId:\n      type: string\n      description: The ID of the request.\n"
        "      examples: [218A6807-A21E-43*****54-C0512880B0B0]\n",
        "",
    )
    assert kinds(report_for(spec_copy)) == {
        ("breaking", "SubmitAIImageJob", "field-removed", "response.RequestId")
    }


def test_a_dropped_service_region_is_breaking(spec_copy: Path) -> None:
    edit(spec_copy, "service.yaml", "  eu-west-1: vod.eu-west-1.aliyuncs.com\n", "")
    assert kinds(report_for(spec_copy)) == {
        ("breaking", None, "region-removed", "region eu-west-1")
    }


def test_a_dropped_operation_region_is_breaking(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "GetAIImageJobs.yaml",
        "regions: [cn-beijing, cn-shanghai]",
        "regions: [cn-beijing]",
    )
    assert kinds(report_for(spec_copy)) == {
        ("breaking", "GetAIImageJobs", "region-removed", "region cn-shanghai")
    }


def test_a_changed_python_parameter_name_is_breaking(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "  - name: AIPipelineId\n",
        "  - name: AIPipelineId\n    python_name: pipeline_id\n",
    )
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "python-name-changed",
        "argument ai_pipeline_id renamed to pipeline_id",
    )


def test_a_changed_model_title_renames_its_classes_and_is_breaking(
    spec_copy: Path,
) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", "title: AIImageJob\n", "title: ImageJob\n")
    changes = report_for(spec_copy).changes
    module = "acs_vod.models.get_ai_image_jobs"
    assert [(c.effect, c.kind, c.subject, c.detail) for c in changes] == [
        (
            "breaking",
            "python-name-changed",
            "class AIImageJob",
            f"renamed to ImageJob in {module}",
        ),
        (  # the enum inside is named after its model
            "breaking",
            "python-name-changed",
            "class AIImageJobStatus",
            f"renamed to ImageJobStatus in {module}",
        ),
    ]


def test_a_changed_python_field_name_is_breaking(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "GetAIImageJobs.yaml",
        "          VideoId:\n            type: string\n",
        "          VideoId:\n            type: string\n            pythonName: video\n",
    )
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.kind, change.subject, change.detail) == (
        "breaking",
        "python-name-changed",
        "class AIImageJob",
        "attribute video_id renamed to video",
    )


def test_a_changed_import_name_is_breaking(spec_copy: Path) -> None:
    edit(spec_copy, "service.yaml", "import_name: acs_vod", "import_name: acs_vod2")
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "python-name-changed",
        "import name acs_vod renamed to acs_vod2",
    )


def test_an_error_code_whose_kind_changes_is_breaking(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "service.yaml",
        "{code: Throttling.User, status: 400, kind: throttling}",
        "{code: Throttling.User, status: 400, kind: server}",
    )
    assert ("breaking", None, "error-kind-changed", "error Throttling.User") in kinds(
        report_for(spec_copy)
    )


REST_SERVICE = """\
service: demo
title: Demo Storage
api_version: "2024-01-01"
style: ROA
package: {distribution: acs-demo, import_name: acs_demo, version: 1.2.0}
endpoints: {cn-hangzhou: demo.cn-hangzhou.aliyuncs.com}
error_response: {type: object, properties: {code: {type: string}}}
"""
REST_OPERATION = """\
operation: GetObject
summary: Reads an object.
access: read
methods: [GET]
path: /objects/{Key}
parameters:
  - {name: Key, in: path, required: true, schema: {type: string}}
response: {type: object, properties: {size: {type: integer}}}
"""


def rest_specs(folder: Path, operation: str = REST_OPERATION) -> Path:
    (folder / "demo").mkdir(parents=True)
    (folder / "demo" / "service.yaml").write_text(REST_SERVICE)
    (folder / "demo" / "GetObject.yaml").write_text(operation)
    return folder


def test_a_rest_operations_new_method_is_breaking(tmp_path: Path) -> None:
    old = rest_specs(tmp_path / "old")
    new = rest_specs(tmp_path / "new", REST_OPERATION.replace("[GET]", "[POST]"))
    (change,) = report_for(new, old).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "method-changed",
        "GET -> POST",
    )


def test_a_rest_operations_new_path_is_breaking(tmp_path: Path) -> None:
    old = rest_specs(tmp_path / "old")
    new = rest_specs(
        tmp_path / "new", REST_OPERATION.replace("/objects/{Key}", "/v2/objects/{Key}")
    )
    (change,) = report_for(new, old).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "path-changed",
        "/objects/{Key} -> /v2/objects/{Key}",
    )


def test_an_rpc_operations_new_method_is_compatible(spec_copy: Path) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", "methods: [POST, GET]", "methods: [GET]")
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.kind) == ("compatible", "method-changed")


# --- compatible -----------------------------------------------------------------------------------


def test_a_new_operation_is_compatible(spec_copy: Path) -> None:
    (spec_copy / VOD / "DeleteAIImageInfos.yaml").write_text(
        "operation: DeleteAIImageInfos\nsummary: Deletes AI images.\naccess: write\n"
        "parameters:\n  - {name: AIImageInfoIds, in: query, required: true, "
        "schema: {type: string}}\n"
        "response: {type: object, properties: {RequestId: {type: string}}}\n"
    )
    assert kinds(report_for(spec_copy)) == {
        (
            "compatible",
            "DeleteAIImageInfos",
            "operation-added",
            "operation DeleteAIImageInfos",
        )
    }


def test_a_new_optional_parameter_is_compatible(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "response:",
        "  - {name: Priority, in: query, schema: {type: integer}}\nresponse:",
    )
    assert kinds(report_for(spec_copy)) == {
        ("compatible", "SubmitAIImageJob", "parameter-added", "parameter Priority")
    }


def test_a_new_response_field_is_compatible(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "response:\n  type: object\n  description: The returned data.\n  properties:\n",
        "response:\n  type: object\n  description: The returned data.\n  properties:\n"
        "    QueueLength: {type: integer}\n",
    )
    assert kinds(report_for(spec_copy)) == {
        ("compatible", "SubmitAIImageJob", "field-added", "response.QueueLength")
    }


def test_a_new_region_is_compatible(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "service.yaml",
        "endpoints:\n",
        "endpoints:\n  cn-hongkong: vod.cn-hongkong.aliyuncs.com\n",
    )
    assert kinds(report_for(spec_copy)) == {
        ("compatible", None, "region-added", "region cn-hongkong")
    }


def test_a_new_error_code_is_compatible(spec_copy: Path) -> None:
    edit(
        spec_copy,
        "service.yaml",
        "errors:\n",
        "errors:\n  - {code: QuotaExceeded, status: 403, kind: throttling}\n",
    )
    assert kinds(report_for(spec_copy)) == {
        ("compatible", None, "error-code-added", "error QuotaExceeded")
    }


def test_a_loosened_request_limit_is_compatible(spec_copy: Path) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 20")
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "compatible",
        "limit-loosened",
        "maxItems raised from 10 to 20",
    )


def test_an_enum_value_added_to_a_request_is_compatible(spec_copy: Path) -> None:
    edit(spec_copy, "SubmitAIImageJob.yaml", "response:", MODE + "response:")
    old = spec_copy.parent / "old"
    shutil.copytree(spec_copy, old)
    edit(spec_copy, "SubmitAIImageJob.yaml", "[fast, slow]", "[fast, slow, eco]")
    (change,) = report_for(spec_copy, old).changes
    assert (change.effect, change.kind) == ("compatible", "enum-value-added")


def test_a_tightened_response_limit_is_compatible(spec_copy: Path) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", "maxBytes: 512", "maxBytes: 256")
    (change,) = report_for(spec_copy).changes
    assert (change.effect, change.subject) == (
        "compatible",
        "response.AIImageJobList[].UserData",
    )


# --- documentation only ---------------------------------------------------------------------------


def test_changed_summaries_descriptions_and_examples_are_documentation_only(
    spec_copy: Path,
) -> None:
    edit(
        spec_copy,
        "GetAIImageJobs.yaml",
        "summary: Queries jobs of image AI processing.",
        "summary: Queries image AI jobs.",
    )
    edit(
        spec_copy,
        "GetAIImageJobs.yaml",
        "description: The ID of the video.",
        "description: The video's ID.",
    )
    edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "example: 6492025b8f*****6ba5bb755a33438",
        "example: 6492025b8f*****0000000000000",
    )
    report = report_for(spec_copy)
    assert {c.effect for c in report.changes} == {"documentation"}
    assert report.counts == {"breaking": 0, "compatible": 0, "documentation": 3}


def test_identical_trees_report_no_changes_and_exit_0() -> None:
    code, out, _ = run("diff", str(SPECS), str(SPECS))
    assert code == 0
    assert out == (
        "No changes.\nVersion bumps:\n"
        "  acs-oss: 0.1.0 (no changes)\n  acs-vod: 0.1.0 (no changes)\n"
    )


# --- the command ----------------------------------------------------------------------------------


def test_text_groups_changes_per_package_and_operation_with_a_summary(
    spec_copy: Path,
) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 5")
    edit(
        spec_copy,
        "service.yaml",
        "errors:\n",
        "errors:\n  - {code: Gone, status: 410}\n",
    )
    code, out, err = run("diff", str(spec_copy.parent / "original"), str(spec_copy))
    assert (code, err) == (1, "")
    assert out == (
        "acs-vod (vod 2017-03-21)\n"
        "  (service)\n"
        "    compatible    error Gone: added (HTTP 410)\n"
        "  GetAIImageJobs\n"
        "    breaking      parameter JobIds: maxItems lowered from 10 to 5\n"
        "1 breaking, 1 compatible, 0 documentation-only change(s).\n"
        "Version bumps:\n"
        "  acs-vod: 0.1.0 -> 0.2.0 (minor; 0.x: breaking changes bump the minor version;"
        " service.yaml still says 0.1.0)\n"
    )


def test_compatible_changes_only_exit_0(spec_copy: Path) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 20")
    assert run("diff", str(spec_copy.parent / "original"), str(spec_copy))[0] == 0


def test_json_format_has_stable_keys(spec_copy: Path) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 5")
    code, out, _ = run(
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
                "current": "0.1.0",
                "bump": "minor",
                "next": "0.2.0",
                "declared": "0.1.0",
                "note": "0.x: breaking changes bump the minor version;"
                " service.yaml still says 0.1.0",
            }
        ],
    }


def test_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    code, out, err = run("diff", str(tmp_path / "nowhere"), str(SPECS))
    assert (code, out) == (2, "")
    assert "nowhere: no such folder" in err


def test_an_invalid_side_prints_its_diagnostics_and_exits_1(spec_copy: Path) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", "access: read", "access: maybe")
    code, out, err = run("diff", str(spec_copy.parent / "original"), str(spec_copy))
    assert (code, out) == (1, "")
    assert "GetAIImageJobs.yaml:" in err and "/access:" in err
    assert "1 problem(s) found." in err


# --- git revisions --------------------------------------------------------------------------------


def git(repo: Path, *argv: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *argv],
        cwd=repo,
        check=True,
        capture_output=True,
        timeout=60,
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with two commits of specs/: the second tightens JobIds."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    root = tmp_path / "repo"
    shutil.copytree(SPECS / VOD, root / "specs" / VOD)
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "first")
    edit(root / "specs", "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 5")
    git(root, "commit", "-q", "-am", "second")
    monkeypatch.chdir(root)
    return root


def test_git_revisions_are_compared_like_folders(repo: Path) -> None:
    code, out, _ = run("diff", "HEAD~1:specs", "HEAD:specs")
    assert code == 1
    assert "breaking      parameter JobIds: maxItems lowered from 10 to 5" in out


def test_a_revision_and_the_working_folder_can_be_compared(repo: Path) -> None:
    code, out, _ = run("diff", "HEAD:specs", "specs")
    assert (code, out.splitlines()[0]) == (0, "No changes.")


def test_an_unknown_revision_is_a_usage_error(repo: Path) -> None:
    code, out, err = run("diff", "HEAD~5:specs", "specs")
    assert (code, out) == (2, "")
    assert err.startswith("error: HEAD~5:specs: not a folder at a git revision")


def test_a_revision_of_a_file_is_a_usage_error(repo: Path) -> None:
    code, _, err = run("diff", "HEAD:specs/vod/service.yaml", "specs")
    assert code == 2 and "names a blob, not a folder" in err


def test_diagnostics_of_a_revision_name_the_revision_not_a_temporary_folder(
    repo: Path,
) -> None:
    edit(repo / "specs", "GetAIImageJobs.yaml", "access: read", "access: maybe")
    git(repo, "commit", "-q", "-am", "broken")
    code, _, err = run("diff", "HEAD~1:specs", "HEAD:specs")
    assert code == 1
    assert "HEAD:specs/vod/GetAIImageJobs.yaml:" in err


@pytest.mark.skipif(
    not hasattr(tarfile, "data_filter"), reason="no tarfile filters before 3.11.4"
)
def test_a_revision_with_a_symlink_leading_outside_is_a_usage_error(
    repo: Path,
) -> None:
    (repo / "specs" / VOD / "escape.yaml").symlink_to("../../../outside.yaml")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "a link leading out")
    code, out, err = run("diff", "HEAD:specs", "specs")
    assert (code, out) == (2, "")
    assert err.startswith("error: HEAD:specs: cannot be exported safely: ")
    assert "Traceback" not in err


# --- version bumps --------------------------------------------------------------------------------


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
) -> None:
    edit(spec_copy, "service.yaml", "version: 0.1.0", f"version: {version}")
    old = tmp_path / "old"
    shutil.copytree(spec_copy, old)
    edit(spec_copy, "GetAIImageJobs.yaml", *change)
    (bump,) = report_for(spec_copy, old).packages
    assert (bump.current, bump.bump, bump.next) == (version, *expected)


def test_the_bump_says_when_the_new_specs_already_declare_enough(
    spec_copy: Path,
) -> None:
    edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 5")
    edit(spec_copy, "service.yaml", "version: 0.1.0", "version: 0.2.0")
    (bump,) = report_for(spec_copy).packages
    assert bump.line == (
        "acs-vod: 0.1.0 -> 0.2.0 (minor; 0.x: breaking changes bump the minor version;"
        " service.yaml already says 0.2.0)"
    )


# --- a whole product ------------------------------------------------------------------------------

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
) -> None:
    changed = tmp_path / "vod-changed.json"
    changed_by_hand(VENDOR, changed)
    import_product(VENDOR, tmp_path / "old" / VOD, overlay=OVERLAY)
    import_product(changed, tmp_path / "new" / VOD, overlay=OVERLAY)
    code, out, _ = run("diff", str(tmp_path / "old"), str(tmp_path / "new"))
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
) -> None:
    edit(
        spec_copy,
        "service.yaml",
        'api_version: "2017-03-21"',
        'api_version: "2025-01-01"',
    )
    edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 5")
    report = report_for(spec_copy)
    assert kinds(report) == {
        ("breaking", None, "api-version-changed", "package acs-vod"),
        ("breaking", "GetAIImageJobs", "limit-tightened", "parameter JobIds"),
    }
    (version_change,) = [c for c in report.changes if c.operation is None]
    assert version_change.detail == "API version 2017-03-21 -> 2025-01-01"
    assert [(bump.package, bump.bump) for bump in report.packages] == [
        ("acs-vod", "minor")
    ]
