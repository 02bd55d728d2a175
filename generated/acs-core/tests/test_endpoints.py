"""Where a client sends (the region's endpoint, an account-scoped one, `endpoint=`), REST-style
form bodies as the official SDKs encode them, and answers that are bytes."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

import pytest

from acs_core.client.endpoints import resolve_endpoint
from acs_core.errors import ConfigurationError
from acs_core.info import ServiceInfo
from acs_core.model import BINARY
from acs_core.signing import form_body


def service(host_prefix: str | None = None) -> ServiceInfo:
    return ServiceInfo(
        product="demo",
        api_version="ip_1.0",
        endpoints={"cn-hangzhou": "cn-hangzhou.demo.aliyuncs.com"},
        protocol="https",
        default_signature="v3",
        supported_signatures=("v3",),
        error_kinds={},
        style="ROA",
        host_prefix=host_prefix,
    )


def test_the_region_s_endpoint_or_the_caller_s() -> None:
    plain = service()
    assert resolve_endpoint(plain, "cn-hangzhou", None, None) == (
        "https://cn-hangzhou.demo.aliyuncs.com",
        "cn-hangzhou.demo.aliyuncs.com",
    )
    assert resolve_endpoint(plain, "cn-hangzhou", "http://127.0.0.1:8/x", None) == (
        "http://127.0.0.1:8",
        "127.0.0.1:8",
    )
    with pytest.raises(ConfigurationError, match="no endpoint in region 'us-east-1'"):
        resolve_endpoint(plain, "us-east-1", None, None)
    with pytest.raises(ConfigurationError, match="not scoped to an account"):
        resolve_endpoint(plain, "cn-hangzhou", None, "123")


def test_an_account_scoped_endpoint_starts_with_the_account() -> None:
    scoped = service("account_id")
    assert resolve_endpoint(scoped, "cn-hangzhou", None, "1234567890") == (
        "https://1234567890.cn-hangzhou.demo.aliyuncs.com",
        "1234567890.cn-hangzhou.demo.aliyuncs.com",
    )
    assert resolve_endpoint(scoped, "cn-hangzhou", "h.example", None)[1] == "h.example"
    with pytest.raises(ConfigurationError, match="pass account_id="):
        resolve_endpoint(scoped, "cn-hangzhou", None, None)
    for bad in ("12.3", "acct", "\uff11\uff12"):  # a label of ASCII digits only
        with pytest.raises(ConfigurationError, match="digits"):
            resolve_endpoint(scoped, "cn-hangzhou", None, bad)


@pytest.mark.parametrize(
    "fields",
    [
        [("b", "x y"), ("a", "1+1=2")],
        [("Name", "é~*/?&="), ("Empty", "")],
        [("Page", '{"PageNumber":1,"PageSize":10}')],
    ],
)
def test_a_form_body_is_what_the_sdks_form_encoder_writes(
    fields: list[tuple[str, str]],
) -> None:
    body = form_body(fields)
    assert body == urlencode(sorted(fields))  # darabonba's Form.to_form_string
    assert parse_qsl(body, keep_blank_values=True) == sorted(fields)


def test_a_binary_answer_is_the_body_itself() -> None:
    assert BINARY.from_dict(b"\x00\xffbytes") == b"\x00\xffbytes"
    assert BINARY.json_type is bytes and repr(BINARY) == "BINARY"
