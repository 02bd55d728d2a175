"""Request and response models of GetBucketTransferAcceleration."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "GetBucketTransferAccelerationRequest",
    "GetBucketTransferAccelerationResponse",
    "GetBucketTransferAccelerationResponseTransferAccelerationConfiguration",
]


class GetBucketTransferAccelerationRequest(_p.Request):
    """Parameters of GetBucketTransferAcceleration, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketTransferAccelerationResponse(_m.Model):
    """A model of the response."""

    transfer_acceleration_configuration: (
        GetBucketTransferAccelerationResponseTransferAccelerationConfiguration | None
    ) = _m.wire("TransferAccelerationConfiguration")
    """保存传输加速配置信息的容器。"""


class GetBucketTransferAccelerationResponseTransferAccelerationConfiguration(_m.Model):
    """保存传输加速配置信息的容器。"""

    enabled: bool | None = _m.wire("Enabled")
    """是否开启传出加速。"""


OPERATION = OperationInfo(
    "GetBucketTransferAcceleration",
    GetBucketTransferAccelerationRequest,
    GetBucketTransferAccelerationResponse,
    method="GET",
    path="/",
    query=(("transferAcceleration", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
