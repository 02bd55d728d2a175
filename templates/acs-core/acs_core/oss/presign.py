"""Presigned URLs: a request signed in its query, for whoever holds the URL to send.

V4 (the default) puts `x-oss-signature-version`, `x-oss-date`, `x-oss-expires`,
`x-oss-credential` (and `x-oss-security-token`) and `x-oss-signature` in the query and lives at
most 7 days (604,800 s; a longer lifetime is refused, as alibabacloud-oss-v2 refuses it); V1
puts `OSSAccessKeyId`, `Expires` and `Signature`. The default lifetime is 15 minutes in both.
A URL signed with STS credentials stops working when the token expires, whatever it says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..credentials.base import Credentials
from ..errors import RequestValidationError
from ..signing.oss_common import MAX_PRESIGN_EXPIRES, QueryInput
from ..signing.oss_v1 import presign_v1
from ..signing.oss_v4 import presign_v4
from .addressing import Address

__all__ = ["PresignedUrl", "expires_seconds", "presign_url"]


@dataclass(frozen=True)
class PresignedUrl:
    """A presigned URL: whoever holds it may send `method` to it with `signed_headers`."""

    url: str
    method: str
    expires_at: datetime
    #: headers that were signed: the request made with the URL must send them as they are
    signed_headers: Mapping[str, str]

    def __repr__(self) -> str:  # the URL is a bearer credential
        return (
            f"PresignedUrl(method={self.method!r}, url={self.url.split('?', 1)[0]!r}?..., "
            f"expires_at={self.expires_at.isoformat()!r})"
        )


def expires_seconds(expires: int | float | timedelta, signature_version: str) -> int:
    """The lifetime in whole seconds; `RequestValidationError` past the V4 limit."""
    if isinstance(expires, timedelta):
        seconds = int(expires.total_seconds())
    elif isinstance(expires, (int, float)) and not isinstance(expires, bool):
        seconds = int(expires)
    else:
        raise RequestValidationError(
            parameter="x-oss-expires",
            argument="expires",
            message=f"must be seconds or a timedelta, got {expires!r}",
        )
    if seconds <= 0:
        raise RequestValidationError(
            parameter="x-oss-expires",
            argument="expires",
            message=f"must be positive, got {seconds} seconds",
        )
    if signature_version == "v4" and seconds > MAX_PRESIGN_EXPIRES:
        raise RequestValidationError(
            parameter="x-oss-expires",
            argument="expires",
            message=(
                f"is {seconds} seconds; a V4 presigned URL may be valid for at most "
                f"{MAX_PRESIGN_EXPIRES} seconds (7 days)"
            ),
        )
    return seconds


def presign_url(
    creds: Credentials,
    *,
    method: str,
    address: Address,
    bucket: str,
    key: str,
    region: str | None,
    signature_version: str,
    when: float,
    expires: int | float | timedelta,
    query: QueryInput | None,
    headers: Mapping[str, str] | None,
) -> PresignedUrl:
    """Sign `method` on `bucket`/`key` at `address` into a URL (the secret stays here)."""
    seconds = expires_seconds(expires, signature_version)
    common: dict[str, Any] = {
        "bucket": bucket,
        "key": key,
        "query": query,
        "headers": headers,
        "access_key_id": creds.access_key_id,
        "access_key_secret": creds.access_key_secret.reveal(),
        "security_token": (
            creds.security_token.reveal() if creds.security_token else None
        ),
        "when": when,
        "expires": seconds,
    }
    try:
        if signature_version == "v1":
            signed = presign_v1(method, **common)
        else:
            assert region is not None, "V4 senders always know their region"
            signed = presign_v4(method, region=region, **common)
    except ValueError as exc:
        raise RequestValidationError(
            parameter="query", argument="query", message=str(exc)
        ) from None
    return PresignedUrl(
        url=signed.url(address.base_url),
        method=method,
        expires_at=signed.expires_at,
        signed_headers=dict(signed.signed_headers),
    )
