"""Request and response models of GetBucketDataRedundancyTransition."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import BucketDataRedundancyTransition

__all__ = [
    "GetBucketDataRedundancyTransitionRequest",
    "GetBucketDataRedundancyTransitionResponse",
]


class GetBucketDataRedundancyTransitionRequest(_p.Request):
    """Parameters of GetBucketDataRedundancyTransition, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """存储空间名称。"""
    x_oss_redundancy_transition_taskid: str = _p.param(
        "x-oss-redundancy-transition-taskid"
    )
    """存储转换任务的ID。"""


class GetBucketDataRedundancyTransitionResponse(_m.Model):
    """存储冗余转换任务的容器。"""

    bucket_data_redundancy_transition: BucketDataRedundancyTransition | None = _m.wire(
        "BucketDataRedundancyTransition"
    )
    """存储冗余转换任务的容器。"""


OPERATION = OperationInfo(
    "GetBucketDataRedundancyTransition",
    GetBucketDataRedundancyTransitionRequest,
    GetBucketDataRedundancyTransitionResponse,
    method="GET",
    path="/",
    query=(("redundancyTransition", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
