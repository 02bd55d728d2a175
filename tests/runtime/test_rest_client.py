"""A hand-written REST-style spec: its checks, and the client and emulator generated from it.

One small ROA service, written inline: PATCH with a path tail (`{+Key}`), a header parameter and
a typed JSON body; then the same spec broken in each way the checks must catch.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import SpecError, generate, validate

SERVICE = """\
service: demo
title: Demo Storage
api_version: "2024-01-01"
style: ROA
package: {distribution: acs-demo, import_name: acs_demo, version: 0.1.0}
endpoints: {cn-hangzhou: demo.cn-hangzhou.aliyuncs.com}
error_response:
  type: object
  properties:
    code: {type: string}
    message: {type: string}
    requestId: {type: string}
"""
OPERATION = """\
operation: TagObject
summary: Sets the tags of an object.
access: write
methods: [PATCH]
path: /buckets/{Bucket}/objects/{+Key}
parameters:
  - {name: Bucket, in: path, required: true, schema: {type: string}}
  - {name: Key, in: path, required: true, schema: {type: string}}
  - {name: x-acs-dry-run, in: header, schema: {type: boolean}}
  - {name: versionId, in: query, schema: {type: string}}
  - name: body
    in: body
    required: true
    schema:
      type: object
      properties:
        tags:
          type: array
          items:
            type: object
            properties:
              key: {type: string}
              value: {type: string}
response:
  type: object
  properties:
    requestId: {type: string}
    tagCount: {type: integer}
golden:
  - {name: tagged, status: 200, file: golden/tagged.json}
"""
GOLDEN = '{"requestId": "R-1", "tagCount": 1}\n'


def write_specs(folder: Path, operation: str = OPERATION) -> Path:
    service = folder / "demo"
    (service / "golden").mkdir(parents=True)
    (service / "service.yaml").write_text(SERVICE)
    (service / "TagObject.yaml").write_text(operation)
    (service / "golden" / "tagged.json").write_text(GOLDEN)
    return folder


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("demo")
    generate(write_specs(root / "specs"), root / "out")
    sys.path.insert(0, str(root / "out" / "acs-demo"))
    yield importlib.import_module("acs_demo")
    sys.path.remove(str(root / "out" / "acs-demo"))


@pytest.mark.parametrize("mode", ["v3", "v2"])
def test_a_patch_with_a_path_tail_a_header_and_a_typed_body_travels_and_reads_back(
    demo: Any, mode: str
) -> None:
    models = importlib.import_module("acs_demo.models.tag_object")
    emulator = importlib.import_module("acs_demo.emulator")
    body = models.TagObjectBody(tags=[models.TagsItem(key="k", value="v é")])
    with (
        emulator.Emulator() as emu,
        demo.Client(
            region="cn-hangzhou",
            access_key_id="testid",
            access_key_secret="testsecret",
            endpoint=emu.endpoint,
            signature_version=mode,
        ) as client,
    ):
        answer = client.tag_object(
            bucket="b 1", key="photos/2024/a b.jpg", x_acs_dry_run=True, body=body
        )
        received = emu.requests[-1]
    assert answer.tag_count == 1 and answer.request_id == "R-1"
    assert (received.method, received.path) == (
        "PATCH",
        "/buckets/b%201/objects/photos/2024/a%20b.jpg",
    )
    assert received.headers["x-acs-dry-run"] == "True"
    assert received.body == b'{"tags":[{"key":"k","value":"v \xc3\xa9"}]}'
    assert received.params == {
        "bucket": "b 1",
        "key": "photos/2024/a b.jpg",
        "x_acs_dry_run": True,
        "version_id": None,
        "body": {"tags": [{"key": "k", "value": "v é"}]},
    }


@pytest.mark.parametrize(
    ("bucket", "key"), [("a/b", "k"), ("..", "k"), ("b", "a/../k"), ("b", "a//k")]
)
def test_values_that_would_change_the_path_are_refused_before_sending(
    demo: Any, bucket: str, key: str
) -> None:
    with pytest.raises(demo.RequestValidationError):
        demo.TagObjectRequest(bucket=bucket, key=key, body={"tags": []})


def test_the_emulator_answers_rest_errors_in_the_service_s_shape(demo: Any) -> None:
    emulator = importlib.import_module("acs_demo.emulator")
    with (
        emulator.Emulator() as emu,
        demo.Client(
            region="cn-hangzhou",
            access_key_id="testid",
            access_key_secret="wrong",
            endpoint=emu.endpoint,
        ) as client,
    ):
        with pytest.raises(demo.SignatureMismatchError) as caught:
            client.tag_object(bucket="b", key="k", body={"tags": []})
    assert set(caught.value.data) == {"code", "message", "requestId"}
    assert caught.value.request_id == caught.value.data["requestId"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("path: /buckets/{Bucket}", "path: /buckets/{Bucket}/{Other}"),
            "{Other} in the path is not a path parameter",
        ),
        (
            ("objects/{+Key}", "objects"),
            "path parameter 'Key' does not appear in the path",
        ),
        (("methods: [PATCH]", "methods: [GET]"), "a GET request carries no body"),
        (
            ("name: x-acs-dry-run", "name: host"),
            "header 'host' is set by the client when it signs",
        ),
        (("name: x-acs-dry-run", "name: 'bad header'"), "does not match"),
        (
            ("  - {name: versionId, in: query", "  - {name: versionId, in: body"),
            "an operation has at most one body parameter",
        ),
        (
            ("{name: Bucket, in: path, required: true,", "{name: Bucket, in: path,"),
            "a path parameter must be required",
        ),
    ],
)
def test_a_broken_rest_spec_is_reported_with_its_location(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    old, new = change
    assert old in OPERATION
    specs = write_specs(tmp_path, OPERATION.replace(old, new, 1))
    with pytest.raises(SpecError) as caught:
        validate(specs)
    found = [str(d) for d in caught.value.diagnostics]
    assert any(expected in line and "TagObject.yaml:" in line for line in found), found
