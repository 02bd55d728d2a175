"""Where a call with a host parameter goes (SLS's project, PDS's domain): `<value>.<endpoint>`
as the official SLS SDK sends, PDS's data host `<domain_id>.api.aliyunpds.com`, and the
emulator's IP endpoint connected to as it is, the prefixed name in `Host` alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from acs_core.client.endpoints import parameter_host, resolve_endpoint
from acs_core.info import ServiceInfo

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
PDS = replace(
    SLS,
    product="pds",
    endpoints={"cn-hangzhou": "cn-hangzhou.admin.aliyunpds.com"},
    host_endpoint="api.aliyunpds.com",
)


def target(service: ServiceInfo, endpoint: str | None) -> tuple[str, str]:
    base, host = resolve_endpoint(service, "cn-hangzhou", endpoint, None)
    return parameter_host(service, base, host, "p1", endpoint is not None)


def test_the_project_prefixes_the_region_s_endpoint() -> None:
    assert target(SLS, None) == (
        "https://p1.cn-hangzhou.log.aliyuncs.com",
        "p1.cn-hangzhou.log.aliyuncs.com",
    )


def test_the_domain_prefixes_the_service_s_host_endpoint() -> None:
    assert target(PDS, None) == (
        "https://p1.api.aliyunpds.com",
        "p1.api.aliyunpds.com",
    )


@pytest.mark.parametrize("service", [SLS, PDS], ids=["sls", "pds"])
def test_a_given_endpoint_is_prefixed(service: ServiceInfo) -> None:
    assert target(service, "log.example.com") == (
        "https://p1.log.example.com",
        "p1.log.example.com",
    )


@pytest.mark.parametrize("endpoint", ["http://127.0.0.1:8080", "http://localhost:8080"])
def test_an_ip_endpoint_is_connected_to_as_it_is(endpoint: str) -> None:
    base, host = target(SLS, endpoint)
    assert base == endpoint
    assert host == f"p1.{endpoint.removeprefix('http://')}"
