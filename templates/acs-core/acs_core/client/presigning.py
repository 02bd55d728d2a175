"""`presign_url`: a client signs an OSS object URL that one of its answers carried.

Services answer object URLs without credentials (VOD's `AIImageResult` and `FileURL`: "this
parameter does not include the complete authentication information ... you must generate a
signed URL"). `Client.presign_url(url, expires=3600)` signs such a URL for a GET with the
client's own credentials (an STS token rides along in the URL), as a V4 presigned URL in the
region its host names (else the client's): whoever holds the result may download the object
until it expires, at most 7 days (604,800 s) later, and no later than an STS token it carries.

Everything is checked before the credentials are asked for: an expiry over 7 days first, then
the URL, which must be an OSS object URL (`acs_core.oss.urls`): virtual-hosted
`https://<bucket>.oss-<region>.aliyuncs.com/<key>` or path style `http://<ip>:<port>/<bucket>/<key>`.
"""

from __future__ import annotations

from datetime import timedelta

from ..credentials.base import Credentials
from ..errors import RequestValidationError
from ..oss.presign import expires_seconds, presign_url
from ..oss.urls import ObjectUrl, parse_object_url

__all__ = ["DEFAULT_EXPIRES", "check_presign", "sign_object_url"]

DEFAULT_EXPIRES = 3600  # seconds a presigned URL lives unless told otherwise


def check_presign(url: str, expires: int | float | timedelta) -> tuple[ObjectUrl, int]:
    """The object a URL names and the lifetime in seconds, or `RequestValidationError`."""
    seconds = expires_seconds(expires, "v4")  # first: no more than 7 days
    try:
        return parse_object_url(url), seconds
    except ValueError as exc:
        raise RequestValidationError(
            parameter="url", argument="url", message=str(exc)
        ) from None


def sign_object_url(
    creds: Credentials,
    target: ObjectUrl,
    seconds: int,
    *,
    region: str,
    when: float,
    method: str = "GET",
) -> str:
    """`target` signed for `method` with `creds` (the secret stays in this frame)."""
    return presign_url(
        creds,
        method=method,
        address=target.address,
        bucket=target.bucket,
        key=target.key,
        region=target.region or region,
        signature_version="v4",
        when=when,
        expires=seconds,
        query=list(target.query) or None,
        headers=None,
    ).url
