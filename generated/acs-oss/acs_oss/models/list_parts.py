"""Request and response models of ListParts."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

from ._shared import Part

__all__ = ["ListPartsRequest", "ListPartsResponse", "ListPartsResult"]


class ListPartsRequest(_p.Request):
    """Parameters of ListParts, checked against the spec's limits when created."""

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
    upload_id: str = _p.param("uploadId")
    """MultipartUpload事件的ID。"""
    max_parts: int | None = _p.param("max-parts", default=None)
    """规定在OSS响应中的最大Part数目。

    默认值：**1,000**

    最大值：**1,000**
    """
    part_number_marker: int | None = _p.param("part-number-marker", default=None)
    """指定List的起始位置，只有Part Number数目大于该参数的Part会被列出。 默认值：无"""
    encoding_type: str | None = _p.param("encoding-type", default=None, enum=("url",))
    """指定对返回的内容进行编码，指定编码的类型。Key使用UTF-8字符，但xml
    1.0标准不支持解析一些控制字符，比如ascii值从0到10的字符。对于Key中包含xml
    1.0标准不支持的控制字符，可以通过指定Encoding-type对返回的Key进行编码。

    默认值：无

    可选值：**url**
    """


class ListPartsResponse(_m.Model):
    """保存List Part请求结果的响应体。"""

    list_parts_result: ListPartsResult | None = _m.wire("ListPartsResult")
    """The parts of the multipart upload (one page of them)."""


class ListPartsResult(_m.Model):
    """The parts of the multipart upload (one page of them)."""

    bucket: str | None = _m.wire("Bucket")
    """The bucket name."""
    encoding_type: str | None = _m.wire("EncodingType")
    """url when the request asked for it."""
    key: str | None = _m.wire("Key")
    """The object key."""
    upload_id: str | None = _m.wire("UploadId")
    """The ID of the multipart upload."""
    part_number_marker: int | None = _m.wire("PartNumberMarker")
    """The part number this page starts after."""
    next_part_number_marker: int | None = _m.wire("NextPartNumberMarker")
    """The part number the next page starts after."""
    max_parts: int | None = _m.wire("MaxParts")
    """The most parts a page holds."""
    is_truncated: bool | None = _m.wire("IsTruncated")
    """Whether more parts follow."""
    part: list[Part] | None = _m.wire("Part")
    """The parts of this page."""


OPERATION = OperationInfo(
    "ListParts",
    ListPartsRequest,
    ListPartsResponse,
    method="GET",
    path="/{+key}",
    media="xml",
    read_only=True,
    idempotent=True,
    pager=Pager(
        "marker",
        ("list_parts_result", "part"),
        markers=(
            ("part_number_marker", ("list_parts_result", "next_part_number_marker")),
        ),
        truncated=("list_parts_result", "is_truncated"),
    ),
)
