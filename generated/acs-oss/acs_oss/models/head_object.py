"""Request and response models of HeadObject."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["HeadObjectRequest", "HeadObjectResponse"]


class HeadObjectRequest(_p.Request):
    """Parameters of HeadObject, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    key: str = _p.param("key", location="path", style="key")
    """Object的完整路径。"""
    version_id: str | None = _p.param("versionId", default=None)
    """请求Object的版本号。"""
    if_modified_since: str | None = _p.param(
        "If-Modified-Since", default=None, location="header"
    )
    """如果传入参数中的时间早于实际修改时间，则返回200 OK和Object Meta；否则返回304 not modified。 默认值：无"""
    if_unmodified_since: str | None = _p.param(
        "If-Unmodified-Since", default=None, location="header"
    )
    """如果传入参数中的时间等于或者晚于文件实际修改时间，则返回200 OK和Object Meta；否则返回412 precondition failed。 默认值：无"""
    if_match: str | None = _p.param("If-Match", default=None, location="header")
    """如果传入期望的ETag和Object的 ETag匹配，则返回200 OK和Object Meta；否则返回412 precondition failed。
    默认值：无
    """
    if_none_match: str | None = _p.param(
        "If-None-Match", default=None, location="header"
    )
    """如果传入期望的ETag值和Object的ETag不匹配，则返回200 OK和Object Meta；否则返回304 Not Modified。 默认值：无"""


class HeadObjectResponse(_m.Model):
    """A model of the response."""

    server_side_encryption: str | None = _m.header("x-oss-server-side-encryption")
    server_side_encryption_key_id: str | None = _m.header(
        "x-oss-server-side-encryption-key-id"
    )
    storage_class: str | None = _m.header("x-oss-storage-class")
    object_type: str | None = _m.header("x-oss-object-type")
    next_append_position: int | None = _m.header("x-oss-next-append-position")
    hash_crc64ecma: str | None = _m.header("x-oss-hash-crc64ecma")
    expiration: str | None = _m.header("x-oss-expiration")
    restore: str | None = _m.header("x-oss-restore")
    process_status: str | None = _m.header("x-oss-process-status")
    request_charged: str | None = _m.header("x-oss-request-charged")
    content_md5: str | None = _m.header("Content-Md5")
    content_length: int | None = _m.header("Content-Length")
    last_modified: str | None = _m.header("Last-Modified")
    content_type: str | None = _m.header("Content-Type")
    e_tag: str | None = _m.header("ETag")
    metadata: dict[str, str] | None = _m.header("x-oss-meta-*")
    tagging_count: int | None = _m.header("x-oss-tagging-count")


OPERATION = OperationInfo(
    "HeadObject",
    HeadObjectRequest,
    HeadObjectResponse,
    method="HEAD",
    path="/{+key}",
    read_only=True,
    idempotent=True,
)
