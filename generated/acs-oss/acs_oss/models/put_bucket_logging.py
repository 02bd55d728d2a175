"""Request and response models of PutBucketLogging."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import BucketLoggingStatus

__all__ = ["PutBucketLoggingBody", "PutBucketLoggingRequest"]


class PutBucketLoggingRequest(_p.Request):
    """Parameters of PutBucketLogging, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    body: PutBucketLoggingBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """存储访问日志状态信息的请求体。"""


class PutBucketLoggingBody(_m.Model):
    """A model of the response."""

    bucket_logging_status: BucketLoggingStatus | None = _m.wire("BucketLoggingStatus")
    """存储访问日志状态信息的容器。"""


OPERATION = OperationInfo(
    "PutBucketLogging",
    PutBucketLoggingRequest,
    None,
    method="PUT",
    path="/",
    query=(("logging", ""),),
    idempotent=True,
)
