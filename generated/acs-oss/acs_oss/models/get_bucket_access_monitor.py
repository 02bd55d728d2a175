"""Request and response models of GetBucketAccessMonitor."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "AccessMonitorStatus2",
    "GetBucketAccessMonitorRequest",
    "GetBucketAccessMonitorResponse",
    "GetBucketAccessMonitorResponseAccessMonitorConfiguration",
]


class AccessMonitorStatus2(_m.OpenEnum):
    """是否开启访问追踪。"""

    ENABLED = "Enabled"
    DISABLED = "Disabled"


class GetBucketAccessMonitorRequest(_p.Request):
    """Parameters of GetBucketAccessMonitor, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketAccessMonitorResponse(_m.Model):
    """Schema of Response"""

    access_monitor_configuration: (
        GetBucketAccessMonitorResponseAccessMonitorConfiguration | None
    ) = _m.wire("AccessMonitorConfiguration")
    """保存Bucket的访问跟踪状态配置信息的容器。"""


class GetBucketAccessMonitorResponseAccessMonitorConfiguration(_m.Model):
    """保存Bucket的访问跟踪状态配置信息的容器。"""

    status: AccessMonitorStatus2 | None = _m.wire("Status")
    """是否开启访问追踪。"""


OPERATION = OperationInfo(
    "GetBucketAccessMonitor",
    GetBucketAccessMonitorRequest,
    GetBucketAccessMonitorResponse,
    method="GET",
    path="/",
    query=(("accessmonitor", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
