"""Importing OSS-style metadata: the bucket in the host, sub-resources in the path, object keys
as path tails, `x-oss-*` headers and header maps, XML bodies, response headers, marker pages;
and the whole OSS product, with the overlay that supplies the components its file lacks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.importer import OverlayError, import_product

OSS_OVERLAY = Path(__file__).resolve().parents[2] / "specs/overlays/oss-2019-05-17.yaml"
Make = Callable[..., Any]


def _bucket() -> dict[str, Any]:
    schema = {"type": "string", "required": True, "example": "examplebucket"}
    return {"name": "bucket", "in": "host", "schema": schema}


def _key() -> dict[str, Any]:
    schema = {"type": "string", "required": True, "example": "dir/a.txt"}
    return {"name": "key", "in": "path", "schema": schema}


def _listing() -> dict[str, Any]:
    """A ListObjectsV2-like operation: sub-resource, markers, an XML response."""
    result = {
        "type": "object",
        "properties": {
            "IsTruncated": {"type": "boolean"},
            "NextContinuationToken": {"type": "string"},
            "Contents": {
                "type": "array",
                "items": {"type": "object", "properties": {"Key": {"type": "string"}}},
            },
            "CommonPrefixes": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"Prefix": {"type": "string"}},
                },
            },
        },
    }
    demo = {"ListBucketResult": {"IsTruncated": False, "Contents": [{"Key": "a"}]}}
    return {
        "summary": "Lists objects.",
        "path": "/?list-type=2",
        "methods": ["get"],
        "operationType": "read",
        "parameters": [
            _bucket(),
            {"name": "continuation-token", "in": "query", "schema": {"type": "string"}},
            {"name": "max-keys", "in": "query", "schema": {"type": "integer"}},
        ],
        "responses": {
            "200": {
                "schema": {
                    "type": "object",
                    "properties": {"ListBucketResult": result},
                }
            }
        },
        "responseDemo": json.dumps(
            [{"type": "json", "example": json.dumps(demo), "errorExample": ""}]
        ),
    }


def _put_object() -> dict[str, Any]:
    meta = {
        "type": "object",
        "additionalProperties": {"type": "string"},
        "example": "x-oss-meta-location",
    }
    return {
        "summary": "Uploads an object.",
        "path": "/{key}",
        "methods": ["put"],
        "operationType": "write",
        "parameters": [
            _bucket(),
            _key(),
            {
                "name": "x-oss-forbid-overwrite",
                "in": "header",
                "schema": {"type": "boolean", "example": "false"},
            },
            {"name": "x-oss-meta-*", "in": "header", "schema": meta},
            {
                "name": "body",
                "in": "body",
                "schema": {"type": "string", "format": "binary"},
            },
        ],
        "responses": {
            "200": {
                "headers": {
                    "x-oss-hash-crc64ecma": {"schema": {"type": "integer"}},
                    "x\u2011oss\u2011tagging\u2011count": {
                        "schema": {"type": "integer"}
                    },
                }
            }
        },
        "responseDemo": json.dumps([{"type": "json", "example": "{}"}]),
    }


def _complete() -> dict[str, Any]:
    return {
        "summary": "Completes a multipart upload.",
        "path": "/{key}?uploadId",
        "methods": ["post"],
        "operationType": "write",
        "parameters": [
            _bucket(),
            _key(),
            {
                "name": "body",
                "in": "body",
                "schema": {"$ref": "#/components/schemas/CompleteMultipartUpload"},
            },
        ],
        "responses": {"200": {}},
    }


def _load(folder: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        (folder / f"{name}.yaml").read_text(encoding="utf-8")
    )
    return data


def test_an_oss_product_imports_with_its_own_service_facts(
    tmp_path: Path, make_api_docs: Make, helpers: Any
) -> None:
    source = make_api_docs({"ListObjectsV2": _listing()}, style="OSS")

    report = import_product(source, tmp_path / "out")

    assert report.imported == ["ListObjectsV2"] and report.skipped == []
    service = yaml.safe_load((tmp_path / "out/service.yaml").read_text("utf-8"))
    assert service["style"] == "OSS"
    assert service["signing"] == {"default": "v4", "supported": ["v4", "v1"]}
    assert list(service["error_response"]["properties"])[:4] == [
        "Code",
        "Message",
        "RequestId",
        "HostId",
    ]
    assert {"code": "NoSuchKey", "status": 404, "kind": "not_found"} in service[
        "errors"
    ]
    assert helpers.meta_schema_errors(tmp_path / "out") == []
    assert helpers.generator_errors(tmp_path / "out") == []


def test_the_bucket_travels_in_the_host_and_sub_resources_are_a_fixed_query(
    tmp_path: Path, make_api_docs: Make
) -> None:
    import_product(make_api_docs({"ListObjectsV2": _listing()}, style="OSS"), tmp_path)
    spec = _load(tmp_path, "ListObjectsV2")

    assert spec["path"] == "/"
    assert spec["fixed_query"] == {"list-type": "2"}
    bucket = spec["parameters"][0]
    assert (bucket["name"], bucket["in"], bucket["required"]) == (
        "bucket",
        "host",
        True,
    )
    # OSS's bucket names, checked before anything is sent.
    assert bucket["schema"]["pattern"] == "^[a-z0-9][a-z0-9-]*[a-z0-9]$"
    assert (bucket["schema"]["minLength"], bucket["schema"]["maxLength"]) == (3, 63)


def test_an_xml_response_keeps_its_root_and_pages_by_markers(
    tmp_path: Path, make_api_docs: Make
) -> None:
    report = import_product(
        make_api_docs({"ListObjectsV2": _listing()}, style="OSS"), tmp_path
    )
    spec = _load(tmp_path, "ListObjectsV2")

    assert spec["response_media"] == "xml"
    assert list(spec["response"]["properties"]) == ["ListBucketResult"]
    # CommonPrefixes are a listing's groups: the items are the other list.
    assert spec["pagination"] == {
        "style": "marker",
        "items": "ListBucketResult.Contents",
        "markers": {"continuation-token": "ListBucketResult.NextContinuationToken"},
        "truncated": "ListBucketResult.IsTruncated",
    }
    assert report.paginated == {"ListObjectsV2": "marker"}
    # The demo is the JSON rendering of the XML: a golden of the wrapped shape.
    golden = json.loads(
        (tmp_path / "golden/ListObjectsV2/vendor_example.json").read_text("utf-8")
    )
    assert golden == {
        "ListBucketResult": {"IsTruncated": False, "Contents": [{"Key": "a"}]}
    }


def test_keys_headers_header_maps_and_raw_bodies(
    tmp_path: Path, make_api_docs: Make, helpers: Any
) -> None:
    report = import_product(
        make_api_docs({"PutObject": _put_object()}, style="OSS"), tmp_path
    )
    spec = _load(tmp_path, "PutObject")
    by_name = {p["name"]: p for p in spec["parameters"]}

    assert spec["path"] == "/{+key}"  # the object key: a tail that keeps `/`
    assert by_name["key"]["in"] == "path" and by_name["key"]["required"] is True
    overwrite = by_name["x-oss-forbid-overwrite"]
    assert (overwrite["in"], overwrite["python_name"]) == ("header", "forbid_overwrite")
    meta = by_name["x-oss-meta-*"]
    assert meta["python_name"] == "metadata" and "style" not in meta
    assert meta["schema"] == {
        "type": "object",
        "additionalProperties": {"type": "string"},
    }
    assert by_name["body"]["schema"] == {"type": "string", "format": "binary"}
    assert spec["response_media"] == "none"
    # Response headers: `x-oss-` dropped from the Python names; the vendor's U+2011
    # hyphens read as hyphens, with a warning.
    assert spec["response_headers"] == {
        "x-oss-hash-crc64ecma": {"type": "integer", "pythonName": "hash_crc64ecma"},
        "x-oss-tagging-count": {"type": "integer", "pythonName": "tagging_count"},
    }
    assert any("read as 'x-oss-tagging-count'" in w for w in report.warnings)
    assert helpers.generator_errors(tmp_path) == []


def test_an_xml_body_is_rooted_at_its_model(
    tmp_path: Path, make_api_docs: Make, helpers: Any
) -> None:
    part = {"type": "object", "properties": {"PartNumber": {"type": "integer"}}}
    complete = {
        "type": "object",
        "properties": {"Part": {"type": "array", "items": part}},
    }
    source = make_api_docs(
        {"CompleteMultipartUpload": _complete()},
        style="OSS",
        components={"CompleteMultipartUpload": complete},
    )

    import_product(source, tmp_path)
    spec = _load(tmp_path, "CompleteMultipartUpload")

    assert spec["fixed_query"] == {"uploadId": ""}
    body = spec["parameters"][2]
    assert body["style"] == "xml"
    assert body["schema"] == {
        "type": "object",
        "properties": {
            "CompleteMultipartUpload": {"$ref": "#/models/CompleteMultipartUpload"}
        },
    }
    assert helpers.generator_errors(tmp_path) == []


def test_scalar_components_are_inlined_as_typed_values(
    tmp_path: Path, make_api_docs: Make
) -> None:
    operation = _put_object()
    operation["parameters"].append(
        {
            "name": "x-oss-object-acl",
            "in": "header",
            "schema": {"$ref": "#/components/schemas/Grant"},
        }
    )
    components = {
        "Grant": {"$ref": "#/components/schemas/ObjectACL"},
        "ObjectACL": {"type": "string", "enum": ["private", "default"]},
    }
    source = make_api_docs({"PutObject": operation}, style="OSS", components=components)

    import_product(source, tmp_path)
    acl = _load(tmp_path, "PutObject")["parameters"][-1]

    assert acl["python_name"] == "object_acl"
    assert acl["schema"]["enum"] == ["private", "default"]


def test_an_overlay_supplies_components_the_vendor_lacks_but_never_replaces_one(
    tmp_path: Path, make_api_docs: Make
) -> None:
    complete = {"type": "object", "properties": {"Part": {"type": "array"}}}
    source = make_api_docs({"CompleteMultipartUpload": _complete()}, style="OSS")
    without = import_product(source, tmp_path / "without")
    assert [s.operation for s in without.skipped] == ["CompleteMultipartUpload"]

    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        yaml.safe_dump({"components": {"CompleteMultipartUpload": complete}}), "utf-8"
    )
    report = import_product(source, tmp_path / "with", overlay=overlay)
    assert report.imported == ["CompleteMultipartUpload"]

    source = make_api_docs(
        {"CompleteMultipartUpload": _complete()},
        style="OSS",
        components={"CompleteMultipartUpload": complete},
        name="other-2020-01-01.json",
    )
    with pytest.raises(OverlayError, match="patch its model under `models:`"):
        import_product(source, tmp_path / "again", overlay=overlay)


def test_the_whole_oss_product_imports_and_validates(
    tmp_path: Path, helpers: Any
) -> None:
    source = helpers.api_docs("oss-2019-05-17")

    report = import_product(source, tmp_path, overlay=OSS_OVERLAY)

    assert (len(report.imported), report.skipped) == (150, [])
    assert len(report.goldens) == 144
    assert len(report.paginated) == 10 and set(report.paginated.values()) == {"marker"}
    assert helpers.generator_errors(tmp_path) == []
    get_object = _load(tmp_path, "GetObject")
    assert get_object["response_media"] == "binary"
    assert get_object["response_headers"]["x-oss-meta-*"]["pythonName"] == "metadata"
    # The overlay's curated facts: OSS's real root of ListParts, the ETag of uploads.
    assert list(_load(tmp_path, "ListParts")["response"]["properties"]) == [
        "ListPartsResult"
    ]
    assert "ETag" in _load(tmp_path, "UploadPart")["response_headers"]
