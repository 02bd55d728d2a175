"""Request and response models of GetBucketAcl."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import Owner

__all__ = [
    "AccessControlPolicy",
    "AccessControlPolicyAccessControlList",
    "BucketACL",
    "GetBucketAclRequest",
    "GetBucketAclResponse",
]


class BucketACL(_m.OpenEnum):
    """Bucket的ACL权限。"""

    PRIVATE = "private"
    PUBLIC_READ = "public-read"
    PUBLIC_READ_WRITE = "public-read-write"


class GetBucketAclRequest(_p.Request):
    """Parameters of GetBucketAcl, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketAclResponse(_m.Model):
    """A model of the response."""

    access_control_policy: AccessControlPolicy | None = _m.wire("AccessControlPolicy")
    """存储ACL信息的容器。"""


class AccessControlPolicy(_m.Model):
    """存储ACL信息的容器。"""

    owner: Owner | None = _m.wire("Owner")
    """保存Bucket拥有者信息的容器。"""
    access_control_list: AccessControlPolicyAccessControlList | None = _m.wire(
        "AccessControlList"
    )
    """存储ACL信息的容器类。"""


class AccessControlPolicyAccessControlList(_m.Model):
    """存储ACL信息的容器类。"""

    grant: BucketACL | None = _m.wire("Grant")
    """Bucket的ACL权限。"""


OPERATION = OperationInfo(
    "GetBucketAcl",
    GetBucketAclRequest,
    GetBucketAclResponse,
    method="GET",
    path="/",
    query=(("acl", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
