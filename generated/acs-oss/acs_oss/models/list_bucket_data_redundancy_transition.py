"""Request and response models of ListBucketDataRedundancyTransition."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import BucketDataRedundancyTransition

__all__ = [
    "ListBucketDataRedundancyTransition",
    "ListBucketDataRedundancyTransitionRequest",
    "ListBucketDataRedundancyTransitionResponse",
]


class ListBucketDataRedundancyTransitionRequest(_p.Request):
    """Parameters of ListBucketDataRedundancyTransition, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """存储空间名称。"""


class ListBucketDataRedundancyTransitionResponse(_m.Model):
    """存储空间冗余类型转换任务。"""

    list_bucket_data_redundancy_transition: (
        ListBucketDataRedundancyTransition | None
    ) = _m.wire("ListBucketDataRedundancyTransition")
    """列举存储冗余转换任务的容器。"""


class ListBucketDataRedundancyTransition(_m.Model):
    """列举存储冗余转换任务的容器。"""

    bucket_data_redundancy_transition: BucketDataRedundancyTransition | None = _m.wire(
        "BucketDataRedundancyTransition"
    )


OPERATION = OperationInfo(
    "ListBucketDataRedundancyTransition",
    ListBucketDataRedundancyTransitionRequest,
    ListBucketDataRedundancyTransitionResponse,
    method="GET",
    path="/",
    query=(("redundancyTransition", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
