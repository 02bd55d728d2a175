"""Request and response models of DeleteAccessPointPolicy."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteAccessPointPolicyRequest"]


class DeleteAccessPointPolicyRequest(_p.Request):
    """Parameters of DeleteAccessPointPolicy, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    access_point_name: str = _p.param("x-oss-access-point-name", location="header")
    """接入点名称。"""


OPERATION = OperationInfo(
    "DeleteAccessPointPolicy",
    DeleteAccessPointPolicyRequest,
    None,
    method="DELETE",
    path="/",
    query=(("accessPointPolicy", ""),),
    idempotent=True,
)
