"""REST-style (ROA) and V3 products on the wire, against their official SDKs.

A few operations of each of the four products are imported from `specs/vendor/` and generated;
then, for the same call, the official SDK and our client both talk to our emulator over loopback:
- the emulator accepts the official SDK's requests (V3, and ROA's HMAC-SHA1 header signature);
- our client sends the same method, path (percent-encoded as the SDK encodes it), query, body
  and content type as the SDK;
- our signing functions, given the SDK's own request, compute the SDK's own signature.
"""

from __future__ import annotations

import importlib
import io
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from alibabacloud_tea_openapi.utils_models import Config

from generator import generate
from generator.importer import import_product

ROOT = Path(__file__).resolve().parents[2]
KEY_ID, SECRET = "testid", "testsecret"
IMPORTED = {
    "cs-2015-12-15": [
        "DescribeClusterDetail",
        "DeleteCluster",
        "ModifyCluster",
        "DescribeClustersV1",
        "DescribeClusterLogs",
        "PauseClusterUpgrade",
    ],
    "elasticsearch-2017-06-13": ["UpdateDescription", "DescribeInstance"],
    "eas-2021-07-01": ["DescribeService", "CreateService", "DeleteService"],
    "ocr-api-2021-07-07": ["RecognizeGeneral"],
}
PACKAGES = {
    "cs-2015-12-15": ("acs_cs", "alibabacloud_cs20151215"),
    "elasticsearch-2017-06-13": (
        "acs_elasticsearch",
        "alibabacloud_elasticsearch20170613",
    ),
    "eas-2021-07-01": ("acs_eas", "alibabacloud_eas20210701"),
    "ocr-api-2021-07-07": ("acs_ocr_api", "alibabacloud_ocr_api20210707"),
}
# Headers the official SDK adds that our client does not send; signed like any other.
SDK_ONLY_HEADERS = ("x-acs-credentials-provider",)
# Path values with a space, non-ASCII letters and characters RFC 3986 reserves or leaves alone.
CLUSTER = "c 1é*~+任务"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("rest")
    for product, operations in IMPORTED.items():
        import_product(
            ROOT / "specs" / "vendor" / f"{product}.json",
            root / "specs" / product,
            operations=operations,
        )
    generate(root / "specs", root / "out")
    projects = [str(p) for p in sorted((root / "out").iterdir()) if p.is_dir()]
    sys.path[:0] = projects
    yield root / "out"
    for project in projects:
        sys.path.remove(project)


@dataclass(frozen=True)
class Case:
    product: str
    operation: str
    sdk_call: Callable[
        [Any, Any], Any
    ]  # (official client, official models) -> response
    our_call: Callable[[Any, Any], Any]  # (our client, our package) -> response
    params: dict[str, Any]  # what the emulator reads out of the request
    v2: bool = True  # the official SDK offers the HMAC-SHA1 signature (ROA products)


CASES = [
    Case(
        "cs-2015-12-15",
        "DescribeClusterDetail",
        lambda sdk, m: sdk.describe_cluster_detail(CLUSTER),
        lambda ours, p: ours.describe_cluster_detail(cluster_id=CLUSTER),
        {"cluster_id": CLUSTER},
    ),
    Case(
        "cs-2015-12-15",
        "DeleteCluster",
        lambda sdk, m: sdk.delete_cluster(
            CLUSTER, m.DeleteClusterRequest(keep_slb=True)
        ),
        lambda ours, p: ours.delete_cluster(cluster_id=CLUSTER, keep_slb=True),
        {"cluster_id": CLUSTER, "keep_slb": True},
    ),
    Case(
        "cs-2015-12-15",
        "ModifyCluster",
        lambda sdk, m: sdk.modify_cluster(
            "c1",
            m.ModifyClusterRequest(cluster_name="名前 x", deletion_protection=True),
        ),
        lambda ours, p: ours.modify_cluster(
            cluster_id="c1",
            body={"cluster_name": "名前 x", "deletion_protection": True},
        ),
        {
            "cluster_id": "c1",
            "body": {"cluster_name": "名前 x", "deletion_protection": True},
        },
    ),
    Case(
        "cs-2015-12-15",
        "DescribeClustersV1",
        lambda sdk, m: sdk.describe_clusters_v1(
            m.DescribeClustersV1Request(name="a b", page_size=5)
        ),
        lambda ours, p: ours.describe_clusters_v1(name="a b", page_size=5),
        {"name": "a b", "page_size": 5},
    ),
    Case(
        "cs-2015-12-15",
        "DescribeClusterLogs",  # answers a JSON array
        lambda sdk, m: sdk.describe_cluster_logs("c1"),
        lambda ours, p: ours.describe_cluster_logs(cluster_id="c1"),
        {"cluster_id": "c1"},
    ),
    Case(
        "cs-2015-12-15",
        "PauseClusterUpgrade",  # answers nothing to read
        lambda sdk, m: sdk.pause_cluster_upgrade("c1"),
        lambda ours, p: ours.pause_cluster_upgrade(cluster_id="c1") or "no body",
        {"cluster_id": "c1"},
    ),
    Case(
        "elasticsearch-2017-06-13",
        "UpdateDescription",
        lambda sdk, m: sdk.update_description(
            "es-1", m.UpdateDescriptionRequest(description="d é", client_token="t")
        ),
        lambda ours, p: ours.update_description(
            instance_id="es-1", client_token="t", body={"description": "d é"}
        ),
        {"instance_id": "es-1", "client_token": "t", "body": {"description": "d é"}},
    ),
    Case(
        "elasticsearch-2017-06-13",
        "DescribeInstance",
        lambda sdk, m: sdk.describe_instance("es-1"),
        lambda ours, p: ours.describe_instance(instance_id="es-1"),
        {"instance_id": "es-1"},
    ),
    Case(
        "eas-2021-07-01",
        "DescribeService",
        lambda sdk, m: sdk.describe_service("cn-shanghai", "svc 1"),
        lambda ours, p: ours.describe_service(
            cluster_id="cn-shanghai", service_name="svc 1"
        ),
        {"cluster_id": "cn-shanghai", "service_name": "svc 1"},
    ),
    Case(
        "eas-2021-07-01",
        "CreateService",
        lambda sdk, m: sdk.create_service(
            m.CreateServiceRequest(body='{"name": "svc"}', workspace_id="w")
        ),
        lambda ours, p: ours.create_service(body='{"name": "svc"}', workspace_id="w"),
        {"body": '{"name": "svc"}', "workspace_id": "w"},
    ),
    Case(
        "eas-2021-07-01",
        "DeleteService",
        lambda sdk, m: sdk.delete_service("cn-shanghai", "svc"),
        lambda ours, p: ours.delete_service(
            cluster_id="cn-shanghai", service_name="svc"
        ),
        {"cluster_id": "cn-shanghai", "service_name": "svc"},
    ),
    Case(
        "ocr-api-2021-07-07",
        "RecognizeGeneral",
        lambda sdk, m: sdk.recognize_general(
            m.RecognizeGeneralRequest(body=io.BytesIO(b"\x89PNG\r\n\x00image"))
        ),
        lambda ours, p: ours.recognize_general(
            body=io.BytesIO(b"\x89PNG\r\n\x00image")
        ),
        {"body": b"\x89PNG\r\n\x00image"},
        v2=False,  # a V3-style product: ACS3-HMAC-SHA256 only
    ),
]
MODES = [
    pytest.param(case, mode, id=f"{case.operation}-{mode}")
    for case in CASES
    for mode in (["v3", "v2"] if case.v2 else ["v3"])
]


def package(product: str) -> Any:
    return importlib.import_module(PACKAGES[product][0])


def emulator(product: str) -> Any:
    return importlib.import_module(f"{PACKAGES[product][0]}.emulator").Emulator(
        credentials={KEY_ID: SECRET}
    )


def official(product: str, endpoint: str, mode: str) -> tuple[Any, Any]:
    sdk = PACKAGES[product][1]
    client = importlib.import_module(f"{sdk}.client").Client(
        Config(
            access_key_id=KEY_ID,
            access_key_secret=SECRET,
            endpoint=endpoint.removeprefix("http://"),
            protocol="http",
            region_id="cn-shanghai",
            signature_algorithm="v2" if mode == "v2" else None,
        )
    )
    return client, importlib.import_module(f"{sdk}.models")


def ours(product: str, endpoint: str, mode: str) -> Any:
    return package(product).Client(
        region="cn-shanghai",
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        endpoint=endpoint,
        signature_version=mode,
        max_retries=0,
    )


@pytest.mark.parametrize(("case", "mode"), MODES)
def test_the_official_sdk_is_answered_by_our_emulator(
    generated: Path, case: Case, mode: str
) -> None:
    with emulator(case.product) as emu:
        client, models = official(case.product, emu.endpoint, mode)
        response = case.sdk_call(client, models)
        received = emu.requests[-1]
    assert (received.status, received.code) == (200, None)
    assert received.operation == case.operation
    assert received.signature_version == mode
    assert received.params == {**{key: None for key in received.params}, **case.params}
    assert response.status_code == 200


@pytest.mark.parametrize(("case", "mode"), MODES)
def test_our_client_sends_what_the_official_sdk_sends(
    generated: Path, case: Case, mode: str
) -> None:
    with emulator(case.product) as emu:
        client, models = official(case.product, emu.endpoint, mode)
        case.sdk_call(client, models)
        with ours(case.product, emu.endpoint, mode) as mine:
            answer = case.our_call(mine, package(case.product))
        theirs, sent = emu.requests[-2], emu.requests[-1]
    assert (sent.status, sent.code) == (200, None)
    assert answer is not None
    assert (sent.method, sent.path) == (theirs.method, theirs.path)
    assert sent.query == theirs.query
    assert sent.body == theirs.body
    assert sent.headers.get("content-type") == theirs.headers.get("content-type")
    assert sent.params == theirs.params


@pytest.mark.parametrize(("case", "mode"), MODES)
def test_our_signing_computes_the_official_sdk_s_signature(
    generated: Path, case: Case, mode: str
) -> None:
    signing = importlib.import_module("acs_core.signing")
    with emulator(case.product) as emu:
        client, models = official(case.product, emu.endpoint, mode)
        case.sdk_call(client, models)
        theirs = emu.requests[-1]
    headers = theirs.headers
    ours_own = {
        "host",
        "x-acs-action",
        "x-acs-version",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-content-sha256",
        "content-type",
        "date",
        "accept",
        "x-acs-signature-method",
        "x-acs-signature-version",
        "authorization",
        "content-length",
        "accept-encoding",
        "connection",
    }
    common = {
        "method": theirs.method,
        "host": headers["host"],
        "path": theirs.path,
        "action": headers["x-acs-action"],
        "version": headers["x-acs-version"],
        "query": list(theirs.query.items()),
        "body": theirs.body,
        "content_type": headers.get("content-type"),
        "access_key_id": KEY_ID,
        "access_key_secret": SECRET,
        "security_token": None,
        "nonce": headers["x-acs-signature-nonce"],
    }
    if mode == "v2":
        extra = {k: v for k, v in headers.items() if k not in ours_own}
        extra.pop("user-agent", None)  # ROA HMAC-SHA1 signs only x-acs-* headers
        signed = signing.sign_roa_v2(
            date=headers["date"], extra_headers=extra, **common
        )
        assert signed.headers["authorization"] == headers["authorization"]
    else:
        names = signing.parse_authorization_v3(headers["authorization"])[1]
        extra = {n: headers[n] for n in names if n not in ours_own}
        if "accept" in names:
            extra["accept"] = headers["accept"]
        signed = signing.sign_v3(
            date=headers["x-acs-date"], extra_headers=extra, **common
        )
        assert signed.headers["Authorization"] == headers["authorization"]


def test_a_json_array_answer_is_a_list_of_models(generated: Path) -> None:
    with (
        emulator("cs-2015-12-15") as emu,
        ours("cs-2015-12-15", emu.endpoint, "v3") as client,
    ):
        logs = client.describe_cluster_logs(cluster_id="c1")
        raw = client.raw.describe_cluster_logs(cluster_id="c1")
    item = importlib.import_module("acs_cs.models.describe_cluster_logs")
    assert isinstance(logs, list) and logs
    assert isinstance(logs[0], item.DescribeClusterLogsResponseItem)
    assert logs[0].id_ == 590749245 and logs[0].cluster_log is not None
    assert [log.to_dict() for log in logs] == raw.json()


def test_an_operation_without_a_response_schema_answers_the_decoded_json(
    generated: Path,
) -> None:
    with (
        emulator("cs-2015-12-15") as emu,
        ours("cs-2015-12-15", emu.endpoint, "v3") as client,
    ):
        assert client.pause_cluster_upgrade(cluster_id="c1") == {}  # the vendor's demo
        emu.queue_response("PauseClusterUpgrade", {"Namespaces": ["a"]})
        assert client.pause_cluster_upgrade(cluster_id="c1") == {"Namespaces": ["a"]}
        emu.queue_response("PauseClusterUpgrade", "")
        assert client.pause_cluster_upgrade(cluster_id="c1") is None  # no body at all
        assert client.raw.pause_cluster_upgrade(cluster_id="c1").status == 200


@pytest.mark.parametrize("value", ["a/b", "..", ".", ""])
def test_a_path_value_that_would_change_the_path_is_refused_before_sending(
    generated: Path, value: str
) -> None:
    errors = importlib.import_module("acs_core.errors")
    with (
        emulator("cs-2015-12-15") as emu,
        ours("cs-2015-12-15", emu.endpoint, "v3") as client,
    ):
        with pytest.raises(errors.RequestValidationError) as caught:
            client.describe_cluster_detail(cluster_id=value)
        assert emu.requests == []
    assert caught.value.parameter == "ClusterId"


@pytest.mark.parametrize("mode", ["v3", "v2"])
def test_rest_errors_come_in_their_own_shape_and_are_typed(
    generated: Path, mode: str
) -> None:
    errors = importlib.import_module("acs_core.errors")
    with (
        emulator("cs-2015-12-15") as emu,
        ours("cs-2015-12-15", emu.endpoint, mode) as client,
    ):
        emu.inject("throttling", count=1)
        with pytest.raises(errors.ThrottlingError) as caught:
            client.describe_cluster_detail(cluster_id="c1")
        wrong = package("cs-2015-12-15").Client(
            region="cn-shanghai",
            access_key_id=KEY_ID,
            access_key_secret="wrong",
            endpoint=emu.endpoint,
            signature_version=mode,
        )
        with wrong, pytest.raises(errors.SignatureMismatchError) as mismatch:
            wrong.describe_cluster_detail(cluster_id="c1")
    # ACK spells its error fields in lowercase; the error keeps the body as it came.
    assert caught.value.code == "Throttling.User" and caught.value.request_id
    assert set(caught.value.data) >= {"code", "message", "requestId"}
    assert (
        mismatch.value.status == 400
        and mismatch.value.data["code"] == mismatch.value.code
    )


@pytest.mark.parametrize("mode", ["v3", "v2"])
def test_a_patch_with_a_json_body_is_signed_as_the_official_sdk_signs_it(
    generated: Path, mode: str
) -> None:
    from alibabacloud_tea_openapi.exceptions import ClientException
    from alibabacloud_tea_openapi.utils_models import OpenApiRequest, Params
    from darabonba.runtime import RuntimeOptions

    signing = importlib.import_module("acs_core.signing")
    with emulator("cs-2015-12-15") as emu:
        client, _ = official("cs-2015-12-15", emu.endpoint, mode)
        params = Params(
            action="PatchSomething",
            version="2015-12-15",
            protocol="HTTP",
            pathname="/things/a%20b%C3%A9",
            method="PATCH",
            auth_type="AK",
            style="ROA",
            req_body_type="json",
            body_type="json",
        )
        with pytest.raises(ClientException):  # no such route: the emulator answers 404
            client.call_api(
                params,
                OpenApiRequest(body={"k": "v é"}, query={"q": "1 2"}),
                RuntimeOptions(),
            )
        theirs = emu.requests[-1]
    headers = theirs.headers
    common = {
        "method": "PATCH",
        "host": headers["host"],
        "path": theirs.path,
        "action": "PatchSomething",
        "version": "2015-12-15",
        "query": list(theirs.query.items()),
        "body": theirs.body,
        "content_type": headers["content-type"],
        "access_key_id": KEY_ID,
        "access_key_secret": SECRET,
        "security_token": None,
        "nonce": headers["x-acs-signature-nonce"],
    }
    assert theirs.body == '{"k":"v é"}'.encode()
    if mode == "v2":
        extra = {k: v for k, v in headers.items() if k in SDK_ONLY_HEADERS}
        signed = signing.sign_roa_v2(
            date=headers["date"], extra_headers=extra, **common
        )
        assert signed.headers["authorization"] == headers["authorization"]
    else:
        names = signing.parse_authorization_v3(headers["authorization"])[1]
        signed_too = ("accept", "user-agent", *SDK_ONLY_HEADERS)
        extra = {n: headers[n] for n in names if n in signed_too}
        signed = signing.sign_v3(
            date=headers["x-acs-date"], extra_headers=extra, **common
        )
        assert signed.headers["Authorization"] == headers["authorization"]


def test_a_put_or_delete_is_retried_on_an_ambiguous_failure_and_a_post_is_not(
    generated: Path,
) -> None:
    errors = importlib.import_module("acs_core.errors")
    with (
        emulator("cs-2015-12-15") as emu,
        ours("cs-2015-12-15", emu.endpoint, "v3") as base,
    ):
        client = base.with_options(max_retries=1)
        emu.inject("server_error", count=1)
        client.delete_cluster(cluster_id="c1")  # DELETE: retried after the 503
        assert [r.status for r in emu.requests] == [503, 200]
        emu.inject("server_error", count=1)
        with pytest.raises(errors.ServerError):
            client.pause_cluster_upgrade(cluster_id="c1")  # POST: not retried
        assert [r.status for r in emu.requests][-1] == 503
