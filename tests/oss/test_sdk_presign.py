"""Presigned URLs equal the SDKs' byte for byte (whole URL string)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import alibabacloud_oss_v2 as oss
import pytest
from acs_core.oss.addressing import build_address
from acs_core.signing.oss_common import PresignedQuery
from acs_core.signing.oss_v1 import presign_v1
from acs_core.signing.oss_v4 import presign_v4
from oss_cases import TIMES
from oss_sdk import (
    AK,
    ENDPOINT,
    REGION,
    SK,
    TOKEN,
    OssClock,
    oss2_sign_url,
    query_dict,
    v2_client,
    v2_sign,
)

B = "examplebucket"

PRESIGN_CASES: list[tuple[str, str, str, dict[str, str], dict[str, str]]] = [
    ("get", "GET", "exampleobject.txt", {}, {}),
    ("get-dir-key", "GET", "dir/sub dir/a+b%c.txt", {}, {}),
    ("get-unicode", "GET", "目录/файл 😀.txt", {}, {}),
    ("get-dotdot", "GET", "a/../b", {}, {}),
    (
        "get-overrides",
        "GET",
        "r.pdf",
        {
            "response-content-disposition": 'attachment; filename="x y.pdf"',
            "response-content-type": "application/pdf",
        },
        {},
    ),
    ("get-process", "GET", "i.jpg", {"x-oss-process": "image/resize,w_50"}, {}),
    (
        "put",
        "PUT",
        "upload/target.bin",
        {},
        {"Content-Type": "application/octet-stream"},
    ),
    (
        "put-meta",
        "PUT",
        "u.txt",
        {},
        {
            "Content-Type": "text/plain",
            "Content-MD5": "1B2M2Y8AsgTpgAmY7PhCfg==",
            "x-oss-meta-owner": "bob",
            "x-oss-object-acl": "private",
        },
    ),
    ("upload-part", "PUT", "big", {"partNumber": "2", "uploadId": "UP/ID+1"}, {}),
    ("initiate", "POST", "big", {"uploads": ""}, {}),
    ("head", "HEAD", "k", {}, {}),
    ("empty-value", "GET", "k", {"acl": "", "x": ""}, {}),
]
IDS = [c[0] for c in PRESIGN_CASES]


def _ours_v4(
    method: str,
    key: str,
    params: dict[str, str],
    headers: dict[str, str],
    when: dt.datetime,
    expires: int,
    token: str | None,
    **kw: Any,
) -> PresignedQuery:
    return presign_v4(
        method,
        bucket=B,
        key=key,
        query=params,
        headers=headers,
        access_key_id=AK,
        access_key_secret=SK,
        security_token=token,
        region=REGION,
        when=when,
        expires=expires,
        **kw,
    )


def _ours_v1(
    method: str,
    key: str,
    params: dict[str, str],
    headers: dict[str, str],
    when: dt.datetime,
    expires: int,
    token: str | None,
    **kw: Any,
) -> PresignedQuery:
    return presign_v1(
        method,
        bucket=B,
        key=key,
        query=params,
        headers=headers,
        access_key_id=AK,
        access_key_secret=SK,
        security_token=token,
        when=when,
        expires=expires,
        **kw,
    )


@pytest.mark.parametrize(
    ("name", "method", "key", "params", "headers"), PRESIGN_CASES, ids=IDS
)
def test_presign_v4_equals_oss_v2_signer(
    name: str,
    method: str,
    key: str,
    params: dict[str, str],
    headers: dict[str, str],
) -> None:
    for token in (None, TOKEN):
        when = TIMES[0]
        expiration = when + dt.timedelta(seconds=3600)
        req = v2_sign(
            method,
            B,
            key,
            params,
            headers,
            when=when,
            token=token,
            query_auth=True,
            expiration=expiration,
        )
        ours = _ours_v4(method, key, params, headers, when, 3600, token)
        base = build_address(endpoint=ENDPOINT, bucket=B, key=key).base_url
        assert ours.url(base) == req.url


@pytest.mark.parametrize(
    ("name", "method", "key", "params", "headers"), PRESIGN_CASES, ids=IDS
)
def test_presign_v4_equals_oss2_sign_url(
    name: str,
    method: str,
    key: str,
    params: dict[str, str],
    headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for token in (None, TOKEN):
        when = TIMES[1]
        OssClock(monkeypatch, when)
        url = oss2_sign_url(method, B, key, params, headers, 600, token=token)
        ours = _ours_v4(method, key, params, headers, when, 600, token, flavor="oss2")
        base = build_address(
            endpoint=ENDPOINT, bucket=B, key=key, flavor="oss2"
        ).base_url
        assert ours.url(base) == url


@pytest.mark.parametrize(
    ("name", "method", "key", "params", "headers"), PRESIGN_CASES, ids=IDS
)
def test_presign_v1_equals_oss_v2_signer(
    name: str,
    method: str,
    key: str,
    params: dict[str, str],
    headers: dict[str, str],
) -> None:
    for token in (None, TOKEN):
        when = TIMES[0]
        expiration = when + dt.timedelta(seconds=900)
        req = v2_sign(
            method,
            B,
            key,
            params,
            headers,
            when=when,
            token=token,
            v1=True,
            query_auth=True,
            expiration=expiration,
        )
        ours = _ours_v1(method, key, params, headers, when, 900, token)
        base = build_address(endpoint=ENDPOINT, bucket=B, key=key).base_url
        assert ours.url(base) == req.url


@pytest.mark.parametrize(
    ("name", "method", "key", "params", "headers"), PRESIGN_CASES, ids=IDS
)
def test_presign_v1_equals_oss2_sign_url(
    name: str,
    method: str,
    key: str,
    params: dict[str, str],
    headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for token in (None, TOKEN):
        when = TIMES[1]
        OssClock(monkeypatch, when)
        url = oss2_sign_url(method, B, key, params, headers, 300, v4=False, token=token)
        ours = _ours_v1(method, key, params, headers, when, 300, token, flavor="oss2")
        base = build_address(
            endpoint=ENDPOINT, bucket=B, key=key, flavor="oss2"
        ).base_url
        assert ours.url(base) == url


def test_presign_v4_additional_headers_equal_both(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    when = TIMES[0]
    headers = {
        "Host": "examplebucket.oss-cn-hangzhou.aliyuncs.com",
        "Range": "bytes=1-2",
    }
    names = ["host", "range"]
    req = v2_sign(
        "GET",
        B,
        "k",
        {},
        headers,
        when=when,
        query_auth=True,
        expiration=when + dt.timedelta(seconds=60),
        additional=names,
    )
    ours = presign_v4(
        "GET",
        bucket=B,
        key="k",
        headers=headers,
        access_key_id=AK,
        access_key_secret=SK,
        region=REGION,
        when=when,
        expires=60,
        additional_headers=names,
    )
    assert "x-oss-additional-headers=host%3Brange" in ours.query
    assert (
        ours.url(build_address(endpoint=ENDPOINT, bucket=B, key="k").base_url)
        == req.url
    )
    OssClock(monkeypatch, when)
    url = oss2_sign_url("GET", B, "k", {}, headers, 60, additional=names)
    ours2 = presign_v4(
        "GET",
        bucket=B,
        key="k",
        headers=headers,
        access_key_id=AK,
        access_key_secret=SK,
        region=REGION,
        when=when,
        expires=60,
        additional_headers=names,
        flavor="oss2",
    )
    assert (
        ours2.url(
            build_address(endpoint=ENDPOINT, bucket=B, key="k", flavor="oss2").base_url
        )
        == url
    )
    assert ours2.signature == ours.signature


def test_oss2_slash_safe_sign_url(monkeypatch: pytest.MonkeyPatch) -> None:
    when = TIMES[0]
    OssClock(monkeypatch, when)
    url = oss2_sign_url("GET", B, "a/b c/d", {}, {}, 60, slash_safe=True)
    ours = presign_v4(
        "GET",
        bucket=B,
        key="a/b c/d",
        access_key_id=AK,
        access_key_secret=SK,
        region=REGION,
        when=when,
        expires=60,
        flavor="oss2",
    )
    base = build_address(
        endpoint=ENDPOINT, bucket=B, key="a/b c/d", flavor="oss2", keep_slash=True
    ).base_url
    assert ours.url(base) == url


# ------------------------------------------------------------- public client.presign


@pytest.mark.parametrize("v1", [False, True], ids=["v4", "v1"])
@pytest.mark.parametrize("token", [None, TOKEN], ids=["ak", "sts"])
def test_oss_v2_client_presign_get_put(v1: bool, token: str | None) -> None:
    client = v2_client(v1=v1, token=token)
    for request, method, headers in (
        (oss.GetObjectRequest(bucket=B, key="dir/get me.txt"), "GET", {}),
        (
            oss.PutObjectRequest(
                bucket=B,
                key="dir/put me.txt",
                content_type="text/plain",
                metadata={"k1": "v1"},
            ),
            "PUT",
            {"Content-Type": "text/plain", "x-oss-meta-k1": "v1"},
        ),
    ):
        result = client.presign(request, expires=dt.timedelta(minutes=30))
        q = query_dict(result.url)
        base = build_address(endpoint=ENDPOINT, bucket=B, key=request.key).base_url
        if v1:
            expires_at = int(q["Expires"])
            ours = presign_v1(
                method,
                bucket=B,
                key=request.key,
                headers=headers,
                access_key_id=AK,
                access_key_secret=SK,
                security_token=token,
                when=expires_at - 1800,
                expires=1800,
            )
        else:
            when = dt.datetime.strptime(q["x-oss-date"], "%Y%m%dT%H%M%SZ").replace(
                tzinfo=dt.UTC
            )
            ours = presign_v4(
                method,
                bucket=B,
                key=request.key,
                headers=headers,
                access_key_id=AK,
                access_key_secret=SK,
                security_token=token,
                region=REGION,
                when=when,
                expires=int(q["x-oss-expires"]),
            )
            # oss-v2 computes the lifetime from two clock reads: 1799, not 1800
            assert q["x-oss-expires"] in ("1799", "1800")
        assert ours.url(base) == result.url
        assert dict(result.signed_headers or {}) == dict(ours.signed_headers)


def test_oss_v2_client_presign_refuses_over_7_days() -> None:
    client = v2_client()
    req = oss.GetObjectRequest(bucket=B, key="k")
    client.presign(req, expires=dt.timedelta(days=7))
    with pytest.raises(oss.exceptions.PresignExpirationError, match="604800"):
        client.presign(req, expires=dt.timedelta(days=7, seconds=1))


def test_presign_v4_expiry_limits() -> None:
    common: dict[str, Any] = {
        "bucket": B,
        "key": "k",
        "access_key_id": AK,
        "access_key_secret": SK,
        "region": REGION,
        "when": TIMES[0],
    }
    ok = presign_v4("GET", expires=604800, **common)
    assert "x-oss-expires=604800" in ok.query
    assert ok.expires_at - ok.signing_time == dt.timedelta(days=7)
    assert "x-oss-expires=900&" in presign_v4("GET", **common).query  # default 15 min
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
        "GET",
        bucket=B,
        key="k",
        access_key_id=AK,
        access_key_secret=SK,
        when=1_700_000_000.9,
        expires=60,
    )
    assert "Expires=1700000060&" in q.query
    assert q.string_to_sign == "GET\n\n\n1700000060\n/examplebucket/k"
