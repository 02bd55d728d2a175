"""Request and response models of GetObjectAcl."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import Owner

__all__ = [
    "AccessControlPolicy",
    "AccessControlPolicyAccessControlList",
    "GetObjectAclRequest",
    "GetObjectAclResponse",
    "ObjectACL2",
]


class ObjectACL2(_m.OpenEnum):
    """Object的ACL权限。"""

    PRIVATE = "private"
    PUBLIC_READ = "public-read"
    PUBLIC_READ_WRITE = "public-read-write"
    DEFAULT = "default"


class GetObjectAclRequest(_p.Request):
    """Parameters of GetObjectAcl, checked against the spec's limits when created."""

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
    """Object对应的版本。"""


class GetObjectAclResponse(_m.Model):
    """存储ACL信息的响应体。"""

    access_control_policy: AccessControlPolicy | None = _m.wire("AccessControlPolicy")
    """存储ACL信息的容器。"""


class AccessControlPolicy(_m.Model):
    """存储ACL信息的容器。"""

    owner: Owner | None = _m.wire("Owner")
    """保存Bucket拥有者信息的容器。"""
    access_control_list: AccessControlPolicyAccessControlList | None = _m.wire(
        "AccessControlList"
    )
    """存储ACL信息的容器。"""


class AccessControlPolicyAccessControlList(_m.Model):
    """存储ACL信息的容器。"""

    grant: ObjectACL2 | None = _m.wire("Grant")
    """Object的ACL权限。"""


OPERATION = OperationInfo(
    "GetObjectAcl",
    GetObjectAclRequest,
    GetObjectAclResponse,
    method="GET",
    path="/{+key}",
    query=(("acl", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
