"""Request and response models of UploadPart."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable
from typing import IO

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["UploadPartRequest", "UploadPartResponse"]


class UploadPartRequest(_p.Request):
    """Parameters of UploadPart, checked against the spec's limits when created."""

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
    part_number: int = _p.param("partNumber")
    """每一个上传的Part都有一个标识它的号码（partNumber）。

    取值：1~10000

    单个Part的大小限制为100 KB~5 GB。 >MultipartUpload事件中除最后一个Part以外，其他Part的大小都要大于或等于100
    KB。因不确定是否为最后一个Part，UploadPart接口并不会立即校验上传Part的大小，只有当CompleteMultipartUpload时才会校验。
    """
    upload_id: str = _p.param("uploadId")
    """uploadId用于唯一标识上传的Part属于哪个Object。"""
    body: bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes] | None = _p.param(
        "body", default=None, location="body", style="stream"
    )
    """请求体。"""


class UploadPartResponse(_m.Model):
    """A model of the response."""

    e_tag: str | None = _m.header("ETag")
    """The entity tag of the part"""
    hash_crc64ecma: str | None = _m.header("x-oss-hash-crc64ecma")
    """The CRC-64 of the part."""


OPERATION = OperationInfo(
    "UploadPart",
    UploadPartRequest,
    UploadPartResponse,
    method="PUT",
    path="/{+key}",
    idempotent=True,
)
