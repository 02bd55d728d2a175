"""Tests of the signing runtime module against official vectors and the official SDK.

The official SDK (``alibabacloud-vod20170321``) is used as a peer: its HTTP layer is
intercepted so that no request leaves the process, and its clock and nonce are fixed
so that its signatures can be compared with ours byte for byte.
"""

from __future__ import annotations

import hashlib
import socket
from typing import Any

import pytest
from acs_core import signing

DATE = "2024-05-06T07:08:09Z"
NONCE = "0123456789abcdef0123456789abcdef"
KEY_ID = "LTAI-test-key-id"
SECRET = "test-secret"
TOKEN = "CAIS-sts+token/with=chars"
ENDPOINT = "vod.cn-shanghai.aliyuncs.com"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()

JOB_IDS = {
    "plain": "job1,job2",
    "space": "job 1",
    "star": "job*1",
    "tilde": "job~1",
    "plus": "job+1",
    "slash": "job/1",
    "non_ascii": "任务",
    "all": " *~+/任务,=&%",
}


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("tests must not open network connections")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


# ----------------------------------------------------------------- SDK capture


class _CapturedError(Exception):
    """Raised in place of sending, to stop the SDK right after it signed."""


def _sdk_request(
    monkeypatch: pytest.MonkeyPatch,
    *,
    job_ids: str,
    v2: bool,
    security_token: str | None = None,
) -> Any:
    """Return the DaraRequest the official SDK would send for GetAIImageJobs."""
    from alibabacloud_tea_openapi.utils import Utils
    from alibabacloud_tea_openapi.utils_models import Config
    from alibabacloud_vod20170321.client import Client
    from alibabacloud_vod20170321.models import GetAIImageJobsRequest
    from darabonba.core import DaraCore
    from darabonba.exceptions import UnretryableException
    from darabonba.runtime import RuntimeOptions

    captured: list[Any] = []

    def fake_do_action(request: Any, runtime_option: Any = None) -> Any:
        captured.append(request)
        raise _CapturedError

    # Both signing paths call these static methods of the openapi Utils class.
    monkeypatch.setattr(Utils, "get_timestamp", staticmethod(lambda: DATE))
    monkeypatch.setattr(Utils, "get_nonce", staticmethod(lambda: NONCE))
    monkeypatch.setattr(DaraCore, "do_action", staticmethod(fake_do_action))
    config = Config(
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        security_token=security_token,
        endpoint=ENDPOINT,
        protocol="http",
        # The SDK selects HMAC-SHA1 RPC signing with signature_algorithm="v2".
        signature_algorithm="v2" if v2 else None,
    )
    client = Client(config)
    with pytest.raises(UnretryableException):
        client.get_aiimage_jobs_with_options(
            GetAIImageJobsRequest(job_ids=job_ids), RuntimeOptions()
        )
    assert len(captured) == 1
    return captured[0]


# ------------------------------------------------------------- percent_encode


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


# ------------------------------------------------------------ official vectors

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


# ------------------------------------------------------- against the official SDK


@pytest.mark.parametrize("token", [None, TOKEN], ids=["ak", "sts"])
@pytest.mark.parametrize("job_ids", JOB_IDS.values(), ids=JOB_IDS.keys())
def test_v3_headers_equal_official_sdk(
    monkeypatch: pytest.MonkeyPatch, job_ids: str, token: str | None
) -> None:
    sdk = _sdk_request(monkeypatch, job_ids=job_ids, v2=False, security_token=token)
    # The SDK also signs headers the signer does not produce itself; hand them
    # over so that both sides sign the same header set.
    sdk_only = ("user-agent", "accept", "x-acs-credentials-provider")
    signed = signing.sign_rpc_v3(
        method=sdk.method,
        host=ENDPOINT,
        action="GetAIImageJobs",
        version="2017-03-21",
        query=[("JobIds", job_ids)],
        form=[],
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        security_token=token,
        date=DATE,
        nonce=NONCE,
        extra_headers={k: sdk.headers[k] for k in sdk_only},
    )
    assert signed.headers == sdk.headers
    assert dict(signed.query) == sdk.query


@pytest.mark.parametrize("token", [None, TOKEN], ids=["ak", "sts"])
@pytest.mark.parametrize("job_ids", JOB_IDS.values(), ids=JOB_IDS.keys())
def test_v3_verifier_recomputes_official_sdk_signature(
    monkeypatch: pytest.MonkeyPatch, job_ids: str, token: str | None
) -> None:
    sdk = _sdk_request(monkeypatch, job_ids=job_ids, v2=False, security_token=token)
    key_id, names, signature = signing.parse_authorization_v3(
        sdk.headers["Authorization"]
    )
    canonical = signing.canonical_request_v3(
        sdk.method,
        sdk.pathname,
        sdk.query.items(),
        sdk.headers,
        names,
        sdk.headers["x-acs-content-sha256"],
    )
    assert key_id == KEY_ID
    assert signing.signature_v3(signing.string_to_sign_v3(canonical), SECRET) == (
        signature
    )


def test_v3_signs_host_and_acs_headers_only_by_default() -> None:
    signed = signing.sign_rpc_v3(
        method="POST",
        host=ENDPOINT,
        action="GetAIImageJobs",
        version="2017-03-21",
        query=[("JobIds", "a")],
        form=[],
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        security_token=TOKEN,
        date=DATE,
        nonce=NONCE,
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
    assert signed.headers["x-acs-security-token"] == TOKEN


@pytest.mark.parametrize("token", [None, TOKEN], ids=["ak", "sts"])
@pytest.mark.parametrize("job_ids", JOB_IDS.values(), ids=JOB_IDS.keys())
def test_v2_query_equals_official_sdk(
    monkeypatch: pytest.MonkeyPatch, job_ids: str, token: str | None
) -> None:
    sdk = _sdk_request(monkeypatch, job_ids=job_ids, v2=True, security_token=token)
    signed = signing.sign_rpc_v2(
        method=sdk.method,
        action="GetAIImageJobs",
        version="2017-03-21",
        query=[("JobIds", job_ids)],
        form=[],
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        security_token=token,
        timestamp=DATE,
        nonce=NONCE,
        # The current SDK sends Format=json (lowercase).
        response_format=sdk.query["Format"],
    )
    assert dict(signed.query) == sdk.query
    assert len(signed.query) == len(sdk.query)


@pytest.mark.parametrize("job_ids", JOB_IDS.values(), ids=JOB_IDS.keys())
def test_v2_verifier_recomputes_official_sdk_signature(
    monkeypatch: pytest.MonkeyPatch, job_ids: str
) -> None:
    sdk = _sdk_request(monkeypatch, job_ids=job_ids, v2=True, security_token=TOKEN)
    params = [(k, v) for k, v in sdk.query.items() if k != "Signature"]
    to_sign = signing.string_to_sign_v2(sdk.method, params)
    assert signing.signature_v2(to_sign, SECRET) == sdk.query["Signature"]


def test_v2_signs_form_fields_like_official_sdk() -> None:
    from alibabacloud_tea_openapi.utils import Utils

    form = [("UserData", '{"k": "v w*~+/任务"}'), ("Empty", "")]
    signed = signing.sign_rpc_v2(
        method="POST",
        action="SubmitAIImageJob",
        version="2017-03-21",
        query=[("VideoId", "abc")],
        form=form,
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        security_token=None,
        timestamp=DATE,
        nonce=NONCE,
    )
    unsigned = [(k, v) for k, v in signed.query if k != "Signature"]
    sdk_signature = Utils.get_rpcsignature(dict(unsigned + form), "POST", SECRET)
    assert signed.signature == sdk_signature
    assert ("Signature", sdk_signature) in signed.query
    assert "UserData" not in dict(signed.query)
    assert signed.headers == {"content-type": "application/x-www-form-urlencoded"}
    assert signed.body == (
        b"Empty=&UserData=%7B%22k%22%3A%20%22v%20w%2A~%2B%2F"
        b"%E4%BB%BB%E5%8A%A1%22%7D"
    )


def test_v3_form_body_is_hashed_and_content_type_signed() -> None:
    signed = signing.sign_rpc_v3(
        method="POST",
        host=ENDPOINT,
        action="SubmitAIImageJob",
        version="2017-03-21",
        query=[],
        form=[("UserData", "a b")],
        access_key_id=KEY_ID,
        access_key_secret=SECRET,
        security_token=None,
        date=DATE,
        nonce=NONCE,
    )
    assert signed.body == b"UserData=a%20b"
    assert signed.headers["content-type"] == "application/x-www-form-urlencoded"
    assert signed.headers["x-acs-content-sha256"] == (
        hashlib.sha256(b"UserData=a%20b").hexdigest()
    )
    _, names, _ = signing.parse_authorization_v3(signed.headers["Authorization"])
    assert "content-type" in names


def test_v3_extra_header_may_not_override_signer_headers() -> None:
    with pytest.raises(ValueError, match="host"):
        signing.sign_rpc_v3(
            method="POST",
            host=ENDPOINT,
            action="GetAIImageJobs",
            version="2017-03-21",
            query=[],
            form=[],
            access_key_id=KEY_ID,
            access_key_secret=SECRET,
            security_token=None,
            date=DATE,
            nonce=NONCE,
            extra_headers={"Host": "evil.example"},
        )


def test_canonical_request_v3_rejects_missing_signed_header() -> None:
    with pytest.raises(ValueError, match="x-acs-date"):
        signing.canonical_request_v3(
            "POST", "/", [], {"host": ENDPOINT}, ["host", "x-acs-date"], EMPTY_SHA256
        )


def test_canonical_request_v3_matches_header_names_case_insensitively() -> None:
    lower = signing.canonical_request_v3(
        "POST", "/", [], {"host": " h "}, ["host"], EMPTY_SHA256
    )
    mixed = signing.canonical_request_v3(
        "POST", "/", [], {"Host": "h"}, ["HOST"], EMPTY_SHA256
    )
    assert lower == mixed == f"POST\n/\n\nhost:h\n\nhost\n{EMPTY_SHA256}"


# ------------------------------------------------------ parse_authorization_v3


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


# ---------------------------------------------------------------- SignedRequest


def test_signed_request_repr_hides_security_token() -> None:
    common: dict[str, Any] = {
        "action": "GetAIImageJobs",
        "version": "2017-03-21",
        "query": [("JobIds", "a")],
        "form": [],
        "access_key_id": KEY_ID,
        "access_key_secret": SECRET,
        "security_token": TOKEN,
        "nonce": NONCE,
    }
    v2 = signing.sign_rpc_v2(method="POST", timestamp=DATE, **common)
    v3 = signing.sign_rpc_v3(method="POST", host=ENDPOINT, date=DATE, **common)
    for signed in (v2, v3):
        text = repr(signed)
        assert TOKEN not in text
        assert signing.percent_encode(TOKEN) not in text
        assert SECRET not in text
        assert signed.signature in text
