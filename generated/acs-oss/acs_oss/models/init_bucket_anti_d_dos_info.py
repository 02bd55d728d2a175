"""Request and response models of InitBucketAntiDDosInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import BucketAntiDDOSConfiguration

__all__ = ["InitBucketAntiDDosInfoBody", "InitBucketAntiDDosInfoRequest"]


class InitBucketAntiDDosInfoRequest(_p.Request):
    """Parameters of InitBucketAntiDDosInfo, checked against the spec's limits when created."""

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
    defender_type: str = _p.param("x-oss-defender-type", location="header")
    """高防实例类型。取值固定为AntiDDosPremimum。"""
    body: InitBucketAntiDDosInfoBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存高防实例配置信息的请求体。"""


class InitBucketAntiDDosInfoBody(_m.Model):
    """A model of the response."""

    anti_ddos_configuration: BucketAntiDDOSConfiguration | None = _m.wire(
        "AntiDDOSConfiguration"
    )
    """保存高防实例配置信息的容器。"""


OPERATION = OperationInfo(
    "InitBucketAntiDDosInfo",
    InitBucketAntiDDosInfoRequest,
    None,
    method="PUT",
    path="/",
    query=(("antiDDos", ""),),
    idempotent=True,
)
