"""Request and response models of GetBucketWorm."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "BucketWormState",
    "GetBucketWormRequest",
    "GetBucketWormResponse",
    "WormConfiguration",
]


class BucketWormState(_m.OpenEnum):
    """合规保留策略所处的状态。可选值：

    InProgress：合规保留策略创建后，该策略默认处于“InProgress”状态，且该状态的有效期为24小时。

    Locked：合规保留策略处于锁定状态。
    """

    IN_PROGRESS = "InProgress"
    LOCKED = "Locked"


class GetBucketWormRequest(_p.Request):
    """Parameters of GetBucketWorm, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketWormResponse(_m.Model):
    """A model of the response."""

    worm_configuration: WormConfiguration | None = _m.wire("WormConfiguration")
    """存储Bucket合规保留策略的容器。"""


class WormConfiguration(_m.Model):
    """存储Bucket合规保留策略的容器。"""

    worm_id: str | None = _m.wire("WormId")
    """合规保留策略的ID。"""
    state: BucketWormState | None = _m.wire("State")
    """合规保留策略所处的状态。可选值：

    InProgress：合规保留策略创建后，该策略默认处于“InProgress”状态，且该状态的有效期为24小时。

    Locked：合规保留策略处于锁定状态。
    """
    retention_period_in_days: int | None = _m.wire("RetentionPeriodInDays")
    """Object的指定保留天数。"""
    creation_date: str | None = _m.wire("CreationDate")
    """合规保留策略的创建时间。"""
    expiration_date: str | None = _m.wire("ExpirationDate")
    """合规保留策略的过期时间。"""


OPERATION = OperationInfo(
    "GetBucketWorm",
    GetBucketWormRequest,
    GetBucketWormResponse,
    method="GET",
    path="/",
    query=(("worm", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
