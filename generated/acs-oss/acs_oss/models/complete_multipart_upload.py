"""Request and response models of CompleteMultipartUpload."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import CompleteMultipartUpload

__all__ = [
    "CompleteMultipartUploadBody",
    "CompleteMultipartUploadRequest",
    "CompleteMultipartUploadResponse",
    "CompleteMultipartUploadResult",
]


class CompleteMultipartUploadRequest(_p.Request):
    """Parameters of CompleteMultipartUpload, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    key: str = _p.param("key", location="path", style="key")
    """Object完整路径。"""
    upload_id: str = _p.param("uploadId")
    """此次MultipartUpload事件的唯一标识。"""
    encoding_type: str | None = _p.param("encoding-type", default=None, enum=("url",))
    """指定对返回的Key进行编码，目前只支持URL编码。

    Key使用UTF-8字符，但XML 1.0标准不支持解析一些控制字符，例如ASCII码值从0到10的字符。当Key中包含XML
    1.0标准不支持的控制字符时，您可以通过指定Encoding-type对返回的Key进行编码。

    默认值：无

    有效值：url
    """
    forbid_overwrite: str | None = _p.param(
        "x-oss-forbid-overwrite", default=None, location="header"
    )
    """指定CompleteMultipartUpload操作时是否覆盖同名Object。

    - 不指定x-oss-forbid-overwrite或者指定x-oss-forbid-overwrite为false时，表示允许覆盖同名Object。
    - 指定x-oss-forbid-overwrite为true时，表示禁止覆盖同名Object。

    >
    - 当目标Bucket的版本控制状态为“开启”或“暂停”时，x-oss-forbid-overwrite请求Header设置无效，即允许覆盖同名Object。
    -
    设置x-oss-forbid-overwrite请求Header会导致QPS处理性能下降，如果您有大量的操作需要使用x-oss-forbid-overwrite请求Header（QPS
    > 1000），请工单联系我们进行确认，避免影响您的业务。
    """
    complete_all: str | None = _p.param(
        "x-oss-complete-all", default=None, location="header"
    )
    """指定是否列举当前UploadId已上传的所有Part。

    -
    如果指定了x-oss-complete-all:yes，则OSS会列举当前UploadId已上传的所有Part，然后按照PartNumber的序号排序并执行CompleteMultipartUpload操作。执行CompleteMultipartUpload过程中无法检测正在上传或者漏传的Part，因此用户需要自己确保Part的完整性。
    - 如果指定了x-oss-complete-all:yes，则不允许继续指定body，否则报错。
    - 如果指定了x-oss-complete-all:yes，response的格式保持不变。
    """
    body: CompleteMultipartUploadBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存CompleteMultipartUpload请求内容的请求体。"""


class CompleteMultipartUploadResponse(_m.Model):
    """保存CompleteMultipartUpload请求结果的响应体。"""

    complete_multipart_upload_result: CompleteMultipartUploadResult | None = _m.wire(
        "CompleteMultipartUploadResult"
    )
    """保存CompleteMultipartUpload请求响应内容的容器。"""
    version_id: str | None = _m.header("x-oss-version-id")


class CompleteMultipartUploadResult(_m.Model):
    """保存CompleteMultipartUpload请求响应内容的容器。"""

    encoding_type: str | None = _m.wire("EncodingType")
    """是否对返回的key进行编码。"""
    location: str | None = _m.wire("Location")
    """新创建Object的URL。"""
    bucket: str | None = _m.wire("Bucket")
    """Bucket名称。"""
    key: str | None = _m.wire("Key")
    """新创建Object的名字。"""
    e_tag: str | None = _m.wire("ETag")
    """Object生成时会创建相应的ETag ，ETag用于标识一个Object的内容。

    通过CompleteMultipartUpload请求创建的Object，ETag值是基于一定计算规则生成的唯一值，但不是其内容的MD5值。

    >ETag值可以用于检查Object内容是否发生变化。不建议使用ETag作为Object内容的MD5来校验数据完整性。
    """


class CompleteMultipartUploadBody(_m.Model):
    """A model of the response."""

    complete_multipart_upload: CompleteMultipartUpload | None = _m.wire(
        "CompleteMultipartUpload"
    )
    """保存CompleteMultipartUpload请求内容的容器。"""


OPERATION = OperationInfo(
    "CompleteMultipartUpload",
    CompleteMultipartUploadRequest,
    CompleteMultipartUploadResponse,
    path="/{+key}",
    media="xml",
)
