"""Request and response models of PutAccessPointPolicyForObjectProcess."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["PutAccessPointPolicyForObjectProcessRequest"]


class PutAccessPointPolicyForObjectProcessRequest(_p.Request):
    """Parameters of PutAccessPointPolicyForObjectProcess, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """存储空间名称。"""
    access_point_for_object_process_name: str = _p.param(
        "x-oss-access-point-for-object-process-name", location="header"
    )
    """填写对象FC接入点名称。"""
    body: str | None = _p.param("body", default=None, location="body")
    """接口请求体。"""


OPERATION = OperationInfo(
    "PutAccessPointPolicyForObjectProcess",
    PutAccessPointPolicyForObjectProcessRequest,
    None,
    method="PUT",
    path="/",
    query=(("accessPointPolicyForObjectProcess", ""),),
    idempotent=True,
)
