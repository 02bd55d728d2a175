"""Every parameter style travels exactly as the official SDK sends it (simple, repeatList, json, flat).

Our side: the request models of the whole VOD product, imported from the vendor metadata and
generated into a temporary folder (run in a subprocess, beside the committed `acs_vod`). The SDK's
side: the request `alibabacloud_vod20170321` would send, captured at its HTTP seam; for `flat`, which
VOD does not use, the SDK runtime's own serializer (`Utils.query`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import darabonba.core
import pytest
from alibabacloud_tea_openapi.utils import Utils
from alibabacloud_tea_openapi.utils_models import Config
from alibabacloud_vod20170321 import models as sdk_models
from alibabacloud_vod20170321.client import Client as SdkClient
from darabonba.exceptions import UnretryableException
from darabonba.runtime import RuntimeOptions

from generator import generate
from generator.importer import import_product

ROOT = Path(__file__).resolve().parents[2]
VOD_DOCS = ROOT / "specs" / "vendor" / "vod-2017-03-21.json"
IMM_DOCS = ROOT / "specs" / "vendor" / "imm-2020-09-30.json"
COMMON = {
    "Action",
    "Version",
    "Format",
    "AccessKeyId",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "Timestamp",
    "Signature",
    "RegionId",
}


@pytest.fixture(scope="module")
def vod_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("vod-wire")
    import_product(
        VOD_DOCS,
        base / "specs" / "vod",
        overlay=ROOT / "specs" / "overlays" / "vod-2017-03-21.yaml",
    )
    generate(base / "specs", base / "out")
    return base / "out" / "acs-vod"


def our_wire(
    project: Path,
    module: str,
    request_class: str,
    arguments: dict[str, Any],
    *,
    split: bool = False,
) -> dict[str, Any]:
    """What our generated request sends: one mapping, or {"query": ..., "form": ...}."""
    package = project.name.replace("-", "_")
    output = (
        "{'query': dict(wire.query), 'form': dict(wire.form)}"
        if split
        else "dict(wire.query + wire.form)"
    )
    script = (
        "import json, sys\n"
        f"from {package}.models.{module} import {request_class} as R\n"
        "wire = R(**json.loads(sys.argv[1])).to_wire()\n"
        f"print(json.dumps({output}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(arguments)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def sdk_request(
    monkeypatch: pytest.MonkeyPatch, client_class: Any, call: str, request: Any
) -> Any:
    """The request an official SDK client would send, captured at its HTTP seam, unsent."""
    captured: list[Any] = []

    def capture(request: Any, *args: Any, **kwargs: Any) -> Any:
        captured.append(request)
        raise RuntimeError("captured")

    monkeypatch.setattr(darabonba.core.DaraCore, "do_action", staticmethod(capture))
    config = Config(
        access_key_id="id",
        access_key_secret="secret",
        endpoint="127.0.0.1:9",
        protocol="http",
    )
    config.signature_algorithm = (
        "v2"  # the RPC form: parameters in the query (and form body)
    )
    with pytest.raises(UnretryableException):
        getattr(client_class(config), call)(request, RuntimeOptions())
    return captured[0]


def sdk_wire(
    monkeypatch: pytest.MonkeyPatch, call: str, request: Any
) -> dict[str, str]:
    sent = sdk_request(monkeypatch, SdkClient, call, request)
    return {k: v for k, v in sent.query.items() if k not in COMMON}


def test_simple_style_joins_with_commas(
    vod_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = our_wire(
        vod_project,
        "get_ai_image_jobs",
        "GetAIImageJobsRequest",
        {"job_ids": ["a 1", "b*2", "c~3"]},
    )
    sdk = sdk_wire(
        monkeypatch,
        "get_aiimage_jobs_with_options",
        sdk_models.GetAIImageJobsRequest(job_ids="a 1,b*2,c~3"),
    )
    assert ours == sdk == {"JobIds": "a 1,b*2,c~3"}


def test_repeat_list_of_objects_numbers_items_from_one(
    vod_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tags = [{"Key": "k1", "Value": "v 1"}, {"Key": "k/2", "Value": "v2"}]
    ours = our_wire(
        vod_project,
        "describe_vod_user_domains",
        "DescribeVodUserDomainsRequest",
        {"tag": tags},
    )
    request = sdk_models.DescribeVodUserDomainsRequest(
        tag=[
            sdk_models.DescribeVodUserDomainsRequestTag(key=t["Key"], value=t["Value"])
            for t in tags
        ]
    )
    sdk = sdk_wire(monkeypatch, "describe_vod_user_domains_with_options", request)
    assert ours == sdk
    assert ours["Tag.2.Key"] == "k/2"


def test_json_style_is_compact_json_text(
    vod_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    arguments = {"video_id": "v1", "specified_offset_times": [1000, 2500]}
    ours = our_wire(
        vod_project, "submit_snapshot_job", "SubmitSnapshotJobRequest", arguments
    )
    request = sdk_models.SubmitSnapshotJobRequest(
        video_id="v1", specified_offset_times=[1000, 2500]
    )
    sdk = sdk_wire(monkeypatch, "submit_snapshot_job_with_options", request)
    assert ours == sdk
    assert ours["SpecifiedOffsetTimes"] == "[1000,2500]"


def test_plain_integer_and_boolean_values_are_written_as_the_sdk_writes_them(
    vod_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = our_wire(
        vod_project,
        "get_video_list",
        "GetVideoListRequest",
        {"page_no": 2, "page_size": 10},
    )
    sdk = sdk_wire(
        monkeypatch,
        "get_video_list_with_options",
        sdk_models.GetVideoListRequest(page_no=2, page_size=10),
    )
    assert ours == sdk


@pytest.fixture(scope="module")
def imm_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("imm-wire")
    import_product(
        IMM_DOCS, base / "specs" / "imm", operations=["CreateCustomizedStory"]
    )
    generate(base / "specs", base / "out")
    return base / "out" / "acs-imm"


def imm_sdk_wire(
    monkeypatch: pytest.MonkeyPatch, request: Any
) -> tuple[dict[str, str], dict[str, str]]:
    """The query and form body that `alibabacloud_imm20200930` sends for CreateCustomizedStory."""
    from alibabacloud_imm20200930.client import Client as ImmClient

    sent = sdk_request(
        monkeypatch, ImmClient, "create_customized_story_with_options", request
    )
    body = sent.body.decode() if isinstance(sent.body, bytes) else sent.body or ""
    query = {k: v for k, v in sent.query.items() if k not in COMMON}
    return query, dict(parse_qsl(body, keep_blank_values=True))


def test_json_objects_and_lists_in_a_form_body_travel_as_the_sdk_sends_them(
    imm_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alibabacloud_imm20200930 import models as imm_models

    cover = {"URI": "oss://bucket/cover.jpg"}
    files = [{"URI": "oss://bucket/a b.jpg"}, {"URI": "oss://bucket/任务.jpg"}]
    labels = {"scene": "beach", "n": 2}
    arguments = {
        "project_name": "p",
        "dataset_name": "d",
        "story_type": "PeopleMemory",
        "story_sub_type": "Solo",
        "story_name": "name with space",
        "cover": cover,
        "files": files,
        "custom_labels": labels,
    }
    ours = our_wire(
        imm_project,
        "create_customized_story",
        "CreateCustomizedStoryRequest",
        arguments,
        split=True,
    )
    request = imm_models.CreateCustomizedStoryRequest(
        project_name="p",
        dataset_name="d",
        story_type="PeopleMemory",
        story_sub_type="Solo",
        story_name="name with space",
        cover=imm_models.CreateCustomizedStoryRequestCover(uri=cover["URI"]),
        files=[
            imm_models.CreateCustomizedStoryRequestFiles(uri=f["URI"]) for f in files
        ],
        custom_labels=labels,
    )
    query, form = imm_sdk_wire(monkeypatch, request)
    assert ours == {"query": query, "form": form}
    assert json.loads(form["Files"]) == files


def test_flat_style_matches_the_sdk_runtime_serializer() -> None:
    from acs_core import params as _params

    value = {
        "Name": "x y",
        "Ports": [80, 443],
        "Enabled": True,
        "Limits": {"Cpu": 1.5, "Tags": [{"K": "a"}]},
    }
    param = _params.Param(
        "Config", "config", "query", "flat", False, _params.Rule("object")
    )
    ours = dict(_params.write([param], {"config": value}).query)
    assert ours == Utils.query({"Config": value})
