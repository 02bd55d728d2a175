"""Request and response models of GetBucketLifecycle."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import LifecycleRule

__all__ = [
    "GetBucketLifecycleRequest",
    "GetBucketLifecycleResponse",
    "GetBucketLifecycleResponseLifecycleConfiguration",
]


class GetBucketLifecycleRequest(_p.Request):
    """Parameters of GetBucketLifecycle, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketLifecycleResponse(_m.Model):
    """A model of the response."""

    lifecycle_configuration: GetBucketLifecycleResponseLifecycleConfiguration | None = (
        _m.wire("LifecycleConfiguration")
    )
    """存储Bucket生命周期规则的容器。"""


class GetBucketLifecycleResponseLifecycleConfiguration(_m.Model):
    """存储Bucket生命周期规则的容器。"""

    rule: list[LifecycleRule] | None = _m.wire("Rule")
    """存储生命周期规则的容器。"""


OPERATION = OperationInfo(
    "GetBucketLifecycle",
    GetBucketLifecycleRequest,
    GetBucketLifecycleResponse,
    method="GET",
    path="/",
    query=(("lifecycle", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
