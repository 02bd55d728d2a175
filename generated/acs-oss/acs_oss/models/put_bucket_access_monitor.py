"""Request and response models of PutBucketAccessMonitor."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import AccessMonitorConfiguration

__all__ = ["PutBucketAccessMonitorBody", "PutBucketAccessMonitorRequest"]


class PutBucketAccessMonitorRequest(_p.Request):
    """Parameters of PutBucketAccessMonitor, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketAccessMonitorBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """修改访问跟踪状态配置的请求体。"""


class PutBucketAccessMonitorBody(_m.Model):
    """A model of the response."""

    access_monitor_configuration: AccessMonitorConfiguration | None = _m.wire(
        "AccessMonitorConfiguration"
    )
    """保存Bucket的访问跟踪状态配置信息的容器。"""


OPERATION = OperationInfo(
    "PutBucketAccessMonitor",
    PutBucketAccessMonitorRequest,
    None,
    method="PUT",
    path="/",
    query=(("accessmonitor", ""),),
    idempotent=True,
)
