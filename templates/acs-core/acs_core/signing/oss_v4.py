"""OSS V4 (`OSS4-HMAC-SHA256`) header signing and presigned URLs, as the official SDKs sign.

The canonical request is the method, the URI-encoded `/<bucket>/<key>` (slashes kept), the sorted
query, the `x-oss-*`, `content-type`, `content-md5` and additional headers, the additional header
names and the payload hash (`UNSIGNED-PAYLOAD`); the key is HMAC-SHA256 chained over date,
region, `oss` and `aliyun_v4_request` from `aliyun_v4` + secret. Presigned URLs carry the same
signature in their query and live at most 7 days.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import timedelta

from .oss_common import (
    DEFAULT_PRESIGN_EXPIRES,
    DEFAULT_PRODUCT,
    MAX_PRESIGN_EXPIRES,
    UNSIGNED_PAYLOAD,
    V4_ALGORITHM,
    V4_PRESIGN_RESERVED,
    Flavor,
    PresignedQuery,
    QueryInput,
    SignedRequest,
    When,
    canonical_request_v4,
    check_credentials,
    check_method,
    check_unique,
    expires_seconds,
    format_http_date,
    format_v4_datetime,
    hmac_hex,
    is_v4_default_signed,
    join_pairs,
    lower_headers,
    query_pairs,
    signing_key_v4,
    string_to_sign_v4,
    to_utc,
    uri_encode,
    v4_additional,
    v4_scope,
    validate_region,
)

__all__ = [
    "presign_v4",
    "sign_v4_headers",
]


def sign_v4_headers(
    method: str,
    *,
    bucket: str | None = None,
    key: str | None = None,
    query: QueryInput | None = None,
    headers: Mapping[str, str] | None = None,
    access_key_id: str,
    access_key_secret: str,
    security_token: str | None = None,
    region: str,
    product: str = DEFAULT_PRODUCT,
    when: When = None,
    additional_headers: Collection[str] = (),
    flavor: Flavor = "oss-v2",
) -> SignedRequest:
    """Sign a request in the ``Authorization`` header (V4).

    Returned ``headers`` must be added to ``headers`` before sending:
    ``x-oss-date``, ``x-oss-content-sha256: UNSIGNED-PAYLOAD`` (both SDKs always
    overwrite it), ``x-oss-security-token`` with STS, ``Authorization`` and,
    for oss-v2, an (unsigned) ``Date``. ``additional_headers`` (e.g. ``host``)
    are signed when present in ``headers`` with a non-empty value.
    """
    method = check_method(method)
    check_credentials(access_key_id, access_key_secret)
    region = validate_region(region)
    t = to_utc(when)
    stamp = format_v4_datetime(t)
    scope = v4_scope(stamp[:8], region, product)

    added: dict[str, str] = {"x-oss-date": stamp}
    if flavor == "oss-v2":
        added["Date"] = format_http_date(t)
    if security_token:
        added["x-oss-security-token"] = security_token
    added["x-oss-content-sha256"] = UNSIGNED_PAYLOAD

    merged = lower_headers(headers)
    for name, value in added.items():
        merged[name.lower()] = value
    extra = v4_additional(merged, additional_headers)

    canonical = canonical_request_v4(
        method, bucket, key, query, merged, additional_headers=extra
    )
    to_sign = string_to_sign_v4(stamp, scope, canonical)
    signature = hmac_hex(
        signing_key_v4(access_key_secret, stamp[:8], region, product), to_sign
    )
    credential = f"{access_key_id}/{scope}"
    if flavor == "oss2":
        auth = f"{V4_ALGORITHM} Credential={credential}, Signature={signature}"
        if extra:
            auth += f", AdditionalHeaders={';'.join(extra)}"
        added["authorization"] = auth
    else:
        auth = f"{V4_ALGORITHM} Credential={credential}"
        if extra:
            auth += f",AdditionalHeaders={';'.join(extra)}"
        auth += f",Signature={signature}"
        added["Authorization"] = auth
    return SignedRequest(added, auth, signature, to_sign, canonical, t)


def presign_v4(
    method: str,
    *,
    bucket: str | None = None,
    key: str | None = None,
    query: QueryInput | None = None,
    headers: Mapping[str, str] | None = None,
    access_key_id: str,
    access_key_secret: str,
    security_token: str | None = None,
    region: str,
    product: str = DEFAULT_PRODUCT,
    when: When = None,
    expires: int | timedelta = DEFAULT_PRESIGN_EXPIRES,
    additional_headers: Collection[str] = (),
    flavor: Flavor = "oss-v2",
) -> PresignedQuery:
    """V4 presigned URL query (``x-oss-signature-version=OSS4-HMAC-SHA256``...).

    ``expires`` is the lifetime in seconds, 1..604800; the URL carries it as
    ``x-oss-expires``. ``headers`` are signed as given (no x-oss-date header
    is added); the client using the URL must send the signed ones.
    """
    method = check_method(method)
    check_credentials(access_key_id, access_key_secret)
    region = validate_region(region)
    seconds = expires_seconds(expires, MAX_PRESIGN_EXPIRES)
    t = to_utc(when)
    stamp = format_v4_datetime(t)
    scope = v4_scope(stamp[:8], region, product)

    user = query_pairs(query)
    check_unique(user, V4_PRESIGN_RESERVED)
    lower = lower_headers(headers)
    extra = v4_additional(lower, additional_headers)

    credential = f"{access_key_id}/{scope}"
    fields: dict[str, str] = {
        "x-oss-signature-version": V4_ALGORITHM,
        "x-oss-date": stamp,
        "x-oss-expires": str(seconds),
        "x-oss-credential": credential,
    }
    if flavor == "oss2":
        order = [
            "x-oss-date",
            "x-oss-expires",
            "x-oss-signature-version",
            "x-oss-credential",
        ]
        if security_token:
            order.insert(0, "x-oss-security-token")
    else:
        order = list(fields)
        if security_token:
            order.append("x-oss-security-token")
    if security_token:
        fields["x-oss-security-token"] = security_token
    if extra:
        fields["x-oss-additional-headers"] = ";".join(extra)
        order.append("x-oss-additional-headers")

    signed_pairs = user + [(name, fields[name]) for name in order]
    canonical = canonical_request_v4(
        method, bucket, key, signed_pairs, lower, additional_headers=extra
    )
    to_sign = string_to_sign_v4(stamp, scope, canonical)
    signature = hmac_hex(
        signing_key_v4(access_key_secret, stamp[:8], region, product), to_sign
    )
    encoded = [(uri_encode(k), uri_encode(v)) for k, v in signed_pairs]
    encoded.append(("x-oss-signature", signature))
    signed_headers = {
        n: v
        for n, v in (headers or {}).items()
        if is_v4_default_signed(n.lower()) or n.lower() in extra
    }
    return PresignedQuery(
        query=join_pairs(encoded),
        signature=signature,
        string_to_sign=to_sign,
        canonical_request=canonical,
        signing_time=t,
        expires_at=t + timedelta(seconds=seconds),
        signed_headers=signed_headers,
    )
