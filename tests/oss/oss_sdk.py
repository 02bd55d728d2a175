"""Reference signatures from the official SDKs, called as they call themselves.

* oss-v2: the client's own ``build_request_context`` builds the HttpRequest
  (URL, query encoding, headers) and its ``SignerV4``/``SignerV1`` signs it
  with ``SigningContext.signing_time`` fixed.
* oss2: ``Bucket._make_url`` builds the URL, ``oss2.http.Request`` holds it,
  and the auth object's ``_sign_request``/``_sign_url`` signs it; the clock
  oss2 reads (``datetime.utcnow``, ``time.time``, ``utils.http_date``) is
  pinned with pytest's monkeypatch.
"""

from __future__ import annotations

import copy
import datetime as dt
import email.utils
import types
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import alibabacloud_oss_v2 as oss
import oss2
import oss2.auth
import oss2.utils
import pytest
from alibabacloud_oss_v2.signer import SignerV1, SignerV4
from alibabacloud_oss_v2.types import Credentials, OperationInput
from requests.structures import CaseInsensitiveDict

AK = "LTAI5tExampleAccessKeyId"
SK = "ExampleAccessKeySecret+/="
TOKEN = "CAIS+Example/STS.Token==WithPlus+Slash/Equals="
REGION = "cn-hangzhou"
ENDPOINT = "oss-cn-hangzhou.aliyuncs.com"


def v2_config(
    endpoint: str | None = ENDPOINT,
    *,
    v1: bool = False,
    token: str | None = None,
    region: str = REGION,
    **extra: Any,
) -> oss.config.Config:
    cfg = oss.config.load_default()
    cfg.region = region
    cfg.endpoint = endpoint
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(AK, SK, token)
    cfg.signature_version = "v1" if v1 else "v4"
    cfg.retry_max_attempts = 1
    cfg.connect_timeout = 5
    cfg.readwrite_timeout = 10
    for k, v in extra.items():
        setattr(cfg, k, v)
    return cfg


def v2_client(endpoint: str | None = ENDPOINT, **kw: Any) -> oss.Client:
    return oss.Client(v2_config(endpoint, **kw))


def v2_sign(
    method: str,
    bucket: str | None,
    key: str | None,
    params: Mapping[str, str] | None,
    headers: Mapping[str, str] | None,
    *,
    when: dt.datetime,
    v1: bool = False,
    token: str | None = None,
    region: str = REGION,
    additional: Sequence[str] | None = None,
    sub_resource: Sequence[str] = (),
    query_auth: bool = False,
    expiration: dt.datetime | None = None,
    endpoint: str = ENDPOINT,
) -> Any:
    """Return the signed oss-v2 HttpRequest (url, headers)."""
    client = v2_client(endpoint, v1=v1, token=token, region=region)
    impl = client._client
    op = OperationInput(
        op_name="Test",
        method=method,
        bucket=bucket,
        key=key,
        headers=CaseInsensitiveDict(dict(headers or {})),
        parameters=dict(params or {}),
        op_metadata={"sub-resource": list(sub_resource)},
    )
    options = copy.copy(impl._options)
    impl.verify_operation(op, options)
    ctx = impl.build_request_context(op, options, impl._inner)
    ctx.credentials = Credentials(AK, SK, token)
    ctx.signing_time = when
    ctx.additional_headers = set(additional) if additional is not None else None
    if query_auth:
        ctx.auth_method_query = True
        ctx.expiration_time = expiration
    (SignerV1() if v1 else SignerV4()).sign(ctx)
    return ctx.request


class OssClock:
    """Pin the clock oss2's signers read."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, when: dt.datetime) -> None:
        epoch = when.timestamp()
        naive = when.astimezone(dt.UTC).replace(tzinfo=None)

        class _FixedDatetime(dt.datetime):
            @classmethod
            def utcnow(cls) -> dt.datetime:  # type: ignore[override]
                return naive

        monkeypatch.setattr(oss2.auth, "datetime", _FixedDatetime)
        monkeypatch.setattr(
            oss2.auth, "time", types.SimpleNamespace(time=lambda: epoch)
        )
        monkeypatch.setattr(
            oss2.utils,
            "http_date",
            lambda timeval=None: email.utils.formatdate(
                epoch if timeval is None else timeval, usegmt=True
            ),
        )


def oss2_auth(v4: bool, token: str | None = None) -> Any:
    provider = oss2.credentials.StaticCredentialsProvider(AK, SK, token)
    return oss2.ProviderAuthV4(provider) if v4 else oss2.ProviderAuth(provider)


def oss2_request(
    method: str,
    bucket: str | None,
    key: str | None,
    params: Mapping[str, str] | None,
    headers: Mapping[str, str] | None,
    *,
    region: str = REGION,
    endpoint: str = ENDPOINT,
    slash_safe: bool = False,
) -> tuple[Any, Any]:
    """An oss2.http.Request built the way oss2's Bucket/Service build it."""
    auth = oss2_auth(True)
    if bucket:
        b = oss2.Bucket(auth, endpoint, bucket, region=region)
    else:
        b = oss2.Service(auth, endpoint, region=region)
    url = b._make_url(bucket or "", key or "", slash_safe)
    req = oss2.http.Request(
        method,
        url,
        params=dict(params or {}),
        headers=oss2.CaseInsensitiveDict(dict(headers or {})),
        region=region,
        product="oss",
    )
    return b, req


def oss2_sign(
    method: str,
    bucket: str | None,
    key: str | None,
    params: Mapping[str, str] | None,
    headers: Mapping[str, str] | None,
    *,
    v4: bool = True,
    token: str | None = None,
    region: str = REGION,
    additional: Sequence[str] | None = None,
) -> Any:
    """Header-sign like ``Bucket._do`` -> ``auth._sign_request``."""
    _, req = oss2_request(method, bucket, key, params, headers, region=region)
    auth = oss2_auth(v4, token)
    if v4 and additional is not None:
        auth._sign_request(
            req, bucket or "", key or "", in_additional_headers=additional
        )
    else:
        auth._sign_request(req, bucket or "", key or "")
    return req


def oss2_sign_url(
    method: str,
    bucket: str,
    key: str,
    params: Mapping[str, str] | None,
    headers: Mapping[str, str] | None,
    expires: int,
    *,
    v4: bool = True,
    token: str | None = None,
    region: str = REGION,
    additional: Sequence[str] | None = None,
    slash_safe: bool = False,
) -> str:
    """``Bucket.sign_url`` itself."""
    b = oss2.Bucket(oss2_auth(v4, token), ENDPOINT, bucket, region=region)
    return str(
        b.sign_url(
            method,
            key,
            expires,
            headers=dict(headers) if headers else None,
            params=dict(params) if params else None,
            slash_safe=slash_safe,
            additional_headers=list(additional) if additional is not None else None,
        )
    )


def query_of(url: str) -> str:
    return urlsplit(url).query


def query_dict(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
