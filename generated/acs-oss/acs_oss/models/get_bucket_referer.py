"""Request and response models of GetBucketReferer."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import RefererConfiguration

__all__ = ["GetBucketRefererRequest", "GetBucketRefererResponse"]


class GetBucketRefererRequest(_p.Request):
    """Parameters of GetBucketReferer, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketRefererResponse(_m.Model):
    """保存Referer配置内容的容器。"""

    referer_configuration: RefererConfiguration | None = _m.wire("RefererConfiguration")


OPERATION = OperationInfo(
    "GetBucketReferer",
    GetBucketRefererRequest,
    GetBucketRefererResponse,
    method="GET",
    path="/",
    query=(("referer", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
