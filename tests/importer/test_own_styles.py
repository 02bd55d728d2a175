"""FC and AliGenie: styles of their own in the metadata, REST-style (ROA) with ACS3-HMAC-SHA256
on the wire. Each difference from the metadata is mapped explicitly; these tests hold the
mapping to the vendor files in `specs/vendor/` (a few operations each) and to small fixtures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import validate
from generator.importer import SourceError, import_product
from generator.importer.convert import success_status

OVERLAYS = Path(__file__).resolve().parents[2] / "specs" / "overlays"


def load(folder: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
    return data


def imported(
    helpers: Any, tmp_path: Path, product: str, operations: list[str]
) -> tuple[Path, Any]:
    out = tmp_path / product
    report = import_product(
        helpers.api_docs(product),
        out,
        operations=operations,
        overlay=OVERLAYS / f"{product}.yaml",
    )
    assert helpers.meta_schema_errors(out) == []
    assert helpers.generator_errors(out) == []
    return out, report


def test_fc_imports_as_a_rest_style_product_signed_with_acs3_only(
    tmp_path: Path, helpers: Any
) -> None:
    out, report = imported(
        helpers,
        tmp_path,
        "fc-2023-03-30",
        ["GetFunction", "DeleteFunction", "InvokeFunction", "CreateVpcBinding"],
    )
    assert report.skipped == []
    service = load(out, "service.yaml")
    assert service["style"] == "ROA"
    assert service["signing"] == {"default": "v3", "supported": ["v3"]}
    assert (service["package"]["distribution"], service["package"]["import_name"]) == (
        "acs-fc",
        "acs_fc",
    )
    # FC 3.0's own `Error` model: {Code, Message, RequestId}, POP's spelling.
    assert list(service["error_response"]["properties"])[:3] == [
        "RequestId",
        "HostId",
        "Code",
    ]
    endpoints = service["endpoints"]
    assert (
        endpoints["ap-southeast-5"] == "fcv3.ap-southeast-5.aliyuncs.com"
    )  # tab dropped
    assert endpoints["me-central-1"] == "me-central-1.fc.aliyuncs.com"  # the overlay's
    get = load(out, "GetFunction.yaml")
    assert (get["methods"], get["path"]) == (
        ["GET"],
        "/2023-03-30/functions/{functionName}",
    )


def test_a_204_only_answer_has_no_body_and_its_demo_is_a_204_golden(
    tmp_path: Path, helpers: Any
) -> None:
    out, report = imported(helpers, tmp_path, "fc-2023-03-30", ["DeleteFunction"])
    spec = load(out, "DeleteFunction.yaml")
    assert spec["response_media"] == "none"
    assert [(g["name"], g["status"]) for g in spec["golden"]] == [
        ("vendor_example", 204)
    ]
    assert json.loads((out / spec["golden"][0]["file"]).read_text("utf-8")) == {}
    assert not any("DeleteFunction" in warning for warning in report.warnings)


@pytest.mark.parametrize(
    ("product", "path"),
    [
        ("fc-2023-03-30", "/2023-03-30/functions/{functionName}/invocations"),
        (
            "fc-open-2021-04-06",
            "/2021-04-06/services/{serviceName}/functions/{functionName}/invocations",
        ),
    ],
)
def test_invoke_function_takes_and_answers_raw_bytes(
    tmp_path: Path, helpers: Any, product: str, path: str
) -> None:
    """FC 3.0 declares `string/binary`; FC-Open `string/byte` (base64 in OpenAPI), which its
    SDK sends and reads raw: both are bytes in, bytes out."""
    out, report = imported(helpers, tmp_path, product, ["InvokeFunction"])
    spec = load(out, "InvokeFunction.yaml")
    assert spec["path"] == path
    body = next(p for p in spec["parameters"] if p["in"] == "body")
    assert (body["schema"]["type"], body["schema"]["format"]) == ("string", "binary")
    assert spec["response_media"] == "binary"
    assert (spec["response"]["type"], spec["response"]["format"]) == (
        "string",
        "binary",
    )
    demo = json.loads((out / spec["golden"][0]["file"]).read_text("utf-8"))
    assert isinstance(demo, str)  # the body's text: "response", "hello world"
    headers = [p["name"] for p in spec["parameters"] if p["in"] == "header"]
    assert any(name.lower() == "x-fc-invocation-type" for name in headers)
    if product == "fc-open-2021-04-06":
        assert any("string/byte" in warning for warning in report.warnings)


def test_fc_open_is_scoped_to_an_account(tmp_path: Path, helpers: Any) -> None:
    out, report = imported(
        helpers,
        tmp_path,
        "fc-open-2021-04-06",
        ["ListFunctionAsyncInvokeConfigs", "GetService"],
    )
    assert report.skipped == []
    service = load(out, "service.yaml")
    assert service["host_prefix"] == "account_id"
    assert service["endpoints"]["cn-hangzhou"] == "cn-hangzhou.fc.aliyuncs.com"
    assert "account-id" not in json.dumps(service["endpoints"])
    # The deprecated `AccountID` host parameter is the client's account_id=, not a call's.
    listed = load(out, "ListFunctionAsyncInvokeConfigs.yaml")
    assert "AccountID" not in [p["name"] for p in listed["parameters"]]
    assert any("'AccountID' dropped" in warning for warning in report.warnings)
    get = load(out, "GetService.yaml")
    headers = {p["name"] for p in get["parameters"] if p["in"] == "header"}
    assert {"X-Fc-Account-Id", "X-Fc-Date", "X-Fc-Trace-Id"} <= headers


@pytest.mark.parametrize(
    ("product", "distribution", "host"),
    [
        ("aligenie-ip_1.0", "acs-aligenie-ip-1-0", "aligenie.aliyuncs.com"),
        ("aligenie-iap_1.0", "acs-aligenie-iap-1-0", "aligenie.aliyuncs.com"),
        (
            "aligenie-ssp_1.0",
            "acs-aligenie-ssp-1-0",
            "aligenie.cn-zhangjiakou.aliyuncs.com",
        ),
    ],
)
def test_aligenie_versions_name_distinct_packages_on_the_sdk_s_host(
    tmp_path: Path, helpers: Any, product: str, distribution: str, host: str
) -> None:
    source = json.loads(helpers.api_docs(product).read_text("utf-8"))
    first = next(iter(source["apis"]))
    out, report = imported(helpers, tmp_path, product, [first])
    service = load(out, "service.yaml")
    version = product.removeprefix("aligenie-")
    assert (service["service"], service["api_version"]) == ("aligenie", version)
    assert service["package"] == {
        "distribution": distribution,
        "import_name": distribution.replace("-", "_"),
        "version": "0.1.0",
    }
    assert service["style"] == "ROA" and service["signing"]["supported"] == ["v3"]
    assert service["endpoints"] == {"cn-zhangjiakou": host}
    # The AliGenie security schemes are AccessKey-signed calls: said once, not per operation.
    security = [w for w in report.warnings if "AliGenie_Auth_" in w]
    assert len(security) == 1 and "AccessKey" in security[0]


def test_the_three_aligenie_products_validate_and_generate_side_by_side(
    tmp_path: Path, helpers: Any
) -> None:
    for product in ("aligenie-ip_1.0", "aligenie-iap_1.0", "aligenie-ssp_1.0"):
        source = json.loads(helpers.api_docs(product).read_text("utf-8"))
        import_product(
            helpers.api_docs(product),
            tmp_path / "specs" / product,
            operations=list(source["apis"])[:2],
            overlay=OVERLAYS / f"{product}.yaml",
        )
    services = validate(tmp_path / "specs")
    assert sorted(s.import_name for s in services) == [
        "acs_aligenie_iap_1_0",
        "acs_aligenie_ip_1_0",
        "acs_aligenie_ssp_1_0",
    ]


def test_fixture_fc_style(
    tmp_path: Path, make_api_docs: Any, make_operation: Any
) -> None:
    """The mapping on a small FC-style file: no overlay, no vendor quirks beside the ones
    under test."""
    gone = make_operation(
        "DeleteThing",
        methods=["delete"],
        path="/things/{Name}",
        parameters=[
            {"name": "Name", "in": "path", "schema": {"type": "string"}},
            {"name": "AccountID", "in": "host", "schema": {"type": "string"}},
        ],
        responses={"204": {}, "500": {}},
        responseDemo=json.dumps([{"type": "json", "example": "{}"}]),
    )
    source = make_api_docs({"DeleteThing": gone}, style="FC")
    out = tmp_path / "out"
    report = import_product(source, out)
    assert report.imported == ["DeleteThing"]
    spec = load(out, "DeleteThing.yaml")
    assert spec["response_media"] == "none" and spec["golden"][0]["status"] == 204
    assert [p["name"] for p in spec["parameters"]] == ["Name"]
    assert load(out, "service.yaml")["style"] == "ROA"


@pytest.mark.parametrize(
    ("responses", "status"),
    [
        ({"204": {}, "500": {}}, 204),
        ({"204": {}}, 204),
        ({"200": {}, "204": {}}, 200),  # a 200 is declared: it is the answer
        ({"204": {"schema": {"type": "object"}}}, 200),  # a 204 with a body is no 204
        ({"500": {}}, 200),
        (None, 200),
    ],
)
def test_success_status(responses: Any, status: int) -> None:
    assert success_status(responses) == status


@pytest.mark.parametrize(
    ("version", "accepted"),
    [
        ("ip_1.0", True),
        ("ssp_1.0", True),
        ("v2_3", True),
        ("2017-03-21", True),
        ("1.0", False),
        ("ip-1.0", False),
        ("ip_", False),
    ],
)
def test_api_versions_are_dates_or_a_name_and_a_number(
    tmp_path: Path, make_operation: Any, version: str, accepted: bool
) -> None:
    data = {
        "info": {"style": "ROA", "product": "Demo", "version": version},
        "apis": {"GetThing": make_operation("GetThing", path="/thing")},
        "endpoints": [{"regionId": "cn-hangzhou", "endpoint": "demo.aliyuncs.com"}],
    }
    source = tmp_path / "demo.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    if not accepted:
        with pytest.raises(SourceError, match="is not an API version"):
            import_product(source, tmp_path / "out")
        return
    import_product(source, tmp_path / "out")
    (service,) = validate(tmp_path / "out")
    assert service.api_version == version
