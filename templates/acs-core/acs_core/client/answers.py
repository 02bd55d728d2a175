"""What an answer means: the JSON it holds, or the typed error of an error body (read as the
official SDK reads them: RPC's `Code`, `Message`, `RequestId`, REST-style `code`, ...).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .. import signing as _signing
from ..errors import (
    ERROR_CLASSES,
    APIError,
    ResponseDecodeError,
    SignatureMismatchError,
    kind_for_status,
)
from .call import Call

__all__ = [
    "REQUEST_ID_HEADERS",
    "REQUEST_ID_KEYS",
    "api_error",
    "decode",
    "first",
    "retry_after",
]

REQUEST_ID_KEYS = ("RequestId", "requestId", "requestid", "request_id")
# Where answers state their request ID in a header: the gateway, SLS, PDS.
REQUEST_ID_HEADERS = ("x-acs-request-id", "x-log-requestid", "x-ca-request-id")


def decode(status: int, body: bytes) -> Any:
    """The JSON of an answer; `ResponseDecodeError` when it is not JSON (a proxy's page)."""
    try:
        return json.loads(body)
    except ValueError:
        snippet = body[:80].decode("utf-8", "replace")
        raise ResponseDecodeError(
            f"the answer is not JSON: {snippet!r}", status=status, body=body
        ) from None


def api_error(
    call: Call[Any],
    status: int,
    data: Mapping[str, Any],
    error_kinds: Mapping[str, str],
    redact: Callable[[str], str],
    header_request_id: str | None = None,
) -> APIError:
    """The typed error of a service's error body (`redact` masks what must not show); the
    request ID is the body's, else the one a header stated (`header_request_id`)."""
    # RPC errors spell their fields `Code`, `Message`, `RequestId`; REST-style ones often
    # `code`, `message`, `requestId`: both are read, as the official SDK reads them. FC-Open
    # (FC 2.0's lineage) answers `ErrorCode`, `ErrorMessage`, which its SDK leaves unread;
    # SLS `errorCode`, `errorMessage` (its request ID in `x-log-requestid`), PDS `code`,
    # `message` (`x-ca-request-id`), as their SDKs read them.
    code = str(
        first(data, ("Code", "code", "ErrorCode", "errorCode")) or f"HTTP{status}"
    )
    fields: dict[str, Any] = {
        "status": status,
        "code": code,
        "message": redact(
            str(
                first(data, ("Message", "message", "ErrorMessage", "errorMessage"))
                or ""
            )
        ),
        "request_id": first(data, REQUEST_ID_KEYS) or header_request_id,
        "host_id": first(data, ("HostId", "hostId")),
        "recommend": first(data, ("Recommend", "recommend")),
        "data": data,
    }
    if code == "SignatureDoesNotMatch":
        match = _signing.SERVER_STRING_TO_SIGN.search(fields["message"])
        server = match.group(1).strip() if match else None
        # V3 servers may quote their canonical request rather than the hashed string-to-sign.
        ours = call.string_to_sign
        if (
            server is not None
            and call.canonical_request
            and not server.startswith(_signing.V3_ALGORITHM)
        ):
            ours = call.canonical_request
        return SignatureMismatchError(
            server_string_to_sign=server, client_string_to_sign=ours, **fields
        )
    kind = error_kinds.get(code) or (
        "throttling" if code.startswith("Throttling") else kind_for_status(status)
    )
    return ERROR_CLASSES.get(kind, APIError)(**fields)


def first(data: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    """The first of `keys` that `data` holds a value for."""
    for key in keys:
        value = data.get(key)
        if value is not None:
            return value
    return None


def retry_after(headers: httpx.Headers) -> float | None:
    """The seconds a `Retry-After` header asks to wait (never negative), if any."""
    value = headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None
