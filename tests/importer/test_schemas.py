"""Mapping the vendor's data schemas and operations: the policies, one at a time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.importer import import_product
from generator.importer.coerce import NotCoercible, to_number, to_type
from generator.importer.convert import access, error_kind
from generator.importer.schemas import Converter, Unsupported


def _convert(vendor: dict[str, Any], side: str = "response", keep: bool = False) -> Any:
    converter = Converter({"Model": {}}, "test", [])
    return converter.convert(vendor, "x", side, keep_required=keep)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("20", "integer", 20),
        ("-3", "integer", -3),
        ("0.01", "number", 0.01),
        ("5", "number", 5),
        ("false", "boolean", False),
        ('{"a": 1}', "object", {"a": 1}),
        ("[1, 2]", "array", [1, 2]),
        ("text", "string", "text"),
        ("kept", None, "kept"),
    ],
)
def test_lossless_coercion(value: str, kind: str | None, expected: Any) -> None:
    assert to_type(value, kind) == expected


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("100036****", "integer"),
        ("1.0", "integer"),
        ("True", "boolean"),
        ("true、false", "boolean"),
        ("NaN", "number"),
        ("authToken", "object"),
        ('{"a": 1}', "array"),
    ],
)
def test_lossy_coercion_is_refused(value: str, kind: str) -> None:
    with pytest.raises(NotCoercible):
        to_type(value, kind)


def test_limits_become_numbers() -> None:
    assert to_number("100") == 100
    assert to_number(1.0) == 1
    with pytest.raises(NotCoercible):
        to_number("1e999")


def test_schema_keywords_are_mapped() -> None:
    vendor = {
        "type": "integer",
        "format": "int32",
        "title": "页码",
        "description": "Page.\r\nNumber.",
        "required": False,
        "docRequired": True,
        "minimum": "1",
        "maximum": "100",
        "default": "20",
        "example": "20",
        "enumValueTitles": {"1": "one"},
    }
    assert _convert(vendor, "request") == {
        "type": "integer",
        "description": "Page.\nNumber.",
        "format": "int32",
        "default": 20,
        "examples": [20],
        "minimum": 1,
        "maximum": 100,
    }


def test_contradicting_limits_and_unknown_formats_are_dropped() -> None:
    converter = Converter({}, "test", [])
    out = converter.convert(
        {"type": "string", "minLength": "9", "maxLength": "2", "format": "uuid"},
        "x",
        "request",
        keep_required=True,
    )
    assert out == {"type": "string"}
    assert converter.warnings == ["test: x: minLength 9 > maxLength 2: both dropped"]
    assert converter.dropped["format=uuid"] == 1


def test_required_flags_are_kept_for_requests_only() -> None:
    vendor = {
        "type": "object",
        "properties": {
            "A": {"type": "string", "required": True},
            "B": {"type": "string", "required": False},
        },
    }
    assert _convert(vendor, "request", keep=True)["required"] == ["A"]
    assert "required" not in _convert(vendor, "response")


def test_titles_survive_only_as_class_names() -> None:
    assert _convert({"type": "object", "title": "Schema of Response"}) == {
        "type": "object"
    }
    assert _convert({"type": "object", "title": "Cover"})["title"] == "Cover"
    assert "title" not in _convert({"type": "string", "title": "Name"})


def test_date_times_are_inferred_from_full_timestamps_in_responses_only() -> None:
    stamp = {"type": "string", "example": "2020-10-15T03:30:03Z"}
    assert _convert(stamp)["format"] == "date-time"
    assert "format" not in _convert(stamp, "request")
    assert "format" not in _convert({"type": "string", "example": "2020-10-15T03:30Z"})


def test_refs_and_odd_types() -> None:
    ref = _convert(
        {"$ref": "#/components/schemas/Model", "description": "M.", "required": True}
    )
    assert ref == {"$ref": "#/models/Model", "description": "M."}
    assert _convert({"type": "any", "example": "x"}) == {"examples": ["x"]}
    assert _convert({"properties": {"A": {"type": "string"}}})["type"] == "object"
    with pytest.raises(Unsupported, match="names no shared model"):
        _convert({"$ref": "#/components/schemas/Gone"})
    with pytest.raises(Unsupported, match="type 'file'"):
        _convert({"type": "file"})


@pytest.mark.parametrize(
    ("api", "expected"),
    [
        ({"operationType": "read"}, "read"),
        ({"operationType": "write", "systemTags": {"operationType": "get"}}, "write"),
        (
            {"operationType": "readAndWrite", "systemTags": {"operationType": "list"}},
            "read",
        ),
        ({"systemTags": {"operationType": "get"}}, "read"),
        (
            {
                "operationType": "readAndWrite",
                "systemTags": {"operationType": "create"},
            },
            "write",
        ),
        ({}, "write"),
    ],
)
def test_access(api: dict[str, Any], expected: str) -> None:
    assert access(api) == expected


@pytest.mark.parametrize(
    ("code", "status", "kind"),
    [
        ("Throttling.User", 400, "throttling"),
        ("Forbidden.RAM", 403, "permission"),
        ("SignatureDoesNotMatch", 400, "authentication"),
        ("InvalidAccessKeyId.NotFound", 404, "authentication"),
        ("InternalError", 500, "server"),
        ("ServiceUnavailable", 503, "server"),
        ("EntityNotExist.Role", 404, "not_found"),
        ("StatusConflict", 409, "conflict"),
        ("InvalidVideo.NotFound", 400, "validation"),
    ],
)
def test_error_kinds(code: str, status: int, kind: str) -> None:
    assert error_kind(code, status) == kind


def test_a_golden_that_disagrees_takes_back_an_inferred_date_time(
    tmp_path: Path, make_api_docs: Any, make_operation: Any, helpers: Any
) -> None:
    operation = make_operation("Op")
    properties = operation["responses"]["200"]["schema"]["properties"]
    properties["Created"] = {"type": "string", "example": "2018-11-30T08:05:59Z"}
    properties["Updated"] = {"type": "string", "example": "2018-11-30T08:05:59Z"}
    demo = {
        "RequestId": "R",
        "Created": "2018/11/30 08:05:59",
        "Updated": "2018-11-30T08:05:59Z",
    }
    operation["responseDemo"] = json.dumps(
        [{"type": "json", "example": json.dumps(demo), "errorExample": ""}]
    )

    report = import_product(make_api_docs({"Op": operation}), tmp_path)

    spec = yaml.safe_load((tmp_path / "Op.yaml").read_text("utf-8"))
    assert "format" not in spec["response"]["properties"]["Created"]
    assert spec["response"]["properties"]["Updated"]["format"] == "date-time"
    assert report.goldens == ["golden/Op/vendor_example.json"]
    assert helpers.generator_errors(tmp_path) == []


def test_a_demo_that_breaks_the_schema_is_kept_as_a_non_conforming_recording(
    tmp_path: Path, make_api_docs: Any, make_operation: Any, helpers: Any
) -> None:
    operation = make_operation("Op")
    operation["responseDemo"] = json.dumps(
        [
            {"type": "xml", "example": "<RequestId>R</RequestId>", "errorExample": ""},
            {"type": "json", "example": '{"RequestId": 7}', "errorExample": "{oops"},
        ]
    )

    report = import_product(make_api_docs({"Op": operation}), tmp_path)

    assert report.goldens == ["golden/Op/vendor_example.json"]
    spec = yaml.safe_load((tmp_path / "Op.yaml").read_text())
    assert spec["golden"][0]["conforms"] is False
    assert (
        "Op: response demo breaks the schema: at /RequestId: 7 is not of type 'string'"
        in report.warnings
    )
    assert helpers.generator_errors(tmp_path) == []
    assert any(
        w.startswith("Op: error demo left out: not JSON") for w in report.warnings
    )


def test_examples_that_break_their_schema_are_dropped(
    tmp_path: Path, make_api_docs: Any, make_operation: Any
) -> None:
    operation = make_operation("Op")
    operation["parameters"] = [
        {
            "name": "CateId",
            "in": "query",
            "schema": {"type": "integer", "example": "100036****"},
        },
        {
            "name": "Size",
            "in": "query",
            "schema": {"type": "integer", "maximum": "10", "example": "20"},
        },
    ]

    report = import_product(make_api_docs({"Op": operation}), tmp_path)

    spec = yaml.safe_load((tmp_path / "Op.yaml").read_text("utf-8"))
    assert spec["parameters"][0] == {
        "name": "CateId",
        "in": "query",
        "schema": {"type": "integer"},
    }
    assert spec["parameters"][1] == {
        "name": "Size",
        "in": "query",
        "schema": {"type": "integer", "maximum": 10},
    }
    assert any("/parameters/1/schema/examples" in w for w in report.warnings)


def test_arrays_and_objects_without_a_style_are_flattened_like_the_sdk(
    tmp_path: Path, make_api_docs: Any, make_operation: Any
) -> None:
    operation = make_operation("Op")
    operation["parameters"] = [
        {
            "name": "Ids",
            "in": "query",
            "schema": {"type": "array", "items": {"type": "string"}},
        },
        {
            "name": "Tag",
            "in": "formData",
            "schema": {"type": "object", "properties": {}},
        },
    ]

    report = import_product(make_api_docs({"Op": operation}), tmp_path)

    spec = yaml.safe_load((tmp_path / "Op.yaml").read_text("utf-8"))
    assert [p["style"] for p in spec["parameters"]] == ["repeatList", "flat"]
    assert sum("has no style" in w for w in report.warnings) == 2


def test_shared_models_follow_the_operations_that_use_them(
    tmp_path: Path, make_api_docs: Any, make_operation: Any, helpers: Any
) -> None:
    operation = make_operation("Op")
    operation["parameters"].append(
        {
            "name": "Input",
            "in": "query",
            "style": "json",
            "schema": {"$ref": "#/components/schemas/In"},
        }
    )
    operation["responses"]["200"]["schema"]["properties"]["Out"] = {
        "$ref": "#/components/schemas/Out"
    }
    components = {
        "In": {
            "type": "object",
            "title": "In",
            "properties": {"Uri": {"type": "string", "required": True}},
        },
        "Out": {
            "type": "object",
            "properties": {
                "Inner": {"$ref": "#/components/schemas/Inner"},
                "Name": {"type": "string", "required": True},
            },
        },
        "Inner": {
            "type": "object",
            "properties": {"Size": {"type": "integer", "example": "3"}},
        },
        "Unused": {"type": "object"},
    }

    report = import_product(
        make_api_docs({"Op": operation}, components=components), tmp_path
    )

    assert report.models == ["In", "Out", "Inner"]
    models = yaml.safe_load((tmp_path / "service.yaml").read_text("utf-8"))["models"]
    assert models["In"]["required"] == [
        "Uri"
    ]  # only requests use it: the client checks it
    assert "required" not in models["Out"]  # a response model reads what comes
    assert models["Out"]["properties"]["Inner"] == {"$ref": "#/models/Inner"}
    assert "title" not in models["In"]
    assert helpers.generator_errors(tmp_path) == []
