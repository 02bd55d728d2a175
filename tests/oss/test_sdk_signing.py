"""acs-core's OSS header signatures equal the official SDKs' signers byte for byte.

Both SDKs sign through their own request builders (`oss_sdk`); acs-core is given the same
logical inputs (method, bucket, key, raw query, user headers), at three times (one given in
+08:00), with an access key and with an STS token.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from acs_core.signing.oss_v1 import sign_v1_headers
from acs_core.signing.oss_v4 import sign_v4_headers
from oss_cases import CASES, TIMES, Case
from oss_sdk import AK, REGION, SK, TOKEN, OssClock, oss2_sign, v2_sign

IDS = [c.id for c in CASES]
TOKENS = [None, TOKEN]


def ours_v4(case: Case, when: dt.datetime, **kw: Any) -> Any:
    return sign_v4_headers(
        case.method, bucket=case.bucket, key=case.key, query=case.params,
        headers=case.headers, access_key_id=AK, access_key_secret=SK,
        region=kw.pop("region", REGION), when=when, **kw,
    )  # fmt: skip


def ours_v1(case: Case, when: dt.datetime, **kw: Any) -> Any:
    return sign_v1_headers(
        case.method, bucket=case.bucket, key=case.key, query=case.params,
        headers=case.headers, access_key_id=AK, access_key_secret=SK, when=when, **kw,
    )  # fmt: skip


def same(ours: Any, theirs: Any, authorization: str) -> None:
    assert ours.authorization == theirs.headers[authorization]
    for name, value in ours.headers.items():
        assert theirs.headers[name] == value, name


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_v4_equals_both_sdks(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    for when in TIMES:
        OssClock(monkeypatch, when)
        for token in TOKENS:
            v2 = v2_sign(
                case.method, case.bucket, case.key, case.params, case.headers,
                when=when, token=token,
            )  # fmt: skip
            ours = ours_v4(case, when, security_token=token)
            same(ours, v2, "Authorization")
            o2 = oss2_sign(
                case.method,
                case.bucket,
                case.key,
                case.params,
                case.headers,
                token=token,
            )
            ours2 = ours_v4(case, when, security_token=token, flavor="oss2")
            same(ours2, o2, "authorization")
            # the flavors differ only in the layout of Authorization
            assert ours2.signature == ours.signature


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_v1_equals_both_sdks(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    for when in TIMES[:2]:
        OssClock(monkeypatch, when)
        for token in TOKENS:
            v2 = v2_sign(
                case.method, case.bucket, case.key, case.params, case.headers,
                when=when, token=token, v1=True, sub_resource=case.v2_sub_resource,
            )  # fmt: skip
            ours = ours_v1(
                case,
                when,
                security_token=token,
                extra_subresources=case.v2_sub_resource,
            )
            same(ours, v2, "Authorization")
            o2 = oss2_sign(
                case.method, case.bucket, case.key, case.params, case.headers,
                v4=False, token=token,
            )  # fmt: skip
            same(
                ours_v1(case, when, security_token=token, flavor="oss2"),
                o2,
                "authorization",
            )


ADDITIONAL = [
    (["host"], {"Host": "examplebucket.oss-cn-hangzhou.aliyuncs.com"}),
    (["host", "range"], {"Host": "h.example.com", "Range": "bytes=0-1"}),
    (
        ["Range", "If-Match", "x-oss-meta-a", "content-type"],
        {
            "range": "bytes=5-",
            "if-match": '"e"',
            "x-oss-meta-a": "1",
            "Content-Type": "a/b",
        },
    ),
]


def test_v4_additional_headers_equal_both(monkeypatch: pytest.MonkeyPatch) -> None:
    when = TIMES[0]
    OssClock(monkeypatch, when)
    common: dict[str, Any] = {
        "bucket": "examplebucket", "key": "k", "query": {"acl": ""},
        "access_key_id": AK, "access_key_secret": SK, "region": REGION, "when": when,
    }  # fmt: skip
    for names, headers in ADDITIONAL:
        v2 = v2_sign(
            "GET",
            "examplebucket",
            "k",
            {"acl": ""},
            headers,
            when=when,
            additional=names,
        )
        ours = sign_v4_headers(
            "GET", headers=headers, additional_headers=names, **common
        )
        assert ours.authorization == v2.headers["Authorization"]
        assert "AdditionalHeaders=" in ours.authorization
        o2 = oss2_sign(
            "GET", "examplebucket", "k", {"acl": ""}, headers, additional=names
        )
        ours2 = sign_v4_headers(
            "GET", headers=headers, additional_headers=names, flavor="oss2", **common
        )
        assert ours2.authorization == o2.headers["authorization"]
    # an additional header that is absent or empty is dropped, as oss-v2 drops it
    v2 = v2_sign(
        "GET",
        "examplebucket",
        "k",
        {},
        {"Range": ""},
        when=when,
        additional=["host", "range"],
    )
    ours = sign_v4_headers(
        "GET", bucket="examplebucket", key="k", headers={"Range": ""}, access_key_id=AK,
        access_key_secret=SK, region=REGION, when=when, additional_headers=["host", "range"],
    )  # fmt: skip
    assert ours.authorization == v2.headers["Authorization"]
    assert "AdditionalHeaders" not in ours.authorization


def test_v4_regions(monkeypatch: pytest.MonkeyPatch) -> None:
    when = TIMES[0]
    OssClock(monkeypatch, when)
    for region in (
        "cn-hangzhou",
        "us-west-1",
        "ap-southeast-1",
        "cn-shanghai-finance-1",
    ):
        v2 = v2_sign("GET", "examplebucket", "k", {}, {}, when=when, region=region)
        ours = sign_v4_headers(
            "GET", bucket="examplebucket", key="k", access_key_id=AK,
            access_key_secret=SK, region=region, when=when,
        )  # fmt: skip
        assert ours.authorization == v2.headers["Authorization"]
        assert f"/{region}/oss/aliyun_v4_request," in ours.authorization
        o2 = oss2_sign("GET", "examplebucket", "k", {}, {}, region=region)
        assert o2.headers["authorization"].split("Signature=")[1] == ours.signature
