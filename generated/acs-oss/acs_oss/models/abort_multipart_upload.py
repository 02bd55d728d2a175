"""Request and response models of AbortMultipartUpload."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["AbortMultipartUploadRequest"]


class AbortMultipartUploadRequest(_p.Request):
    """Parameters of AbortMultipartUpload, checked against the spec's limits when created."""

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


OPERATION = OperationInfo(
    "AbortMultipartUpload",
    AbortMultipartUploadRequest,
    None,
    method="DELETE",
    path="/{+key}",
    idempotent=True,
)
