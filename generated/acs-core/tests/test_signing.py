"""The signatures, against the official vectors of Alibaba Cloud's documentation."""

from __future__ import annotations

import hashlib

from acs_core import signing

V2_PARAMS = [
    ("AccessKeyId", "testid"),
    ("Action", "DescribeRegions"),
    ("Format", "XML"),
    ("SignatureMethod", "HMAC-SHA1"),
    ("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
    ("SignatureVersion", "1.0"),
    ("Timestamp", "2016-02-23T12:46:24Z"),
    ("Version", "2014-05-26"),
]


def test_percent_encoding_keeps_only_the_unreserved_characters() -> None:
    assert signing.percent_encode("a b*~/é") == "a%20b%2A~%2F%C3%A9"


def test_rpc_v2_signs_the_official_vector() -> None:
    to_sign = signing.string_to_sign_v2("GET", V2_PARAMS)
    assert signing.signature_v2(to_sign, "testsecret") == "OLeaidS1JvxuMvnyHOwuJ+uX5qY="


def test_v3_signs_the_official_vector() -> None:
    headers = {
        "host": "ecs.cn-shanghai.aliyuncs.com",
        "x-acs-action": "RunInstances",
        "x-acs-version": "2014-05-26",
        "x-acs-date": "2023-10-26T10:22:32Z",
        "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d",
        "x-acs-content-sha256": hashlib.sha256(b"").hexdigest(),
    }
    query = [
        ("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"),
        ("RegionId", "cn-shanghai"),
    ]
    canonical = signing.canonical_request_v3(
        "POST", "/", query, headers, sorted(headers), hashlib.sha256(b"").hexdigest()
    )
    to_sign = signing.string_to_sign_v3(canonical)
    assert hashlib.sha256(canonical.encode()).hexdigest() == (
        "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
    )
    assert signing.signature_v3(to_sign, "YourAccessKeySecret") == (
        "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
    )
