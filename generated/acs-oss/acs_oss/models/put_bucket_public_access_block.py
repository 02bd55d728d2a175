"""Request and response models of PutBucketPublicAccessBlock."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import PublicAccessBlockConfiguration

__all__ = ["PutBucketPublicAccessBlockBody", "PutBucketPublicAccessBlockRequest"]


class PutBucketPublicAccessBlockRequest(_p.Request):
    """Parameters of PutBucketPublicAccessBlock, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketPublicAccessBlockBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """接口请求体参数。"""


class PutBucketPublicAccessBlockBody(_m.Model):
    """A model of the response."""

    public_access_block_configuration: PublicAccessBlockConfiguration | None = _m.wire(
        "PublicAccessBlockConfiguration"
    )
    """保存阻止公共访问配置信息的容器。"""


OPERATION = OperationInfo(
    "PutBucketPublicAccessBlock",
    PutBucketPublicAccessBlockRequest,
    None,
    method="PUT",
    path="/",
    query=(("publicAccessBlock", ""),),
    idempotent=True,
)
