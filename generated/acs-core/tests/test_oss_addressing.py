"""Where OSS requests go (`acs_core.oss.addressing`): the rules both SDKs follow.

That these equal alibabacloud-oss-v2's `_build_url` and oss2's `_UrlMaker` for every endpoint
form is proven in the repository's `tests/oss/test_sdk_addressing.py`.
"""

from __future__ import annotations

import pytest

from acs_core.oss.addressing import (
    build_address,
    encode_request_query,
    endpoint_from_region,
    forces_path_style,
)

B = "examplebucket"
URLS = [
    # endpoint, key, oss-v2 URL, oss2 URL
    ("oss-cn-hangzhou.aliyuncs.com", "dir/a b+c.txt",
     "https://examplebucket.oss-cn-hangzhou.aliyuncs.com/dir/a%20b%2Bc.txt",
     "http://examplebucket.oss-cn-hangzhou.aliyuncs.com/dir%2Fa%20b%2Bc.txt"),
    ("https://oss-cn-hangzhou.aliyuncs.com", None,
     "https://examplebucket.oss-cn-hangzhou.aliyuncs.com/",
     "https://examplebucket.oss-cn-hangzhou.aliyuncs.com/"),
    ("127.0.0.1:9000", "目录/ü",
     "https://127.0.0.1:9000/examplebucket/%E7%9B%AE%E5%BD%95/%C3%BC",
     "http://127.0.0.1:9000/examplebucket/%E7%9B%AE%E5%BD%95%2F%C3%BC"),
    ("http://10.0.0.8:8080", "~tilde_-.",
     "http://10.0.0.8:8080/examplebucket/~tilde_-.",
     "http://10.0.0.8:8080/examplebucket/~tilde_-."),
    ("127.1:9000", "k", "https://127.1:9000/examplebucket/k", "http://127.1:9000/examplebucket/k"),
    ("localhost:9000", "k", "https://examplebucket.localhost:9000/k",
     "http://localhost:9000/examplebucket/k"),
]  # fmt: skip


@pytest.mark.parametrize(("endpoint", "key", "v2", "oss2"), URLS)
def test_urls_of_both_flavors(
    endpoint: str, key: str | None, v2: str, oss2: str
) -> None:
    assert build_address(endpoint=endpoint, bucket=B, key=key).url() == v2
    assert (
        build_address(endpoint=endpoint, bucket=B, key=key, flavor="oss2").url() == oss2
    )


def test_service_level_and_styles() -> None:
    ep = "oss-cn-hangzhou.aliyuncs.com"
    assert build_address(endpoint=ep, bucket=None).url() == f"https://{ep}/"
    assert (
        build_address(endpoint=ep, bucket=B, key="a/b", path_style=True).url()
        == f"https://{ep}/examplebucket/a/b"
    )
    cname = build_address(endpoint="cdn.example.com", bucket=B, key="a/b", cname=True)
    assert cname.url() == "https://cdn.example.com/a/b"
    # an IP endpoint wins over cname
    assert (
        build_address(endpoint="127.0.0.1", bucket=B, key="k", cname=True).style
        == "path"
    )


def test_region_endpoints() -> None:
    assert endpoint_from_region("cn-hangzhou") == "https://oss-cn-hangzhou.aliyuncs.com"
    assert (
        endpoint_from_region("cn-hangzhou", kind="internal")
        == "https://oss-cn-hangzhou-internal.aliyuncs.com"
    )
    assert endpoint_from_region("cn-hangzhou", kind="dualstack").endswith(
        "cn-hangzhou.oss.aliyuncs.com"
    )
    assert (
        build_address(region="cn-hangzhou", bucket=B, key="a b").url()
        == "https://examplebucket.oss-cn-hangzhou.aliyuncs.com/a%20b"
    )
    assert (
        build_address(region="cn-hangzhou", bucket=B, disable_ssl=True).scheme == "http"
    )


def test_ipv6_goes_path_style() -> None:
    """Both SDKs mishandle IPv6 endpoints; addressing uses path style for them."""
    ours = build_address(endpoint="http://[::1]:9000", bucket=B, key="k")
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
        build_address(bucket=B)
    with pytest.raises(ValueError, match="path or query"):
        build_address(endpoint="https://h.example.com/base", bucket=B)
