"""What an OSS error answer means: its `<Error>` body (or, for HEAD, the base64 `x-oss-err`
header that carries the same XML) read into acs-core's typed errors.

====================================================  ===========================================
code (or status)                                      error
====================================================  ===========================================
SignatureDoesNotMatch                                 SignatureMismatchError (the server's
                                                      `StringToSign` beside ours)
InvalidAccessKeyId, InvalidSecurityToken,             AuthenticationError
SecurityTokenExpired, RequestTimeTooSkewed, ...
AccessDenied, AccessForbidden, 403                    PermissionDeniedError
NoSuchKey, NoSuchBucket, NoSuchUpload, NoSuch*, 404   NotFoundError
BucketAlreadyExists, BucketNotEmpty, 409              ConflictError
SlowDown, Throttling*, *RateLimitExceeded, 429        ThrottlingError
InternalError, ServiceUnavailable, 5xx                ServerError
any other 4xx                                         InvalidRequestError
====================================================  ===========================================

`error.data` holds the `<Error>` fields as a flat dict (`Code`, `Message`, `RequestId`,
`HostId`, `EC`, ...); `request_id` comes from the `x-oss-request-id` header or the body.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Callable, Mapping
from typing import Any, Final

from ..errors import (
    ERROR_CLASSES,
    APIError,
    SignatureMismatchError,
    kind_for_status,
)
from .xml import XmlError, parse_error

__all__ = [
    "AUTH_CODES",
    "CLOCK_CODES",
    "EXPIRED_CODES",
    "error_kind",
    "oss_error",
    "read_error_fields",
    "renew",
]

logger = logging.getLogger("acs_core.oss")

#: What OSS answers temporary credentials that have expired: a provider that can renew its
#: credentials (`invalidate`, as `RefreshingCredentials` can) is asked to, and the request is
#: sent once more with the new ones.
EXPIRED_CODES: Final = frozenset({"SecurityTokenExpired", "InvalidAccessKeyId"})

AUTH_CODES: Final = frozenset(
    {
        "InvalidAccessKeyId",
        "InvalidSecurityToken",
        "SecurityTokenExpired",
        "AccessKeyIdDisabled",
        "RequestTimeTooSkewed",
        "InvalidAuthorization",
        "AuthorizationQueryParametersError",
        "RequestExpired",
        "InvalidPolicyDocument",
        "SignatureDoesNotMatch",
    }
)
_PERMISSION: Final = frozenset({"AccessDenied", "AccessForbidden", "UserDisable"})
_CONFLICT: Final = frozenset(
    {
        "BucketAlreadyExists",
        "BucketNotEmpty",
        "FileAlreadyExists",
        "ObjectNotAppendable",
        "PositionNotEqualToLength",
        "OperationAborted",
    }
)
_THROTTLING: Final = frozenset({"SlowDown", "QpsLimitExceeded", "TooManyRequests"})
_SERVER: Final = frozenset({"InternalError", "ServiceUnavailable"})
#: codes of a request signed at a time the server does not accept
CLOCK_CODES: Final = frozenset({"RequestTimeTooSkewed"})
#: the most of an `x-oss-err` header decoded (the error XML of a HEAD request)
_MAX_ERR_HEADER: Final = 64 * 1024


def error_kind(status: int, code: str) -> str:
    """The kind (a key of `acs_core.errors.ERROR_CLASSES`) of an OSS error code."""
    if code in AUTH_CODES:
        return "authentication"
    if code in _PERMISSION:
        return "permission"
    if code.startswith("NoSuch"):
        return "not_found"
    if code in _CONFLICT:
        return "conflict"
    if (
        code in _THROTTLING
        or code.startswith("Throttling")
        or code.endswith("RateLimitExceeded")
    ):
        return "throttling"
    if code in _SERVER:
        return "server"
    return kind_for_status(status)


def read_error_fields(
    status: int, headers: Mapping[str, str], body: bytes
) -> dict[str, Any]:
    """The `<Error>` fields of an answer: from its body, else from `x-oss-err` (HEAD answers
    carry the XML there, base64-encoded), else only what the headers say (`EC`)."""
    fields: dict[str, Any] = {}
    sources: list[bytes] = []
    if body.strip():
        sources.append(body)
    encoded = headers.get("x-oss-err")
    if encoded and len(encoded) <= _MAX_ERR_HEADER:
        try:
            sources.append(base64.b64decode(encoded, validate=True))
        except (binascii.Error, ValueError):
            pass
    for source in sources:
        try:
            fields = parse_error(source)
            break
        except XmlError:
            continue
    if "EC" not in fields and headers.get("x-oss-ec"):
        fields["EC"] = headers["x-oss-ec"]
    return fields


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def oss_error(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    client_string_to_sign: str | None = None,
    redact: Callable[[str], str] = lambda text: text,
) -> APIError:
    """The typed error of an OSS error answer (never raises)."""
    fields = read_error_fields(status, headers, body)
    code = _text(fields.get("Code")) or f"HTTP{status}"
    message = _text(fields.get("Message"))
    if message is None and not fields and body.strip():
        snippet = body[:120].decode("utf-8", "replace")
        message = f"the error answer is not OSS's XML: {snippet!r}"
    arguments: dict[str, Any] = {
        "status": status,
        "code": code,
        "message": redact(message or ""),
        "request_id": headers.get("x-oss-request-id") or _text(fields.get("RequestId")),
        "host_id": _text(fields.get("HostId")),
        "recommend": _text(fields.get("RecommendDoc")),
        "data": fields,
    }
    if code == "SignatureDoesNotMatch":
        server = _text(fields.get("StringToSign"))
        return SignatureMismatchError(
            server_string_to_sign=redact(server) if server else None,
            client_string_to_sign=client_string_to_sign,
            **arguments,
        )
    return ERROR_CLASSES.get(error_kind(status, code), APIError)(**arguments)


def renew(provider: Any, call: Any, code: str | None) -> bool:
    """Whether a request OSS refused with `code` goes once more with renewed credentials: the
    code says they expired, the request has not been renewed yet, its body can be sent again,
    and `provider` can renew them (`invalidate`; static keys cannot: the error stands).
    """
    invalidate = getattr(provider, "invalidate", None)
    if code not in EXPIRED_CODES or call.renewed or not call.body.can_retry:
        return False
    if not callable(invalidate) or not invalidate(call.credentials):
        return False
    call.renewed = True
    logger.info("OSS %s: %s, renewing the credentials", call.what, code)
    return True
