"""Request and response models of DeleteBucketLogging."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteBucketLoggingRequest"]


class DeleteBucketLoggingRequest(_p.Request):
    """Parameters of DeleteBucketLogging, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


OPERATION = OperationInfo(
    "DeleteBucketLogging",
    DeleteBucketLoggingRequest,
    None,
    method="DELETE",
    path="/",
    query=(("logging", ""),),
    idempotent=True,
)
