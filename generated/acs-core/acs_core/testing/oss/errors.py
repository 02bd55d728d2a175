"""OSS's errors as OSS answers them: a status, and `<Error>` XML with a code, a message, the
request ID, the host, the error's own fields and its `EC`; a HEAD request gets no body, the
same XML base64-encoded in `x-oss-err` instead.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping

from .xmltext import document, element

__all__ = ["ERRORS", "OssError", "error_body", "error_headers"]

# code -> (status, message, EC): what OSS answers when nothing more specific is said. The EC
# (OSS's own error number) is given only where OSS's documentation shows it; "" leaves it out.
ERRORS: dict[str, tuple[int, str, str]] = {
    "AccessDenied": (403, "You have no right to access this object.", ""),
    "BucketAlreadyExists": (
        409,
        "The requested bucket name is not available. The bucket namespace is shared by all "
        "users of the system. Please select a different name and try again.",
        "",
    ),
    "BucketNotEmpty": (
        409,
        "The bucket you tried to delete is not empty.",
        "",
    ),
    "EntityTooLarge": (
        400,
        "Your proposed upload exceeds the maximum allowed object size.",
        "",
    ),
    "EntityTooSmall": (
        400,
        "Your proposed upload is smaller than the minimum allowed size.",
        "",
    ),
    "FileAlreadyExists": (
        409,
        "The object you specified already exists and can not be overwritten.",
        "",
    ),
    "InternalError": (
        500,
        "We encountered an internal error. Please try again.",
        "",
    ),
    "InvalidAccessKeyId": (
        403,
        "The OSS Access Key Id you provided does not exist in our records.",
        "",
    ),
    "InvalidArgument": (400, "An argument you gave is not valid.", ""),
    "InvalidBucketName": (400, "The specified bucket is not valid.", ""),
    "InvalidDigest": (
        400,
        "The Content-MD5 you specified is not valid.",
        "",
    ),
    "InvalidObjectName": (400, "The specified object is not valid.", ""),
    "InvalidPart": (
        400,
        "One or more of the specified parts could not be found or the specified entity tag "
        "might not have matched the part's entity tag.",
        "",
    ),
    "InvalidPartOrder": (
        400,
        "The list of parts was not in ascending order. Parts list must specified in order "
        "by part number.",
        "",
    ),
    "InvalidRange": (
        416,
        "The requested range cannot be satisfied.",
        "",
    ),
    "InvalidSecurityToken": (
        403,
        "The security token you provided is invalid.",
        "0002-00000006",
    ),
    "MalformedXML": (
        400,
        "The XML you provided was not well-formed or did not validate against our "
        "published schema.",
        "",
    ),
    "MethodNotAllowed": (
        405,
        "The specified method is not allowed against this resource.",
        "",
    ),
    "MissingContentLength": (
        411,
        "You must provide the Content-Length HTTP header.",
        "",
    ),
    "NoSuchBucket": (404, "The specified bucket does not exist.", "0015-00000101"),
    "NoSuchKey": (404, "The specified key does not exist.", "0026-00000001"),
    "NoSuchUpload": (
        404,
        "The specified upload does not exist. The upload ID may be invalid, or the upload "
        "may have been aborted or completed.",
        "",
    ),
    "NotImplemented": (
        501,
        "A header or a sub-resource you provided implies functionality that the emulator "
        "does not implement.",
        "",
    ),
    "NotModified": (304, "", ""),
    "PreconditionFailed": (
        412,
        "At least one of the pre-conditions you specified did not hold.",
        "",
    ),
    "RequestTimeTooSkewed": (
        403,
        "The difference between the request time and the current time is too large.",
        "0002-00000504",
    ),
    "SecurityTokenExpired": (
        403,
        "The security token you provided has expired.",
        "",
    ),
    "ServiceUnavailable": (503, "Please reduce your request rate.", ""),
    "SignatureDoesNotMatch": (
        403,
        "The request signature we calculated does not match the signature you provided. "
        "Check your key and signing method.",
        "0002-00000040",
    ),
}


class OssError(Exception):
    """An OSS error answer: its code, and the message, status and extra fields (in the XML,
    after the standard ones) when they differ from `ERRORS`."""

    def __init__(
        self,
        code: str,
        message: str | None = None,
        status: int | None = None,
        **fields: str,
    ) -> None:
        known_status, known_message, ec = ERRORS.get(code, (400, code, ""))
        super().__init__(f"{code}: {message or known_message}")
        self.code = code
        self.message = message or known_message
        self.status = status or known_status
        self.ec = ec
        self.fields = fields


def error_body(
    error: OssError, request_id: str, host_id: str, extra: Mapping[str, str] = {}
) -> bytes:
    """The `<Error>` document of an error."""
    children = [
        element("Code", error.code),
        element("Message", error.message),
        element("RequestId", request_id),
        element("HostId", host_id),
        *(element(name, value) for name, value in {**error.fields, **extra}.items()),
    ]
    if error.ec:
        children.append(element("EC", error.ec))
        children.append(
            element("RecommendDoc", f"https://api.aliyun.com/troubleshoot?q={error.ec}")
        )
    return document("Error", children)


def error_headers(error: OssError, body: bytes, head: bool) -> list[tuple[str, str]]:
    """The headers of an error answer (a HEAD request's carry the body in `x-oss-err`)."""
    headers = [("Content-Type", "application/xml")]
    if error.ec:
        headers.append(("x-oss-ec", error.ec))
    if head:
        headers.append(("x-oss-err", base64.b64encode(body).decode("ascii")))
    return headers
