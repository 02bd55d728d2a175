"""One attempt of a call, signed as its service signs: the request body (JSON, bytes, or a
REST-style form), then the signature the client's `signature_version` names (V3, V2 for RPC or
REST-style, SLS's `LOG` or `SLS4-HMAC-SHA256`, PDS's `acs`). A fresh nonce and date for each attempt.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import unquote

from .. import signing as _signing
from ..credentials.base import Credentials
from ..info import OperationInfo
from ..params import FORM_CONTENT_TYPE, WireParams
from .timing import Clock

__all__ = ["new_nonce", "request_body", "sign_attempt"]


def sign_attempt(
    version: str,
    info: OperationInfo,
    wire: WireParams,
    *,
    host: str,
    path: str,
    query: list[tuple[str, str]],
    api_version: str,
    region: str,
    credentials: Credentials,
    clock: Clock,
) -> _signing.SignedRequest:
    """Sign one attempt: `path` encoded as sent, `query` with the operation's fixed pairs."""
    creds = credentials
    token = creds.security_token.reveal() if creds.security_token else None
    nonce = new_nonce()
    body, content_type = request_body(info, wire)
    common: dict[str, Any] = {
        "method": info.method,
        "action": info.name,
        "version": api_version,
        "access_key_id": creds.access_key_id,
        "access_key_secret": creds.access_key_secret.reveal(),
        "security_token": token,
        "nonce": nonce,
    }
    if version == "sls_v1":
        signed = _signing.sign_sls_v1(
            method=info.method,
            host=host,
            path=unquote(path),
            query=query,
            body=body,
            access_key_id=creds.access_key_id,
            access_key_secret=creds.access_key_secret.reveal(),
            security_token=token,
            date=clock.http_date(),
            extra_headers=dict(wire.headers),
        )
    elif version == "sls_v4":
        signed = _signing.sign_sls_v4(
            method=info.method,
            host=host,
            path=unquote(path),
            query=query,
            body=body,
            access_key_id=creds.access_key_id,
            access_key_secret=creds.access_key_secret.reveal(),
            security_token=token,
            date=clock.iso().replace("-", "").replace(":", ""),
            region=region,
            extra_headers=dict(wire.headers),
        )
    elif version == "pds_v1":
        signed = _signing.sign_pds_v1(
            host=host,
            path=path,
            query=query,
            body=body,
            content_type=content_type,
            date=clock.http_date(),
            extra_headers=dict(wire.headers),
            **common,
        )
    elif version == "v2" and info.path is None:
        signed = _signing.sign_rpc_v2(
            query=wire.query, form=wire.form, timestamp=clock.iso(), **common
        )
    elif version == "v2":
        signed = _signing.sign_roa_v2(
            host=host,
            path=path,
            query=query,
            body=body,
            content_type=content_type,
            date=clock.http_date(),
            extra_headers=dict(wire.headers),
            **common,
        )
    elif info.path is None and wire.body is None:
        signed = _signing.sign_rpc_v3(
            host=host,
            query=wire.query,
            form=wire.form,
            date=clock.iso(),
            extra_headers=dict(wire.headers),
            **common,
        )
    else:
        signed = _signing.sign_v3(
            host=host,
            path=path,
            query=query,
            body=body,
            content_type=content_type,
            date=clock.iso(),
            extra_headers=dict(wire.headers),
            **common,
        )
    return signed


def request_body(info: OperationInfo, wire: WireParams) -> tuple[bytes, str | None]:
    """The body an attempt sends and its content type: the operation's JSON or bytes, a
    REST-style form (as the SDKs send it), or nothing."""
    if wire.body is not None:
        return wire.body, wire.content_type
    if wire.form and info.path is not None:
        return _signing.form_body(wire.form).encode("ascii"), FORM_CONTENT_TYPE
    return b"", None


def new_nonce() -> str:
    """A fresh signature nonce: 32 hex digits, as uuid4().hex, at a fifth of its cost."""
    return os.urandom(16).hex()
