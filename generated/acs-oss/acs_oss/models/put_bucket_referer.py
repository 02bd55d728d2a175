"""Request and response models of PutBucketReferer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import RefererConfiguration

__all__ = ["PutBucketRefererBody", "PutBucketRefererRequest"]


class PutBucketRefererRequest(_p.Request):
    """Parameters of PutBucketReferer, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketRefererBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """保存Referer配置内容的请求体。"""


class PutBucketRefererBody(_m.Model):
    """A model of the response."""

    referer_configuration: RefererConfiguration | None = _m.wire("RefererConfiguration")
    """保存Referer配置内容的容器。"""


OPERATION = OperationInfo(
    "PutBucketReferer",
    PutBucketRefererRequest,
    None,
    method="PUT",
    path="/",
    query=(("referer", ""),),
    idempotent=True,
)
