"""Request and response models of DeleteBucketWebsite."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteBucketWebsiteRequest"]


class DeleteBucketWebsiteRequest(_p.Request):
    """Parameters of DeleteBucketWebsite, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""


OPERATION = OperationInfo(
    "DeleteBucketWebsite",
    DeleteBucketWebsiteRequest,
    None,
    method="DELETE",
    path="/",
    query=(("website", ""),),
    idempotent=True,
)
