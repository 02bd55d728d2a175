"""Request and response models of GetAccessPointConfigForObjectProcess."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import ObjectProcessConfiguration, PublicAccessBlockConfiguration

__all__ = [
    "GetAccessPointConfigForObjectProcessRequest",
    "GetAccessPointConfigForObjectProcessResponse",
    "GetAccessPointConfigForObjectProcessResult",
]


class GetAccessPointConfigForObjectProcessRequest(_p.Request):
    """Parameters of GetAccessPointConfigForObjectProcess, checked against the spec's limits when created."""

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


class GetAccessPointConfigForObjectProcessResponse(_m.Model):
    """返回响应。"""

    get_access_point_config_for_object_process_result: (
        GetAccessPointConfigForObjectProcessResult | None
    ) = _m.wire("GetAccessPointConfigForObjectProcessResult")
    """保存对象FC接入点配置信息的容器。"""


class GetAccessPointConfigForObjectProcessResult(_m.Model):
    """保存对象FC接入点配置信息的容器。"""

    object_process_configuration: ObjectProcessConfiguration | None = _m.wire(
        "ObjectProcessConfiguration"
    )
    """保存对象处理信息的容器。"""
    allow_anonymous_access_for_object_process: str | None = _m.wire(
        "AllowAnonymousAccessForObjectProcess"
    )
    """是否允许匿名访问。"""
    public_access_block_configuration: PublicAccessBlockConfiguration | None = _m.wire(
        "PublicAccessBlockConfiguration"
    )
    """保存阻止公共访问信息的容器。"""


OPERATION = OperationInfo(
    "GetAccessPointConfigForObjectProcess",
    GetAccessPointConfigForObjectProcessRequest,
    GetAccessPointConfigForObjectProcessResponse,
    method="GET",
    path="/",
    query=(("accessPointConfigForObjectProcess", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
