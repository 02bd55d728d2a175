"""The emulator's side of SLS and PDS: it verifies their signatures as their services do (the
official SDKs' recorded requests pass, a changed byte does not), finds the project or domain in
the Host, and routes by method, path, fixed query and host parameter."""

from __future__ import annotations

import base64
import email.utils
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest

from acs_core.info import ServiceInfo
from acs_core.testing.answers import Refusal, host_label
from acs_core.testing.products import OperationModel, Product
from acs_core.testing.signatures import SignatureChecks, claim_of, scheme_of

RECORDED: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "sls_pds_requests.json").read_text("utf-8")
)["requests"]
SLS = ServiceInfo(
    product="sls",
    api_version="2020-12-30",
    endpoints={"cn-hangzhou": "cn-hangzhou.log.aliyuncs.com"},
    protocol="https",
    default_signature="sls_v1",
    supported_signatures=("sls_v1",),
    error_kinds={},
    style="ROA",
)


def verify(recorded: dict[str, Any], body: bytes | None = None) -> None:
    headers = {name: value for name, value in recorded["headers"]}
    query = dict(parse_qsl(recorded["query"], keep_blank_values=True))
    if "date" in headers:
        sent = email.utils.parsedate_to_datetime(headers["date"]).timestamp()
    else:  # SLS V4: x-log-date
        when = datetime.strptime(headers["x-log-date"], "%Y%m%dT%H%M%SZ")
        sent = when.replace(tzinfo=timezone.utc).timestamp()
    checks = SignatureChecks(
        {"testid": "testsecret"}, lambda: sent, {}, {}
    )  # the clock at the time it was sent
    data = base64.b64decode(recorded["body_base64"]) if body is None else body
    scheme = scheme_of(headers["authorization"], query)
    assert scheme is not None
    claim = claim_of(scheme, query, headers, data)
    checks.verify(claim, recorded["method"], recorded["path"], query, headers, data)


@pytest.mark.parametrize("recorded", RECORDED, ids=[r["call"] for r in RECORDED])
def test_the_official_sdks_requests_are_verified(recorded: dict[str, Any]) -> None:
    verify(recorded)


def test_an_sls_body_that_is_not_the_signed_one_is_refused() -> None:
    create = next(r for r in RECORDED if r["call"] == "create_log_store")
    with pytest.raises(Refusal) as refused:
        verify(create, body=b'{"logstoreName":"other"}')
    assert refused.value.code == "InvalidContentMD5"


def test_an_sls_request_signed_with_another_secret_is_refused() -> None:
    get = next(r for r in RECORDED if r["call"] == "get_log_store")
    forged = {
        **get,
        "headers": [
            [k, "LOG testid:AAAA" if k == "authorization" else v]
            for k, v in get["headers"]
        ],
    }
    with pytest.raises(Refusal) as refused:
        verify(forged)
    assert (refused.value.code, refused.value.status) == ("SignatureNotMatch", 401)


@pytest.mark.parametrize(
    ("host", "label"),
    [
        ("my-project.127.0.0.1:8080", "my-project"),
        ("my-project.cn-hangzhou.log.aliyuncs.com", "my-project"),
        ("127.0.0.1:8080", None),
        ("[::1]:8080", None),
        ("localhost:8080", None),
    ],
)
def test_a_host_parameter_is_the_first_label_of_a_host_name(
    host: str, label: str | None
) -> None:
    assert host_label(host) == label


def test_a_product_s_own_endpoint_carries_no_host_parameter() -> None:
    product = Product("acs_sls", SLS, {}, {}, {})
    assert product.host_label("cn-hangzhou.log.aliyuncs.com") is None
    assert product.host_label("p1.cn-hangzhou.log.aliyuncs.com") == "p1"


def test_routes_tell_apart_a_fixed_query_and_a_host_parameter() -> None:
    def op(name: str, path: str, **extra: Any) -> OperationModel:
        return OperationModel(name, name.lower(), (), method="GET", path=path, **extra)

    operations = [
        op("GetLogStore", "/logstores/{logstore}", host="project"),
        op("GetLogs", "/logstores/{logstore}", host="project", query={"type": "log"}),
        op("ListProject", "/"),
        op("GetProject", "/", host="project"),
    ]
    product = Product("acs_sls", SLS, {o.name: o for o in operations}, {}, {})

    def route(path: str, query: dict[str, str], host: str) -> str:
        label = product.host_label(host)
        found = [
            o.name
            for o in product.routing_order
            if o.match("GET", path, query, label) is not None
        ]
        return found[0]

    assert route("/logstores/a", {"type": "log"}, "p.x.y") == "GetLogs"
    assert route("/logstores/a", {}, "p.x.y") == "GetLogStore"
    assert route("/", {}, "p.cn-hangzhou.log.aliyuncs.com") == "GetProject"
    assert route("/", {}, "cn-hangzhou.log.aliyuncs.com") == "ListProject"
    assert route("/", {}, "127.0.0.1:80") == "ListProject"
