"""Request and response models of PutAccessPointPolicy."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["PutAccessPointPolicyRequest"]


class PutAccessPointPolicyRequest(_p.Request):
    """Parameters of PutAccessPointPolicy, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """Bucket名称。"""
    access_point_name: str | None = _p.param(
        "x-oss-access-point-name", default=None, location="header"
    )
    """接入点名称。"""
    body: str | None = _p.param("body", default=None, location="body")
    """接入点策略配置内容。"""


OPERATION = OperationInfo(
    "PutAccessPointPolicy",
    PutAccessPointPolicyRequest,
    None,
    method="PUT",
    path="/",
    query=(("accessPointPolicy", ""),),
    idempotent=True,
)
