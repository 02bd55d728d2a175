"""Request and response models of PutBucketRtc."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import RtcConfiguration

__all__ = ["PutBucketRtcBody", "PutBucketRtcRequest"]


class PutBucketRtcRequest(_p.Request):
    """Parameters of PutBucketRtc, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketRtcBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存RTC配置规则的请求体。"""


class PutBucketRtcBody(_m.Model):
    """A model of the response."""

    replication_rule: RtcConfiguration | None = _m.wire("ReplicationRule")
    """保存RTC配置规则的容器。"""


OPERATION = OperationInfo(
    "PutBucketRtc",
    PutBucketRtcRequest,
    None,
    method="PUT",
    path="/",
    query=(("rtc", ""),),
    idempotent=True,
)
