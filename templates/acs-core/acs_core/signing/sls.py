"""Simple Log Service (SLS) request signing: `LOG <id>:<signature>`, HMAC-SHA256.

As `alibabacloud-sls20201230` (through `alibabacloud-gateway-sls`) signs by default, checked
against its recorded requests: the client sends `accept: application/json`, `content-type:
application/json` (even without a body), `x-log-apiversion: 0.6.0`, `x-log-bodyrawsize` (the
body's length, `0` without one), `x-log-signaturemethod: hmac-sha256`, `date` (RFC 1123, GMT),
`content-md5` (the *uppercase hex* MD5 of the body; the SDK sends it empty without a body, we
leave it out: the string to sign is the same) and, with STS credentials,
`x-acs-security-token`. The string to sign is::

    METHOD\\n<content-md5>\\n<content-type>\\n<date>\\n
    <every header whose lowercased name contains x-log- or x-acs-, sorted, name:value\\n>
    <path>[?<query pairs sorted by name, name=value, values not encoded, joined by &>]

and the signature the Base64 HMAC-SHA256 of it keyed with the secret. The path is signed
decoded (the SDK does not percent-encode path values; the server decodes them). Pure standard
library: the emulator recomputes the same signature from an incoming request.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping, Sequence

from .acs import SignedRequest, add_caller_headers

__all__ = [
    "SLS_API_VERSION",
    "SLS_CONTENT_TYPE",
    "SLS_V1_PREFIX",
    "content_md5",
    "sign_sls_v1",
    "signature_sls_v1",
    "string_to_sign_sls_v1",
]

SLS_API_VERSION = "0.6.0"
SLS_CONTENT_TYPE = "application/json"
SLS_V1_PREFIX = "LOG "


def content_md5(body: bytes) -> str:
    """SLS's `Content-MD5`: the uppercase hex MD5 of the body as sent (not Base64)."""
    return hashlib.md5(body).hexdigest().upper()


def string_to_sign_sls_v1(
    method: str,
    path: str,
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
) -> str:
    """The `LOG` string to sign of a request: `path` decoded, `query` values decoded."""
    lowered = {name.lower(): value for name, value in headers.items()}
    head = "".join(
        f"{lowered.get(name, '')}\n" for name in ("content-md5", "content-type", "date")
    )
    signed = "".join(
        f"{name}:{lowered[name]}\n"
        for name in sorted(lowered)
        if "x-log-" in name or "x-acs-" in name
    )
    resource = path
    if query:
        resource += "?" + "&".join(f"{k}={v}" for k, v in sorted(query))
    return f"{method.upper()}\n{head}{signed}{resource}"


def signature_sls_v1(string_to_sign: str, secret: str) -> str:
    """Base64 HMAC-SHA256 keyed with the raw secret."""
    digest = hmac.new(
        secret.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha256
    ).digest()
    return base64.b64encode(digest).decode("ascii")


def sign_sls_v1(
    *,
    method: str,
    host: str,
    path: str,
    query: Sequence[tuple[str, str]],
    body: bytes,
    access_key_id: str,
    access_key_secret: str,
    security_token: str | None,
    date: str,
    extra_headers: Mapping[str, str] | None = None,
) -> SignedRequest:
    """Sign an SLS request: `path` decoded, `date` an HTTP date (RFC 7231, GMT)."""
    headers: dict[str, str] = {
        "host": host,
        "accept": "application/json",
        "content-type": SLS_CONTENT_TYPE,
        "date": date,
        "x-log-apiversion": SLS_API_VERSION,
        "x-log-bodyrawsize": str(len(body)),
        "x-log-signaturemethod": "hmac-sha256",
    }
    if body:
        headers["content-md5"] = content_md5(body)
    if security_token:
        headers["x-acs-security-token"] = security_token
    add_caller_headers(headers, extra_headers)
    to_sign = string_to_sign_sls_v1(method, path, query, headers)
    signature = signature_sls_v1(to_sign, access_key_secret)
    headers["authorization"] = f"{SLS_V1_PREFIX}{access_key_id}:{signature}"
    return SignedRequest(
        query=list(query),
        headers=headers,
        body=body,
        string_to_sign=to_sign,
        canonical_request="",
        signature=signature,
    )
