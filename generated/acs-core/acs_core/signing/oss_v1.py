"""OSS V1 (`OSS <id>:<base64 HMAC-SHA1>`) header signing and presigned URLs, as the official
SDKs sign: `METHOD\nContent-MD5\nContent-Type\nDate\n`, the `x-oss-*` headers and the raw
`/<bucket>/<key>` with its sorted sub-resources (whose list differs between the two SDKs).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Collection, Mapping
from datetime import datetime, timedelta, timezone

from .oss_common import (
    DEFAULT_PRESIGN_EXPIRES,
    OSS2_V1_SUBRESOURCES,
    OSSV2_V1_SUBRESOURCES,
    V1_PRESIGN_RESERVED,
    Flavor,
    PresignedQuery,
    QueryInput,
    SignedRequest,
    When,
    check_credentials,
    check_method,
    check_unique,
    expires_seconds,
    format_http_date,
    join_pairs,
    lower_headers,
    query_pairs,
    resource_path,
    to_utc,
    uri_encode,
)

__all__ = [
    "presign_v1",
    "sign_v1_headers",
    "v1_canonical_resource",
    "v1_string_to_sign",
]


def _subresource_set(
    flavor: Flavor,
    subresources: Collection[str] | None,
    extra_subresources: Collection[str],
) -> frozenset[str]:
    if subresources is None:
        subresources = (
            OSS2_V1_SUBRESOURCES if flavor == "oss2" else OSSV2_V1_SUBRESOURCES
        )
    return frozenset(subresources) | frozenset(extra_subresources)


def v1_canonical_resource(
    bucket: str | None,
    key: str | None,
    query: QueryInput | None,
    subresources: Collection[str],
) -> str:
    """``/bucket/key`` (raw, not encoded) + ``?``sorted sub-resources, if any."""
    path = resource_path(bucket, key)
    wanted = set(subresources)
    chosen = sorted((k, v) for k, v in query_pairs(query) if k in wanted)
    if not chosen:
        return path
    return f"{path}?{join_pairs(chosen)}"


def v1_string_to_sign(
    method: str, headers: Mapping[str, str] | None, date: str, resource: str
) -> str:
    """``VERB\\nContent-MD5\\nContent-Type\\nDate\\n`` + x-oss-* headers + resource."""
    lower = lower_headers(headers)
    oss_headers = "".join(
        f"{n}:{lower[n]}\n" for n in sorted(lower) if n.startswith("x-oss-")
    )
    return "\n".join(
        [
            method,
            lower.get("content-md5", ""),
            lower.get("content-type", ""),
            date,
            oss_headers + resource,
        ]
    )


def _hmac_sha1_b64(secret: str, text: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), text.encode("utf-8"), hashlib.sha1)
    return base64.b64encode(digest.digest()).decode("ascii")


def sign_v1_headers(
    method: str,
    *,
    bucket: str | None = None,
    key: str | None = None,
    query: QueryInput | None = None,
    headers: Mapping[str, str] | None = None,
    access_key_id: str,
    access_key_secret: str,
    security_token: str | None = None,
    when: When = None,
    subresources: Collection[str] | None = None,
    extra_subresources: Collection[str] = (),
    flavor: Flavor = "oss-v2",
) -> SignedRequest:
    """Sign with ``Authorization: OSS <id>:<base64 HMAC-SHA1>`` (V1).

    Returned headers: ``Date`` and ``Authorization``; with STS also the token
    header (``security-token`` for oss-v2, ``x-oss-security-token`` for oss2,
    which then is part of the signed headers). If ``headers`` has an
    ``x-oss-date``, both SDKs sign that instead of ``Date``.
    """
    method = check_method(method)
    check_credentials(access_key_id, access_key_secret)
    t = to_utc(when)
    date_name, auth_name = (
        ("date", "authorization")
        if flavor == "oss2"
        else (
            "Date",
            "Authorization",
        )
    )
    added: dict[str, str] = {}
    if security_token:
        token_name = "x-oss-security-token" if flavor == "oss2" else "security-token"
        added[token_name] = security_token
    added[date_name] = format_http_date(t)

    merged = lower_headers(headers)
    for name, value in added.items():
        merged[name.lower()] = value
    date = merged.get("x-oss-date") or merged["date"]
    resource = v1_canonical_resource(
        bucket, key, query, _subresource_set(flavor, subresources, extra_subresources)
    )
    to_sign = v1_string_to_sign(method, merged, date, resource)
    signature = _hmac_sha1_b64(access_key_secret, to_sign)
    auth = f"OSS {access_key_id}:{signature}"
    added[auth_name] = auth
    return SignedRequest(added, auth, signature, to_sign, "", t)


def presign_v1(
    method: str,
    *,
    bucket: str | None = None,
    key: str | None = None,
    query: QueryInput | None = None,
    headers: Mapping[str, str] | None = None,
    access_key_id: str,
    access_key_secret: str,
    security_token: str | None = None,
    when: When = None,
    expires: int | timedelta = DEFAULT_PRESIGN_EXPIRES,
    subresources: Collection[str] | None = None,
    extra_subresources: Collection[str] = (),
    flavor: Flavor = "oss-v2",
) -> PresignedQuery:
    """V1 presigned URL query: ``OSSAccessKeyId``, ``Expires`` (epoch seconds
    = ``when`` + ``expires``), ``Signature`` (and ``security-token``).

    The string to sign has ``Expires`` where the header form has ``Date``.
    The SDKs put no upper bound on a V1 lifetime; neither does this.
    """
    method = check_method(method)
    check_credentials(access_key_id, access_key_secret)
    seconds = expires_seconds(expires, None)
    t = to_utc(when)
    expires_at = int(t.timestamp()) + seconds

    user = query_pairs(query)
    check_unique(user, V1_PRESIGN_RESERVED)
    signed_pairs = list(user)
    if security_token:
        signed_pairs.append(("security-token", security_token))
    wanted = _subresource_set(flavor, subresources, extra_subresources)
    resource = v1_canonical_resource(
        bucket, key, signed_pairs, wanted | {"security-token"}
    )
    to_sign = v1_string_to_sign(method, headers, str(expires_at), resource)
    signature = _hmac_sha1_b64(access_key_secret, to_sign)

    encoded = [(uri_encode(k), uri_encode(v)) for k, v in user]
    token = [("security-token", uri_encode(security_token))] if security_token else []
    if flavor == "oss2":
        encoded += token
        encoded.append(("OSSAccessKeyId", uri_encode(access_key_id)))
        encoded.append(("Expires", str(expires_at)))
    else:
        encoded.append(("OSSAccessKeyId", access_key_id))
        encoded.append(("Expires", str(expires_at)))
        encoded += token
    encoded.append(("Signature", uri_encode(signature)))
    signed_headers = {
        n: v
        for n, v in (headers or {}).items()
        if n.lower() in ("content-type", "content-md5")
        or n.lower().startswith("x-oss-")
    }
    return PresignedQuery(
        query=join_pairs(encoded),
        signature=signature,
        string_to_sign=to_sign,
        canonical_request="",
        signing_time=t,
        expires_at=datetime.fromtimestamp(expires_at, timezone.utc),
        signed_headers=signed_headers,
    )
