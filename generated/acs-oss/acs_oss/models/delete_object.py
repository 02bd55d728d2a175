"""Request and response models of DeleteObject."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteObjectRequest", "DeleteObjectResponse"]


class DeleteObjectRequest(_p.Request):
    """Parameters of DeleteObject, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket信息。"""
    key: str = _p.param("key", location="path", style="key")
    """Object的完整路径。"""
    version_id: str | None = _p.param("versionId", default=None)
    """Object对应的版本ID。"""


class DeleteObjectResponse(_m.Model):
    """A model of the response."""

    delete_marker: bool | None = _m.header("x-oss-delete-marker")
    version_id: str | None = _m.header("x-oss-version-id")


OPERATION = OperationInfo(
    "DeleteObject",
    DeleteObjectRequest,
    DeleteObjectResponse,
    method="DELETE",
    path="/{+key}",
    idempotent=True,
)
