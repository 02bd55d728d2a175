"""Request and response models of GetBucketInfo."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import BucketInfo

__all__ = ["GetBucketInfoRequest", "GetBucketInfoResponse"]


class GetBucketInfoRequest(_p.Request):
    """Parameters of GetBucketInfo, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketInfoResponse(_m.Model):
    """GetBucketInfo接口的响应体。"""

    bucket_info: BucketInfo | None = _m.wire("BucketInfo")
    """保存Bucket信息的容器。"""


OPERATION = OperationInfo(
    "GetBucketInfo",
    GetBucketInfoRequest,
    GetBucketInfoResponse,
    method="GET",
    path="/",
    query=(("bucketInfo", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
