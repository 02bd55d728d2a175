"""`diff OLD NEW`: the changes that break no consumer (compatible) and those that change only
the documentation.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

# --- compatible ----------------------------------------------------------------------------------


def test_a_new_operation_is_compatible(spec_copy: Path, helpers: Any) -> None:
    (spec_copy / helpers.VOD / "DeleteAIImageInfos.yaml").write_text(
        "operation: DeleteAIImageInfos\nsummary: Deletes AI images.\naccess: write\n"
        "parameters:\n  - {name: AIImageInfoIds, in: query, required: true, "
        "schema: {type: string}}\n"
        "response: {type: object, properties: {RequestId: {type: string}}}\n"
    )
    assert helpers.kinds(helpers.report_for(spec_copy)) == {
        (
            "compatible",
            "DeleteAIImageInfos",
            "operation-added",
            "operation DeleteAIImageInfos",
        )
    }


def test_a_new_optional_parameter_is_compatible(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "response:",
        "  - {name: Priority, in: query, schema: {type: integer}}\nresponse:",
    )
    assert helpers.kinds(helpers.report_for(spec_copy)) == {
        ("compatible", "SubmitAIImageJob", "parameter-added", "parameter Priority")
    }


def test_a_new_response_field_is_compatible(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "response:\n  type: object\n  description: The returned data.\n  properties:\n",
        "response:\n  type: object\n  description: The returned data.\n  properties:\n"
        "    QueueLength: {type: integer}\n",
    )
    assert helpers.kinds(helpers.report_for(spec_copy)) == {
        ("compatible", "SubmitAIImageJob", "field-added", "response.QueueLength")
    }


def test_a_new_region_is_compatible(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy,
        "service.yaml",
        "endpoints:\n",
        "endpoints:\n  cn-hongkong: vod.cn-hongkong.aliyuncs.com\n",
    )
    assert helpers.kinds(helpers.report_for(spec_copy)) == {
        ("compatible", None, "region-added", "region cn-hongkong")
    }


def test_a_new_error_code_is_compatible(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy,
        "service.yaml",
        "errors:\n",
        "errors:\n  - {code: QuotaExceeded, status: 403, kind: throttling}\n",
    )
    assert helpers.kinds(helpers.report_for(spec_copy)) == {
        ("compatible", None, "error-code-added", "error QuotaExceeded")
    }


def test_a_loosened_request_limit_is_compatible(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(spec_copy, "GetAIImageJobs.yaml", "maxItems: 10", "maxItems: 20")
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "compatible",
        "limit-loosened",
        "maxItems raised from 10 to 20",
    )


def test_an_enum_value_added_to_a_request_is_compatible(
    spec_copy: Path, helpers: Any
) -> None:
    helpers.edit(
        spec_copy, "SubmitAIImageJob.yaml", "response:", helpers.MODE + "response:"
    )
    old = spec_copy.parent / "old"
    shutil.copytree(spec_copy, old)
    helpers.edit(
        spec_copy, "SubmitAIImageJob.yaml", "[fast, slow]", "[fast, slow, eco]"
    )
    (change,) = helpers.report_for(spec_copy, old).changes
    assert (change.effect, change.kind) == ("compatible", "enum-value-added")


def test_a_tightened_response_limit_is_compatible(
    spec_copy: Path, helpers: Any
) -> None:
    helpers.edit(spec_copy, "GetAIImageJobs.yaml", "maxBytes: 512", "maxBytes: 256")
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.subject) == (
        "compatible",
        "response.AIImageJobList[].UserData",
    )


# --- documentation only --------------------------------------------------------------------------


def test_changed_summaries_descriptions_and_examples_are_documentation_only(
    spec_copy: Path,
    helpers: Any,
) -> None:
    helpers.edit(
        spec_copy,
        "GetAIImageJobs.yaml",
        "summary: Queries jobs of image AI processing.",
        "summary: Queries image AI jobs.",
    )
    helpers.edit(
        spec_copy,
        "GetAIImageJobs.yaml",
        "description: The ID of the video.",
        "description: The video's ID.",
    )
    helpers.edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "example: 6492025b8f*****6ba5bb755a33438",
        "example: 6492025b8f*****0000000000000",
    )
    report = helpers.report_for(spec_copy)
    assert {c.effect for c in report.changes} == {"documentation"}
    assert report.counts == {"breaking": 0, "compatible": 0, "documentation": 3}
