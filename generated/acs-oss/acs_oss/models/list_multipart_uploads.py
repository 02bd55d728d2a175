"""Request and response models of ListMultipartUploads."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo, Pager

from ._shared import CommonPrefix, Upload

__all__ = [
    "ListMultipartUploadsRequest",
    "ListMultipartUploadsResponse",
    "ListMultipartUploadsResult",
]


class ListMultipartUploadsRequest(_p.Request):
    """Parameters of ListMultipartUploads, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    delimiter: str | None = _p.param("delimiter", default=None)
    """用于对Object名称进行分组的字符。所有名称包含指定的前缀且首次出现delimiter字符之间的Object作为一组元素CommonPrefixes。"""
    max_uploads: int | None = _p.param("max-uploads", default=None)
    """限定此次返回Multipart Upload事件的最大个数，默认值为1000。最大值为1000。"""
    key_marker: str | None = _p.param("key-marker", default=None)
    """与upload-id-marker参数配合使用，用于指定返回结果的起始位置。
    - 如果未设置upload-id-marker参数，查询结果中包含所有Object名称的字典序大于key-marker参数值的Multipart Upload事件。
    - 如果设置了upload-id-marker参数，查询结果中包含：
    - 所有Object名称的字典序大于key-marker参数值的Multipart Upload事件。
    - Object名称等于key-marker参数值，但是UploadId比upload-id-marker参数值大的Multipart Upload事件。
    """
    prefix: str | None = _p.param("prefix", default=None)
    """限定返回的Object Key必须以prefix作为前缀。注意使用prefix查询时，返回的Key中仍会包含prefix。 >
    您可以灵活地使用prefix参数对Bucket内的Object进行分组管理（类似文件夹功能）。
    """
    upload_id_marker: str | None = _p.param("upload-id-marker", default=None)
    """与key-marker参数配合使用，用于指定返回结果的起始位置。
    - 如果未设置key-marker参数，则OSS会忽略upload-id-marker参数。
    - 如果设置了key-marker参数，查询结果中包含：
    - 所有Object名称的字典序大于key-marker参数值的Multipart Upload事件。
    - Object名称等于key-marker参数值，但是UploadId比upload-id-marker参数值大的Multipart Upload事件。
    """
    encoding_type: str | None = _p.param("encoding-type", default=None, enum=("url",))
    """指定对返回的内容进行编码，指定编码的类型。Delimiter、KeyMarker、Prefix、NextKeyMarker和Key使用UTF-8字符，但xml
    1.0标准不支持解析一些控制字符，例如ASCII值从0到10的字符。对于包含xml
    1.0标准不支持的控制字符，可以通过指定encoding-type对返回的Delimiter、KeyMarker、Prefix、NextKeyMarker和Key进行编码。

    默认值：无
    """


class ListMultipartUploadsResponse(_m.Model):
    """保存ListMultipartUpload请求结果的响应体。"""

    list_multipart_uploads_result: ListMultipartUploadsResult | None = _m.wire(
        "ListMultipartUploadsResult"
    )
    """保存ListMultipartUpload请求结果的容器。"""


class ListMultipartUploadsResult(_m.Model):
    """保存ListMultipartUpload请求结果的容器。"""

    bucket: str | None = _m.wire("Bucket")
    """Bucket名称。"""
    encoding_type: str | None = _m.wire("EncodingType")
    """指明返回结果中编码使用的类型。如果请求参数中指定了encoding-type，那返回的结果会对Delimiter、KeyMarker、Prefix、NextKeyMarker和Key这些元素进行编码。"""
    key_marker: str | None = _m.wire("KeyMarker")
    """列表的起始Object位置。"""
    upload_id_marker: str | None = _m.wire("UploadIdMarker")
    """列表的起始UploadId位置。"""
    next_key_marker: str | None = _m.wire("NextKeyMarker")
    """如果本次没有返回全部结果，响应请求中将包含NextKeyMarker元素，用于表示接下来请求的KeyMarker值。"""
    next_upload_id_marker: str | None = _m.wire("NextUploadIdMarker")
    """如果本次没有返回全部结果，响应请求中将包含NextUploadMarker元素，用于表示接下来请求的UploadMarker值。"""
    max_uploads: int | None = _m.wire("MaxUploads")
    """返回的最大Upload个数。"""
    is_truncated: bool | None = _m.wire("IsTruncated")
    """表示本次返回的MultipartUpload结果列表是否被截断。取值范围如下：

    true：表示本次没有返回全部结果。

    false（默认）：表示本次已经返回了全部结果。
    """
    prefix: str | None = _m.wire("Prefix")
    """本次查询所用的前缀。"""
    delimiter: str | None = _m.wire("Delimiter")
    """本次查询所用的Object名称分组字符。"""
    upload: list[Upload] | None = _m.wire("Upload")
    """保存Multipart Upload事件信息的列表。"""
    common_prefixes: list[CommonPrefix] | None = _m.wire("CommonPrefixes")
    """保存列举结果中Object名称公共前缀的列表。"""


OPERATION = OperationInfo(
    "ListMultipartUploads",
    ListMultipartUploadsRequest,
    ListMultipartUploadsResponse,
    method="GET",
    path="/",
    query=(("uploads", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
    pager=Pager(
        "marker",
        ("list_multipart_uploads_result", "upload"),
        markers=(
            ("key_marker", ("list_multipart_uploads_result", "next_key_marker")),
            (
                "upload_id_marker",
                ("list_multipart_uploads_result", "next_upload_id_marker"),
            ),
        ),
        truncated=("list_multipart_uploads_result", "is_truncated"),
    ),
)
