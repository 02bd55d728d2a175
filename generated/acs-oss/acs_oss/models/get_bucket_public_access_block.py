"""Request and response models of GetBucketPublicAccessBlock."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import PublicAccessBlockConfiguration

__all__ = ["GetBucketPublicAccessBlockRequest", "GetBucketPublicAccessBlockResponse"]


class GetBucketPublicAccessBlockRequest(_p.Request):
    """Parameters of GetBucketPublicAccessBlock, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketPublicAccessBlockResponse(_m.Model):
    """接口响应体。"""

    public_access_block_configuration: PublicAccessBlockConfiguration | None = _m.wire(
        "PublicAccessBlockConfiguration"
    )
    """保存阻止公共访问配置信息的容器。"""


OPERATION = OperationInfo(
    "GetBucketPublicAccessBlock",
    GetBucketPublicAccessBlockRequest,
    GetBucketPublicAccessBlockResponse,
    method="GET",
    path="/",
    query=(("publicAccessBlock", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
