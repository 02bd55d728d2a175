"""Request and response models of GetBucketReplicationLocation."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import LocationTransferType

__all__ = [
    "GetBucketReplicationLocationRequest",
    "GetBucketReplicationLocationResponse",
    "LocationRTCConstraint",
    "LocationTransferTypeConstraint",
    "ReplicationLocation",
]


class GetBucketReplicationLocationRequest(_p.Request):
    """Parameters of GetBucketReplicationLocation, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketReplicationLocationResponse(_m.Model):
    """获取可复制地域请求的响应体。"""

    replication_location: ReplicationLocation | None = _m.wire("ReplicationLocation")
    """可复制地域信息的容器。"""


class ReplicationLocation(_m.Model):
    """可复制地域信息的容器。"""

    location: list[str] | None = _m.wire("Location")
    """可复制到的目标Bucket所在的地域列表。

    > 如果有多个可复制到的目标地域，那么返回的结果中包含多个Location。如果没有可复制到的目标地域，则返回的Location为空。
    """
    location_transfer_type_constraint: LocationTransferTypeConstraint | None = _m.wire(
        "LocationTransferTypeConstraint"
    )
    """包含TransferType约束的Location信息容器。"""
    location_rtc_constraint: LocationRTCConstraint | None = _m.wire(
        "LocationRTCConstraint"
    )
    """包含RTC约束的Location信息容器。"""


class LocationTransferTypeConstraint(_m.Model):
    """包含TransferType约束的Location信息容器。"""

    location_transfer_type: list[LocationTransferType] | None = _m.wire(
        "LocationTransferType"
    )
    """包含TransferType的Location信息容器。"""


class LocationRTCConstraint(_m.Model):
    """包含RTC约束的Location信息容器。"""

    location: list[str] | None = _m.wire("Location")
    """支持RTC的Location信息列表。"""


OPERATION = OperationInfo(
    "GetBucketReplicationLocation",
    GetBucketReplicationLocationRequest,
    GetBucketReplicationLocationResponse,
    method="GET",
    path="/",
    query=(("replicationLocation", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
