"""Drive and Photo Service (PDS) request signing: `acs <id>:<signature>`, HMAC-SHA1.

As `alibabacloud-pds20220301` (through `alibabacloud-gateway-pds`) signs by default, checked
against its recorded requests: the client sends `date` (RFC 1123, GMT), `accept:
application/json`, `x-acs-version`, `x-acs-action`, `x-acs-signature-nonce`,
`x-acs-signature-method: HMAC-SHA1`, `x-acs-signature-version: 1.0`, the body's content type
(`application/json; charset=utf-8` for JSON, the form type for a form) and, with STS
credentials, `x-acs-security-token`. The string to sign is::

    METHOD\\n<accept>\\n<content-md5>\\n<content-type>\\n<date>\\n
    <every x-acs-* header, lowercased, sorted, name:trimmed value\\n>
    <path>[?<query pairs sorted by name, name=value (name alone when empty), not encoded>]

and the signature the Base64 HMAC-SHA1 of it keyed with the secret. One quirk of the SDK is
kept where a server must accept it: a GET without a body (DownloadFile) is signed as if it
carried `content-type: application/x-www-form-urlencoded; charset=UTF-8`, which is not sent
(`SDK_UNSENT_CONTENT_TYPE`; our clients sign what they send).

Not every PDS call is signed with a key (`unsigned_pds_v1`): the anonymous operations (Token,
Authorize, GetShareLinkToken, GetShareLinkByAnonymous) carry the same headers without an
Authorization; a call made with an access token carries `Authorization: Bearer <token>` and
`x-acs-bearer-token: <token>`. Pure standard library.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence

from .acs import SignedRequest, add_caller_headers

__all__ = [
    "BEARER_PREFIX",
    "PDS_V1_PREFIX",
    "SDK_UNSENT_CONTENT_TYPE",
    "pds_v1_headers",
    "sign_pds_v1",
    "signature_pds_v1",
    "string_to_sign_pds_v1",
    "unsigned_pds_v1",
]

PDS_V1_PREFIX = "acs "
BEARER_PREFIX = "Bearer "
# Headers only the signer sets: a caller's would be signed over, or would stand for a key.
_SIGNER_HEADERS = (
    "authorization",
    "x-acs-security-token",
    "x-acs-bearer-token",
)
# A bearer token travels in two headers as it is: no space, no control character.
_TOKEN = re.compile(r"[!-~]+")
SDK_UNSENT_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8"


def string_to_sign_pds_v1(
    method: str,
    path: str,
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
) -> str:
    """The `acs` string to sign of a PDS request: `path` as sent, `query` values decoded."""
    lowered = {name.lower(): value for name, value in headers.items()}
    head = "".join(
        f"{lowered.get(name, '')}\n"
        for name in ("accept", "content-md5", "content-type", "date")
    )
    signed = "".join(
        f"{name}:{lowered[name].strip()}\n"
        for name in sorted(lowered)
        if name.startswith("x-acs-")
    )
    resource = path
    if query:
        resource += "?" + "&".join(f"{k}={v}" if v else k for k, v in sorted(query))
    return f"{method.upper()}\n{head}{signed}{resource}"


def signature_pds_v1(string_to_sign: str, secret: str) -> str:
    """Base64 HMAC-SHA1 keyed with the raw secret."""
    digest = hmac.new(
        secret.encode("utf-8"), string_to_sign.encode("utf-8"), hashlib.sha1
    ).digest()
    return base64.b64encode(digest).decode("ascii")


def pds_v1_headers(
    *,
    host: str,
    action: str,
    version: str,
    content_type: str | None,
    date: str,
    nonce: str,
    extra_headers: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The headers every PDS request carries, signed or not (as the SDK's gateway sets them
    before it signs, or leaves an anonymous call unsigned)."""
    headers: dict[str, str] = {
        "host": host,
        "date": date,
        "accept": "application/json",
        "x-acs-version": version,
        "x-acs-action": action,
        "x-acs-signature-nonce": nonce,
        "x-acs-signature-method": "HMAC-SHA1",
        "x-acs-signature-version": "1.0",
    }
    if content_type:
        headers["content-type"] = content_type
    add_caller_headers(headers, extra_headers, _SIGNER_HEADERS)
    return headers


def unsigned_pds_v1(
    *,
    query: Sequence[tuple[str, str]],
    body: bytes,
    headers: dict[str, str],
    bearer_token: str | None = None,
) -> SignedRequest:
    """A PDS request not signed with a key: anonymous (`bearer_token` None: no Authorization
    at all), or with an access token, `Authorization: Bearer <token>` and
    `x-acs-bearer-token`, as the SDK's gateway sends them."""
    if bearer_token is not None:
        if not _TOKEN.fullmatch(bearer_token):
            raise ValueError("a bearer token is printable ASCII without spaces")
        headers = {
            **headers,
            "x-acs-bearer-token": bearer_token,
            "authorization": f"{BEARER_PREFIX}{bearer_token}",
        }
    return SignedRequest(
        query=list(query),
        headers=headers,
        body=body,
        string_to_sign="",
        canonical_request="",
        signature="",
    )


def sign_pds_v1(
    *,
    method: str,
    host: str,
    path: str,
    action: str,
    version: str,
    query: Sequence[tuple[str, str]],
    body: bytes,
    content_type: str | None,
    access_key_id: str,
    access_key_secret: str,
    security_token: str | None,
    date: str,
    nonce: str,
    extra_headers: Mapping[str, str] | None = None,
) -> SignedRequest:
    """Sign a PDS request: `date` an HTTP date (RFC 7231, GMT)."""
    headers = pds_v1_headers(
        host=host,
        action=action,
        version=version,
        content_type=content_type,
        date=date,
        nonce=nonce,
        extra_headers=extra_headers,
    )
    if security_token:
        headers["x-acs-security-token"] = security_token
    to_sign = string_to_sign_pds_v1(method, path, query, headers)
    signature = signature_pds_v1(to_sign, access_key_secret)
    headers["authorization"] = f"{PDS_V1_PREFIX}{access_key_id}:{signature}"
    return SignedRequest(
        query=list(query),
        headers=headers,
        body=body,
        string_to_sign=to_sign,
        canonical_request="",
        signature=signature,
    )
