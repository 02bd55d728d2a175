"""Request and response models of GetBucketStat."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import BucketStat

__all__ = ["GetBucketStatRequest", "GetBucketStatResponse"]


class GetBucketStatRequest(_p.Request):
    """Parameters of GetBucketStat, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """要查询的Bucket"""


class GetBucketStatResponse(_m.Model):
    """GetBucketStat接口的响应体。"""

    bucket_stat: BucketStat | None = _m.wire("BucketStat")
    """BucketStat结构的容器。"""


OPERATION = OperationInfo(
    "GetBucketStat",
    GetBucketStatRequest,
    GetBucketStatResponse,
    method="GET",
    path="/",
    query=(("stat", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
