"""Request and response models of GetBucketLogging."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import LoggingEnabled

__all__ = [
    "GetBucketLoggingRequest",
    "GetBucketLoggingResponse",
    "GetBucketLoggingResponseBucketLoggingStatus",
]


class GetBucketLoggingRequest(_p.Request):
    """Parameters of GetBucketLogging, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


class GetBucketLoggingResponse(_m.Model):
    """A model of the response."""

    bucket_logging_status: GetBucketLoggingResponseBucketLoggingStatus | None = _m.wire(
        "BucketLoggingStatus"
    )
    """访问日志状态信息的容器。"""


class GetBucketLoggingResponseBucketLoggingStatus(_m.Model):
    """访问日志状态信息的容器。"""

    logging_enabled: LoggingEnabled | None = _m.wire("LoggingEnabled")
    """访问日志信息的容器。此元素在开启时返回，关闭时不返回。"""


OPERATION = OperationInfo(
    "GetBucketLogging",
    GetBucketLoggingRequest,
    GetBucketLoggingResponse,
    method="GET",
    path="/",
    query=(("logging", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
