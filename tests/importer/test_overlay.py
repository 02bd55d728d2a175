"""Overlays: curated facts applied at import, kept across re-imports, stale entries refused."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.importer import OverlayError, import_product
from generator.importer.overlay import merge

AI_OPERATIONS = ["GetAIImageJobs", "SubmitAIImageJob", "ListAIImageInfo"]


def _spec(folder: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((folder / f"{name}.yaml").read_text("utf-8"))
    return data


def _job(spec: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = spec["response"]["properties"]["AIImageJobList"]["items"]
    return item


def test_vod_overlay_curates_the_ai_image_operations(
    tmp_path: Path, helpers: Any
) -> None:
    report = import_product(
        helpers.api_docs("vod-2017-03-21"),
        tmp_path,
        operations=AI_OPERATIONS,
        overlay=helpers.vod_overlay,
    )

    assert report.imported == ["SubmitAIImageJob", "GetAIImageJobs", "ListAIImageInfo"]
    assert helpers.meta_schema_errors(tmp_path) == []
    assert helpers.generator_errors(tmp_path) == []
    service = yaml.safe_load((tmp_path / "service.yaml").read_text("utf-8"))
    assert service["title"] == "ApsaraVideo VOD"

    jobs = _spec(tmp_path, "GetAIImageJobs")
    assert (jobs["access"], jobs["regions"]) == ("read", ["cn-beijing", "cn-shanghai"])
    job_ids = jobs["parameters"][0]
    assert (job_ids["name"], job_ids["style"], job_ids["required"]) == (
        "JobIds",
        "simple",
        True,
    )
    assert job_ids["schema"]["type"] == "array"
    assert (job_ids["schema"]["minItems"], job_ids["schema"]["maxItems"]) == (1, 10)
    job = _job(jobs)
    assert job["title"] == "AIImageJob"
    assert job["properties"]["Status"]["enum"] == ["success", "fail"]
    user_data = job["properties"]["UserData"]
    assert user_data["maxBytes"] == 512
    assert user_data["contentMediaType"] == "application/json"
    assert set(user_data["contentSchema"]["properties"]) == {
        "MessageCallback",
        "Extend",
    }
    result = job["properties"]["AIImageResult"]["contentSchema"]
    assert result["type"] == "array"
    assert {k: v["type"] for k, v in result["items"]["properties"].items()} == {
        "Score": "number",
        "Url": "string",
    }
    template = job["properties"]["TemplateConfig"]
    assert template["contentMediaType"] == "application/json"
    assert set(template["contentSchema"]["properties"]) == {"Format", "SetDefaultCover"}
    # The vendor's own fields are still there beside the curated ones.
    assert job["properties"]["CreationTime"]["format"] == "date-time"

    submit = _spec(tmp_path, "SubmitAIImageJob")
    assert (submit["access"], submit["idempotent"]) == ("write", False)
    submit_user_data = next(p for p in submit["parameters"] if p["name"] == "UserData")
    assert submit_user_data["schema"]["maxBytes"] == 512
    assert submit_user_data["schema"]["contentMediaType"] == "application/json"

    images = _spec(tmp_path, "ListAIImageInfo")
    assert images["access"] == "read"
    score = images["response"]["properties"]["AIImageInfoList"]["items"]["properties"][
        "Score"
    ]
    assert score["type"] == "string"  # a string here, unlike AIImageResult's Score


def test_reimport_of_a_changed_vendor_file_keeps_the_overlay(
    tmp_path: Path, helpers: Any
) -> None:
    vendor = json.loads(helpers.api_docs("vod-2017-03-21").read_text("utf-8"))
    out = tmp_path / "specs"
    first = tmp_path / "vod-2017-03-21.json"
    first.write_text(json.dumps(vendor, ensure_ascii=False), "utf-8")
    import_product(first, out, operations=AI_OPERATIONS, overlay=helpers.vod_overlay)

    # The vendor changes its prose and adds a response field.
    api = vendor["apis"]["GetAIImageJobs"]
    api["parameters"][0]["schema"]["example"] = "aaaa,bbbb"
    item = api["responses"]["200"]["schema"]["properties"]["AIImageJobList"]["items"]
    item["properties"]["Priority"] = {"type": "integer", "example": "5"}
    first.write_text(json.dumps(vendor, ensure_ascii=False), "utf-8")
    report = import_product(
        first, out, operations=AI_OPERATIONS, overlay=helpers.vod_overlay
    )

    assert report.files_written == ["GetAIImageJobs.yaml"]
    jobs = _spec(out, "GetAIImageJobs")
    assert jobs["parameters"][0]["example"] == "aaaa,bbbb"
    assert _job(jobs)["properties"]["Priority"] == {"type": "integer", "examples": [5]}
    assert jobs["parameters"][0]["schema"]["maxItems"] == 10
    assert _job(jobs)["properties"]["UserData"]["maxBytes"] == 512
    assert helpers.generator_errors(out) == []


def _line_of(text: str, pattern: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.search(pattern, line):
            return number
    raise AssertionError(pattern)


@pytest.mark.parametrize(
    ("old", "new", "entry", "message"),
    [
        (
            "  ListAIImageInfo:",
            "  ListAIImageInf:",
            "operations.ListAIImageInf",
            "no operation 'ListAIImageInf' in vod-2017-03-21.json; did you mean ListAIImageInfo",
        ),
        (
            "      JobIds:",
            "      JobId:",
            "operations.GetAIImageJobs.parameters.JobId",
            "no parameter 'JobId' in GetAIImageJobs (parameters: JobIds)",
        ),
        (
            "      AIImageJobList[].TemplateConfig:",
            "      AIImageJobList[].TemplateConfiguration:",
            "operations.GetAIImageJobs.response.AIImageJobList[].TemplateConfiguration",
            "no field 'TemplateConfiguration' at AIImageJobList[] of the response",
        ),
        (
            "      AIImageJobList[].Status:",
            "      AIImageJobList.Status:",
            "operations.GetAIImageJobs.response.AIImageJobList.Status",
            "no field 'Status' at AIImageJobList of the response",
        ),
    ],
)
def test_a_stale_overlay_entry_is_an_error_naming_file_line_and_entry(
    tmp_path: Path, helpers: Any, old: str, new: str, entry: str, message: str
) -> None:
    text = helpers.vod_overlay.read_text("utf-8")
    assert old in text
    stale = text.replace(old, new)
    overlay = tmp_path / "vod.yaml"
    overlay.write_text(stale, "utf-8")
    out = tmp_path / "out"

    with pytest.raises(OverlayError) as caught:
        import_product(
            helpers.api_docs("vod-2017-03-21"),
            out,
            operations=AI_OPERATIONS,
            overlay=overlay,
        )

    line = _line_of(stale, "^" + re.escape(new) + "$")
    assert str(caught.value).startswith(f"{overlay}:{line}:")
    assert f": {entry}: " in str(caught.value)
    assert message in str(caught.value)
    assert not out.exists()  # nothing is written when the overlay is wrong


def _demo_overlay(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "overlay.yaml"
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("!!python/object:os.system {}\n", "unsupported YAML tag"),
        ("operations:\n  Op:\n    acess: read\n", "unknown operation key"),
        ("extra: {}\n", "unknown section"),
        ("operations:\n  Op:\n    regions: [us-east-9]\n", "have no endpoint"),
        ("operations:\n  Op:\n    access: sometimes\n", "would break the spec format"),
        (
            "operations:\n  Op:\n    errors: {Nope: null}\n",
            "no error code 'Nope' in Op",
        ),
        ("a: 1\na: 2\n", "duplicate key"),
        ("operations:\n  Op:\n    response:\n      'Bad..Path': {}\n", "bad path"),
    ],
)
def test_malformed_overlays_are_refused(
    tmp_path: Path, make_api_docs: Any, make_operation: Any, text: str, message: str
) -> None:
    source = make_api_docs({"Op": make_operation("Op")})
    with pytest.raises(OverlayError, match=re.escape(message)):
        import_product(source, tmp_path / "out", overlay=_demo_overlay(tmp_path, text))


def test_a_path_through_a_shared_model_points_at_the_model(
    tmp_path: Path, make_api_docs: Any, make_operation: Any
) -> None:
    operation = make_operation("Op")
    operation["responses"]["200"]["schema"]["properties"]["Item"] = {
        "$ref": "#/components/schemas/Item"
    }
    components = {
        "Item": {"type": "object", "properties": {"Size": {"type": "integer"}}}
    }
    source = make_api_docs({"Op": operation}, components=components)
    overlay = _demo_overlay(
        tmp_path, "operations:\n  Op:\n    response:\n      Item.Size: {maximum: 9}\n"
    )

    with pytest.raises(OverlayError, match=r"patch models\.Item instead"):
        import_product(source, tmp_path / "out", overlay=overlay)

    overlay.write_text("models:\n  Item:\n    Size: {maximum: 9}\n", "utf-8")
    import_product(source, tmp_path / "out", overlay=overlay)
    service = yaml.safe_load((tmp_path / "out" / "service.yaml").read_text("utf-8"))
    assert service["models"]["Item"]["properties"]["Size"] == {
        "type": "integer",
        "maximum": 9,
    }

    overlay.write_text("models:\n  Gone:\n    $: {description: x}\n", "utf-8")
    with pytest.raises(OverlayError, match="no shared model 'Gone'"):
        import_product(source, tmp_path / "out", overlay=overlay)


def test_overlay_adds_errors_and_goldens_and_removes_parameters(
    tmp_path: Path, make_api_docs: Any, make_operation: Any, helpers: Any
) -> None:
    source = make_api_docs({"Op": make_operation("Op")})
    out = tmp_path / "out"
    (out / "golden" / "Op").mkdir(parents=True)
    (out / "golden" / "Op" / "curated.json").write_text('{"RequestId": "C"}', "utf-8")
    overlay = _demo_overlay(
        tmp_path,
        "operations:\n"
        "  Op:\n"
        "    parameters:\n"
        "      Name: null\n"
        "    errors:\n"
        "      Busy.Now: {status: 429, kind: throttling}\n"
        "    golden:\n"
        "      vendor_example: {summary: From the vendor.}\n"
        "      curated: {status: 200, file: golden/Op/curated.json}\n",
    )

    import_product(source, out, overlay=overlay)

    spec = _spec(out, "Op")
    assert spec["parameters"] == []
    assert spec["errors"] == [{"code": "Busy.Now", "status": 429, "kind": "throttling"}]
    assert [(g["name"], g.get("summary")) for g in spec["golden"]] == [
        ("vendor_example", "From the vendor."),
        ("curated", None),
    ]
    assert helpers.generator_errors(out) == []

    overlay.write_text(
        "operations:\n  Op:\n    golden:\n      missing: {status: 200, file: golden/Op/no.json}\n",
        "utf-8",
    )
    with pytest.raises(OverlayError, match="is not in the spec folder"):
        import_product(source, out, overlay=overlay)


def test_merge_semantics() -> None:
    target = {"a": 1, "b": {"c": 2, "d": [1, 2]}, "e": {"f": 1}}
    patch = {"a": None, "b": {"d": [3], "g": 4}, "e": {"$replace": True, "h": 2}}

    assert merge(target, patch) == {"b": {"c": 2, "d": [3], "g": 4}, "e": {"h": 2}}
    assert merge("text", {"x": 1}) == {"x": 1}
    assert merge({"x": 1}, [1]) == [1]
