"""Request and response models of GetAccessPointForObjectProcess."""

from __future__ import annotations

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import PublicAccessBlockConfiguration

__all__ = [
    "GetAccessPointForObjectProcessRequest",
    "GetAccessPointForObjectProcessResponse",
    "GetAccessPointForObjectProcessResult",
    "GetAccessPointForObjectProcessResultEndpoints",
]


class GetAccessPointForObjectProcessRequest(_p.Request):
    """Parameters of GetAccessPointForObjectProcess, checked against the spec's limits when created."""

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


class GetAccessPointForObjectProcessResponse(_m.Model):
    """返回响应。"""

    get_access_point_for_object_process_result: (
        GetAccessPointForObjectProcessResult | None
    ) = _m.wire("GetAccessPointForObjectProcessResult")
    """保存对象FC接入点信息的容器。"""


class GetAccessPointForObjectProcessResult(_m.Model):
    """保存对象FC接入点信息的容器。"""

    access_point_name_for_object_process: str | None = _m.wire(
        "AccessPointNameForObjectProcess"
    )
    """对象FC接入点名称。"""
    access_point_for_object_process_alias: str | None = _m.wire(
        "AccessPointForObjectProcessAlias"
    )
    """对象FC接入点别名。"""
    access_point_name: str | None = _m.wire("AccessPointName")
    """接入点名称。"""
    account_id: str | None = _m.wire("AccountId")
    """配置对象FC接入点的阿里云账号UID。"""
    access_point_for_object_process_arn: str | None = _m.wire(
        "AccessPointForObjectProcessArn"
    )
    """对象FC接入点ARN。"""
    creation_date: str | None = _m.wire("CreationDate")
    """对象FC接入点创建时间，格式为时间戳。"""
    status: str | None = _m.wire("Status")
    """对象FC接入点所处状态。返回值如下：
    - enable：对象FC接入点已创建完成。
    - disable：对象FC接入点已禁用。
    - creating：对象FC接入点正在创建中。
    - deleting：对象FC接入点已删除。
    """
    endpoints: GetAccessPointForObjectProcessResultEndpoints | None = _m.wire(
        "Endpoints"
    )
    """保存对象FC接入点访问域名信息的容器。"""
    allow_anonymous_access_for_object_process: str | None = _m.wire(
        "AllowAnonymousAccessForObjectProcess"
    )
    """是否允许匿名访问。

    > 开启该选项之后将会允许匿名账号通过ObjectFC接入点访问您的Bucket，会产生相关费用。
    """
    public_access_block_configuration: PublicAccessBlockConfiguration | None = _m.wire(
        "PublicAccessBlockConfiguration"
    )
    """保存阻止公共访问信息的容器。"""


class GetAccessPointForObjectProcessResultEndpoints(_m.Model):
    """保存对象FC接入点访问域名信息的容器。"""

    public_endpoint: str | None = _m.wire("PublicEndpoint")
    """对象FC接入点的外网Endpoint。"""
    internal_endpoint: str | None = _m.wire("InternalEndpoint")
    """对象FC接入点的内网Endpoint。"""


OPERATION = OperationInfo(
    "GetAccessPointForObjectProcess",
    GetAccessPointForObjectProcessRequest,
    GetAccessPointForObjectProcessResponse,
    method="GET",
    path="/",
    query=(("accessPointForObjectProcess", ""),),
    media="xml",
    read_only=True,
    idempotent=True,
)
