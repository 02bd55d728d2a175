"""Request and response models of GetObject."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetObjectRequest", "GetObjectResponse"]


class GetObjectRequest(_p.Request):
    """Parameters of GetObject, checked against the spec's limits when created."""

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
    response_content_type: str | None = _p.param("response-content-type", default=None)
    """指定OSS返回请求的content-type头。"""
    response_content_language: str | None = _p.param(
        "response-content-language", default=None
    )
    """指定OSS返回请求的content-language头。"""
    response_expires: str | None = _p.param("response-expires", default=None)
    """指定OSS返回请求的expires头。"""
    response_cache_control: str | None = _p.param(
        "response-cache-control", default=None
    )
    """指定OSS返回请求的cache-control头。"""
    response_content_disposition: str | None = _p.param(
        "response-content-disposition", default=None
    )
    """指定OSS返回请求的content-disposition头。"""
    response_content_encoding: str | None = _p.param(
        "response-content-encoding", default=None
    )
    """指定OSS返回请求的content-encoding头。"""
    range_: str | None = _p.param("Range", default=None, location="header")
    """指定文件传输的范围。
    - 如果指定的范围符合规范，返回消息中会包含整个Object的大小和此次返回Object的范围。例如：Content-Range: bytes
    0~9/44，表示整个Object大小为44，此次返回的范围为0~9。
    - 如果指定的范围不符合规范，则传送整个Object，并且结果中不包含Content-Range。

    默认值：无
    """
    if_modified_since: str | None = _p.param(
        "If-Modified-Since", default=None, location="header"
    )
    """如果指定的时间早于实际修改时间或指定的时间不符合规范，则直接返回Object，并返回200 OK；如果指定的时间等于或者晚于实际修改时间，则返回304 Not
    Modified。 时间格式：GMT，例如`Fri, 13 Nov 2015 14:47:53 GMT` 默认值：无
    """
    if_unmodified_since: str | None = _p.param(
        "If-Unmodified-Since", default=None, location="header"
    )
    """如果指定的时间等于或者晚于Object实际修改时间，则正常传输Object，并返回200 OK；如果指定的时间早于实际修改时间，则返回412
    Precondition Failed。 时间格式：GMT，例如`Fri, 13 Nov 2015 14:47:53 GMT`
    **If-Modified-Since**和**If-Unmodified-Since**可以同时使用。 默认值：无
    """
    if_match: str | None = _p.param("If-Match", default=None, location="header")
    """如果传入的ETag和Object的ETag匹配，则正常传输Object，并返回200 OK；如果传入的ETag和Object的ETag不匹配，则返回412
    Precondition Failed。 Object的ETag值用于验证数据是否发生了更改，您可以基于ETag值验证数据完整性。 默认值：无
    """
    if_none_match: str | None = _p.param(
        "If-None-Match", default=None, location="header"
    )
    """如果传入的ETag值和Object的ETag不匹配，则正常传输Object，并返回200 OK；如果传入的ETag和Object的ETag匹配，则返回304
    Not Modified。 **If-Match**和**If-None-Match**可以同时使用。 默认值：无
    """
    accept_encoding: str | None = _p.param(
        "Accept-Encoding", default=None, location="header"
    )
    """指定客户端的编码类型。
    如果要对返回内容进行Gzip压缩传输，您需要在请求头中以显示方式加入Accept-Encoding:gzip。OSS会根据Object的Content-Type和Object大小（不小于1
    KB）判断是否返回经过Gzip压缩的数据。 > - 如果采用了Gzip压缩，则不会附带ETag信息。 > -
    目前OSS支持Gzip压缩的Content-Type为text/cache-manifest、
    text/xml、text/plain、text/css、application/javascript、application/x-javascript、application/rss+xml、application/json和text/json。

    默认值：无
    """
    version_id: str | None = _p.param("versionId", default=None)
    """目标文件的版本ID。"""


class GetObjectResponse(_m.BinaryResponse):
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
    "GetObject",
    GetObjectRequest,
    GetObjectResponse,
    method="GET",
    path="/{+key}",
    media="binary",
    read_only=True,
    idempotent=True,
)
