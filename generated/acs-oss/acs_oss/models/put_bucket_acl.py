"""Request and response models of PutBucketAcl."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["PutBucketAclRequest"]


class PutBucketAclRequest(_p.Request):
    """Parameters of PutBucketAcl, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    acl: str = _p.param(
        "x-oss-acl",
        location="header",
        enum=("private", "public-read", "public-read-write"),
    )
    """设置Bucket的访问权限ACL。PutBucketAcl接口通过Put请求中的x-oss-acl请求头来设置访问权限，如果没有该请求头，则访问权限设置不生效。
    <br>取值如下：

    - public-read-write（公共读写）：所有用户都有该Bucket内的文件的读写权限。请谨慎使用该访问权限。
    -
    public-read（公共读）：Bucket的拥有者和授权用户有该Bucket内的文件的读写权限，其他用户只有该Bucket内的文件的读权限。请谨慎使用该访问权限。
    - private：Bucket的拥有者和授权用户有该Bucket内的文件的读写权限，其他用户没有权限操作该Bucket内的文件。
    """


OPERATION = OperationInfo(
    "PutBucketAcl",
    PutBucketAclRequest,
    None,
    method="PUT",
    path="/",
    query=(("acl", ""),),
    idempotent=True,
)
