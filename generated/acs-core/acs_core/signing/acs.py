"""Request signing for Alibaba Cloud APIs, RPC-style and REST-style (ROA).

Three schemes are implemented, all checked against the official SDKs:

* V2 for RPC ("HMAC-SHA1", SignatureVersion 1.0): common parameters go into the
  query and the signature is a Base64 HMAC-SHA1 over the sorted, percent-encoded
  parameters.
* V2 for ROA: the method, ``accept``, ``content-md5``, ``content-type`` and
  ``date`` headers, the sorted ``x-acs-*`` headers and the path with its sorted
  query are signed with HMAC-SHA1 into ``Authorization: acs <id>:<signature>``.
* V3 ("ACS3-HMAC-SHA256") for every style: the request is described in
  ``x-acs-*`` headers and the signature is a hex HMAC-SHA256 over a hash of the
  canonical request, whose URI is the encoded path exactly as sent.

The module is pure standard library.  The low-level helpers are public so that a server (our emulator) can
recompute the expected signature of an incoming request.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

__all__ = [
    "SERVER_STRING_TO_SIGN",
    "V3_ALGORITHM",
    "SignedRequest",
    "canonical_query",
    "canonical_request_v3",
    "parse_authorization_v3",
    "percent_encode",
    "sign_roa_v2",
    "sign_rpc_v2",
    "sign_rpc_v3",
    "sign_v3",
    "signature_roa_v2",
    "signature_v2",
    "signature_v3",
    "string_to_sign_roa_v2",
    "string_to_sign_v2",
    "string_to_sign_v3",
]

V3_ALGORITHM = "ACS3-HMAC-SHA256"
_FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
_REDACTED = "<redacted>"
# How a server's SignatureDoesNotMatch message quotes the string it signed.
SERVER_STRING_TO_SIGN = re.compile(r"server string to sign is:(.*)", re.DOTALL)


def percent_encode(value: str) -> str:
    """Percent-encode ``value`` the way Alibaba Cloud signs it (RFC 3986).

    Only ``A-Za-z0-9-_.~`` stay literal; everything else, including ``/``, ``*``
    and space, becomes ``%XX`` of its UTF-8 bytes with uppercase hex.
    """
    # Since Python 3.7 ``quote`` keeps exactly the RFC 3986 unreserved set, so an
    # empty ``safe`` yields the strict encoding (no ``+`` for space, ``~`` kept).
    return quote(value, safe="", encoding="utf-8")


def canonical_query(params: Iterable[tuple[str, str]]) -> str:
    """Return ``name=value`` pairs, encoded, sorted by encoded name then value."""
    encoded = sorted((percent_encode(k), percent_encode(v)) for k, v in params)
    return "&".join(f"{k}={v}" for k, v in encoded)


def form_body(params: Iterable[tuple[str, str]]) -> str:
    """A REST-style form body as the official SDKs' form encoder writes it (`urlencode` of
    the fields sorted by name): `canonical_query`, with a space as `+`."""
    return canonical_query(params).replace("%20", "+")


def _sha256_hex(data: bytes) -> str:
    return _EMPTY_SHA256 if not data else hashlib.sha256(data).hexdigest()


_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()  # most calls have no body


@dataclass(frozen=True, repr=False)
class SignedRequest:
    """Everything needed to send a signed request, plus the signing inputs.

    ``string_to_sign`` and ``canonical_request`` are kept for debugging signature
    mismatches; ``canonical_request`` is empty for V2.
    """

    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    string_to_sign: str
    canonical_request: str
    signature: str

    def __repr__(self) -> str:
        # No secret key is ever stored, but an STS security token is a credential
        # too; it also appears inside string_to_sign/canonical_request, so those
        # are left out of the repr altogether.
        query = [(k, _REDACTED if k == "SecurityToken" else v) for k, v in self.query]
        headers = {
            k: _REDACTED if k.lower() == "x-acs-security-token" else v
            for k, v in self.headers.items()
        }
        return (
            f"SignedRequest(query={query!r}, headers={headers!r}, "
            f"body=<{len(self.body)} bytes>, signature={self.signature!r})"
        )


# --------------------------------------------------------------------------- V2


def string_to_sign_v2(method: str, params: Iterable[tuple[str, str]]) -> str:
    """``METHOD&%2F&`` + the percent-encoded canonical query of all parameters.

    ``params`` are the query and form fields together, without ``Signature``.
    """
    # "%2F" is the encoded path, which is always "/" for RPC.
    return f"{method}&%2F&{percent_encode(canonical_query(params))}"


def signature_v2(string_to_sign: str, secret: str) -> str:
    """Base64 HMAC-SHA1 keyed with ``secret + "&"`` (no token secret in RPC)."""
    key = f"{secret}&".encode()
    digest = hmac.new(key, string_to_sign.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def sign_rpc_v2(
    *,
    method: str,
    action: str,
    version: str,
    query: Sequence[tuple[str, str]],
    form: Sequence[tuple[str, str]],
    access_key_id: str,
    access_key_secret: str,
    security_token: str | None,
    timestamp: str,
    nonce: str,
    response_format: str = "JSON",
) -> SignedRequest:
    """Sign an RPC request with HMAC-SHA1 (SignatureVersion 1.0).

    ``response_format`` is the ``Format`` parameter.  It is signed, so it is a
    parameter: alibabacloud-tea-openapi sends ``json`` (lowercase) where the
    documented vectors use ``JSON``/``XML``.
    """
    common = [
        ("Action", action),
        ("Version", version),
        ("Format", response_format),
        ("AccessKeyId", access_key_id),
        ("SignatureMethod", "HMAC-SHA1"),
        ("SignatureVersion", "1.0"),
        ("SignatureNonce", nonce),
        ("Timestamp", timestamp),
    ]
    if security_token:
        common.append(("SecurityToken", security_token))
    final_query = [*common, *query]
    # Form fields are signed together with the query but travel in the body.
    to_sign = string_to_sign_v2(method, [*final_query, *form])
    signature = signature_v2(to_sign, access_key_secret)
    final_query.append(("Signature", signature))
    headers = {"content-type": _FORM_CONTENT_TYPE} if form else {}
    return SignedRequest(
        query=final_query,
        headers=headers,
        body=canonical_query(form).encode("ascii"),
        string_to_sign=to_sign,
        canonical_request="",
        signature=signature,
    )


# --------------------------------------------------------------------------- V3


def canonical_request_v3(
    method: str,
    path: str,
    query: Iterable[tuple[str, str]],
    headers: Mapping[str, str],
    signed_header_names: Sequence[str],
    body_sha256_hex: str,
) -> str:
    """Build the V3 canonical request.

    Only the headers named in ``signed_header_names`` are included, in the order
    given (a signer passes them sorted; a verifier passes them as the client
    declared them).  Names are compared case-insensitively and values are
    stripped, as the official SDK does.  Raises ``ValueError`` if a signed header
    is absent from ``headers``.
    """
    by_name = {k.lower(): v.strip() for k, v in headers.items()}
    names = [n.lower() for n in signed_header_names]
    missing = [n for n in names if n not in by_name]
    if missing:
        raise ValueError(f"signed header(s) missing from the request: {missing}")
    return _canonical_v3(method, path, query, by_name, names, body_sha256_hex)


def _canonical_v3(
    method: str,
    path: str,
    query: Iterable[tuple[str, str]],
    by_name: Mapping[str, str],
    names: Sequence[str],
    body_sha256_hex: str,
) -> str:
    """The canonical request of lower-case header names, all present, values stripped."""
    # Each canonical header line ends with "\n", so an extra blank line follows
    # the block before the signed header list.
    header_block = "".join(f"{n}:{by_name[n]}\n" for n in names)
    return "\n".join(
        [
            method,
            path,
            canonical_query(query),
            header_block,
            ";".join(names),
            body_sha256_hex,
        ]
    )


def string_to_sign_v3(canonical_request: str) -> str:
    """``ACS3-HMAC-SHA256`` + newline + hex SHA-256 of the canonical request."""
    return f"{V3_ALGORITHM}\n{_sha256_hex(canonical_request.encode())}"


def signature_v3(string_to_sign: str, secret: str) -> str:
    """Hex HMAC-SHA256 keyed with the raw secret."""
    return hmac.digest(secret.encode(), string_to_sign.encode(), "sha256").hex()


def parse_authorization_v3(header: str) -> tuple[str, list[str], str]:
    """Split a V3 ``Authorization`` header into key id, signed headers, signature.

    Expected form: ``ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,
    Signature=<hex>``.  Raises ``ValueError`` naming what is wrong.
    """
    algorithm, _, rest = header.strip().partition(" ")
    if algorithm != V3_ALGORITHM:
        raise ValueError(
            f"Authorization must start with {V3_ALGORITHM!r}, got {algorithm!r}"
        )
    fields: dict[str, str] = {}
    for part in rest.split(","):
        name, sep, value = part.strip().partition("=")
        if not sep:
            raise ValueError(f"Authorization part {part.strip()!r} is not name=value")
        if name in fields:
            raise ValueError(f"Authorization repeats {name!r}")
        fields[name] = value.strip()
    expected = {"Credential", "SignedHeaders", "Signature"}
    if set(fields) != expected:
        raise ValueError(
            f"Authorization needs exactly {sorted(expected)}, got {sorted(fields)}"
        )
    empty = sorted(name for name, value in fields.items() if not value)
    if empty:
        raise ValueError(f"Authorization has empty {empty}")
    names = fields["SignedHeaders"].split(";")
    if not all(names):
        raise ValueError("Authorization SignedHeaders has an empty header name")
    return fields["Credential"], names, fields["Signature"]


def add_caller_headers(
    headers: dict[str, str],
    extra_headers: Mapping[str, str] | None,
    signer_only: Collection[str] = ("authorization",),
) -> None:
    """Add a caller's headers (lowercased) to those the signer set, which they may not
    replace; nor may they set one of `signer_only`."""
    for name, value in (extra_headers or {}).items():
        lowered = name.lower()
        if lowered in headers or lowered in signer_only:
            raise ValueError(f"header {lowered!r} is set by the signer")
        headers[lowered] = value


def sign_v3(
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
    """Sign a request with ACS3-HMAC-SHA256: any style, any method, any body.

    ``path`` is the encoded path exactly as it is sent (``/`` for RPC); it is the
    canonical URI. Like the official SDK, every header we produce is signed:
    ``host``, the ``x-acs-*`` headers, ``content-type`` when there is a body, and
    any ``extra_headers`` (the operation's own header parameters; the SDK also
    signs its ``user-agent`` and ``accept``). Headers added later by the HTTP
    library are simply left unsigned.
    """
    body_hash = _sha256_hex(body)
    headers: dict[str, str] = {
        "host": host,
        "x-acs-action": action,
        "x-acs-version": version,
        "x-acs-date": date,
        "x-acs-signature-nonce": nonce,
        "x-acs-content-sha256": body_hash,
    }
    if security_token:
        # The SDK names the key id in a header alongside the STS token.
        headers["x-acs-accesskey-id"] = access_key_id
        headers["x-acs-security-token"] = security_token
    if content_type:
        headers["content-type"] = content_type
    add_caller_headers(headers, extra_headers)
    signed_names = sorted(headers)
    # The names are lower case already and every one is present: only the values strip.
    stripped = {name: value.strip() for name, value in headers.items()}
    canonical = _canonical_v3(method, path, query, stripped, signed_names, body_hash)
    to_sign = string_to_sign_v3(canonical)
    signature = signature_v3(to_sign, access_key_secret)
    headers["Authorization"] = (
        f"{V3_ALGORITHM} Credential={access_key_id},"
        f"SignedHeaders={';'.join(signed_names)},Signature={signature}"
    )
    return SignedRequest(
        query=list(query),
        headers=headers,
        body=body,
        string_to_sign=to_sign,
        canonical_request=canonical,
        signature=signature,
    )


def sign_rpc_v3(
    *,
    method: str,
    host: str,
    action: str,
    version: str,
    query: Sequence[tuple[str, str]],
    form: Sequence[tuple[str, str]],
    access_key_id: str,
    access_key_secret: str,
    security_token: str | None,
    date: str,
    nonce: str,
    extra_headers: Mapping[str, str] | None = None,
) -> SignedRequest:
    """Sign an RPC request with ACS3-HMAC-SHA256: the path is ``/``, form fields
    travel in an ``application/x-www-form-urlencoded`` body."""
    return sign_v3(
        method=method,
        host=host,
        path="/",
        action=action,
        version=version,
        query=query,
        body=canonical_query(form).encode("ascii"),
        content_type=_FORM_CONTENT_TYPE if form else None,
        access_key_id=access_key_id,
        access_key_secret=access_key_secret,
        security_token=security_token,
        date=date,
        nonce=nonce,
        extra_headers=extra_headers,
    )


# --------------------------------------------------------------------------- ROA V2


def string_to_sign_roa_v2(
    method: str,
    path: str,
    query: Iterable[tuple[str, str]],
    headers: Mapping[str, str],
) -> str:
    """The ROA HMAC-SHA1 string to sign, as the official SDK builds it.

    ``METHOD``, then the values of ``accept``, ``content-md5``, ``content-type``
    and ``date`` (empty when absent), one per line; then every ``x-acs-*`` header
    as ``name:value`` lines, sorted; then the path and, when there is a query, its
    parameters sorted by name, unencoded (``name`` alone for an empty value).
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    lines = [method] + [
        lowered.get(name, "") for name in ("accept", "content-md5", "content-type")
    ]
    lines.append(lowered.get("date", ""))
    acs = "".join(
        f"{name}:{lowered[name]}\n"
        for name in sorted(n for n in lowered if n.startswith("x-acs-"))
    )
    pairs = sorted(query)
    resource = path
    if pairs:
        resource += "?" + "&".join(f"{k}={v}" if v != "" else k for k, v in pairs)
    return "\n".join(lines) + "\n" + acs + resource


def signature_roa_v2(string_to_sign: str, secret: str) -> str:
    """Base64 HMAC-SHA1 keyed with the raw secret."""
    digest = hmac.new(secret.encode(), string_to_sign.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def sign_roa_v2(
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
    """Sign a REST-style request with HMAC-SHA1 in the ``Authorization`` header.

    ``date`` is an HTTP date (RFC 7231, GMT). The headers are the official SDK's:
    ``accept: application/json`` and the ``x-acs-*`` descriptions of the call.
    """
    headers: dict[str, str] = {
        "host": host,
        "date": date,
        "accept": "application/json",
        "x-acs-signature-nonce": nonce,
        "x-acs-signature-method": "HMAC-SHA1",
        "x-acs-signature-version": "1.0",
        "x-acs-version": version,
        "x-acs-action": action,
    }
    if content_type:
        headers["content-type"] = content_type
    if security_token:
        headers["x-acs-accesskey-id"] = access_key_id
        headers["x-acs-security-token"] = security_token
    add_caller_headers(headers, extra_headers)
    to_sign = string_to_sign_roa_v2(method, path, query, headers)
    signature = signature_roa_v2(to_sign, access_key_secret)
    headers["authorization"] = f"acs {access_key_id}:{signature}"
    return SignedRequest(
        query=list(query),
        headers=headers,
        body=body,
        string_to_sign=to_sign,
        canonical_request="",
        signature=signature,
    )
