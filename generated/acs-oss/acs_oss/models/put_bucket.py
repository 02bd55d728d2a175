"""Request and response models of PutBucket."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import CreateBucketConfiguration

__all__ = ["PutBucketBody", "PutBucketRequest"]


class PutBucketRequest(_p.Request):
    """Parameters of PutBucket, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。存储空间的命名规范如下：

    - 只能包括小写字母、数字和短划线（-）。
    - 必须以小写字母或者数字开头和结尾。
    - 长度必须在3~63字符之间。
    """
    acl: str | None = _p.param(
        "x-oss-acl",
        default=None,
        location="header",
        enum=("private", "public-read", "public-read-write"),
    )
    """指定Bucket的访问权限ACL。包含如下三种访问权限：

    - public-read-write：公共读写

    - public-read：公共读

    - private：私有（默认值）

    关于Bucket访问权限ACL的更多信息，请参见[设置存储空间访问权限ACL](~~31843~~)。
    """
    resource_group_id: str | None = _p.param(
        "x-oss-resource-group-id", default=None, location="header"
    )
    """指定资源组ID。
    - 如果在请求中携带该请求头并指定资源组ID，则创建的存储空间属于该资源组。当指定的资源组ID为rg-default-id时，创建的存储空间属于默认资源组。
    - 如果在请求中未携带该请求头，则创建的存储空间属于默认资源组。

    您可以通过资源管理的控制台或ListResourceGroups接口获取资源组ID。具体操作，请分别参见[查看资源组基本信息](~~151181~~)和[ListResourceGroups](~~158855~~)。
    > 创建无地域属性Bucket时不支持配置资源组。
    """
    body: PutBucketBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """存储创建Bucket信息的容器。"""


class PutBucketBody(_m.Model):
    """A model of the response."""

    create_bucket_configuration: CreateBucketConfiguration | None = _m.wire(
        "CreateBucketConfiguration"
    )
    """创建Bucket时使用的配置信息。"""


OPERATION = OperationInfo(
    "PutBucket", PutBucketRequest, None, method="PUT", path="/", idempotent=True
)
