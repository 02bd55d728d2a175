"""Request and response models of GetBucketResourceGroup."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetBucketResourceGroupRequest",
    "GetBucketResourceGroupResponse",
    "GetBucketResourceGroupResponseBucketResourceGroupConfiguration",
]


class GetBucketResourceGroupRequest(_p.Request):
    """Parameters of GetBucketResourceGroup, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """要查询的目标Bucket"""


class GetBucketResourceGroupResponse(_m.Model):
    """获取资源组ID的响应体。"""

    bucket_resource_group_configuration: (
        GetBucketResourceGroupResponseBucketResourceGroupConfiguration | None
    ) = _m.wire("BucketResourceGroupConfiguration")
    """资源组ID的容器。"""


class GetBucketResourceGroupResponseBucketResourceGroupConfiguration(_m.Model):
    """资源组ID的容器。"""

    resource_group_id: str | None = _m.wire("ResourceGroupId")
    """Bucket所属的资源组ID。"""


OPERATION = OperationInfo(
    "GetBucketResourceGroup",
    GetBucketResourceGroupRequest,
    GetBucketResourceGroupResponse,
    method="GET",
    path="/",
    query=(("resourceGroup", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
