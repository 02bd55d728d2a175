"""An OSS request as the emulator reads it (path style: `/<bucket>/<key>`), and how it is told
apart from the gateway's requests at the same endpoint."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote, unquote_plus

from ...signing.oss_common import V4_ALGORITHM, validate_bucket_name
from .errors import OssError

__all__ = [
    "MAX_KEY_BYTES",
    "OssRequest",
    "check_names",
    "is_oss_request",
    "parse_request",
]

MAX_KEY_BYTES = 1023  # of an object key's UTF-8

_V4_PREFIX = V4_ALGORITHM + " "
_QUERY_MARKS = ("x-oss-signature", "x-oss-credential", "OSSAccessKeyId")


@dataclass
class OssRequest:
    method: str
    path: str  # as sent (percent-encoded), without the query
    bucket: str | None  # None: the service (ListBuckets)
    key: str | None  # None: the bucket itself
    pairs: list[tuple[str, str]]  # the query, decoded, in order
    headers: Mapping[str, str]  # names lowercased
    query: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.query = dict(self.pairs)

    @property
    def host(self) -> str:
        return self.headers.get("host", "")


def _split_target(target: str) -> tuple[str, str]:
    path, _, query = target.partition("?")
    return path or "/", query


def _pairs(query: str) -> list[tuple[str, str]]:
    pairs = []
    for part in query.split("&"):
        if part:
            name, _, value = part.partition("=")
            pairs.append((unquote_plus(name), unquote_plus(value)))
    return pairs


def _bucket_of(path: str) -> str:
    return unquote(path.lstrip("/").partition("/")[0])


def is_oss_request(
    target: str, headers: Mapping[str, str], has_bucket: Callable[[str], bool]
) -> bool:
    """Whether a request is for OSS: signed as OSS signs (an `OSS4-HMAC-SHA256` or `OSS`
    Authorization, a presigned query), or unsigned to a path whose first segment is a bucket
    of the store. Cheap for the gateway's requests, which answer no to the first test.
    """
    authorization = headers.get("authorization")
    if authorization is not None:
        return authorization.startswith((_V4_PREFIX, "OSS "))
    path, query = _split_target(target)
    if query and ("x-oss-" in query or "OSSAccessKeyId" in query):
        names = {part.partition("=")[0] for part in query.split("&")}
        if any(mark in names for mark in _QUERY_MARKS):
            return True
    if "Signature=" in query:
        return False  # the gateway's RPC signature
    bucket = _bucket_of(path)
    return bool(bucket) and has_bucket(bucket)


def parse_request(method: str, target: str, headers: Mapping[str, str]) -> OssRequest:
    """Bucket, key and query of a path-style request; keys may carry `/` encoded (oss2) or
    not (alibabacloud-oss-v2)."""
    path, query = _split_target(target)
    bucket_part, slash, key_part = path.lstrip("/").partition("/")
    bucket = unquote(bucket_part) or None
    key = unquote(key_part) if slash and key_part else None
    return OssRequest(method, path, bucket, key, _pairs(query), headers)


def check_names(request: OssRequest) -> None:
    """InvalidBucketName or InvalidObjectName, as OSS answers names it cannot have."""
    if request.bucket is not None:
        try:
            validate_bucket_name(request.bucket)
        except ValueError as exc:
            raise OssError(
                "InvalidBucketName", str(exc), BucketName=request.bucket
            ) from None
    if (
        request.key is not None
        and len(request.key.encode("utf-8", "replace")) > MAX_KEY_BYTES
    ):
        raise OssError(
            "InvalidObjectName",
            f"An object key has at most {MAX_KEY_BYTES} bytes.",
        )
