"""The signing functions of acs-core against the official vectors (V2 HMAC-SHA1 and V3
ACS3-HMAC-SHA256): percent-encoding, canonical queries and requests, what is signed, the
Authorization header read back, and no token in a repr."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from acs_core import signing

EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


# --- percent_encode --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "encoded"),
    [
        ("AZaz09-_.~", "AZaz09-_.~"),
        (" ", "%20"),
        ("*", "%2A"),
        ("+", "%2B"),
        ("/", "%2F"),
        ("%", "%25"),
        ("=&", "%3D%26"),
        ("任务", "%E4%BB%BB%E5%8A%A1"),
        ("é", "%C3%A9"),
        ("\U0001f600", "%F0%9F%98%80"),
        ("", ""),
    ],
)
def test_percent_encode_keeps_only_unreserved_characters(
    raw: str, encoded: str
) -> None:
    assert signing.percent_encode(raw) == encoded


def test_canonical_query_sorts_by_encoded_name_then_value() -> None:
    params = [("b", "2"), ("a b", "x"), ("a", "z"), ("a", "y")]
    assert signing.canonical_query(params) == "a=y&a=z&a%20b=x&b=2"


def test_canonical_query_of_nothing_is_empty() -> None:
    assert signing.canonical_query([]) == ""


# --- official vectors ------------------------------------------------------------------------


V2_VECTOR_PARAMS = [
    ("AccessKeyId", "testid"),
    ("Action", "DescribeRegions"),
    ("Format", "XML"),
    ("SignatureMethod", "HMAC-SHA1"),
    ("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
    ("SignatureVersion", "1.0"),
    ("Timestamp", "2016-02-23T12:46:24Z"),
    ("Version", "2014-05-26"),
]


V2_VECTOR_SIGNATURE = "OLeaidS1JvxuMvnyHOwuJ+uX5qY="


def test_v2_official_vector_from_low_level_functions() -> None:
    to_sign = signing.string_to_sign_v2("GET", V2_VECTOR_PARAMS)
    assert signing.signature_v2(to_sign, "testsecret") == V2_VECTOR_SIGNATURE


def test_v2_official_vector_from_sign_rpc_v2() -> None:
    signed = signing.sign_rpc_v2(
        method="GET",
        action="DescribeRegions",
        version="2014-05-26",
        query=[],
        form=[],
        access_key_id="testid",
        access_key_secret="testsecret",
        security_token=None,
        timestamp="2016-02-23T12:46:24Z",
        nonce="3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
        response_format="XML",
    )
    assert signed.signature == V2_VECTOR_SIGNATURE
    assert sorted(signed.query) == sorted(
        [*V2_VECTOR_PARAMS, ("Signature", V2_VECTOR_SIGNATURE)]
    )
    assert signed.body == b""
    assert signed.headers == {}
    assert signed.canonical_request == ""


V3_VECTOR_QUERY = [
    ("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"),
    ("RegionId", "cn-shanghai"),
]


V3_VECTOR_HEADERS = {
    "host": "ecs.cn-shanghai.aliyuncs.com",
    "x-acs-action": "RunInstances",
    "x-acs-version": "2014-05-26",
    "x-acs-date": "2023-10-26T10:22:32Z",
    "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d",
    "x-acs-content-sha256": EMPTY_SHA256,
}


V3_VECTOR_HASHED_CANONICAL_REQUEST = (
    "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
)


V3_VECTOR_SIGNATURE = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"


def test_v3_official_vector_from_low_level_functions() -> None:
    canonical = signing.canonical_request_v3(
        "POST",
        "/",
        V3_VECTOR_QUERY,
        V3_VECTOR_HEADERS,
        sorted(V3_VECTOR_HEADERS),
        EMPTY_SHA256,
    )
    to_sign = signing.string_to_sign_v3(canonical)
    assert to_sign == f"ACS3-HMAC-SHA256\n{V3_VECTOR_HASHED_CANONICAL_REQUEST}"
    assert signing.signature_v3(to_sign, "YourAccessKeySecret") == V3_VECTOR_SIGNATURE


def test_v3_official_vector_from_sign_rpc_v3() -> None:
    signed = signing.sign_rpc_v3(
        method="POST",
        host="ecs.cn-shanghai.aliyuncs.com",
        action="RunInstances",
        version="2014-05-26",
        query=V3_VECTOR_QUERY,
        form=[],
        access_key_id="YourAccessKeyId",
        access_key_secret="YourAccessKeySecret",
        security_token=None,
        date="2023-10-26T10:22:32Z",
        nonce="3156853299f313e23d1673dc12e1703d",
    )
    assert signed.signature == V3_VECTOR_SIGNATURE
    assert signed.headers["Authorization"] == (
        "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
        "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;"
        f"x-acs-signature-nonce;x-acs-version,Signature={V3_VECTOR_SIGNATURE}"
    )
    assert signed.query == V3_VECTOR_QUERY
    assert signed.body == b""


# --- what is signed --------------------------------------------------------------------------


def test_v3_signs_host_and_acs_headers_only_by_default(helpers: Any) -> None:
    signed = signing.sign_rpc_v3(
        method="POST",
        host=helpers.ENDPOINT,
        action="GetAIImageJobs",
        version="2017-03-21",
        query=[("JobIds", "a")],
        form=[],
        access_key_id=helpers.KEY_ID,
        access_key_secret=helpers.SECRET,
        security_token=helpers.TOKEN,
        date=helpers.DATE,
        nonce=helpers.NONCE,
    )
    _, names, _ = signing.parse_authorization_v3(signed.headers["Authorization"])
    assert names == [
        "host",
        "x-acs-accesskey-id",
        "x-acs-action",
        "x-acs-content-sha256",
        "x-acs-date",
        "x-acs-security-token",
        "x-acs-signature-nonce",
        "x-acs-version",
    ]
    assert signed.headers["x-acs-security-token"] == helpers.TOKEN


def test_v3_form_body_is_hashed_and_content_type_signed(helpers: Any) -> None:
    signed = signing.sign_rpc_v3(
        method="POST",
        host=helpers.ENDPOINT,
        action="SubmitAIImageJob",
        version="2017-03-21",
        query=[],
        form=[("UserData", "a b")],
        access_key_id=helpers.KEY_ID,
        access_key_secret=helpers.SECRET,
        security_token=None,
        date=helpers.DATE,
        nonce=helpers.NONCE,
    )
    assert signed.body == b"UserData=a%20b"
    assert signed.headers["content-type"] == "application/x-www-form-urlencoded"
    assert signed.headers["x-acs-content-sha256"] == (
        hashlib.sha256(b"UserData=a%20b").hexdigest()
    )
    _, names, _ = signing.parse_authorization_v3(signed.headers["Authorization"])
    assert "content-type" in names


def test_v3_extra_header_may_not_override_signer_headers(helpers: Any) -> None:
    with pytest.raises(ValueError, match="host"):
        signing.sign_rpc_v3(
            method="POST",
            host=helpers.ENDPOINT,
            action="GetAIImageJobs",
            version="2017-03-21",
            query=[],
            form=[],
            access_key_id=helpers.KEY_ID,
            access_key_secret=helpers.SECRET,
            security_token=None,
            date=helpers.DATE,
            nonce=helpers.NONCE,
            extra_headers={"Host": "evil.example"},
        )


def test_canonical_request_v3_rejects_missing_signed_header(helpers: Any) -> None:
    with pytest.raises(ValueError, match="x-acs-date"):
        signing.canonical_request_v3(
            "POST",
            "/",
            [],
            {"host": helpers.ENDPOINT},
            ["host", "x-acs-date"],
            EMPTY_SHA256,
        )


def test_canonical_request_v3_matches_header_names_case_insensitively() -> None:
    lower = signing.canonical_request_v3(
        "POST", "/", [], {"host": " h "}, ["host"], EMPTY_SHA256
    )
    mixed = signing.canonical_request_v3(
        "POST", "/", [], {"Host": "h"}, ["HOST"], EMPTY_SHA256
    )
    assert lower == mixed == f"POST\n/\n\nhost:h\n\nhost\n{EMPTY_SHA256}"


# --- parse_authorization_v3 ------------------------------------------------------------------


def test_parse_authorization_v3_splits_fields() -> None:
    header = (
        "ACS3-HMAC-SHA256 Credential=id, SignedHeaders=host;x-acs-date,Signature=ab"
    )
    assert signing.parse_authorization_v3(header) == (
        "id",
        ["host", "x-acs-date"],
        "ab",
    )


@pytest.mark.parametrize(
    "header",
    [
        "",
        "ACS3-HMAC-SHA256",
        "Bearer abc",
        "ACS3-HMAC-SM3 Credential=id,SignedHeaders=host,Signature=ab",
        "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host",
        "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=ab,Extra=1",
        "ACS3-HMAC-SHA256 Credential=id,Credential=id,Signature=ab",
        "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=",
        "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host;;x,Signature=ab",
        "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,garbage",
    ],
)
def test_parse_authorization_v3_rejects_malformed_header(header: str) -> None:
    with pytest.raises(ValueError, match="Authorization"):
        signing.parse_authorization_v3(header)


# --- SignedRequest ---------------------------------------------------------------------------


def test_signed_request_repr_hides_security_token(helpers: Any) -> None:
    common: dict[str, Any] = {
        "action": "GetAIImageJobs",
        "version": "2017-03-21",
        "query": [("JobIds", "a")],
        "form": [],
        "access_key_id": helpers.KEY_ID,
        "access_key_secret": helpers.SECRET,
        "security_token": helpers.TOKEN,
        "nonce": helpers.NONCE,
    }
    v2 = signing.sign_rpc_v2(method="POST", timestamp=helpers.DATE, **common)
    v3 = signing.sign_rpc_v3(
        method="POST", host=helpers.ENDPOINT, date=helpers.DATE, **common
    )
    for signed in (v2, v3):
        text = repr(signed)
        assert helpers.TOKEN not in text
        assert signing.percent_encode(helpers.TOKEN) not in text
        assert helpers.SECRET not in text
        assert signed.signature in text
