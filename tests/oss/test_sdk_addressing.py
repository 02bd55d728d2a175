"""Scheme/host/path equal what the SDKs build (oss2 ``_UrlMaker``, oss-v2
``_build_url`` via the client's own request context)."""

from __future__ import annotations

import copy

import alibabacloud_oss_v2 as oss
import oss2
import pytest
from acs_core.oss.addressing import (
    build_address,
    encode_request_query,
    endpoint_from_region,
    forces_path_style,
)
from alibabacloud_oss_v2.types import OperationInput
from oss_cases import CASES
from oss_sdk import AK, REGION, SK

ENDPOINTS = [
    "oss-cn-hangzhou.aliyuncs.com",
    "https://oss-cn-hangzhou.aliyuncs.com",
    "http://oss-cn-hangzhou-internal.aliyuncs.com",
    "oss-cn-hangzhou.aliyuncs.com:8443",
    "127.0.0.1",
    "127.0.0.1:9000",
    "http://10.0.0.8:8080",
    "https://192.168.1.10",
    "127.1:9000",
    "http://OSS-CN-Hangzhou.AliyunCS.com",
]
KEYS = [
    None,
    "k",
    "dir/sub/file name+1.txt",
    "目录/ü€ 😀",
    "/lead",
    "a?b#c%d",
    "~tilde_-.",
]
TARGETS = [("examplebucket", k) for k in KEYS] + [(None, None)]


def v2_url(
    endpoint: str | None, bucket: str | None, key: str | None, **cfg: object
) -> str:
    config = oss.config.load_default()
    config.region = REGION
    config.endpoint = endpoint
    config.credentials_provider = oss.credentials.StaticCredentialsProvider(AK, SK)
    for k, v in cfg.items():
        setattr(config, k, v)
    impl = oss.Client(config)._client
    op = OperationInput(op_name="T", method="GET", bucket=bucket, key=key)
    ctx = impl.build_request_context(op, copy.copy(impl._options), impl._inner)
    return str(ctx.request.url)


def oss2_url(endpoint: str, bucket: str | None, key: str | None, **kw: object) -> str:
    auth = oss2.Auth(AK, SK)
    if bucket is None:
        svc = oss2.Service(auth, endpoint, **kw)  # type: ignore[arg-type]
        url = str(svc._make_url("", ""))
    else:
        b = oss2.Bucket(auth, endpoint, bucket, **kw)  # type: ignore[arg-type]
        url = str(b._make_url(bucket, key or ""))
    return url if url.count("/") > 2 else url + "/"  # requests adds the '/'


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_matches_oss_v2(endpoint: str) -> None:
    for bucket, key in TARGETS:
        ours = build_address(endpoint=endpoint, bucket=bucket, key=key)
        assert ours.url() == v2_url(endpoint, bucket, key), (bucket, key)


@pytest.mark.parametrize("endpoint", [*ENDPOINTS, "localhost:9000"])
def test_matches_oss2(endpoint: str) -> None:
    for bucket, key in TARGETS:
        ours = build_address(endpoint=endpoint, bucket=bucket, key=key, flavor="oss2")
        assert ours.url() == oss2_url(endpoint, bucket, key), (bucket, key)


def test_all_case_keys() -> None:
    for key, endpoint in (
        (c.key, e)
        for c in CASES
        if c.key
        for e in ("oss-cn-hangzhou.aliyuncs.com", "127.0.0.1:9000")
    ):
        assert build_address(
            endpoint=endpoint, bucket="examplebucket", key=key
        ).url() == v2_url(endpoint, "examplebucket", key)
        assert build_address(
            endpoint=endpoint, bucket="examplebucket", key=key, flavor="oss2"
        ).url() == oss2_url(endpoint, "examplebucket", key)


def test_path_style_and_cname_flags() -> None:
    ep = "oss-cn-hangzhou.aliyuncs.com"
    assert (
        build_address(
            endpoint=ep, bucket="examplebucket", key="a/b", path_style=True
        ).url()
        == v2_url(ep, "examplebucket", "a/b", use_path_style=True)
        == "https://oss-cn-hangzhou.aliyuncs.com/examplebucket/a/b"
    )
    assert (
        build_address(
            endpoint="cdn.example.com", bucket="examplebucket", key="a/b", cname=True
        ).url()
        == v2_url("cdn.example.com", "examplebucket", "a/b", use_cname=True)
        == "https://cdn.example.com/a/b"
    )
    assert build_address(
        endpoint=ep, bucket="examplebucket", key="a/b", path_style=True, flavor="oss2"
    ).url() == oss2_url(ep, "examplebucket", "a/b", is_path_style=True)
    assert build_address(
        endpoint="cdn.example.com",
        bucket="examplebucket",
        key="a/b",
        cname=True,
        flavor="oss2",
    ).url() == oss2_url("cdn.example.com", "examplebucket", "a/b", is_cname=True)
    # an IP endpoint wins over cname in both
    assert (
        build_address(
            endpoint="127.0.0.1", bucket="examplebucket", key="k", cname=True
        ).style
        == "path"
    )


def test_region_only() -> None:
    assert endpoint_from_region("cn-hangzhou") == "https://oss-cn-hangzhou.aliyuncs.com"
    assert (
        build_address(region="cn-hangzhou", bucket="examplebucket", key="a b").url()
        == v2_url(None, "examplebucket", "a b")
        == "https://examplebucket.oss-cn-hangzhou.aliyuncs.com/a%20b"
    )
    assert build_address(
        region="cn-hangzhou", bucket="examplebucket", disable_ssl=True
    ).url() == v2_url(None, "examplebucket", None, disable_ssl=True)
    for kind, flag in (
        ("internal", "use_internal_endpoint"),
        ("dualstack", "use_dualstack_endpoint"),
        ("accelerate", "use_accelerate_endpoint"),
    ):
        ep = endpoint_from_region("cn-hangzhou", kind=kind)  # type: ignore[arg-type]
        assert build_address(
            endpoint=ep, bucket="examplebucket", key="k"
        ).url() == v2_url(None, "examplebucket", "k", **{flag: True})


def test_ipv6_deviation() -> None:
    """Both SDKs mishandle IPv6 endpoints; we go path-style instead."""
    assert (
        v2_url("http://[::1]:9000", "examplebucket", "k")
        == "http://examplebucket.[::1]:9000/k"
    )
    with pytest.raises(oss2.exceptions.ClientError, match="endpoint"):
        oss2_url(
            "http://[::1]:9000", "examplebucket", "k"
        )  # normalised to http://::1:9000
    ours = build_address(endpoint="http://[::1]:9000", bucket="examplebucket", key="k")
    assert ours.url() == "http://[::1]:9000/examplebucket/k"
    assert forces_path_style("[::1]:9000")
    assert forces_path_style("localhost:1", "oss2")
    assert not forces_path_style("localhost:1", "oss-v2")


def test_query_encoding() -> None:
    q = [("prefix", "a b/c"), ("uploads", ""), ("marker", "é~*")]
    assert encode_request_query(q) == "prefix=a%20b%2Fc&uploads=&marker=%C3%A9~%2A"
    assert (
        encode_request_query(q, "oss2") == "prefix=a+b%2Fc&uploads=&marker=%C3%A9~%2A"
    )


def test_bad_inputs() -> None:
    with pytest.raises(ValueError, match="bucket name"):
        build_address(endpoint="oss-cn-hangzhou.aliyuncs.com", bucket="Bad_Bucket")
    with pytest.raises(ValueError, match="needs a bucket"):
        build_address(endpoint="oss-cn-hangzhou.aliyuncs.com", bucket=None, key="k")
    with pytest.raises(ValueError, match="endpoint or a region"):
        build_address(bucket="examplebucket")
    with pytest.raises(ValueError, match="path or query"):
        build_address(endpoint="https://h.example.com/base", bucket="examplebucket")
