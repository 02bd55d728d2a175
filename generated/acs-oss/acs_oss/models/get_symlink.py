"""Request and response models of GetSymlink."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetSymlinkRequest", "GetSymlinkResponse"]


class GetSymlinkRequest(_p.Request):
    """Parameters of GetSymlink, checked against the spec's limits when created."""

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
    version_id: str | None = _p.param("versionId", default=None)
    """获取软链接的当前Object版本。"""


class GetSymlinkResponse(_m.Model):
    """A model of the response."""

    symlink_target: str | None = _m.header("x-oss-symlink-target")
    version_id: str | None = _m.header("x-oss-version-id")


OPERATION = OperationInfo(
    "GetSymlink",
    GetSymlinkRequest,
    GetSymlinkResponse,
    method="GET",
    path="/{+key}",
    query=(("symlink", ""),),
    read_only=True,
    idempotent=True,
)
