"""Request and response models of CreateBucketDataRedundancyTransition."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = [
    "CreateBucketDataRedundancyTransitionRequest",
    "CreateBucketDataRedundancyTransitionResponse",
    "CreateBucketDataRedundancyTransitionResponseBucketDataRedundancyTransition",
]


class CreateBucketDataRedundancyTransitionRequest(_p.Request):
    """Parameters of CreateBucketDataRedundancyTransition, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """要创建存储冗余类型转换任务的Bucket。"""
    x_oss_target_redundancy_type: str = _p.param("x-oss-target-redundancy-type")
    """目标存储冗余类型。OSS仅支持将LRS（本地冗余存储）转换为ZRS（同城冗余存储）。"""


class CreateBucketDataRedundancyTransitionResponse(_m.Model):
    """返回响应。"""

    bucket_data_redundancy_transition: (
        CreateBucketDataRedundancyTransitionResponseBucketDataRedundancyTransition
        | None
    ) = _m.wire("BucketDataRedundancyTransition")
    """存储冗余转换任务的容器。"""


class CreateBucketDataRedundancyTransitionResponseBucketDataRedundancyTransition(
    _m.Model
):
    """存储冗余转换任务的容器。"""

    task_id: str | None = _m.wire("TaskId")
    """存储冗余转换任务的ID。该ID可以用于后续查看、删除存储冗余转换任务。"""


OPERATION = OperationInfo(
    "CreateBucketDataRedundancyTransition",
    CreateBucketDataRedundancyTransitionRequest,
    CreateBucketDataRedundancyTransitionResponse,
    path="/",
    query=(("redundancyTransition", ""),),
    media="xml",
)
