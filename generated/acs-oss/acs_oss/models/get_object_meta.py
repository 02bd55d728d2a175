"""Request and response models of GetObjectMeta."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetObjectMetaRequest", "GetObjectMetaResponse"]


class GetObjectMetaRequest(_p.Request):
    """Parameters of GetObjectMeta, checked against the spec's limits when created."""

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
    """Object的版本ID。只有查看Object指定版本的元数据信息时才显示该字段。"""


class GetObjectMetaResponse(_m.Model):
    """A model of the response."""

    version_id: str | None = _m.header("x-oss-version-id")
    e_tag: str | None = _m.header("ETag")
    content_length: int | None = _m.header("Content-Length")
    last_access_time: str | None = _m.header("x-oss-last-access-time")
    last_modified: str | None = _m.header("Last-Modified")
    """When the object was last modified."""


OPERATION = OperationInfo(
    "GetObjectMeta",
    GetObjectMetaRequest,
    GetObjectMetaResponse,
    method="HEAD",
    path="/{+key}",
    query=(("objectMeta", ""),),
    read_only=True,
    idempotent=True,
)
