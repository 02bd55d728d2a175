"""A hand-written REST-style service, tests/services/demo, generated: PATCH with a path tail
(`{+Key}`), a header parameter and a typed JSON body travel as they should, values that would
change the path are refused, and the emulator answers errors in the service's shape. The same
spec broken in each way the checks must catch is data: tests/spec/cases/rest_*.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import generate


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, service_specs: Callable[[str, Path], Path]
) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("demo")
    generate(service_specs("demo", root / "specs"), root / "out")
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
