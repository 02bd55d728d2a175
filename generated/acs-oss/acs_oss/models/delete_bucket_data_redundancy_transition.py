"""Request and response models of DeleteBucketDataRedundancyTransition."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteBucketDataRedundancyTransitionRequest"]


class DeleteBucketDataRedundancyTransitionRequest(_p.Request):
    """Parameters of DeleteBucketDataRedundancyTransition, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """要删除存储冗余类型转换任务的Bucket。"""
    x_oss_redundancy_transition_taskid: str = _p.param(
        "x-oss-redundancy-transition-taskid"
    )
    """存储冗余转换任务的ID。"""


OPERATION = OperationInfo(
    "DeleteBucketDataRedundancyTransition",
    DeleteBucketDataRedundancyTransitionRequest,
    None,
    method="DELETE",
    path="/",
    query=(("redundancyTransition", ""),),
    idempotent=True,
)
