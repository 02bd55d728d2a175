"""Input checks: clear ValueErrors, and bucket rules agreeing with both SDKs."""

from __future__ import annotations

import datetime as dt
from typing import Any

import oss2.utils
import pytest
from acs_core.signing.oss_common import (
    OSS2_V1_SUBRESOURCES,
    OSSV2_V1_OPERATION_SUBRESOURCES,
    OSSV2_V1_SUBRESOURCES,
    canonical_query_v4,
    validate_bucket_name,
)
from acs_core.signing.oss_v1 import presign_v1, sign_v1_headers
from acs_core.signing.oss_v4 import presign_v4, sign_v4_headers
from alibabacloud_oss_v2 import validation

NAMES = [
    "abc", "a-b", "1bucket", "a" * 63, "0-0", "ab", "a" * 64, "", "Abc", "ab_c",
    "-abc", "abc-", "a.b", "ab c", "ünï", "abc\n", "a--b",
]  # fmt: skip
COMMON: dict[str, Any] = {
    "access_key_id": "id",
    "access_key_secret": "secret",
    "region": "cn-hangzhou",
    "when": 0,
}


def test_bucket_rules_agree_with_sdks() -> None:
    for name in NAMES:
        _agree(name)


def _agree(name: str) -> None:
    ok = oss2.utils.is_valid_bucket_name(name)
    assert ok == validation.is_valid_bucket_name(name)
    if ok:
        assert validate_bucket_name(name) == name
    else:
        with pytest.raises(ValueError, match="3-63 characters") as info:
            validate_bucket_name(name)
        assert repr(name) in str(info.value)
        with pytest.raises(ValueError, match="invalid bucket name"):
            sign_v4_headers("GET", bucket=name, **COMMON)


def test_region_errors() -> None:
    with pytest.raises(
        ValueError, match=r"without the 'oss-' endpoint prefix, e\.g\. 'cn-hangzhou'"
    ):
        sign_v4_headers("GET", bucket="abc", **{**COMMON, "region": "oss-cn-hangzhou"})
    with pytest.raises(ValueError, match="invalid region"):
        presign_v4("GET", bucket="abc", key="k", **{**COMMON, "region": "CN_Hangzhou"})


def test_other_errors() -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        sign_v4_headers("GET", **{**COMMON, "when": dt.datetime(2024, 1, 1)})
    with pytest.raises(TypeError, match="epoch"):
        sign_v4_headers("GET", **{**COMMON, "when": "2024"})
    with pytest.raises(ValueError, match="needs a bucket"):
        sign_v4_headers("GET", key="k", **COMMON)
    with pytest.raises(ValueError, match="uppercase"):
        sign_v4_headers("get", **COMMON)
    with pytest.raises(ValueError, match="given twice"):
        sign_v4_headers(
            "GET", headers={"X-Oss-Meta-A": "1", "x-oss-meta-a": "2"}, **COMMON
        )
    with pytest.raises(ValueError, match="given twice"):
        presign_v4(
            "GET", bucket="abc", key="k", query=[("a", "1"), ("a", "2")], **COMMON
        )
    with pytest.raises(ValueError, match="set by the presigner"):
        presign_v1(
            "GET",
            bucket="abc",
            key="k",
            query={"Expires": "1"},
            access_key_id="id",
            access_key_secret="x",
        )
    with pytest.raises(ValueError, match="at most 1024"):
        sign_v4_headers("GET", bucket="abc", key="k" * 1025, **COMMON)
    with pytest.raises(ValueError, match="non-empty"):
        sign_v4_headers("GET", **{**COMMON, "access_key_secret": ""})


def test_empty_and_none_query_values_sign_alike() -> None:
    a = sign_v4_headers("GET", bucket="abc", query={"acl": None}, **COMMON)
    b = sign_v4_headers("GET", bucket="abc", query=[("acl", "")], **COMMON)
    assert a.signature == b.signature
    assert a.canonical_request.split("\n")[2] == "acl"


def test_duplicate_query_names_sorted_by_value_like_oss_v2() -> None:
    q = canonical_query_v4([("b", "2"), ("a", "z"), ("b", "1"), ("%", "")])
    assert q == "%25&a=z&b=1&b=2"


def test_v1_process_param_differs_between_flavors() -> None:
    """oss2 signs x-oss-process as a sub-resource, oss-v2 does not (unless
    the operation declares it): V1 signatures differ for image processing."""
    kw: dict[str, Any] = {
        "bucket": "abc",
        "key": "i.jpg",
        "query": {"x-oss-process": "image/resize,w_1"},
        "access_key_id": "id",
        "access_key_secret": "x",
        "when": 0,
    }
    v2 = sign_v1_headers("GET", **kw)
    o2 = sign_v1_headers("GET", flavor="oss2", **kw)
    assert v2.string_to_sign.endswith("/abc/i.jpg")
    assert o2.string_to_sign.endswith("/abc/i.jpg?x-oss-process=image/resize,w_1")


def test_subresource_lists_are_the_sdks() -> None:
    import re
    from pathlib import Path

    import alibabacloud_oss_v2
    import oss2.auth
    from alibabacloud_oss_v2.signer.v1 import SignerV1

    oss2_list = oss2.auth.ProviderAuth._subresource_key_set
    v2_list = SignerV1._subresource_key_set
    assert oss2_list == OSS2_V1_SUBRESOURCES
    assert v2_list == OSSV2_V1_SUBRESOURCES
    ops = Path(alibabacloud_oss_v2.__file__).parent / "operations"
    declared: set[str] = set()
    for f in ops.glob("*.py"):
        for m in re.finditer(r"'sub-resource':\s*\[([^\]]*)\]", f.read_text()):
            declared |= set(re.findall(r"'([^']+)'", m.group(1)))
    assert declared == OSSV2_V1_OPERATION_SUBRESOURCES
