"""Request and response models of UpdateBucketAntiDDosInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import BucketAntiDDOSConfiguration

__all__ = ["UpdateBucketAntiDDosInfoBody", "UpdateBucketAntiDDosInfoRequest"]


class UpdateBucketAntiDDosInfoRequest(_p.Request):
    """Parameters of UpdateBucketAntiDDosInfo, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    defender_instance: str = _p.param("x-oss-defender-instance", location="header")
    """高防实例ID。"""
    defender_status: str = _p.param("x-oss-defender-status", location="header")
    """更新高防实例状态。取值如下：

    - Init：初始化防护状态。该状态下需要传入待防护的自定义域名。

    - Defending：防护中状态。该状态下可以选择是否传入待防护的自定义域名。

    - HaltDefending：解除防护状态。该状态下不需要传入待防护的自定义域名。
    """
    body: UpdateBucketAntiDDosInfoBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存高防实例配置信息的请求体。"""


class UpdateBucketAntiDDosInfoBody(_m.Model):
    """A model of the response."""

    anti_ddos_configuration: BucketAntiDDOSConfiguration | None = _m.wire(
        "AntiDDOSConfiguration"
    )
    """保存高防实例配置信息的容器。"""


OPERATION = OperationInfo(
    "UpdateBucketAntiDDosInfo",
    UpdateBucketAntiDDosInfoRequest,
    None,
    path="/",
    query=(("antiDDos", ""),),
)
