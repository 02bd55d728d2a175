"""Request and response models of GetAccessPointPolicy."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

__all__ = ["GetAccessPointPolicyRequest", "GetAccessPointPolicyResponse"]


class GetAccessPointPolicyRequest(_p.Request):
    """Parameters of GetAccessPointPolicy, checked against the spec's limits when created."""

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


class GetAccessPointPolicyResponse(_m.BinaryResponse):
    """A model of the response."""


OPERATION = OperationInfo(
    "GetAccessPointPolicy",
    GetAccessPointPolicyRequest,
    GetAccessPointPolicyResponse,
    method="GET",
    path="/",
    query=(("accessPointPolicy", ""),),
    media="binary",
    read_only=True,
    idempotent=True,
)
