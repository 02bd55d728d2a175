"""Request and response models of CreateAccessPointForObjectProcess."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from acs_core import model as _m
from acs_core import params as _p
from acs_core.info import OperationInfo

from ._shared import ObjectProcessConfiguration

__all__ = [
    "CreateAccessPointForObjectProcessBody",
    "CreateAccessPointForObjectProcessConfiguration",
    "CreateAccessPointForObjectProcessRequest",
    "CreateAccessPointForObjectProcessResponse",
    "CreateAccessPointForObjectProcessResult",
]


class CreateAccessPointForObjectProcessRequest(_p.Request):
    """Parameters of CreateAccessPointForObjectProcess, checked against the spec's limits when created."""

    bucket: str = _p.param(
        "bucket",
        location="host",
        min_length=3,
        max_length=63,
        pattern="^[a-z0-9][a-z0-9-]*[a-z0-9]$",
    )
    """要创建对象FC接入点的Bucket。"""
    access_point_for_object_process_name: str = _p.param(
        "x-oss-access-point-for-object-process-name", location="header"
    )
    """填写对象FC接入点名称。接入点命名规范说明如下：
    - 命名长度不能超过63个字符
    - 只允许包含小写字母、数字、短划线（-），且不能以短划线开头或结尾。
    - 名称在当前地域必须唯一。
    """
    body: CreateAccessPointForObjectProcessBody | Mapping[str, Any] | None = _p.param(
        "body", default=None, location="body", style="xml"
    )
    """请求体参数。"""


class CreateAccessPointForObjectProcessResponse(_m.Model):
    """返回响应。"""

    create_access_point_for_object_process_result: (
        CreateAccessPointForObjectProcessResult | None
    ) = _m.wire("CreateAccessPointForObjectProcessResult")
    """保存对象FC接入点信息的容器。"""


class CreateAccessPointForObjectProcessResult(_m.Model):
    """保存对象FC接入点信息的容器。"""

    access_point_for_object_process_arn: str | None = _m.wire(
        "AccessPointForObjectProcessArn"
    )
    """对象FC接入点ARN。"""
    access_point_for_object_process_alias: str | None = _m.wire(
        "AccessPointForObjectProcessAlias"
    )
    """对象FC接入点别名。"""


class CreateAccessPointForObjectProcessBody(_m.Model):
    """A model of the response."""

    create_access_point_for_object_process_configuration: (
        CreateAccessPointForObjectProcessConfiguration | None
    ) = _m.wire("CreateAccessPointForObjectProcessConfiguration")
    """保存对象FC接入点信息的容器。"""


class CreateAccessPointForObjectProcessConfiguration(_m.Model):
    """保存对象FC接入点信息的容器。"""

    access_point_name: str | None = _m.wire("AccessPointName")
    """OSS接入点名称。更多信息，请参见[创建接入点](~~2365063~~)。"""
    object_process_configuration: ObjectProcessConfiguration | None = _m.wire(
        "ObjectProcessConfiguration"
    )
    """保存对象处理信息的容器。"""
    allow_anonymous_access_for_object_process: str | None = _m.wire(
        "AllowAnonymousAccessForObjectProcess"
    )
    """是否允许匿名访问。

    > 开启该选项之后将会允许匿名账号通过ObjectFC接入点访问您的Bucket，会产生相关费用。
    """


OPERATION = OperationInfo(
    "CreateAccessPointForObjectProcess",
    CreateAccessPointForObjectProcessRequest,
    CreateAccessPointForObjectProcessResponse,
    method="PUT",
    path="/",
    query=(("accessPointForObjectProcess", ""),),
    media="xml",
    idempotent=True,
)
