"""OSS signatures: vectors made with the official SDK, the input checks, presign limits.

Byte-for-byte equality with alibabacloud-oss-v2 and oss2 over many request shapes is proven in
the repository's `tests/oss/`; the vectors here pin the results without the SDKs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from acs_core.oss.addressing import build_address
from acs_core.signing import oss_common as s
from acs_core.signing.oss_v1 import presign_v1, sign_v1_headers
from acs_core.signing.oss_v4 import presign_v4, sign_v4_headers

AK = "LTAI5tExampleAccessKeyId"
SK = "ExampleAccessKeySecret+/="
TOKEN = "CAIS+Example/STS.Token==WithPlus+Slash/Equals="
WHEN = dt.datetime(2024, 5, 17, 8, 9, 10, tzinfo=dt.timezone.utc)
KEYS: dict[str, Any] = {"access_key_id": AK, "access_key_secret": SK, "when": WHEN}
PUT_HEADERS = {"Content-Type": "text/plain", "x-oss-meta-a": "1"}
CREDENTIAL = f"Credential={AK}/20240517/cn-hangzhou/oss/aliyun_v4_request"


def test_v4_vectors_of_alibabacloud_oss_v2() -> None:
    put = sign_v4_headers(
        "PUT", bucket="examplebucket", key="dir/a b+c.txt", headers=PUT_HEADERS,
        region="cn-hangzhou", **KEYS,
    )  # fmt: skip
    assert put.authorization == (
        f"OSS4-HMAC-SHA256 {CREDENTIAL},Signature="
        "378b6f4c16a0f737992f7dec0b5f788add8f9079a2ece2f5b9761beef1bb09ac"
    )
    acl = sign_v4_headers(
        "GET", bucket="examplebucket", key="k", query={"acl": ""}, region="cn-hangzhou",
        security_token=TOKEN, **KEYS,
    )  # fmt: skip
    assert (
        acl.signature
        == "a1040422bd78caf7d22457ac86275315d79496ee580b95c12e31f14c4dfc4e94"
    )
    assert acl.headers["x-oss-security-token"] == TOKEN


def test_v1_vectors_of_alibabacloud_oss_v2() -> None:
    put = sign_v1_headers(
        "PUT", bucket="examplebucket", key="dir/a b+c.txt", headers=PUT_HEADERS, **KEYS
    )
    assert put.authorization == f"OSS {AK}:b9NSSZ/JzHFwsz9cvK86RTAxRtE="
    part = sign_v1_headers(
        "GET", bucket="examplebucket", key="k", query={"uploadId": "x", "partNumber": "1"},
        security_token=TOKEN, **KEYS,
    )  # fmt: skip
    assert part.authorization == f"OSS {AK}:FQczo+8DgyeZ7u+9vkZm5BW0rJA="
    assert part.headers["security-token"] == TOKEN  # oss-v2 sends it unsigned


def test_presign_v4_vector_of_alibabacloud_oss_v2() -> None:
    query = presign_v4(
        "GET",
        bucket="examplebucket",
        key="dir/get me.txt",
        region="cn-hangzhou",
        **KEYS,
    )
    base = build_address(
        region="cn-hangzhou", bucket="examplebucket", key="dir/get me.txt"
    )
    assert query.url(base.base_url) == (
        "https://examplebucket.oss-cn-hangzhou.aliyuncs.com/dir/get%20me.txt"
        "?x-oss-signature-version=OSS4-HMAC-SHA256&x-oss-date=20240517T080910Z"
        "&x-oss-expires=900&x-oss-credential=LTAI5tExampleAccessKeyId%2F20240517"
        "%2Fcn-hangzhou%2Foss%2Faliyun_v4_request&x-oss-signature="
        "65778a0280f3c646ef7481502b9e25c57b302c22044c33f5454837cf5a2c317e"
    )


def test_service_and_bucket_level_canonical_uri() -> None:
    service = sign_v4_headers("GET", region="cn-hangzhou", **KEYS)
    assert service.canonical_request == (
        "GET\n/\n\nx-oss-content-sha256:UNSIGNED-PAYLOAD\nx-oss-date:20240517T080910Z\n"
        "\n\nUNSIGNED-PAYLOAD"
    )
    bucket = sign_v4_headers(
        "GET", bucket="examplebucket", region="cn-hangzhou", **KEYS
    )
    assert bucket.canonical_request.split("\n")[1] == "/examplebucket/"
    epoch = sign_v4_headers(
        "GET", region="cn-hangzhou", **{**KEYS, "when": WHEN.timestamp()}
    )
    assert epoch == service


# ------------------------------------------------------------------------------ validation

VALID = ["abc", "a-b", "1bucket", "a" * 63, "0-0", "a--b"]
INVALID = [
    "ab",
    "a" * 64,
    "",
    "Abc",
    "ab_c",
    "-abc",
    "abc-",
    "a.b",
    "ab c",
    "ünï",
    "abc\n",
]
COMMON: dict[str, Any] = {"access_key_id": "id", "access_key_secret": "x", "when": 0}


@pytest.mark.parametrize("name", VALID + INVALID)
def test_bucket_names(name: str) -> None:
    if name in VALID:
        assert s.validate_bucket_name(name) == name
        return
    with pytest.raises(ValueError, match="3-63 characters") as info:
        s.validate_bucket_name(name)
    assert repr(name) in str(info.value)


def test_input_errors() -> None:
    hz: dict[str, Any] = {**COMMON, "region": "cn-hangzhou"}
    with pytest.raises(
        ValueError, match=r"without the 'oss-' endpoint prefix, e\.g\. 'cn-hangzhou'"
    ):
        sign_v4_headers("GET", bucket="abc", **{**hz, "region": "oss-cn-hangzhou"})
    with pytest.raises(ValueError, match="invalid region"):
        presign_v4("GET", bucket="abc", key="k", **{**hz, "region": "CN_Hangzhou"})
    with pytest.raises(ValueError, match="naive datetime"):
        sign_v4_headers("GET", **{**hz, "when": dt.datetime(2024, 1, 1)})
    with pytest.raises(TypeError, match="epoch"):
        sign_v4_headers("GET", **{**hz, "when": "2024"})
    with pytest.raises(ValueError, match="needs a bucket"):
        sign_v4_headers("GET", key="k", **hz)
    with pytest.raises(ValueError, match="uppercase"):
        sign_v4_headers("get", **hz)
    with pytest.raises(ValueError, match="given twice"):
        sign_v4_headers("GET", headers={"X-Oss-Meta-A": "1", "x-oss-meta-a": "2"}, **hz)
    with pytest.raises(ValueError, match="given twice"):
        presign_v4("GET", bucket="abc", key="k", query=[("a", "1"), ("a", "2")], **hz)
    with pytest.raises(ValueError, match="set by the presigner"):
        presign_v1("GET", bucket="abc", key="k", query={"Expires": "1"}, **COMMON)
    with pytest.raises(ValueError, match="at most 1024"):
        sign_v4_headers("GET", bucket="abc", key="k" * 1025, **hz)
    with pytest.raises(ValueError, match="non-empty"):
        sign_v4_headers("GET", **{**hz, "access_key_secret": ""})


def test_query_rules() -> None:
    hz: dict[str, Any] = {**COMMON, "region": "cn-hangzhou"}
    a = sign_v4_headers("GET", bucket="abc", query={"acl": None}, **hz)
    b = sign_v4_headers("GET", bucket="abc", query=[("acl", "")], **hz)
    assert a.signature == b.signature
    assert a.canonical_request.split("\n")[2] == "acl"
    q = s.canonical_query_v4([("b", "2"), ("a", "z"), ("b", "1"), ("%", "")])
    assert q == "%25&a=z&b=1&b=2"


def test_v1_process_parameter_differs_between_flavors() -> None:
    """oss2 signs x-oss-process as a sub-resource, oss-v2 does not."""
    kw: dict[str, Any] = {
        "bucket": "abc",
        "key": "i.jpg",
        "query": {"x-oss-process": "image/resize,w_1"},
        **COMMON,
    }
    assert sign_v1_headers("GET", **kw).string_to_sign.endswith("/abc/i.jpg")
    assert sign_v1_headers("GET", flavor="oss2", **kw).string_to_sign.endswith(
        "/abc/i.jpg?x-oss-process=image/resize,w_1"
    )


def test_presign_limits() -> None:
    common: dict[str, Any] = {
        "bucket": "abc",
        "key": "k",
        "region": "cn-hangzhou",
        **KEYS,
    }
    ok = presign_v4("GET", expires=604800, **common)
    assert "x-oss-expires=604800" in ok.query
    assert ok.expires_at - ok.signing_time == dt.timedelta(days=7)
    assert (
        "x-oss-expires=900&" in presign_v4("GET", **common).query
    )  # 15 min by default
    with pytest.raises(ValueError, match=r"604800 seconds \(7 days\)"):
        presign_v4("GET", expires=604801, **common)
    with pytest.raises(ValueError, match="604800"):
        presign_v4("GET", expires=dt.timedelta(days=8), **common)
    with pytest.raises(ValueError, match="positive"):
        presign_v4("GET", expires=0, **common)
    with pytest.raises(ValueError, match="set by the presigner"):
        presign_v4("GET", query={"x-oss-signature": "x"}, **common)


def test_presign_v1_expires_is_absolute() -> None:
    q = presign_v1(
        "GET", bucket="abc", key="k", access_key_id=AK, access_key_secret=SK,
        when=1_700_000_000.9, expires=60,
    )  # fmt: skip
    assert "Expires=1700000060&" in q.query
    assert q.string_to_sign == "GET\n\n\n1700000060\n/abc/k"
