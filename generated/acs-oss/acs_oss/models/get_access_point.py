"""Request and response models of GetAccessPoint."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import GetAccessPointResult

__all__ = ["GetAccessPointRequest", "GetAccessPointResponse"]


class GetAccessPointRequest(_p.Request):
    """Parameters of GetAccessPoint, checked against the spec's limits when created."""

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


class GetAccessPointResponse(_m.Model):
    """A model of the response."""

    get_access_point_result: GetAccessPointResult | None = _m.wire(
        "GetAccessPointResult"
    )
    """保存接入点信息的容器。"""


OPERATION = OperationInfo(
    "GetAccessPoint",
    GetAccessPointRequest,
    GetAccessPointResponse,
    method="GET",
    path="/",
    query=(("accessPoint", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
