"""`diff OLD NEW`: the breaking changes between two spec trees, each classed by its effect on
consumers (operations, parameters, limits, types, names, regions, errors, REST methods and paths).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

# --- breaking ------------------------------------------------------------------------------------


def test_a_removed_operation_is_breaking(spec_copy: Path, helpers: Any) -> None:
    (spec_copy / helpers.VOD / "ListAIImageInfo.yaml").unlink()
    assert helpers.kinds(helpers.report_for(spec_copy)) == {
        (
            "breaking",
            "ListAIImageInfo",
            "operation-removed",
            "operation ListAIImageInfo",
        )
    }


def test_a_renamed_operation_is_one_breaking_rename_naming_both_methods(
    spec_copy: Path,
    helpers: Any,
) -> None:
    path = spec_copy / helpers.VOD / "ListAIImageInfo.yaml"
    path.rename(spec_copy / helpers.VOD / "ListAIImageInfos.yaml")
    helpers.edit(
        spec_copy,
        "ListAIImageInfos.yaml",
        "operation: ListAIImageInfo",
        "operation: ListAIImageInfos",
    )
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.kind) == ("breaking", "operation-renamed")
    assert (
        "ListAIImageInfos" in change.detail and "list_ai_image_infos" in change.detail
    )


def test_a_removed_parameter_is_breaking(spec_copy: Path, helpers: Any) -> None:
    text = (spec_copy / helpers.VOD / "SubmitAIImageJob.yaml").read_text()
    start = text.index("  - name: AIPipelineId")
    end = text.index("response:")
    (spec_copy / helpers.VOD / "SubmitAIImageJob.yaml").write_text(
        text[:start] + text[end:]
    )
    assert helpers.kinds(helpers.report_for(spec_copy)) == {
        (
            "breaking",
            "SubmitAIImageJob",
            "parameter-removed",
            "parameter AIPipelineId",
        )
    }


def test_a_renamed_parameter_is_one_breaking_rename_naming_the_python_argument(
    spec_copy: Path,
    helpers: Any,
) -> None:
    helpers.edit(
        spec_copy, "SubmitAIImageJob.yaml", "- name: AIPipelineId", "- name: PipelineId"
    )
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "parameter-renamed",
        "renamed to PipelineId (argument ai_pipeline_id -> pipeline_id)",
    )


def test_a_wire_rename_that_keeps_the_python_argument_is_compatible(
    spec_copy: Path,
    helpers: Any,
) -> None:
    helpers.edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "- name: AIPipelineId",
        "- name: AIPipelineID",
    )
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "compatible",
        "parameter-renamed",
        "sent as AIPipelineID (the argument stays ai_pipeline_id)",
    )


def test_a_parameter_made_required_is_breaking(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "  - name: AIPipelineId\n    in: query\n    required: false",
        "  - name: AIPipelineId\n    in: query\n    required: true",
    )
    assert helpers.kinds(helpers.report_for(spec_copy)) == {
        (
            "breaking",
            "SubmitAIImageJob",
            "parameter-required",
            "parameter AIPipelineId",
        )
    }


def test_a_new_required_parameter_is_breaking(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "response:",
        "  - {name: Priority, in: query, required: true, schema: {type: integer}}\n"
        "response:",
    )
    ((effect, _, kind, _),) = helpers.kinds(helpers.report_for(spec_copy))
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
    spec_copy: Path, old: str, new: str, detail: str, helpers: Any
) -> None:
    helpers.edit(spec_copy, "GetAIImageJobs.yaml", old, new)
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "limit-tightened",
        detail,
    )


def test_a_changed_pattern_is_breaking(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy,
        "GetAIImageJobs.yaml",
        "minLength: 1",
        "minLength: 1\n        pattern: '^c'",
    )
    old = spec_copy.parent / "old"
    shutil.copytree(spec_copy, old)
    helpers.edit(spec_copy, "GetAIImageJobs.yaml", "pattern: '^c'", "pattern: '^cf'")
    (change,) = helpers.report_for(spec_copy, old).changes
    assert (change.effect, change.subject, change.detail) == (
        "breaking",
        "parameter JobIds[]",
        "pattern changed from '^c' to '^cf'",
    )


def test_a_maximum_lowered_in_a_request_is_breaking(
    spec_copy: Path, helpers: Any
) -> None:
    helpers.edit(spec_copy, "SubmitAIImageJob.yaml", "maxBytes: 512", "maxBytes: 256")
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.detail) == (
        "breaking",
        "maxBytes lowered from 512 to 256",
    )


def test_a_request_enum_narrowed_is_breaking(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy, "SubmitAIImageJob.yaml", "response:", helpers.MODE + "response:"
    )
    old = spec_copy.parent / "old"
    shutil.copytree(spec_copy, old)
    helpers.edit(
        spec_copy, "SubmitAIImageJob.yaml", "enum: [fast, slow]", "enum: [fast]"
    )
    (change,) = helpers.report_for(spec_copy, old).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "enum-value-removed",
        "enum value 'slow' removed",
    )


def test_a_response_enum_value_removed_is_breaking(
    spec_copy: Path, helpers: Any
) -> None:
    helpers.edit(
        spec_copy, "GetAIImageJobs.yaml", "[success, fail]", "[success, fail, wait]"
    )
    old = spec_copy.parent / "old"
    shutil.copytree(spec_copy, old)
    helpers.edit(
        spec_copy, "GetAIImageJobs.yaml", "[success, fail, wait]", "[success, fail]"
    )
    (change,) = helpers.report_for(spec_copy, old).changes
    assert (change.effect, change.subject, change.detail) == (
        "breaking",
        "response.AIImageJobList[].Status",
        "enum value 'wait' removed",
    )


def test_a_changed_type_is_breaking(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "CallbackType:\n                type: string",
        "CallbackType:\n                type: integer",
    )
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.kind, change.subject, change.detail) == (
        "breaking",
        "type-changed",
        "parameter UserData(JSON).MessageCallback.CallbackType",
        "type string -> integer",
    )


def test_a_format_that_changes_the_python_type_is_a_type_change(
    spec_copy: Path,
    helpers: Any,
) -> None:
    helpers.edit(
        spec_copy, "GetAIImageJobs.yaml", "            format: date-time\n", ""
    )
    (change,) = [
        c for c in helpers.report_for(spec_copy).changes if c.effect == "breaking"
    ]
    assert change.detail == "type string (date-time) -> string"


def test_a_removed_response_field_is_breaking(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "    RequestId:\n      type: string\n      description: The ID of the request.\n"
        "      examples: [218A6807-A21E-43*****54-C0512880B0B0]\n",
        "",
    )
    assert helpers.kinds(helpers.report_for(spec_copy)) == {
        ("breaking", "SubmitAIImageJob", "field-removed", "response.RequestId")
    }


def test_a_dropped_service_region_is_breaking(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy, "service.yaml", "  eu-west-1: vod.eu-west-1.aliyuncs.com\n", ""
    )
    assert helpers.kinds(helpers.report_for(spec_copy)) == {
        ("breaking", None, "region-removed", "region eu-west-1")
    }


def test_a_dropped_operation_region_is_breaking(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy,
        "GetAIImageJobs.yaml",
        "regions: [cn-beijing, cn-shanghai]",
        "regions: [cn-beijing]",
    )
    assert helpers.kinds(helpers.report_for(spec_copy)) == {
        ("breaking", "GetAIImageJobs", "region-removed", "region cn-shanghai")
    }


def test_a_changed_python_parameter_name_is_breaking(
    spec_copy: Path, helpers: Any
) -> None:
    helpers.edit(
        spec_copy,
        "SubmitAIImageJob.yaml",
        "  - name: AIPipelineId\n",
        "  - name: AIPipelineId\n    python_name: pipeline_id\n",
    )
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "python-name-changed",
        "argument ai_pipeline_id renamed to pipeline_id",
    )


def test_a_changed_model_title_renames_its_classes_and_is_breaking(
    spec_copy: Path,
    helpers: Any,
) -> None:
    helpers.edit(
        spec_copy, "GetAIImageJobs.yaml", "title: AIImageJob\n", "title: ImageJob\n"
    )
    changes = helpers.report_for(spec_copy).changes
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


def test_a_changed_python_field_name_is_breaking(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy,
        "GetAIImageJobs.yaml",
        "          VideoId:\n            type: string\n",
        "          VideoId:\n            type: string\n            pythonName: video\n",
    )
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.kind, change.subject, change.detail) == (
        "breaking",
        "python-name-changed",
        "class AIImageJob",
        "attribute video_id renamed to video",
    )


def test_a_changed_import_name_is_breaking(spec_copy: Path, helpers: Any) -> None:
    helpers.edit(
        spec_copy, "service.yaml", "import_name: acs_vod", "import_name: acs_vod2"
    )
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "python-name-changed",
        "import name acs_vod renamed to acs_vod2",
    )


def test_an_error_code_whose_kind_changes_is_breaking(
    spec_copy: Path, helpers: Any
) -> None:
    helpers.edit(
        spec_copy,
        "service.yaml",
        "{code: Throttling.User, status: 400, kind: throttling}",
        "{code: Throttling.User, status: 400, kind: server}",
    )
    assert (
        "breaking",
        None,
        "error-kind-changed",
        "error Throttling.User",
    ) in helpers.kinds(helpers.report_for(spec_copy))


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


def test_a_rest_operations_new_method_is_breaking(tmp_path: Path, helpers: Any) -> None:
    old = rest_specs(tmp_path / "old")
    new = rest_specs(tmp_path / "new", REST_OPERATION.replace("[GET]", "[POST]"))
    (change,) = helpers.report_for(new, old).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "method-changed",
        "GET -> POST",
    )


def test_a_rest_operations_new_path_is_breaking(tmp_path: Path, helpers: Any) -> None:
    old = rest_specs(tmp_path / "old")
    new = rest_specs(
        tmp_path / "new", REST_OPERATION.replace("/objects/{Key}", "/v2/objects/{Key}")
    )
    (change,) = helpers.report_for(new, old).changes
    assert (change.effect, change.kind, change.detail) == (
        "breaking",
        "path-changed",
        "/objects/{Key} -> /v2/objects/{Key}",
    )


def test_an_rpc_operations_new_method_is_compatible(
    spec_copy: Path, helpers: Any
) -> None:
    helpers.edit(
        spec_copy, "GetAIImageJobs.yaml", "methods: [POST, GET]", "methods: [GET]"
    )
    (change,) = helpers.report_for(spec_copy).changes
    assert (change.effect, change.kind) == ("compatible", "method-changed")
