"""Request and response models of PutObjectAcl."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["PutObjectAclRequest", "PutObjectAclResponse"]


class PutObjectAclRequest(_p.Request):
    """Parameters of PutObjectAcl, checked against the spec's limits when created."""

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
    object_acl: str = _p.param(
        "x-oss-object-acl",
        location="header",
        enum=("private", "public-read", "public-read-write", "default"),
    )
    """指定OSS创建Object时的访问权限。 取值：

    - default（默认）：Object遵循所在存储空间的访问权限。
    - private：Object是私有资源。只有Object的拥有者和授权用户有该Object的读写权限，其他用户没有权限操作该Object。
    -
    public-read：Object是公共读资源。只有Object的拥有者和授权用户有该Object的读写权限，其他用户只有该Object的读权限。请谨慎使用该权限。
    - public-read-write：Object是公共读写资源。所有用户都有该Object的读写权限。请谨慎使用该权限。

    关于访问权限的更多信息，请参见**[读写权限ACL](~~100676~~)**。
    """
    version_id: str | None = _p.param("versionId", default=None)
    """Object对应的版本"""


class PutObjectAclResponse(_m.Model):
    """A model of the response."""

    version_id: str | None = _m.header("x-oss-version-id")


OPERATION = OperationInfo(
    "PutObjectAcl",
    PutObjectAclRequest,
    PutObjectAclResponse,
    method="PUT",
    path="/{+key}",
    query=(("acl", ""),),
    idempotent=True,
)
