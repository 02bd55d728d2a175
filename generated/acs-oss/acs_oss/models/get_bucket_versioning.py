"""Request and response models of GetBucketVersioning."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "BucketVersioningStatus",
    "GetBucketVersioningRequest",
    "GetBucketVersioningResponse",
    "GetBucketVersioningResponseVersioningConfiguration",
]


class BucketVersioningStatus(_m.OpenEnum):
    """版本控制状态。"""

    ENABLED = "Enabled"
    SUSPENDED = "Suspended"


class GetBucketVersioningRequest(_p.Request):
    """Parameters of GetBucketVersioning, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketVersioningResponse(_m.Model):
    """Schema of Response"""

    versioning_configuration: (
        GetBucketVersioningResponseVersioningConfiguration | None
    ) = _m.wire("VersioningConfiguration")
    """保存版本控制状态的容器。"""


class GetBucketVersioningResponseVersioningConfiguration(_m.Model):
    """保存版本控制状态的容器。"""

    status: BucketVersioningStatus | None = _m.wire("Status")
    """版本控制状态。"""


OPERATION = OperationInfo(
    "GetBucketVersioning",
    GetBucketVersioningRequest,
    GetBucketVersioningResponse,
    method="GET",
    path="/",
    query=(("versioning", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
