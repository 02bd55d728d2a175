"""Request and response models of DeleteAccessPointPublicAccessBlock."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteAccessPointPublicAccessBlockRequest"]


class DeleteAccessPointPublicAccessBlockRequest(_p.Request):
    """Parameters of DeleteAccessPointPublicAccessBlock, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    x_oss_access_point_name: str | None = _p.param(
        "x-oss-access-point-name", default=None
    )
    """接入点名称。"""


OPERATION = OperationInfo(
    "DeleteAccessPointPublicAccessBlock",
    DeleteAccessPointPublicAccessBlockRequest,
    None,
    method="DELETE",
    path="/",
    query=(("publicAccessBlock", ""),),
    idempotent=True,
)
