"""Simple Log Service (SLS) V4 signing: `SLS4-HMAC-SHA256`, as `alibabacloud-sls20201230` signs
with `Config(signature_version="v4")` (checked against its recorded requests).

The client sends SLS's headers (`accept`, `content-type: application/json`, `x-log-apiversion`,
`x-log-bodyrawsize`; `x-acs-security-token` with STS credentials) plus `x-log-date`
(`YYYYMMDDTHHMMSSZ`) and `x-log-content-sha256` (the hex SHA-256 of the body, of the empty
string without one), and neither `date` nor `content-md5`. The canonical request is::

    METHOD\\n<path, decoded>\\n<query: sorted, name=percent-encoded value, a name alone when
    empty, joined by &>\\n<host, content-type, every x-log-* and x-acs-* header, lowercased,
    sorted, name:trimmed value\\n>\\n<their names joined by ;>\\n<x-log-content-sha256>

the string to sign `SLS4-HMAC-SHA256\\n<x-log-date>\\n<day>/<region>/sls/aliyun_v4_request\\n`
+ its hex SHA-256, the key an HMAC-SHA256 chain from `aliyun_v4` + secret over the day, the
region, `sls` and `aliyun_v4_request`, and the header `SLS4-HMAC-SHA256
Credential=<id>/<scope>,Signature=<hex>` (no SignedHeaders part). Pure standard library.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence
from urllib.parse import quote

from .acs import SignedRequest, add_caller_headers
from .sls import SLS_API_VERSION, SLS_CONTENT_TYPE

__all__ = [
    "SLS_V4_ALGORITHM",
    "canonical_request_sls_v4",
    "parse_authorization_sls_v4",
    "sign_sls_v4",
    "signature_sls_v4",
]

SLS_V4_ALGORITHM = "SLS4-HMAC-SHA256"


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def canonical_request_sls_v4(
    method: str,
    path: str,
    query: Sequence[tuple[str, str]],
    headers: Mapping[str, str],
) -> str:
    """The canonical request of an SLS V4 request (`path` and `query` values decoded)."""
    lowered = {name.lower(): value for name, value in headers.items()}
    names = sorted(
        name
        for name in lowered
        if name.startswith(("x-log-", "x-acs-")) or name in ("host", "content-type")
    )
    canonical_query = "&".join(
        k if not v else f"{k}={quote(v, safe='~')}" for k, v in sorted(query)
    )
    return "\n".join(
        [
            method.upper(),
            path or "/",
            canonical_query,
            "".join(f"{name}:{lowered[name].strip()}\n" for name in names),
            ";".join(names),
            lowered.get("x-log-content-sha256", ""),
        ]
    )


def signature_sls_v4(
    canonical_request: str, date: str, region: str, secret: str
) -> str:
    """The hex signature of a canonical request at `date` (`YYYYMMDDTHHMMSSZ`) in `region`."""
    day = date[:8]
    scope = f"{day}/{region}/sls/aliyun_v4_request"
    digest = hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()
    to_sign = f"{SLS_V4_ALGORITHM}\n{date}\n{scope}\n{digest}"
    key = _hmac(("aliyun_v4" + secret).encode("utf-8"), day)
    for part in (region, "sls", "aliyun_v4_request"):
        key = _hmac(key, part)
    return _hmac(key, to_sign).hex()


def parse_authorization_sls_v4(header: str) -> tuple[str, str, str, str]:
    """(key ID, day, region, signature) of an `SLS4-HMAC-SHA256` Authorization header."""
    if not header.startswith(SLS_V4_ALGORITHM + " "):
        raise ValueError(f"not an {SLS_V4_ALGORITHM} authorization")
    parts = dict(
        part.strip().partition("=")[::2]
        for part in header[len(SLS_V4_ALGORITHM) + 1 :].split(",")
    )
    credential, signature = parts.get("Credential", ""), parts.get("Signature", "")
    fields = credential.split("/")
    if len(fields) != 5 or fields[3:] != ["sls", "aliyun_v4_request"] or not signature:
        raise ValueError("Credential must be <id>/<day>/<region>/sls/aliyun_v4_request")
    return fields[0], fields[1], fields[2], signature


def sign_sls_v4(
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
    region: str,
    extra_headers: Mapping[str, str] | None = None,
) -> SignedRequest:
    """Sign an SLS request with V4: `path` decoded, `date` as `YYYYMMDDTHHMMSSZ`."""
    headers: dict[str, str] = {
        "host": host,
        "accept": "application/json",
        "content-type": SLS_CONTENT_TYPE,
        "x-log-apiversion": SLS_API_VERSION,
        "x-log-bodyrawsize": str(len(body)),
        "x-log-date": date,
        "x-log-content-sha256": hashlib.sha256(body).hexdigest(),
    }
    if security_token:
        headers["x-acs-security-token"] = security_token
    add_caller_headers(headers, extra_headers)
    canonical = canonical_request_sls_v4(method, path, query, headers)
    signature = signature_sls_v4(canonical, date, region, access_key_secret)
    scope = f"{date[:8]}/{region}/sls/aliyun_v4_request"
    headers["authorization"] = (
        f"{SLS_V4_ALGORITHM} Credential={access_key_id}/{scope},Signature={signature}"
    )
    return SignedRequest(
        query=list(query),
        headers=headers,
        body=body,
        string_to_sign=canonical,
        canonical_request=canonical,
        signature=signature,
    )
