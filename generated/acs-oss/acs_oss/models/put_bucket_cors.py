"""Request and response models of PutBucketCors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import CORSConfiguration

__all__ = ["PutBucketCorsBody", "PutBucketCorsRequest"]


class PutBucketCorsRequest(_p.Request):
    """Parameters of PutBucketCors, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketCorsBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """设置跨域资源共享规则的请求体。"""


class PutBucketCorsBody(_m.Model):
    """A model of the response."""

    cors_configuration: CORSConfiguration | None = _m.wire("CORSConfiguration")
    """保存Bucket的CORS规则容器。"""


OPERATION = OperationInfo(
    "PutBucketCors",
    PutBucketCorsRequest,
    None,
    method="PUT",
    path="/",
    query=(("cors", ""),),
    idempotent=True,
)
