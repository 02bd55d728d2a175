"""Request and response models of DeleteAccessPointPolicyForObjectProcess."""

from __future__ import annotations

from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["DeleteAccessPointPolicyForObjectProcessRequest"]


class DeleteAccessPointPolicyForObjectProcessRequest(_p.Request):
    """Parameters of DeleteAccessPointPolicyForObjectProcess, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """要删除对象FC接入点策略的Bucket。"""
    access_point_for_object_process_name: str = _p.param(
        "x-oss-access-point-for-object-process-name", location="header"
    )
    """填写对象FC接入点名称。"""


OPERATION = OperationInfo(
    "DeleteAccessPointPolicyForObjectProcess",
    DeleteAccessPointPolicyForObjectProcessRequest,
    None,
    method="DELETE",
    path="/",
    query=(("accessPointPolicyForObjectProcess", ""),),
    idempotent=True,
)
