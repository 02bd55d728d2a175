"""Request and response models of UploadPartCopy."""

from __future__ import annotations

from datetime import datetime

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["CopyPartResult", "UploadPartCopyRequest", "UploadPartCopyResponse"]


class UploadPartCopyRequest(_p.Request):
    """Parameters of UploadPartCopy, checked against the spec's limits when created."""

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
    copy_source: str = _p.param("x-oss-copy-source", location="header")
    """拷贝源地址（必须有可读权限）。"""
    part_number: int = _p.param("partNumber")
    """每一个上传的Part都有一个标识它的号码（partNumber）。

    取值：1~10000

    单个Part的大小限制为100 KB~5 GB。 > MultipartUpload事件中除最后一个Part以外，其他Part的大小都要大于或等于100
    KB。因不确定是否为最后一个Part，UploadPart接口并不会立即校验上传Part的大小，只有当CompleteMultipartUpload时才会校验。
    """
    upload_id: str = _p.param("uploadId")
    """uploadId用于唯一标识上传的Part属于哪个Object。"""
    copy_source_range: str | None = _p.param(
        "x-oss-copy-source-range", default=None, location="header"
    )
    """源Object的拷贝范围。例如设置bytes=0~9，表示拷贝0到9这10个字符。 默认值：无
    - 不指定该请求头时，表示拷贝整个源Object。
    - 当指定该请求头时，则返回消息中会包含整个文件的长度和此次拷贝的范围，例如：Content-Range: bytes
    0~9/44，表示整个文件长度为44，此次拷贝的范围为0~9。
    - 当指定的范围不符合规范时，则拷贝整个源Object，并且不在结果中提及Content-Range。
    """
    copy_source_if_match: str | None = _p.param(
        "x-oss-copy-source-if-match", default=None, location="header"
    )
    """如果源Object的ETAG值和用户提供的ETAG相等，则执行拷贝操作；否则返回412 HTTP错误码（预处理失败）。 默认值：无"""
    copy_source_if_none_match: str | None = _p.param(
        "x-oss-copy-source-if-none-match", default=None, location="header"
    )
    """如果传入的ETag值和Object的ETag不匹配，则正常传输文件，并返回200 OK；否则返回304 Not Modified。 默认值：无"""
    copy_source_if_unmodified_since: str | None = _p.param(
        "x-oss-copy-source-if-unmodified-since", default=None, location="header"
    )
    """如果传入参数中的时间等于或者晚于文件实际修改时间，则正常传输文件，并返回200 OK；否则返回412 precondition failed错误。 默认值：无"""
    copy_source_if_modified_since: str | None = _p.param(
        "x-oss-copy-source-if-modified-since", default=None, location="header"
    )
    """如果指定的时间早于实际修改时间，则正常传送文件，并返回200 OK；否则返回304 not modified。 默认值：无 时间格式：GMT时间，例如Fri,
    13 Nov 2015 14:47:53 GMT
    """


class UploadPartCopyResponse(_m.Model):
    """UploadPartCopy请求的响应体。"""

    copy_part_result: CopyPartResult | None = _m.wire("CopyPartResult")
    """保存UploadPartCopy结果的容器。"""
    copy_source_version_id: str | None = _m.header("x-oss-copy-source-version-id")


class CopyPartResult(_m.Model):
    """保存UploadPartCopy结果的容器。"""

    last_modified: datetime | None = _m.wire("LastModified")
    """最近一次修改时间。"""
    e_tag: str | None = _m.wire("ETag")
    """被拷贝Object的ETag值。"""


OPERATION = OperationInfo(
    "UploadPartCopy",
    UploadPartCopyRequest,
    UploadPartCopyResponse,
    method="PUT",
    path="/{+key}",
    media="xml",
    idempotent=True,
)
