"""Request and response models of DeleteObjectTagging."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteObjectTaggingRequest"]


class DeleteObjectTaggingRequest(_p.Request):
    """Parameters of DeleteObjectTagging, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """bucket名称。"""
    key: str = _p.param("key", location="path", style="key")
    """Object完整路径。"""
    version_id: str | None = _p.param("versionId", default=None)
    """删除的Object的版本号。"""


OPERATION = OperationInfo(
    "DeleteObjectTagging",
    DeleteObjectTaggingRequest,
    None,
    method="DELETE",
    path="/{+key}",
    query=(("tagging", ""),),
    idempotent=True,
)
