"""The signature checks of `oss_fake.FakeOSS`: every request re-signed with acs-core's signers
(proven equal to the official SDKs' in the repository's `tests/oss/`) from what arrived.
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import parse_qsl

from acs_core.signing.oss_v1 import presign_v1, sign_v1_headers
from acs_core.signing.oss_v4 import presign_v4, sign_v4_headers

#: transport headers and those a signer adds itself
NOT_SIGNED = {
    "host", "accept-encoding", "user-agent", "accept", "connection",
    "content-length", "transfer-encoding", "authorization", "x-oss-date", "date",
    "x-oss-content-sha256", "x-oss-security-token", "security-token",
}  # fmt: skip
V4_RESERVED = {
    "x-oss-signature-version", "x-oss-date", "x-oss-expires", "x-oss-credential",
    "x-oss-signature", "x-oss-security-token",
}  # fmt: skip
V1_RESERVED = {"OSSAccessKeyId", "Expires", "Signature", "security-token"}
UNKNOWN_KEY = (403, "InvalidAccessKeyId", "The OSS Access Key Id does not exist.")
#: (status, code, message, extra fields) of a refusal
Refusal = tuple[int, str, str, dict[str, str]]


class Request(Protocol):
    method: str
    headers: list[tuple[str, str]]

    @property
    def raw_query(self) -> str: ...

    def header(self, name: str) -> str | None: ...


def _mismatch(string_to_sign: str) -> Refusal:
    return (
        403,
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided.",
        {"StringToSign": string_to_sign},
    )


def check_signature(
    rec: Request,
    bucket: str | None,
    key: str | None,
    credentials: dict[str, str],
    region: str,
) -> Refusal | None:
    """None when `rec` is signed (in its headers or its query) with a known key."""
    pairs = parse_qsl(rec.raw_query, keep_blank_values=True)
    query = dict(pairs)
    auth = rec.header("Authorization") or ""
    if not auth and ("x-oss-signature" in query or "Signature" in query):
        return _check_presigned(rec, pairs, bucket, key, credentials, region)
    key_id = auth.split("Credential=", 1)[-1].split("/", 1)[0]
    if auth.startswith("OSS "):
        key_id = auth[4:].split(":", 1)[0]
    secret = credentials.get(key_id)
    if secret is None:
        return (*UNKNOWN_KEY, {})
    common: dict[str, Any] = {
        "bucket": bucket,
        "key": key,
        "query": pairs,
        "headers": {k: v for k, v in rec.headers if k.lower() not in NOT_SIGNED},
        "access_key_id": key_id,
        "access_key_secret": secret,
    }
    if auth.startswith("OSS4-HMAC-SHA256"):
        stamp = rec.header("x-oss-date") or ""
        when = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
        token = rec.header("x-oss-security-token")
        ours = sign_v4_headers(
            rec.method, region=region, when=when, security_token=token, **common
        )
    else:
        when = parsedate_to_datetime(rec.header("Date") or "")
        token = rec.header("security-token")
        ours = sign_v1_headers(rec.method, when=when, security_token=token, **common)
    return None if ours.authorization == auth else _mismatch(ours.string_to_sign)


def _check_presigned(
    rec: Request,
    pairs: list[tuple[str, str]],
    bucket: str | None,
    key: str | None,
    credentials: dict[str, str],
    region: str,
) -> Refusal | None:
    query = dict(pairs)
    v4 = "x-oss-signature" in query
    if v4:
        key_id = query.get("x-oss-credential", "").split("/", 1)[0]
    else:
        key_id = query.get("OSSAccessKeyId", "")
    secret = credentials.get(key_id)
    if secret is None:
        return (*UNKNOWN_KEY, {})
    signed = {
        k: v
        for k, v in rec.headers
        if k.lower().startswith("x-oss-")
        or k.lower() in ("content-type", "content-md5")
    }
    common: dict[str, Any] = {
        "bucket": bucket,
        "key": key,
        "headers": signed,
        "access_key_id": key_id,
        "access_key_secret": secret,
    }
    if v4:
        when = datetime.strptime(query["x-oss-date"], "%Y%m%dT%H%M%SZ")
        ours = presign_v4(
            rec.method,
            query=[(k, v) for k, v in pairs if k not in V4_RESERVED],
            region=region,
            security_token=query.get("x-oss-security-token"),
            when=when.replace(tzinfo=timezone.utc),
            expires=int(query["x-oss-expires"]),
            **common,
        )
        theirs = query["x-oss-signature"]
    else:
        ours = presign_v1(
            rec.method,
            query=[(k, v) for k, v in pairs if k not in V1_RESERVED],
            security_token=query.get("security-token"),
            when=int(query["Expires"]) - 1,
            expires=1,
            **common,
        )
        theirs = query["Signature"]
    return None if ours.signature == theirs else _mismatch(ours.string_to_sign)
